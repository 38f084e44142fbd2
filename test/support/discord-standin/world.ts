/**
 * What the stand-in knows about its little Discord: the bot, its application, guilds, channels, users,
 * messages and registered commands, plus builders that return whole objects shaped like Discord's.
 */
import { randomBytes } from 'node:crypto';
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  MessageType,
  type APIApplicationCommand,
  type APIDMChannel,
  type APIEmbed,
  type APIGroupDMChannel,
  type APIGuildMember,
  type APIMessage,
  type APIPublicThreadChannel,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord.js';

const DISCORD_EPOCH_MS = 1_420_070_400_000n;
/** Permissions Discord reports for a bot with the usual text permissions (view, send, embed, history...). */
export const BOT_PERMISSIONS = '562949953981504';
export const DEFAULT_LOCALE = Locale.EnglishUS;
/** Every stand-in guild is "created" at this instant plus its index, which decides its shard. */
const GUILD_EPOCH_OFFSET_MS = 300_000_000_000n;

let snowflakeIncrement = 0n;
/** A fresh snowflake (timestamp << 22 | increment), as a string like every id Discord sends. */
export function snowflake(at: number = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH_MS) << 22n) | snowflakeIncrement).toString();
}

/** When a snowflake was made (ms since 1970). */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
}

/** Which of `shardCount` shards receives the events of a guild: (guild_id >> 22) % shard count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Zero for any of discord-api-types' bit-flag enums, which do not list "no flags". */
export function noFlags<Flags extends number>(): Flags {
  return 0 as Flags;
}

export function isoNow(): string {
  return new Date().toISOString();
}

export function makeUser(fields: Partial<APIUser> & { username: string }): APIUser {
  return {
    id: snowflake(),
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: false,
    flags: noFlags(),
    public_flags: noFlags(),
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    ...fields,
  };
}

export type StandinGuild = GatewayGuildCreateDispatchData & { channels: APITextChannel[] };

export type KnownChannel = APITextChannel | APIDMChannel | APIGroupDMChannel | APIPublicThreadChannel;

/** A registered command as Discord stores it. */
export type RegisteredCommand = APIApplicationCommand;

/** An interaction the bot was sent, until it expires: its callback, edits and follow-ups refer to it by token. */
export interface PendingInteraction {
  payload: { id: string; type: number; channel: KnownChannel; data?: unknown; message?: APIMessage };
  answerBy: number;
  acknowledged: boolean;
  originalMessageId?: string;
}

export interface WorldOptions {
  token: string;
  applicationId: string;
  botUser: APIUser;
  guildCount: number;
}

export class World {
  /** Changes when the test resets it (see DiscordStandin.resetToken). */
  token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** The user who clicks, types and sends messages in tests unless another is given. */
  readonly tester: APIUser;
  readonly guilds: StandinGuild[] = [];
  readonly channels = new Map<string, KnownChannel>();
  readonly messages = new Map<string, APIMessage>();
  readonly globalCommands = new Map<string, RegisteredCommand>();
  readonly guildCommands = new Map<string, Map<string, RegisteredCommand>>();
  readonly interactions = new Map<string, PendingInteraction>();
  private readonly dmChannelByUser = new Map<string, string>();
  private readonly groupDmByOwner = new Map<string, string>();
  private readonly usersById = new Map<string, APIUser>();

  constructor(options: WorldOptions) {
    this.token = options.token;
    this.applicationId = options.applicationId;
    this.botUser = options.botUser;
    this.tester = this.addUser({ username: 'tester', global_name: 'Tester' });
    this.usersById.set(this.botUser.id, this.botUser);
    for (let index = 0; index < options.guildCount; index++) this.addGuild(index);
  }

  addUser(fields: Partial<APIUser> & { username: string }): APIUser {
    const user = makeUser(fields);
    this.usersById.set(user.id, user);
    return user;
  }

  user(id: string): APIUser | undefined {
    return this.usersById.get(id);
  }

  guild(id: string): StandinGuild | undefined {
    return this.guilds.find((guild) => guild.id === id);
  }

  application() {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: randomBytes(32).toString('hex'),
      flags: noFlags(),
      owner: this.tester,
      team: null,
      bot: this.botUser,
      guild_id: null,
      tags: [],
      interactions_endpoint_url: null,
      integration_types_config: { '0': {}, '1': {} },
      approximate_guild_count: this.guilds.length,
    };
  }

  member(user: APIUser, guildId: string): APIGuildMember & { permissions: string } {
    const guild = this.guild(guildId);
    return {
      user,
      nick: null,
      avatar: null,
      banner: null,
      roles: [],
      joined_at: guild?.joined_at ?? isoNow(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: noFlags(),
      pending: false,
      communication_disabled_until: null,
      permissions: BOT_PERMISSIONS,
    };
  }

  private addGuild(index: number): StandinGuild {
    // Consecutive creation instants spread the guilds over the shards: shard = index % shard count.
    const createdAt = Number(DISCORD_EPOCH_MS + GUILD_EPOCH_OFFSET_MS) + index;
    const id = snowflake(createdAt);
    const everyone: APIRole = {
      id,
      name: '@everyone',
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: 0,
      permissions: '2222085186637376',
      managed: false,
      mentionable: false,
      flags: noFlags(),
    };
    const channel: APITextChannel = {
      id: snowflake(),
      type: ChannelType.GuildText,
      guild_id: id,
      name: 'general',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: noFlags(),
    };
    const guild: StandinGuild = {
      id,
      name: `Stand-in Guild ${index + 1}`,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.tester.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      mfa_level: GuildMFALevel.None,
      nsfw_level: GuildNSFWLevel.Default,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      system_channel_id: channel.id,
      system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      application_id: null,
      preferred_locale: DEFAULT_LOCALE,
      features: [],
      roles: [everyone],
      emojis: [],
      stickers: [],
      hub_type: null,
      incidents_data: null,
      max_members: 500_000,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      region: 'deprecated',
      joined_at: isoNow(),
      large: false,
      unavailable: false,
      member_count: 2,
      members: [],
      channels: [channel],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
    guild.members.push(this.member(this.botUser, id), this.member(this.tester, id));
    this.guilds.push(guild);
    this.channels.set(channel.id, channel);
    return guild;
  }

  /** The one DM channel between the bot and `user`, created on first use like Discord's. */
  dmChannel(user: APIUser): APIDMChannel {
    const known = this.dmChannelByUser.get(user.id);
    if (known) return this.channels.get(known) as APIDMChannel;
    const channel: APIDMChannel = {
      id: snowflake(),
      type: ChannelType.DM,
      recipients: [user],
      last_message_id: null,
      flags: noFlags(),
      name: null,
    };
    this.dmChannelByUser.set(user.id, channel.id);
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** A group DM of `owner` and a friend, where only a user-installed app can be used. */
  groupDmChannel(owner: APIUser): APIGroupDMChannel {
    const known = this.groupDmByOwner.get(owner.id);
    if (known) return this.channels.get(known) as APIGroupDMChannel;
    const others = [this.addUser({ username: 'friend' })];
    const channel: APIGroupDMChannel = {
      id: snowflake(),
      type: ChannelType.GroupDM,
      name: null,
      icon: null,
      owner_id: owner.id,
      recipients: [owner, ...others],
      last_message_id: null,
      flags: noFlags(),
    };
    this.groupDmByOwner.set(owner.id, channel.id);
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** A public thread opened on a guild message, as "Create Thread" does: the thread takes the message's id. */
  threadOn(message: APIMessage, name: string, owner: APIUser = this.tester): APIPublicThreadChannel {
    const parent = this.channels.get(message.channel_id);
    if (!parent || parent.type !== ChannelType.GuildText) throw new Error('A thread opens on a message in a server text channel.');
    const thread: APIPublicThreadChannel = {
      id: message.id,
      type: ChannelType.PublicThread,
      guild_id: parent.guild_id,
      parent_id: parent.id,
      name,
      owner_id: owner.id,
      last_message_id: null,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      rate_limit_per_user: 0,
      flags: noFlags(),
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: isoNow(), locked: false },
    };
    this.channels.set(thread.id, thread);
    return thread;
  }

  /** A whole message object, stored so replies, edits and context menus can refer to it. */
  storeMessage(fields: Partial<APIMessage> & { channel_id: string; author: APIUser }): APIMessage {
    const message: APIMessage = {
      id: snowflake(),
      type: MessageType.Default,
      content: '',
      timestamp: isoNow(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: noFlags(),
      ...fields,
    };
    this.messages.set(message.id, message);
    const channel = this.channels.get(message.channel_id);
    if (channel) channel.last_message_id = message.id;
    return message;
  }

  /** Applies a message body the bot sent (create or edit) onto a stored message. */
  applyMessageBody(message: APIMessage, body: Record<string, unknown>, { edit }: { edit: boolean }): APIMessage {
    if (typeof body.content === 'string') message.content = body.content;
    if (Array.isArray(body.embeds)) message.embeds = body.embeds as APIEmbed[];
    if (Array.isArray(body.components)) message.components = body.components as APIMessage['components'];
    if (typeof body.flags === 'number') message.flags = body.flags;
    if (edit) message.edited_timestamp = isoNow();
    return message;
  }

  guildChannel(guildId: string): APITextChannel {
    const channel = this.guild(guildId)?.channels[0];
    if (!channel) throw new Error(`The stand-in knows no guild ${guildId}.`);
    return channel;
  }

  commandsOf(guildId?: string): Map<string, RegisteredCommand> {
    if (!guildId) return this.globalCommands;
    let commands = this.guildCommands.get(guildId);
    if (!commands) this.guildCommands.set(guildId, (commands = new Map()));
    return commands;
  }
}
