import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { EVERY_CONTEXT, EVERY_INSTALL } from '../src/discord/command.ts';
import { articlesFor, autocompleteArticle } from '../src/discord/command-helpers.ts';
import { botContext } from '../src/discord/context.ts';
import { renderArticleInfo } from '../src/discord/render.ts';
import { sendPages } from '../src/discord/respond.ts';

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription('An article’s title, credit, year and size, and the list of loaded articles')
  .addStringOption((option) => option.setName('article').setDescription('Which article to describe (without it: the list of loaded articles)').setAutocomplete(true))
  .setContexts(...EVERY_CONTEXT)
  .setIntegrationTypes(...EVERY_INSTALL);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const context = botContext(interaction.client);
  const given = interaction.options.getString('article');
  const articles = await articlesFor(interaction, context, given);
  if (!articles) return;
  const article = given ? articles[0] : articles.length === 1 ? articles[0] : undefined;
  await sendPages(interaction, () => renderArticleInfo(article, context.library.articles), { ephemeral: false, deferAfterMs: context.deferAfterMs });
}

export async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
  await autocompleteArticle(interaction, interaction.options.getFocused());
}
