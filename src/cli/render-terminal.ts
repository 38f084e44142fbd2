/** Answers and article listings as terminal text. Everything from questions or files goes through `safeLine`. */
import { readableDate } from '../core/figures.ts';
import { quotationMatches, speakerLabel } from '../core/quotation-search.ts';
import { creditLine } from '../core/articles.ts';
import { matchedWording } from '../core/pipeline/quotes.ts';
import { closestPassagesLabel, counted, declineLead } from '../core/pipeline/reasons.ts';
import { SMALL_TALK_REPLIES } from '../core/small-talk.ts';
import type { Answer, Article, Figure, FigureKind, Quote } from '../core/types.ts';
import { UNKNOWN_DECLINE_REASON } from './answer-json.ts';
import { safeEcho, safeLine, type Style } from './terminal-text.ts';

/** Enough to read the answer and what surrounds it; `ask --json` has the full list. */
export const QUOTES_SHOWN = 3;

export type ArticleLookup = (id: string) => Article | undefined;

export function citation(paragraph: number, sentence: number): string {
  return `¶${paragraph} · s${sentence}`;
}

function titleOf(id: string, getArticle: ArticleLookup): string {
  return safeLine(getArticle(id)?.meta.title ?? id);
}

/** The quote's text with the article's figures inside it highlighted. */
function highlightFigures(quote: Quote, figures: readonly Figure[], style: Style): string {
  let text = '';
  let cursor = 0;
  const inside = figures
    .filter((figure) => figure.start >= quote.start && figure.end <= quote.end)
    .sort((a, b) => a.start - b.start);
  for (const figure of inside) {
    const from = figure.start - quote.start;
    if (from < cursor) continue;
    const to = figure.end - quote.start;
    text += safeLine(quote.text.slice(cursor, from)) + style.figure(safeLine(quote.text.slice(from, to)));
    cursor = to;
  }
  return text + safeLine(quote.text.slice(cursor));
}

function renderQuote(quote: Quote, position: number, getArticle: ArticleLookup, style: Style): string[] {
  const figures = getArticle(quote.article)?.figures ?? [];
  const lines = [
    `${position}. ${highlightFigures(quote, figures, style)}`,
    `   ${style.muted(`${citation(quote.paragraph, quote.sentence)} — ${titleOf(quote.article, getArticle)}`)}`,
  ];
  if (quote.speaker) lines.push(`   ${style.muted('Speaker:')} ${safeLine(quote.speaker)}`);
  const matched = matchedWording(quote);
  if (matched.length > 0) lines.push(`   ${style.muted('Matched:')} ${matched.map((term) => safeEcho(term)).join(', ')}`);
  return lines;
}

/** "436000000 USD", "2011", "March 3", or "" when the figure has no value. */
function figureAmount(figure: Figure): string {
  if (figure.value === null) return '';
  // "yesterday" in an article of known date is a day too.
  const date = (figure.kind === 'date' || figure.kind === 'relative-date') && typeof figure.value === 'string' ? readableDate(figure.value) : undefined;
  if (date) return date;
  return safeLine(figure.unit ? `${figure.value} ${figure.unit}` : String(figure.value));
}

function figureLine(figure: Figure, style: Style): string {
  const amount = figureAmount(figure);
  return `  ${style.figure(safeLine(figure.text))}  ${figure.kind}${amount ? ` ${amount}` : ''}  ${style.muted(citation(figure.paragraph, figure.sentence))}`;
}

export interface RenderAnswerOptions {
  /** Repeat the question first, as the one-shot command does; the console leaves it on screen already. */
  echoQuestion?: boolean;
}

export function renderAnswer(answer: Answer, getArticle: ArticleLookup, style: Style, options: RenderAnswerOptions = {}): string {
  const lines: string[] = [];
  if (options.echoQuestion) lines.push(`${style.muted('Q:')} ${safeEcho(answer.question)}`, '');
  const shown = answer.quotes.slice(0, QUOTES_SHOWN);

  if (answer.smallTalk) {
    lines.push(SMALL_TALK_REPLIES[answer.smallTalk]);
  } else if (answer.answered) {
    if (answer.note) lines.push(style.muted(safeLine(answer.note)), '');
    const answering = shown.slice(0, Math.max(1, answer.answering));
    const related = shown.slice(answering.length);
    answering.forEach((quote, i) => lines.push(...renderQuote(quote, i + 1, getArticle, style)));
    if (answer.figures.length > 0) {
      lines.push('', style.strong('Figures:'), ...answer.figures.map((figure) => figureLine(figure, style)));
    }
    if (related.length > 0) {
      lines.push('', style.strong('Related passages:'));
      related.forEach((quote, i) => lines.push(...renderQuote(quote, i + answering.length + 1, getArticle, style)));
    }
  } else {
    // "That is about the article, not in it", "the question is empty": the question, not the article, is what the reply is about;
    // a passage judged unlikely to answer may still answer in other words.
    const kind = declineLead(answer.reasonCode, Boolean(answer.reason));
    const lead = kind === 'question' ? '' : `${style.warning(kind === 'unsure' ? 'No sure answer:' : 'Not answered:')} `;
    lines.push(`${lead}${safeLine(answer.reason || UNKNOWN_DECLINE_REASON)}`);
    if (answer.note) lines.push(style.muted(safeLine(answer.note)));
    if (shown.length > 0) {
      lines.push('', style.strong(closestPassagesLabel(kind)));
      shown.forEach((quote, i) => lines.push(...renderQuote(quote, i + 1, getArticle, style)));
    }
  }

  const sources = answer.answered ? answer.sources : [];
  for (const source of sources) {
    const credit = creditLine(source);
    lines.push('', `${style.muted('Source:')} ${safeLine(source.title)}${credit ? ` — ${safeLine(credit)}` : ''}`);
    if (source.copyright) lines.push(style.muted(safeLine(source.copyright)));
  }
  return lines.join('\n');
}

function heading(article: Article, articleCount: number, style: Style): string[] {
  return articleCount > 1 ? [style.strong(`${safeLine(article.meta.title)} [${safeLine(article.id)}]`)] : [];
}

export function renderFigures(articles: readonly Article[], kind: FigureKind | undefined, style: Style): string {
  const lines: string[] = [];
  for (const article of articles) {
    const figures = article.figures.filter((figure) => kind === undefined || figure.kind === kind);
    if (figures.length === 0) continue;
    lines.push(...heading(article, articles.length, style));
    lines.push(...figures.map((figure) => figureLine(figure, style)));
  }
  return lines.length > 0 ? lines.join('\n') : kind ? `No ${kind} figures.` : 'No figures found.';
}

export function renderQuotations(articles: readonly Article[], search: string | undefined, style: Style): string {
  const lines: string[] = [];
  for (const article of articles) {
    const quotations = article.quotations.filter((quotation) => quotationMatches(quotation, search));
    if (quotations.length === 0) continue;
    lines.push(...heading(article, articles.length, style));
    for (const quotation of quotations) {
      const label = speakerLabel(quotation);
      const speaker = label ? safeLine(label) : 'speaker not given';
      lines.push(`  ${safeLine(quotation.text)} — ${speaker}  ${style.muted(citation(quotation.paragraph, quotation.sentence))}`);
    }
  }
  if (lines.length > 0) return lines.join('\n');
  return search ? `No direct quotations matching “${safeEcho(search)}”.` : 'No direct quotations found.';
}

export function renderArticleDetails(article: Article, style: Style): string {
  const { meta } = article;
  const rows: [string, string | number | undefined][] = [
    ['Id', article.id],
    ['Author', meta.author],
    ['Credit', meta.credit],
    ['Year', meta.year],
    ['Date', meta.date],
    ['Dateline', meta.dateline],
    ['URL', meta.url],
    ['Paragraphs', article.paragraphs.length],
    ['Sentences', article.sentences.length],
    ['Figures', article.figures.length],
    ['Quotations', article.quotations.length],
    ['File', article.file],
  ];
  const lines = [style.strong(safeLine(meta.title))];
  for (const [label, value] of rows) {
    if (value !== undefined && value !== '') lines.push(`  ${style.muted(`${label}:`.padEnd(12))}${safeLine(String(value))}`);
  }
  if (article.copyright) lines.push(`  ${style.muted(safeLine(article.copyright))}`);
  return lines.join('\n');
}


/** Every loaded article, one a line; `activeId` marks the one questions go to. */
export function renderArticleList(articles: readonly Article[], activeId: string | undefined, style: Style): string {
  return articles
    .map((article) => {
      const marker = article.id === activeId ? '*' : ' ';
      return `${marker} ${safeLine(article.id)} — ${safeLine(article.meta.title)} ${style.muted(`(${counted(article.paragraphs.length, 'paragraph')}, ${counted(article.sentences.length, 'sentence')})`)}`;
    })
    .join('\n');
}
