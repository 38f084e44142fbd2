import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { FIGURE_KINDS } from '../src/core/types.ts';
import { EVERY_CONTEXT, EVERY_INSTALL } from '../src/discord/command.ts';
import { articlesFor, autocompleteArticle } from '../src/discord/command-helpers.ts';
import { botContext } from '../src/discord/context.ts';
import { PRIVATE_LIST_DESCRIPTION, sendList } from '../src/discord/list-pages.ts';

export const data = new SlashCommandBuilder()
  .setName('figures')
  .setDescription('Every figure in the article (amounts, counts, dates…) with its sentence and citation')
  .addStringOption((option) => option.setName('article').setDescription('Which article (default: every loaded article)').setAutocomplete(true))
  .addStringOption((option) =>
    option
      .setName('kind')
      .setDescription('Only figures of this kind')
      .addChoices(...FIGURE_KINDS.map((kind) => ({ name: kind, value: kind }))),
  )
  .addBooleanOption((option) => option.setName('private').setDescription(PRIVATE_LIST_DESCRIPTION))
  .setContexts(...EVERY_CONTEXT)
  .setIntegrationTypes(...EVERY_INSTALL);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const context = botContext(interaction.client);
  const articles = await articlesFor(interaction, context, interaction.options.getString('article'));
  if (!articles) return;
  const kind = FIGURE_KINDS.find((k) => k === interaction.options.getString('kind'));
  await sendList(interaction, context, { list: 'figures', filter: kind ?? '' }, articles);
}

export async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
  await autocompleteArticle(interaction, interaction.options.getFocused());
}
