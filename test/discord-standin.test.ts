import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  GatewayOpcodes,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  HTTPError,
  Partials,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDiscordStandin, type DiscordStandin, type StandinOptions } from './support/discord-standin/index.ts';
import { validateRequestBody } from './support/discord-standin/validation.ts';

/** Far above what a test sends, so discord.js' own 50/s limiter never stalls a test. */
const UNTHROTTLED_REQUESTS_PER_SECOND = 10_000;

let discord: DiscordStandin | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await discord?.close();
  client = undefined;
  discord = undefined;
});

function newClient(standin: DiscordStandin, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    rest: { api: standin.apiUrl, globalRequestsPerSecond: UNTHROTTLED_REQUESTS_PER_SECOND },
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...extra,
  });
}

/** A stand-in and a logged-in client whose interaction handler is `onInteraction`. */
async function connected(
  onInteraction: (interaction: Interaction) => Promise<unknown> = async () => undefined,
  options: StandinOptions = {},
  clientOptions: Partial<ClientOptions> = {},
): Promise<{ discord: DiscordStandin; client: Client }> {
  discord = await startDiscordStandin(options);
  client = newClient(discord, clientOptions);
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction).catch(() => undefined));
  const ready = once(client, Events.ClientReady);
  await client.login(discord.token);
  await ready;
  return { discord, client };
}

describe('discord stand-in driven by a real discord.js Client', () => {
  it('given the token, then the client logs in and knows the bot user, the application and the guild', async () => {
    const { discord, client } = await connected();
    expect(client.user?.id).toBe(discord.botUser.id);
    expect(client.application?.id).toBe(discord.applicationId);
    expect(client.guilds.cache.map((guild) => guild.id)).toEqual([discord.guilds[0]!.id]);
    expect(client.guilds.cache.first()?.channels.cache.size).toBe(1);
  });

  it('given a wrong token, then login rejects as invalid', async () => {
    discord = await startDiscordStandin({ token: 'right-token' });
    client = newClient(discord);
    await expect(client.login('wrong-token')).rejects.toThrow('An invalid token was provided.');
  });

  it('given a slash command, then the reply arrives with its options and a whole message is stored', async () => {
    const { discord } = await connected(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply(`You asked: ${interaction.options.getString('question')}`);
    });
    const reply = await discord.interact(discord.slashCommand('ask', { question: 'How much?' }));
    expect(reply.type).toBe(4);
    expect(reply.data?.content).toBe('You asked: How much?');
    expect(reply.message()?.author.id).toBe(discord.botUser.id);
    discord.assertNoViolations();
  });

  it('given a slash command in a DM and in a group DM, then the client resolves the channel and replies', async () => {
    const seen: (ChannelType | undefined)[] = [];
    const { discord } = await connected(async (interaction) => {
      seen.push(interaction.channel?.type);
      if (interaction.isRepliable()) await interaction.reply({ content: `context ${interaction.context}` });
    });
    const inDm = await discord.interact(discord.slashCommand('ask', { question: 'q' }, { where: 'dm' }));
    const inGroup = await discord.interact(discord.slashCommand('ask', { question: 'q' }, { where: 'group-dm' }));
    expect(inDm.data?.content).toBe('context 1');
    expect(inGroup.data?.content).toBe('context 2');
    expect(seen).toEqual([ChannelType.DM, ChannelType.GroupDM]);
  });

  it('given a deferred reply, then the later editReply is seen as an edit of the original response', async () => {
    const { discord } = await connected(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply({ content: 'Here is the answer.' });
    });
    const reply = await discord.interact(discord.slashCommand('ask', { question: 'slow one' }));
    expect(reply.type).toBe(5);
    const edit = await reply.waitForEdit();
    expect((edit.body as { content: string }).content).toBe('Here is the answer.');
    expect(reply.message()?.content).toBe('Here is the answer.');
  });

  it('given an autocomplete interaction, then the choices for the focused option come back', async () => {
    const { discord } = await connected(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `${typed}...`, value: `${typed}-value` }]);
    });
    const reply = await discord.interact(discord.autocomplete('ask', { question: 'how mu' }, 'question'));
    expect(reply.type).toBe(8);
    expect(reply.data?.choices).toEqual([{ name: 'how mu...', value: 'how mu-value' }]);
  });

  it('given a button the bot rendered, then pressing it updates that message', async () => {
    const { discord } = await connected(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const more = new ButtonBuilder().setCustomId('more:1').setLabel('More').setStyle(ButtonStyle.Secondary);
        await interaction.reply({ content: 'First part.', components: [new ActionRowBuilder<ButtonBuilder>().addComponents(more)] });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `Second part (${interaction.customId}).`, components: [] });
      }
    });
    const first = await discord.interact(discord.slashCommand('ask', { question: 'q' }));
    const update = await discord.interact(discord.buttonPress('more:1'));
    expect(update.type).toBe(7);
    expect(first.message()?.content).toBe('Second part (more:1).');
  });

  it('given a message context menu, then the bot sees the target message', async () => {
    const { discord } = await connected(async (interaction) => {
      if (interaction.isMessageContextMenuCommand()) await interaction.reply(`Target says: ${interaction.targetMessage.content}`);
    });
    const target = discord.userMessage({ content: 'The budget was $436 million.' });
    const reply = await discord.interact(discord.messageContextMenu('Ask about this', target));
    expect(reply.data?.content).toBe('Target says: The budget was $436 million.');
  });

  it('given a DM to the bot, then the client receives it and its reply references it', async () => {
    const { discord, client } = await connected();
    client.on(Events.MessageCreate, (message: Message) => {
      if (!message.author.bot) void message.reply(`Got: ${message.content}`);
    });
    const sent = discord.sendMessage({ content: 'hello bot', where: 'dm' });
    const reply = await discord.waitForBotMessage({ channelId: sent.channel_id });
    expect(reply.content).toBe('Got: hello bot');
    expect(reply.referenced_message?.id).toBe(sent.id);
    discord.assertNoViolations();
  });

  it('given guild messages without the Message Content intent, then only the one mentioning the bot keeps its content', async () => {
    const { discord, client } = await connected();
    const contents: string[] = [];
    client.on(Events.MessageCreate, (message: Message) => void contents.push(message.content));
    discord.sendMessage({ content: 'chatting among ourselves' });
    discord.sendMessage({ content: 'what did it cost?', mentionBot: true });
    await vi.waitFor(() => expect(contents).toHaveLength(2));
    expect(contents).toEqual(['', `<@${discord.botUser.id}> what did it cost?`]);
  });

  it('given a bot slower than the deadline, then interact rejects and the late answer gets Unknown interaction', async () => {
    const late: unknown[] = [];
    const { discord } = await connected(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await new Promise((resolve) => setTimeout(resolve, 150));
      await interaction.reply('too late').catch((error: unknown) => late.push(error));
    });
    await expect(discord.interact(discord.slashCommand('ask'), { timeoutMs: 50 })).rejects.toThrow(/did not answer/);
    await vi.waitFor(() => expect(late).toHaveLength(1));
    expect((late[0] as DiscordAPIError).code).toBe(10062);
  });

  it('given registered commands, then they are stored and the builders refuse a command Discord would not offer', async () => {
    const { discord, client } = await connected();
    await client.application!.commands.set([{ name: 'ask', description: 'Ask about the article', options: [] }]);
    expect(discord.commands().map((command) => command.name)).toEqual(['ask']);
    expect(() => discord.slashCommand('other')).toThrow(/would not offer/);
    expect(() => discord.slashCommand('ask', {}, { where: 'group-dm' })).toThrow(/would not offer/);
  });

  it('given a 429 on the interaction callback, then discord.js waits and the reply still arrives', async () => {
    const { discord } = await connected(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('after the wait');
    });
    discord.failNext({ route: /\/callback$/, status: 429, retryAfter: 0.2 });
    const reply = await discord.interact(discord.slashCommand('ask', { question: 'q' }));
    expect(reply.data?.content).toBe('after the wait');
    expect(discord.requests.filter((r) => r.route.endsWith('/callback')).map((r) => r.status)).toEqual([429, 204]);
  });

  it('given a route failing with 500 more often than discord.js retries, then the caller catches an HTTPError', async () => {
    const { discord, client } = await connected();
    discord.failNext({ method: 'GET', route: '/channels/{channel_id}', status: 500, times: 4 });
    const error = await client.rest.get(`/channels/${discord.guilds[0]!.channels[0]!.id}`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
  });

  it('given a dropped gateway connection, then the client resumes and gets the events it missed', async () => {
    const { discord, client } = await connected();
    const received = once(client, Events.MessageCreate);
    discord.dropConnection(4000);
    discord.sendMessage({ content: 'sent while away', where: 'dm' });
    const [message] = (await received) as [Message];
    expect(message.content).toBe('sent while away');
    expect(discord.gatewayLog.filter((entry) => entry.t === 'RESUMED')).toHaveLength(1);
    expect(discord.gatewayLog.filter((entry) => entry.t === 'READY')).toHaveLength(1);
  });

  it('given heartbeats that are never acknowledged, then the client drops the zombie connection and resumes', async () => {
    const { discord } = await connected(undefined, { heartbeatIntervalMs: 40 });
    discord.setHeartbeatAcks(false);
    await discord.waitForGateway((entry) => entry.from === 'bot' && entry.op === GatewayOpcodes.Resume);
    discord.setHeartbeatAcks(true);
    await discord.waitForGateway((entry) => entry.t === 'RESUMED');
    expect(discord.gatewayLog.filter((entry) => entry.t === 'READY')).toHaveLength(1);
  });

  it('given the token is reset while connected, then the gateway closes with 4004 and the client gives up', async () => {
    const { discord, client } = await connected();
    const disconnected = once(client, Events.ShardDisconnect);
    discord.resetToken('a-new-token');
    const [event] = (await disconnected) as [{ code: number }];
    expect(event.code).toBe(4004);
    await expect(client.rest.get('/users/@me')).rejects.toThrow(/401/);
  });

  it('given two recommended shards, then a client sharding automatically gets each guild on its own shard', async () => {
    const { discord, client } = await connected(undefined, { shards: 2 }, { shards: 'auto' });
    expect(client.ws.shards.size).toBe(2);
    const shardOfGuild = client.guilds.cache.map((guild) => [guild.id, guild.shardId]);
    expect(shardOfGuild).toEqual(discord.guilds.map((guild) => [guild.id, discord.shardOf(guild.id)]));
    expect(new Set(shardOfGuild.map(([, shard]) => shard))).toEqual(new Set([0, 1]));
  });

  it('given content over 2000 characters, then the request is refused like Discord and recorded as a violation', async () => {
    const { discord } = await connected(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('x'.repeat(2001));
    });
    await expect(discord.interact(discord.slashCommand('ask', { question: 'q' }))).rejects.toThrow(/content/);
    expect(discord.violations).toHaveLength(1);
    expect(discord.violations[0]!.problems.join()).toMatch(/data\.content/);
    expect(() => discord.assertNoViolations()).toThrow(/refuse/);
  });

  it('given a message without allowed_mentions, then it is a violation', async () => {
    const { discord, client } = await connected();
    const channelId = discord.guilds[0]!.channels[0]!.id;
    await expect(client.rest.post(`/channels/${channelId}/messages`, { body: { content: 'hi @everyone' } })).rejects.toThrow(
      /Invalid Form Body/,
    );
    expect(discord.violations[0]!.problems.join()).toMatch(/allowed_mentions/);
  });
});

describe('request validation beyond the OpenAPI description', () => {
  const CALLBACK = '/interactions/{interaction_id}/{interaction_token}/callback';
  const NO_PINGS = { parse: [] };
  const problemsOf = (method: string, route: string, body: unknown) => validateRequestBody(method, route, body).map((p) => p.message).join('\n');

  it('given embeds within their own limits but over 6000 characters together, then the reply is refused', () => {
    const embed = { title: 't', description: 'd'.repeat(3500) };
    expect(problemsOf('POST', CALLBACK, { type: 4, data: { embeds: [embed], allowed_mentions: NO_PINGS } })).toBe('');
    expect(problemsOf('POST', CALLBACK, { type: 4, data: { embeds: [embed, embed], allowed_mentions: NO_PINGS } })).toMatch(/6000/);
  });

  it('given autocomplete choices, then more than 25 or a name over 100 characters is refused', () => {
    const choices = (count: number, name = 'n') => Array.from({ length: count }, (_, i) => ({ name, value: `v${i}` }));
    expect(problemsOf('POST', CALLBACK, { type: 8, data: { choices: choices(25) } })).toBe('');
    expect(problemsOf('POST', CALLBACK, { type: 8, data: { choices: choices(26) } })).not.toBe('');
    expect(problemsOf('POST', CALLBACK, { type: 8, data: { choices: choices(1, 'x'.repeat(101)) } })).toMatch(/100/);
  });

  it('given command names, then slash commands must be lowercase while message context menus may have capitals and spaces', () => {
    const route = '/applications/{application_id}/commands';
    expect(problemsOf('PUT', route, [{ type: 3, name: 'Ask the article' }, { name: 'ask', description: 'Ask' }])).toBe('');
    expect(problemsOf('PUT', route, [{ name: 'Ask', description: 'Ask' }])).toMatch(/lowercase/);
    expect(problemsOf('PUT', route, [{ type: 3, name: 'Ask', description: 'not allowed' }])).toMatch(/empty description/);
  });

  it('given a reply that would ping the replied-to user or listed users, then it is refused', () => {
    const route = '/channels/{channel_id}/messages';
    expect(problemsOf('POST', route, { content: 'hi', allowed_mentions: { parse: [], replied_user: false } })).toBe('');
    expect(problemsOf('POST', route, { content: 'hi', allowed_mentions: { parse: [], replied_user: true } })).toMatch(/replied_user/);
    expect(problemsOf('POST', route, { content: 'hi', allowed_mentions: { parse: [], users: ['1'] } })).toMatch(/users/);
  });
});
