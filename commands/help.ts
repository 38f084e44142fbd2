import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { EVERY_CONTEXT, EVERY_INSTALL } from '../src/discord/command.ts';
import { botContext } from '../src/discord/context.ts';
import { renderHelp } from '../src/discord/render.ts';
import { sendPages } from '../src/discord/respond.ts';
import { exampleQuestions } from '../src/discord/suggestions.ts';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('What this bot does, with example questions from the loaded articles')
  .setContexts(...EVERY_CONTEXT)
  .setIntegrationTypes(...EVERY_INSTALL);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const context = botContext(interaction.client);
  await sendPages(
    interaction,
    async () => [renderHelp({ examples: await exampleQuestions(context.library), articles: context.library.articles, cooldownSeconds: context.cooldownSeconds })],
    { ephemeral: true, deferAfterMs: context.deferAfterMs },
  );
}
