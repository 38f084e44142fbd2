import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { EVERY_CONTEXT, EVERY_INSTALL } from '../src/discord/command.ts';
import { articlesFor, autocompleteArticle } from '../src/discord/command-helpers.ts';
import { botContext } from '../src/discord/context.ts';
import { DISCORD_LIMITS } from '../src/discord/limits.ts';
import { PRIVATE_LIST_DESCRIPTION, sendList } from '../src/discord/list-pages.ts';
import { quotationMatches } from '../src/core/quotation-search.ts';
import { respondChoices } from '../src/discord/respond.ts';
import { resolveArticle } from '../src/discord/suggestions.ts';
import { oneLine, truncate } from '../src/discord/text.ts';

export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('What people said in the article, word for word, with who said it and where')
  .addStringOption((option) => option.setName('search').setDescription('Only quotations with these words, or by this speaker or post (mayor)').setMaxLength(200).setAutocomplete(true))
  .addStringOption((option) => option.setName('article').setDescription('Which article (default: every loaded article)').setAutocomplete(true))
  .addBooleanOption((option) => option.setName('private').setDescription(PRIVATE_LIST_DESCRIPTION))
  .setContexts(...EVERY_CONTEXT)
  .setIntegrationTypes(...EVERY_INSTALL);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const context = botContext(interaction.client);
  const articles = await articlesFor(interaction, context, interaction.options.getString('article'));
  if (!articles) return;
  const search = oneLine(interaction.options.getString('search') ?? '');
  await sendList(interaction, context, { list: 'quote', filter: search }, articles);
}

/** `search` offers the quotations themselves (and speakers) matching what is typed. */
export async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'article') return autocompleteArticle(interaction, focused.value);
  const { library } = botContext(interaction.client);
  const chosen = resolveArticle(library, interaction.options.getString('article'));
  const quotations = (chosen ? [chosen] : library.articles).flatMap((a) => a.quotations).filter((q) => quotationMatches(q, focused.value));
  const values = [...new Set([...quotations.flatMap((q) => q.speaker ?? []), ...quotations.map((q) => q.text.replace(/^[“"]|[”"]$/g, ''))])];
  const choices = values
    .map((text) => truncate(oneLine(text), DISCORD_LIMITS.choiceName))
    .filter((text, i, all) => text && all.indexOf(text) === i)
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map((text) => ({ name: text, value: text.replace(/…$/, '') }));
  await respondChoices(interaction, choices);
}
