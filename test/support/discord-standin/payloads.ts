/**
 * Builders for what Discord sends the bot: INTERACTION_CREATE (slash command, autocomplete, button,
 * message context menu) and MESSAGE_CREATE, with every field discord.js reads. When the bot has
 * registered commands, the builders use their ids and option types and refuse what Discord would not
 * offer (an unregistered command, an undeclared option, a command outside its contexts).
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  MessageType,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIMessage,
  type APIUser,
} from 'discord.js';
import { BOT_PERMISSIONS, DEFAULT_LOCALE, snowflake, type KnownChannel, type RegisteredCommand, type World } from './world.ts';

/** Discord's upload limit for a bot without boosts, sent in every interaction. */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

export type Place = 'guild' | 'dm' | 'group-dm';

export interface InteractionContext {
  /** Where it happens: a guild text channel (default), the DM with the bot, or a group DM (user install). */
  where?: Place;
  /** The guild, when `where` is 'guild'; default the first guild. */
  guildId?: string;
  /** Who acts; default the stand-in's tester user. */
  user?: APIUser;
  /** Which installation authorises it; default 'guild', except in group DMs where only 'user' works. */
  install?: 'guild' | 'user';
  locale?: string;
  /** How long ago Discord created it (default 0): the id says when, and the 3-second deadline runs from then. */
  ageMs?: number;
}

export type OptionValues = Record<string, string | number | boolean>;
export type CommandOptions = OptionValues | APIApplicationCommandInteractionDataOption[];

/** An INTERACTION_CREATE payload, as sent on the gateway. */
export type InteractionPayload = Record<string, unknown> & {
  id: string;
  token: string;
  type: InteractionType;
  guild_id?: string;
  channel: KnownChannel;
};

export function channelFor(world: World, context: InteractionContext): KnownChannel {
  const user = context.user ?? world.tester;
  switch (context.where ?? 'guild') {
    case 'dm':
      return world.dmChannel(user);
    case 'group-dm':
      return world.groupDmChannel(user);
    case 'guild':
      return world.guildChannel(context.guildId ?? world.guilds[0]!.id);
  }
}

function placeOf(channel: KnownChannel): Place {
  if (channel.type === ChannelType.DM) return 'dm';
  if (channel.type === ChannelType.GroupDM) return 'group-dm';
  return 'guild';
}

const CONTEXT_OF_PLACE: Record<Place, InteractionContextType> = {
  guild: InteractionContextType.Guild,
  dm: InteractionContextType.BotDM,
  'group-dm': InteractionContextType.PrivateChannel,
};

function interaction(
  world: World,
  channel: KnownChannel,
  context: InteractionContext,
  type: InteractionType,
  fields: Record<string, unknown>,
): InteractionPayload {
  const user = context.user ?? world.tester;
  const place = placeOf(channel);
  const install = place === 'group-dm' ? 'user' : (context.install ?? 'guild');
  const guildId = 'guild_id' in channel ? channel.guild_id : undefined;
  const owners =
    install === 'user'
      ? { [ApplicationIntegrationType.UserInstall]: user.id }
      : { [ApplicationIntegrationType.GuildInstall]: guildId ?? '0' };
  const locale = context.locale ?? DEFAULT_LOCALE;
  const where = guildId
    ? {
        guild_id: guildId,
        guild: { id: guildId, locale: DEFAULT_LOCALE, features: [] },
        guild_locale: DEFAULT_LOCALE,
        member: world.member(user, guildId),
      }
    : { user };
  return {
    id: snowflake(Date.now() - (context.ageMs ?? 0)),
    application_id: world.applicationId,
    type,
    token: `interaction.${randomBytes(24).toString('base64url')}`,
    version: 1,
    channel,
    channel_id: channel.id,
    app_permissions: BOT_PERMISSIONS,
    locale,
    entitlements: [],
    authorizing_integration_owners: owners,
    context: CONTEXT_OF_PLACE[place],
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    ...where,
    ...fields,
  };
}

/** The registered command Discord would offer here, or null when the bot has registered none at all. */
function offeredCommand(
  world: World,
  name: string,
  type: ApplicationCommandType,
  channel: KnownChannel,
  context: InteractionContext,
): RegisteredCommand | null {
  const guildId = 'guild_id' in channel ? channel.guild_id : undefined;
  const candidates = [...(guildId ? world.commandsOf(guildId).values() : []), ...world.globalCommands.values()];
  const anyRegistered = world.globalCommands.size > 0 || [...world.guildCommands.values()].some((commands) => commands.size > 0);
  if (!anyRegistered) return null;
  const command = candidates.find((candidate) => candidate.name === name && (candidate.type ?? 1) === type);
  if (!command) {
    const known = candidates.map((candidate) => candidate.name).join(', ') || 'none';
    throw new Error(`Discord would not offer the command "${name}" here: the bot registered ${known}.`);
  }
  const place = placeOf(channel);
  const install = place === 'group-dm' ? ApplicationIntegrationType.UserInstall : context.install === 'user' ? 1 : 0;
  const contexts = command.contexts ?? null;
  const integrationTypes = command.integration_types ?? [ApplicationIntegrationType.GuildInstall];
  if ((contexts && !contexts.includes(CONTEXT_OF_PLACE[place])) || !integrationTypes.includes(install)) {
    throw new Error(
      `Discord would not offer "${name}" in a ${place} with a ${install ? 'user' : 'guild'} install: ` +
        `its contexts are ${JSON.stringify(contexts)} and its integration types ${JSON.stringify(integrationTypes)}.`,
    );
  }
  return command;
}

function optionType(value: string | number | boolean): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  return ApplicationCommandOptionType.String;
}

function toOptions(
  commandName: string,
  values: CommandOptions,
  declared: APIApplicationCommandOption[] | undefined,
  focused?: string,
): APIApplicationCommandInteractionDataOption[] {
  if (Array.isArray(values)) return values;
  return Object.entries(values).map(([name, value]) => {
    const declaration = declared?.find((option) => option.name === name);
    if (declared && !declaration) {
      throw new Error(`The command "${commandName}" declares no option "${name}" (it has ${declared.map((o) => o.name).join(', ') || 'none'}).`);
    }
    const isFocused = name === focused;
    // While typing, Discord sends the focused option's partial text as a string whatever its type.
    const type = isFocused ? ApplicationCommandOptionType.String : (declaration?.type ?? optionType(value));
    return { name, type, value: isFocused ? String(value) : value, ...(isFocused ? { focused: true } : {}) } as APIApplicationCommandInteractionDataOption;
  });
}

function commandData(
  world: World,
  name: string,
  options: CommandOptions,
  channel: KnownChannel,
  context: InteractionContext,
  focused?: string,
) {
  const command = offeredCommand(world, name, ApplicationCommandType.ChatInput, channel, context);
  const declared = command ? ((command.options ?? []) as APIApplicationCommandOption[]) : undefined;
  return {
    id: command?.id ?? snowflake(),
    name,
    type: ApplicationCommandType.ChatInput,
    options: toOptions(name, options, declared, focused),
    ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
  };
}

export function slashCommand(world: World, name: string, options: CommandOptions = {}, context: InteractionContext = {}): InteractionPayload {
  const channel = channelFor(world, context);
  return interaction(world, channel, context, InteractionType.ApplicationCommand, {
    data: commandData(world, name, options, channel, context),
  });
}

export function autocomplete(
  world: World,
  name: string,
  options: OptionValues,
  focused: string,
  context: InteractionContext = {},
): InteractionPayload {
  if (!(focused in options)) throw new Error(`The focused option "${focused}" needs a value (what the user has typed so far).`);
  const channel = channelFor(world, context);
  return interaction(world, channel, context, InteractionType.ApplicationCommandAutocomplete, {
    data: commandData(world, name, options, channel, context, focused),
  });
}

function hasButton(components: unknown, customId: string | RegExp): boolean {
  if (!Array.isArray(components)) return false;
  return components.some((component: { custom_id?: unknown; components?: unknown; accessory?: unknown }) => {
    const id = component.custom_id;
    const matches = typeof id === 'string' && (typeof customId === 'string' ? id === customId : customId.test(id));
    return matches || hasButton(component.components, customId) || hasButton([component.accessory].filter(Boolean), customId);
  });
}

/** The newest message from the bot that carries a component with this custom_id. */
export function messageWithButton(world: World, customId: string | RegExp): APIMessage {
  const fromBot = [...world.messages.values()].reverse().filter((message) => message.author.id === world.botUser.id);
  const message = fromBot.find((candidate) => hasButton(candidate.components, customId));
  if (!message) throw new Error(`No message from the bot carries a component with custom_id ${String(customId)}.`);
  return message;
}

/** A click on a button the bot rendered (found by custom_id among its messages unless `message` is given). */
export function buttonPress(
  world: World,
  customId: string | RegExp,
  context: Omit<InteractionContext, 'where' | 'guildId'> & { message?: APIMessage } = {},
): InteractionPayload {
  const message = context.message ?? messageWithButton(world, customId);
  const channel = world.channels.get(message.channel_id);
  if (!channel) throw new Error(`The stand-in knows no channel ${message.channel_id}.`);
  const clicked = typeof customId === 'string' ? customId : findCustomId(message.components, customId);
  return interaction(world, channel, context, InteractionType.MessageComponent, {
    data: { custom_id: clicked, component_type: ComponentType.Button },
    message,
  });
}

function findCustomId(components: unknown, pattern: RegExp): string {
  const found: string[] = [];
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const component of list as { custom_id?: string; components?: unknown; accessory?: unknown }[]) {
      if (component.custom_id && pattern.test(component.custom_id)) found.push(component.custom_id);
      walk(component.components);
      walk([component.accessory].filter(Boolean));
    }
  };
  walk(components);
  return found[0] ?? String(pattern);
}

/** "Apps > name" on `target`, a message the stand-in knows (see `userMessage`). */
export function messageContextMenu(
  world: World,
  name: string,
  target: APIMessage,
  context: Omit<InteractionContext, 'where' | 'guildId'> = {},
): InteractionPayload {
  const channel = world.channels.get(target.channel_id);
  if (!channel) throw new Error(`The stand-in knows no channel ${target.channel_id}.`);
  const command = offeredCommand(world, name, ApplicationCommandType.Message, channel, context);
  return interaction(world, channel, context, InteractionType.ApplicationCommand, {
    data: {
      id: command?.id ?? snowflake(),
      name,
      type: ApplicationCommandType.Message,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    },
  });
}

export interface UserMessageOptions {
  content: string;
  /** Default 'guild'; a DM goes to the bot's DM channel with the author. */
  where?: Exclude<Place, 'group-dm'>;
  guildId?: string;
  /** A channel the stand-in knows, such as a thread (see `threadOn`); wins over `where`. */
  channelId?: string;
  author?: APIUser;
  /** Prefixes the content with a mention of the bot, as typing @bot does. */
  mentionBot?: boolean;
  /** Sent as a reply to this message, in its channel; Discord pings its author unless `pingReplied` is false. */
  replyTo?: APIMessage;
  pingReplied?: boolean;
}

/** A message a user sent, stored (so it can be replied to or be a context-menu target) but not dispatched. */
export function userMessage(world: World, options: UserMessageOptions): APIMessage {
  const author = options.author ?? world.tester;
  const channelId = options.replyTo?.channel_id ?? options.channelId ?? channelFor(world, { where: options.where ?? 'guild', guildId: options.guildId, user: author }).id;
  const channel = world.channels.get(channelId);
  if (!channel) throw new Error(`The stand-in knows no channel ${channelId}.`);
  const content = options.mentionBot ? `<@${world.botUser.id}> ${options.content}` : options.content;
  const replied = options.replyTo;
  const mentions = [...(options.mentionBot ? [world.botUser] : []), ...(replied && options.pingReplied !== false ? [replied.author] : [])];
  return world.storeMessage({
    channel_id: channel.id,
    author,
    content,
    mentions: mentions.filter((user, i) => mentions.findIndex((other) => other.id === user.id) === i),
    ...(replied
      ? {
          type: MessageType.Reply,
          message_reference: { type: 0, message_id: replied.id, channel_id: replied.channel_id, ...('guild_id' in channel ? { guild_id: channel.guild_id } : {}) },
          referenced_message: replied,
        }
      : {}),
  });
}

/** The MESSAGE_CREATE dispatch data for a stored message: guild messages carry guild_id and member, DMs channel_type. */
export function messageCreate(world: World, message: APIMessage): Record<string, unknown> & { guild_id?: string } {
  const channel = world.channels.get(message.channel_id);
  const guildId = channel && 'guild_id' in channel ? channel.guild_id : undefined;
  if (!guildId) return { ...message, channel_type: channel?.type ?? ChannelType.DM };
  const { user: _user, ...member } = world.member(message.author, guildId);
  const mentions = message.mentions.map((user) => {
    const { user: _mentioned, ...mentionedMember } = world.member(user, guildId);
    return { ...user, member: mentionedMember };
  });
  return { ...message, mentions, guild_id: guildId, member, channel_type: channel?.type ?? ChannelType.GuildText };
}
