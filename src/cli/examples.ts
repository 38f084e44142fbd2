/** Example questions for the help text, built from what the loaded article actually contains. */
import type { Article } from '../core/types.ts';

export const EXAMPLES_SHOWN = 3;

/** Two or more capitalised words in a row, e.g. a person's or an organisation's name. */
const NAME_RUN = /\b\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+/gu;

function nameFrom(article: Article): string | undefined {
  for (const sentence of article.sentences) {
    // A sentence's first word is capitalised anyway, so it is not a sign of a name.
    const rest = sentence.text.replace(/^\P{L}*\p{L}+/u, '');
    // A full stop after a name ends the sentence ("Jane Roe."), unless the name ends in an initial.
    const name = rest.match(NAME_RUN)?.[0]?.replace(/(?<=\p{L}{2})\.$/u, '');
    if (name) return name;
  }
  return undefined;
}

export function exampleQuestions(article: Article): string[] {
  const questions: string[] = [];
  const speaker = article.quotations.find((quotation) => quotation.speaker)?.speaker;
  if (speaker) questions.push(`What did ${speaker} say?`);

  const money = article.figures.find((figure) => figure.kind === 'money');
  if (money) questions.push(`What is the ${money.text} for?`);

  const counted = article.figures.find((figure) => figure.kind === 'count' && figure.unit);
  if (counted) questions.push(`How many ${counted.unit}?`);

  const year = article.figures.find((figure) => figure.kind === 'year');
  if (year) questions.push(`What happened in ${year.value ?? year.text}?`);

  const name = nameFrom(article);
  if (name) questions.push(`What does the article say about ${name}?`);

  if (questions.length === 0) questions.push('What is the article about?');
  return questions.slice(0, EXAMPLES_SHOWN);
}
