/**
 * A local stand-in for Discord (REST API v10 and gateway v10) that the real discord.js 14 Client talks
 * to over HTTP and WebSocket on 127.0.0.1. Nothing in discord.js is mocked: the bot logs in, receives
 * gateway events and answers through REST exactly as it would with Discord.
 *
 * Start, point a client at it, log in:
 *
 *   const discord = await startDiscordStandin();             // { token?, shards?, guilds?, applicationId?, botUser? }
 *   const client = new Client({
 *     rest: { api: discord.apiUrl, globalRequestsPerSecond: 10_000 },  // discord.js appends /v10
 *     intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
 *     partials: [Partials.Channel],
 *     allowedMentions: { parse: [], repliedUser: false },
 *   });
 *   await client.login(discord.token);                         // a wrong token rejects: "An invalid token was provided."
 *   ...
 *   await client.destroy();
 *   await discord.close();                                     // frees the port, sockets and timers
 *
 * Drive it. Builders return payloads (nothing is sent yet); `interact` sends one and resolves with the
 * bot's callback (rejects if the body breaks Discord's rules or no answer comes within 3 s):
 *
 *   const reply = await discord.interact(discord.slashCommand('ask', { question: 'How much?' }));
 *   reply.type;                   // 4 reply, 5 deferred, 6 deferred update, 7 update, 8 choices, 9 modal
 *   reply.data?.content;          // the callback body's data
 *   const edit = await reply.waitForEdit();            // PATCH .../messages/@original (after deferReply)
 *   edit.body;                                         // { content, embeds, allowed_mentions, ... }
 *   reply.message();              // the response message as it stands now
 *   await reply.waitForFollowUp();
 *
 *   discord.slashCommand(name, options?, { where: 'guild' | 'dm' | 'group-dm', guildId?, user?, install?, locale? })
 *   discord.autocomplete(name, { question: 'how mu' }, 'question')     // the focused option
 *   discord.buttonPress('more:1')            // a button (custom_id string or RegExp) on a message the bot sent
 *   discord.messageContextMenu('Ask about this', discord.userMessage({ content: '...' }))
 *   discord.sendMessage({ content: 'hi', where: 'dm' })                 // MESSAGE_CREATE from a user
 *   discord.sendMessage({ content: 'what?', mentionBot: true })          // a guild message that @mentions the bot
 *   await discord.waitForRequest((r) => r.method === 'POST' && r.route === '/channels/{channel_id}/messages');
 *
 * Once the bot has registered commands (PUT .../commands, see `discord.commands(guildId?)`), the
 * builders use their ids and option types and throw where Discord would not offer the command
 * (unregistered name, undeclared option, a DM or group DM outside its contexts / integration types).
 *
 * Observe: `discord.requests` (method, path, route template, params, query, body, status, response,
 * problems), `discord.violations`, `discord.assertNoViolations()`, `discord.gatewayLog`,
 * `discord.waitForGateway(pred)`, `discord.messagesIn(channelId)`.
 *
 * Faults: `discord.failNext({ route: /callback/, status: 429, retryAfter: 0.2 })` (discord.js waits
 * and retries), `{ status: 500, times: 4 }` (discord.js retries 3 times, then the caller gets an
 * HTTPError); `discord.dropConnection(4000)` closes the gateway, events sent meanwhile are replayed
 * when the bot resumes; `discord.setHeartbeatAcks(false)` makes the connection a zombie.
 *
 * Validation: every body the bot sends is checked against Discord's OpenAPI description
 * (../shared/discord-api-spec/openapi.json beside the repository) and the documented limits it does
 * not encode: content <= 2000, <= 10 embeds and their field limits, 6000 characters over all embeds,
 * <= 25 autocomplete choices of 1-100 characters, command names 1-32 lowercase with 1-100-character
 * descriptions (context menus: any case, spaces, no description); and every message must carry
 * `allowed_mentions` with an empty `parse` and no users, roles or replied_user, so nobody is pinged.
 * A refused body is answered 400 with code 50035 like Discord and recorded in `discord.violations`.
 *
 * Realism worth knowing: guild events go to shard (guild_id >> 22) % shards and guild i of the
 * stand-in lands on shard i % shards; MESSAGE_CREATE needs the GuildMessages / DirectMessages intent
 * (else it is withheld, see gatewayLog) and guild messages that do not mention the bot arrive with empty
 * content without the MessageContent intent; the bot receives MESSAGE_CREATE for its own non-ephemeral
 * messages, as on Discord.
 */
export { DiscordStandin, startDiscordStandin } from './standin.ts';
export type { Fault, InteractionReply, RecordedRequest, StandinOptions } from './standin.ts';
export type { InteractionContext, InteractionPayload, Place, UserMessageOptions } from './payloads.ts';
export type { GatewayLogEntry } from './gateway.ts';
export type { Violation } from './validation.ts';
export { DISCORD_API_SPEC_PATH, LIMITS, loadDiscordApiSpec } from './validation.ts';
export { shardOf, snowflake } from './world.ts';
