import { ApplicationCommandType, ContextMenuCommandBuilder, type MessageContextMenuCommandInteraction } from 'discord.js';
import { answerQuestion } from '../src/discord/answering.ts';
import { EVERY_CONTEXT, EVERY_INSTALL } from '../src/discord/command.ts';
import { conversationOf, replyPrivately, takeTurn } from '../src/discord/command-helpers.ts';
import { botContext } from '../src/discord/context.ts';
import { notice } from '../src/discord/render.ts';
import { sendPages } from '../src/discord/respond.ts';

export const data = new ContextMenuCommandBuilder()
  .setName('Ask the article')
  .setType(ApplicationCommandType.Message)
  .setContexts(...EVERY_CONTEXT)
  .setIntegrationTypes(...EVERY_INSTALL);

/** Answers the right-clicked message as a question, visible only to the person who asked. */
export async function execute(interaction: MessageContextMenuCommandInteraction): Promise<void> {
  const context = botContext(interaction.client);
  const question = interaction.targetMessage.content.trim();
  if (!question) {
    await replyPrivately(interaction, notice('That message has no text to ask about. Try a message with a question in it.', 'warning'));
    return;
  }
  if (!(await takeTurn(interaction, context))) return;
  await sendPages(interaction, async () => [(await answerQuestion(context, question, 'context-menu', { place: conversationOf(interaction) })).page], { ephemeral: true, deferAfterMs: context.deferAfterMs });
}
