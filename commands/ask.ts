import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/core/engine.ts';
import { answerQuestion } from '../src/discord/answering.ts';
import { EVERY_CONTEXT, EVERY_INSTALL } from '../src/discord/command.ts';
import { articlesFor, autocompleteArticle, conversationOf, takeTurn } from '../src/discord/command-helpers.ts';
import { botContext } from '../src/discord/context.ts';
import { respondChoices, sendPages } from '../src/discord/respond.ts';
import { questionChoices, resolveArticle } from '../src/discord/suggestions.ts';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the article: get the sentence that answers, quoted word for word and cited')
  .addStringOption((option) =>
    option.setName('question').setDescription('Your question, e.g. who said what, how much, when').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH).setAutocomplete(true),
  )
  .addStringOption((option) => option.setName('article').setDescription('Which article to ask (default: every loaded article)').setAutocomplete(true))
  .addBooleanOption((option) => option.setName('private').setDescription('Show the answer only to you'))
  .setContexts(...EVERY_CONTEXT)
  .setIntegrationTypes(...EVERY_INSTALL);

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  const context = botContext(interaction.client);
  const question = interaction.options.getString('question', true);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const articles = await articlesFor(interaction, context, interaction.options.getString('article'));
  if (!articles || !(await takeTurn(interaction, context))) return;
  const articleId = articles.length === 1 && interaction.options.getString('article') ? articles[0]?.id : undefined;
  await sendPages(interaction, async () => [(await answerQuestion(context, question, 'slash', { articleId, place: conversationOf(interaction) })).page], { ephemeral, deferAfterMs: context.deferAfterMs });
}

export async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'article') return autocompleteArticle(interaction, focused.value);
  const { library } = botContext(interaction.client);
  const article = resolveArticle(library, interaction.options.getString('article'));
  await respondChoices(interaction, await questionChoices(library, focused.value, article?.id));
}
