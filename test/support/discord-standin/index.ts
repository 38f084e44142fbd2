/**
 * A local stand-in for Discord (REST API v10 and gateway v10) that the real discord.js 14 Client talks
 * to over HTTP and WebSocket on 127.0.0.1. Nothing in discord.js is mocked: the bot logs in, receives
 * gateway events and answers through REST exactly as it would with Discord.
 *
 * Start, point a client at it, log in:
 *
 *   const discord = await startDiscordStandin();   // options: token, shards, guilds, maxConcurrency,
 *                                                  // applicationId, botUser, heartbeatIntervalMs, interactionDeadlineMs
 *   const client = new Client({
 *     // discord.js appends /v10; its default of 50 requests per second would stall busy tests.
 *     rest: { api: discord.apiUrl, globalRequestsPerSecond: 10_000 },
 *     intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
 *     partials: [Partials.Channel],                // DMs arrive in channels discord.js has not cached
 *     allowedMentions: { parse: [], repliedUser: false },
 *   });
 *   await client.login(discord.token);             // a wrong token rejects: "An invalid token was provided."
 *   ...
 *   await client.destroy();
 *   await discord.close();                         // frees the port, sockets and timers
 *
 * Drive it. Builders return payloads (nothing is sent yet); `interact` sends one and resolves with the
 * bot's callback. It rejects if the body breaks Discord's rules, or if no answer comes within 3 s of
 * the interaction's creation (Discord's deadline; `interact(payload, { timeoutMs })` or the
 * `interactionDeadlineMs` option change it; a builder's `ageMs` makes an interaction that was created
 * that long before it is sent, as when Discord delivers it late):
 *
 *   const reply = await discord.interact(discord.slashCommand('ask', { question: 'How much?' }));
 *   reply.type;                    // 4 reply, 5 deferred, 6 deferred update, 7 update, 8 choices, 9 modal
 *   reply.data?.content;           // the callback's data: content, embeds, components, flags, choices...
 *   const edit = await reply.waitForEdit();   // PATCH .../messages/@original, e.g. after deferReply()
 *   edit.body.embeds;
 *   reply.message();               // the response message as it stands now (after edits)
 *   await reply.waitForFollowUp(); // POST /webhooks/{application}/{token}
 *
 *   discord.slashCommand(name, { option: value }, { where: 'guild' | 'dm' | 'group-dm', guildId?, user?, install?, locale?, ageMs? })
 *   discord.autocomplete('ask', { question: 'how mu' }, 'question')   // values typed so far, and the focused option
 *   discord.buttonPress('more:1')       // or a RegExp: a button on the newest bot message carrying that custom_id
 *   discord.messageContextMenu('Ask the article', discord.userMessage({ content: 'It cost $5.' }))
 *   discord.sendMessage({ content: 'hi', where: 'dm' })          // MESSAGE_CREATE from a user (returns the message)
 *   discord.sendMessage({ content: 'what?', mentionBot: true })   // a guild message that @mentions the bot
 *   const answer = await discord.waitForBotMessage({ channelId });  // what the bot posted in reply
 *   await discord.waitForRequest((r) => r.method === 'PUT' && r.route.endsWith('/commands'));
 *
 * Once the bot has registered commands (PUT/POST .../commands; see `discord.commands(guildId?)`), the
 * builders use their ids and option types and throw where Discord would not offer the command: an
 * unregistered name, an undeclared option, or a place outside its contexts / integration types.
 *
 * Observe: `discord.requests` (method, decoded path, route template, params, query, body, files,
 * status, response, problems), `discord.violations`, `discord.assertNoViolations()`,
 * `discord.gatewayLog` (op -1 marks a close, with its code), `discord.waitForGateway(pred)`,
 * `discord.messagesIn(channelId)`.
 *
 * Faults: `discord.failNext({ route: /callback$/, status: 429, retryAfter: 0.2 })` (discord.js waits,
 * retries, and emits no rateLimited event); `{ status: 500, times: 4 }` (discord.js retries a 5xx 3
 * times, then the caller gets an HTTPError); `discord.dropConnection(4000)` closes the gateway and the
 * events sent meanwhile are replayed when the client resumes (about 0.5 s later); a 1000 close makes it
 * identify again instead; `discord.setHeartbeatAcks(false)` makes the connection a zombie (pass a short
 * `heartbeatIntervalMs`); `discord.resetToken(t)` answers the old token with 401 and closes with 4004.
 *
 * Validation: every body the bot sends is checked against Discord's OpenAPI description
 * (test/support/discord-api-spec/openapi.json, loaded once per process) and the
 * documented limits it does not encode: content <= 2000, <= 10 embeds and their field limits, 6000
 * characters over all embeds, <= 25 autocomplete choices of 1-100 characters, command names 1-32
 * lowercase with 1-100-character descriptions (context menus: any case, spaces, no description); and
 * every message must carry `allowed_mentions` with an empty `parse` and no users, roles or
 * replied_user, so nobody is pinged. A refused body is answered 400 with code 50035 like Discord
 * (the bot gets a DiscordAPIError "Invalid Form Body") and is recorded in `discord.violations`.
 *
 * Like Discord: guild events go to shard (guild_id >> 22) % shards, and the stand-in's guild i lands on
 * shard i % shards (discord.js only uses the recommended count with `shards: 'auto'`); MESSAGE_CREATE
 * needs the GuildMessages / DirectMessages intent (else it is withheld, see gatewayLog); guild messages
 * that do not mention the bot arrive with empty content without the MessageContent intent; the bot
 * receives MESSAGE_CREATE for its own non-ephemeral messages; a second callback for one interaction
 * gets 40060, a late one 10062.
 */
export { DiscordStandin, startDiscordStandin } from './standin.ts';
export type { Fault, InteractionReply, RecordedRequest, StandinOptions } from './standin.ts';
export type { InteractionContext, InteractionPayload, Place, UserMessageOptions } from './payloads.ts';
export type { GatewayLogEntry } from './gateway.ts';
export type { Violation } from './validation.ts';
export { DISCORD_API_SPEC_PATH, LIMITS, loadDiscordApiSpec } from './validation.ts';
export { shardOf, snowflake } from './world.ts';
