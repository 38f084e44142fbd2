/**
 * One entry point for every interaction: commands, the context menu, autocomplete and buttons.
 * Whatever fails becomes an ephemeral "something went wrong" with a reference logged beside the
 * error, and never escapes to crash the process.
 */
import { MessageFlags, type Interaction } from 'discord.js';
import { handleButton } from './buttons.ts';
import type { Command } from './command.ts';
import type { BotContext } from './context.ts';
import { newReference, somethingWentWrong } from './errors.ts';
import { notice } from './render.ts';
import { markReceived, messagePayload, millisecondsSinceReceived } from './respond.ts';

function where(interaction: Interaction): string {
  if (interaction.inGuild()) return 'guild';
  return interaction.context === 2 ? 'private-channel' : 'dm';
}

export function createInteractionRouter(commands: ReadonlyMap<string, Command>, context: BotContext) {
  const { logger } = context;

  async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction);
      else await interaction.respond([]);
      return;
    }
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) {
        await interaction.reply({ ...messagePayload(notice('That command is not available any more.', 'warning')), flags: MessageFlags.Ephemeral });
        return;
      }
      await command.execute(interaction);
      return;
    }
    if (interaction.isButton()) {
      await handleButton(interaction, context);
    }
  }

  async function reportFailure(interaction: Interaction, error: unknown): Promise<void> {
    const reference = newReference();
    const name = interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : interaction.isButton() ? interaction.customId.split(':')[0] : undefined;
    logger.error('interaction failed', { reference, type: interaction.type, command: name, where: where(interaction), error });
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
        return;
      }
      if (!interaction.isRepliable()) return;
      const payload = { ...messagePayload(notice(somethingWentWrong(reference), 'error')), flags: MessageFlags.Ephemeral } as const;
      if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
      else await interaction.reply(payload);
    } catch (replyError) {
      logger.warn('could not tell the user about a failure', { reference, error: replyError });
    }
  }

  return async function handleInteraction(interaction: Interaction): Promise<void> {
    markReceived(interaction);
    try {
      await route(interaction);
      logger.debug('interaction handled', { type: interaction.type, where: where(interaction), totalMs: Math.round(millisecondsSinceReceived(interaction)) });
    } catch (error) {
      await reportFailure(interaction, error);
    }
  };
}
