/**
 * The shape of a command file in commands/ (the discord.js guide's shape): `data` is a builder,
 * `execute` answers the interaction, `autocomplete` is optional. Every command works in servers,
 * in DMs with the bot and, for people who install the app to their account, in group DMs.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';

export const EVERY_CONTEXT = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel] as const;
export const EVERY_INSTALL = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall] as const;

export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

export interface Command {
  data: CommandData;
  execute(interaction: CommandInteraction): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction): Promise<void>;
}
