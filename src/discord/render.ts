/**
 * Turns answers and articles into Discord messages. Pure: no client, no network, so every limit
 * can be tested. Quotes are shown verbatim (escaped so markdown shows as written); when a quote
 * has to be split, the cut happens at a space and is marked with an ellipsis on both sides.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField } from 'discord.js';
import { quotationMatches, speakerLabel } from '../core/quotation-search.ts';
import { listParagraphAfter, matchedWording, speakerOf } from '../core/pipeline/quotes.ts';
import { creditLine } from '../core/articles.ts';
import { closestPassagesLabel, counted, declineLead } from '../core/pipeline/reasons.ts';
import { SMALL_TALK_REPLIES } from '../core/small-talk.ts';
import type { Answer, Article, Figure, FigureKind, Quote, Sentence } from '../core/types.ts';
import { articleKey, encodeMore, encodeParagraph, type SentenceRef } from './custom-id.ts';
import { DISCORD_LIMITS as L, embedLength } from './limits.ts';
import { ELLIPSIS, escapeText, oneLine, readableMarkup, splitToFit, truncate, truncateMarkdown, type Span } from './text.ts';

export const COLOURS = { answer: 0x2e8b57, notAnswer: 0x808890, info: 0x3b6ea5, warning: 0xd4a017, error: 0xc0392b } as const;
/** Quotes shown with an answer; the rest are behind "More quotes". */
export const QUOTES_PER_PAGE = 3;
/** Longest list of pages sent for one command; beyond it the reader is told to narrow the request. */
export const MAX_PAGES = 4;
const CITATION_TITLE_LENGTH = 60;
const PAGE_SUFFIX_RESERVE = 16;

export type ActionRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface MessagePage {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  /** About the question itself (empty, too long, not in English), not the article: shown only to whoever asked, where a reply can be. */
  onlyForAsker?: boolean;
}

/** How the renderer finds the articles an answer refers to. */
export interface ArticleLookup {
  getArticle(id: string): Article | undefined;
}

// ---------------------------------------------------------------------------------------------
// Quotes

interface QuoteView {
  text: string;
  article: string;
  paragraph: number;
  sentence: number;
  start: number;
  speaker?: string | undefined;
}

/** Escaped text with the given spans (offsets into `text`) in bold. */
function markdownWithBold(text: string, bold: readonly Span[]): string {
  const spans = [...bold].filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += escapeText(text.slice(at, span.start)) + `**${escapeText(text.slice(span.start, span.end))}**`;
    at = span.end;
  }
  return out + escapeText(text.slice(at));
}

function blockQuote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function shortTitle(lookup: ArticleLookup, articleId: string): string {
  return escapeText(truncate(oneLine(lookup.getArticle(articleId)?.meta.title ?? articleId), CITATION_TITLE_LENGTH));
}

export function citation(lookup: ArticleLookup, view: Pick<QuoteView, 'article' | 'paragraph' | 'sentence' | 'speaker'>): string {
  const speaker = view.speaker ? ` · said by **${escapeText(oneLine(view.speaker))}**` : '';
  return `— ¶${view.paragraph} · sentence ${view.sentence}, *${shortTitle(lookup, view.article)}*${speaker}`;
}

/** Spans of the figures lying inside the quote, relative to the quote's text. */
function figureSpans(view: QuoteView, figures: readonly Figure[]): Span[] {
  return figures
    .map((f) => ({ start: f.start - view.start, end: f.end - view.start, text: f.text }))
    .filter((s) => s.start >= 0 && s.end <= view.text.length && view.text.slice(s.start, s.end) === s.text);
}

/**
 * A quote as one or more markdown blocks of at most `max` characters: the sentence verbatim as a
 * block quote, figures in bold, and the citation under the last block.
 */
export function quoteBlocks(view: QuoteView, lookup: ArticleLookup, figures: readonly Figure[], max: number): string[] {
  const bold = figureSpans(view, figures);
  const cite = citation(lookup, view);
  const render = (span: Span, isFirst: boolean, isLast: boolean) => {
    const inner = bold.map((b) => ({ start: Math.max(b.start, span.start) - span.start, end: Math.min(b.end, span.end) - span.start }));
    const body = (isFirst ? '' : ELLIPSIS) + markdownWithBold(view.text.slice(span.start, span.end), inner) + (isLast ? '' : ELLIPSIS);
    return blockQuote(body) + (isLast ? `\n${cite}` : '');
  };
  const spans = splitToFit(view.text, max, (span, isFirst, isLast) => render(span, isFirst, isLast).length);
  return spans.map((span, i) => render(span, i === 0, i === spans.length - 1));
}

/** A sentence shown outside an answer is said by its speaker only as an answer's quote would be (`speakerOf`). */
function quoteView(quote: Quote | Sentence, lookup?: ArticleLookup): QuoteView {
  const view = { text: quote.text, article: quote.article, paragraph: quote.paragraph, start: quote.start };
  if (!('index' in quote)) return { ...view, sentence: quote.sentence, speaker: quote.speaker };
  const article = lookup?.getArticle(quote.article);
  return { ...view, sentence: quote.index, speaker: article ? speakerOf(article, quote) : quote.speaker };
}

/** Packs blocks, in order, into texts of at most `max` characters joined by blank lines. */
export function packBlocks(blocks: readonly string[], max: number, separator = '\n\n'): string[] {
  const texts: string[] = [];
  let current = '';
  for (const block of blocks) {
    const candidate = current ? current + separator + block : block;
    if (candidate.length <= max) current = candidate;
    else {
      if (current) texts.push(current);
      current = block.length <= max ? block : truncateMarkdown(block, max);
    }
  }
  if (current) texts.push(current);
  return texts;
}

// ---------------------------------------------------------------------------------------------
// Components

function button(label: string, customId: string, style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label, custom_id: customId };
}

/** One page of a list with Previous and Next buttons; `idOf(i)` is the custom id that shows page `i`. */
export function withPageButtons(page: MessagePage, index: number, count: number, idOf: (page: number) => string): MessagePage {
  // Disabled buttons still need ids unique in the message: at either end they name the page shown.
  const previous = { ...button('◀ Previous', idOf(Math.max(0, index - 1))), disabled: index === 0 };
  const next = { ...button('Next ▶', idOf(Math.min(count - 1, index + 1))), disabled: index >= count - 1 };
  return { ...page, components: [...page.components, { type: ComponentType.ActionRow, components: [previous, next] }] };
}

function answerButtons(rest: readonly SentenceRef[], notAnswer: boolean, paragraphOf: { key: string; paragraph: number; sentence: number } | undefined): ActionRow[] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (rest.length > 0) {
    const { customId, count } = encodeMore(notAnswer, rest);
    if (count > 0) buttons.push(button(notAnswer ? 'More passages' : 'More quotes', customId, ButtonStyle.Primary));
  }
  if (paragraphOf) buttons.push(button('Show paragraph', encodeParagraph(paragraphOf.key, paragraphOf.paragraph, paragraphOf.sentence)));
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

function refOf(lookup: ArticleLookup, view: { article: string; sentence: number }): SentenceRef | undefined {
  const article = lookup.getArticle(view.article);
  return article ? { articleKey: articleKey(article), sentence: view.sentence } : undefined;
}

function paragraphButtonFor(lookup: ArticleLookup, view: QuoteView | undefined) {
  const article = view && lookup.getArticle(view.article);
  return article && view ? { key: articleKey(article), paragraph: view.paragraph, sentence: view.sentence } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Answers

function describeFigure(figure: Figure): string {
  return `**${escapeText(oneLine(figure.text))}** (${figure.kind})`;
}

/** Items joined by `separator`, as many as fit in `max`, then "and N more". */
function listWithin(items: readonly string[], max: number, separator: string): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const rest = items.length - i - 1;
    const candidate = out ? out + separator + items[i] : (items[i] ?? '');
    const tail = rest > 0 ? `${separator}and ${rest} more` : '';
    if (candidate.length + (rest > 0 ? tail.length : 0) > max) {
      const more = `and ${items.length - i} more`;
      return out ? `${out}${separator}${more}` : truncateMarkdown(items[i] ?? '', max);
    }
    out = candidate;
  }
  return out;
}

function sourcesFooter(sources: Answer['sources']): string {
  const lines = sources.map((source) => {
    const credit = creditLine(source);
    return [`Source: ${oneLine(source.title)}`, credit && `(${credit})`, source.copyright && `· ${oneLine(source.copyright)}`].filter(Boolean).join(' ');
  });
  return truncate(lines.join('\n'), 1024);
}

function questionTitle(question: string): string {
  const text = oneLine(readableMarkup(question));
  return text ? truncateMarkdown(escapeText(text), L.embedTitle) : 'Your question';
}

function figuresInQuotes(figures: readonly Figure[], views: readonly QuoteView[]): Figure[] {
  return figures.filter((figure) => views.some((view) => figureSpans(view, [figure]).length > 0));
}

/**
 * Quotes in order while they fit in `budget` characters (joined by blank lines). The first is
 * always shown, split at spaces with ellipses if it alone is too long.
 */
function fitQuotes(views: readonly QuoteView[], budget: number, lookup: ArticleLookup, figuresFor: (view: QuoteView) => readonly Figure[]): { blocks: string[]; shown: number } {
  const blocks: string[] = [];
  let used = 0;
  let shown = 0;
  for (const view of views) {
    const pieces = quoteBlocks(view, lookup, figuresFor(view), budget);
    const size = pieces.join('\n\n').length + (blocks.length ? 2 : 0);
    if (used + size > budget) {
      if (shown === 0) return { blocks: packBlocks(pieces, budget).slice(0, 1), shown: 1 };
      break;
    }
    blocks.push(...pieces);
    used += size;
    shown++;
  }
  return { blocks, shown };
}

const FIGURES_FIELD = 'Figures';
const MATCHED_FIELD = 'Matched terms';
const MATCHED_MAX = 512;
const REASON_MAX = 1000;

/**
 * How many leading quotes belong on the answer's first page: the answering ones, all of them when they
 * are a list's opening line and its items (as many as fit; only a list makes more than two, a sentence
 * and the one it leans on), else no more than a page holds.
 */
function answerQuoteCount(answer: Answer, quotesPerPage: number): number {
  if (!answer.answered) return quotesPerPage;
  return answer.answering > 2 ? answer.answering : Math.min(quotesPerPage, Math.max(1, answer.answering));
}

/**
 * The reply to a question: the answering quotes (or, when the article does not answer, the reason
 * and the closest passages labelled as not an answer), the figures, matched terms and the sources
 * of the quotes shown, with buttons for more quotes and the surrounding paragraph.
 */
export function renderAnswer(answer: Answer, lookup: ArticleLookup, quotesPerPage = QUOTES_PER_PAGE): MessagePage {
  if (answer.smallTalk) return notice(`${SMALL_TALK_REPLIES[answer.smallTalk]} \`/help\` shows examples.`);
  const views = answer.quotes.map((quote) => quoteView(quote));
  const title = questionTitle(answer.question);
  // The sources of the quotes on this page: passages behind "More passages" are named when shown.
  const sourcesOf = (shown: readonly QuoteView[]) => (shown.length ? answer.sources.filter((source) => shown.some((view) => view.article === source.article)) : answer.sources);
  const candidates = views.slice(0, answerQuoteCount(answer, quotesPerPage));
  let footer = sourcesFooter(sourcesOf(candidates));

  // "The question is empty" or "that is about the article, not in it" is no finding about the article;
  // a passage judged unlikely to answer may still answer in other words, so that decline is an unsure one.
  const kind = answer.answered ? undefined : declineLead(answer.reasonCode, Boolean(answer.reason));
  let intro = '';
  if (kind) {
    const note = answer.note ? ` *${escapeText(oneLine(answer.note))}*` : '';
    // Several articles asked ("Nothing in the articles mentions…", closest passages from more than one): the lead says so too.
    const several = answer.sources.length > 1 || /\bthe articles\b/i.test(answer.reason ?? '');
    const lead = kind === 'question' ? '' : kind === 'unsure' ? `**No sure answer in the ${several ? 'articles' : 'article'}.** ` : several ? '**The articles do not answer this.** ' : '**The article does not answer this.** ';
    intro = truncateMarkdown(`${lead}${escapeText(oneLine(answer.reason ?? ''))}${note}`.trim(), REASON_MAX);
    if (views.length) intro += `\n\n__${closestPassagesLabel(kind)}__`;
  } else if (answer.note) {
    intro = truncateMarkdown(`*${escapeText(oneLine(answer.note))}*`, REASON_MAX);
  }

  // Room for the fields is reserved first so the quotes can never push the embed over 6000.
  const reservedForFields = answer.answered ? FIGURES_FIELD.length + L.fieldValue + MATCHED_FIELD.length + MATCHED_MAX : 0;
  const budget = Math.min(L.embedDescription, L.embedsTotal - title.length - footer.length - reservedForFields) - (intro ? intro.length + 2 : 0);
  const answerFigures = (view: QuoteView) => (answer.answered ? figuresInQuotes(answer.figures, [view]) : []);
  const { blocks, shown } = fitQuotes(candidates, budget, lookup, answerFigures);
  const sources = sourcesOf(views.slice(0, shown));
  footer = sourcesFooter(sources);
  const description = [intro, blocks.join('\n\n')].filter(Boolean).join('\n\n') || '**The article does not answer this.**';

  const fields: APIEmbedField[] = [];
  if (answer.answered) {
    const shownViews = views.slice(0, shown);
    const figures = figuresInQuotes(answer.figures, shownViews);
    if (figures.length) fields.push({ name: FIGURES_FIELD, value: listWithin(figures.map(describeFigure), L.fieldValue, ' · ') });
    // As the reader typed them; the same term in another case is listed once.
    const typed = answer.quotes.slice(0, shown).flatMap((q) => matchedWording(q).map(oneLine)).filter(Boolean);
    const matched = typed.filter((term, i) => typed.findIndex((t) => t.toLowerCase() === term.toLowerCase()) === i);
    if (matched.length) fields.push({ name: MATCHED_FIELD, value: listWithin(matched.map(escapeText), MATCHED_MAX, ', ') });
  }

  const rest = views.slice(shown).flatMap((view) => refOf(lookup, view) ?? []);
  // The title links to the article when every quote comes from one article that says where it was published.
  const url = sources.length === 1 ? lookup.getArticle(sources[0]?.article ?? '')?.meta.url : undefined;
  const embed: APIEmbed = {
    title,
    ...(url ? { url } : {}),
    description,
    color: answer.answered ? COLOURS.answer : COLOURS.notAnswer,
    ...(fields.length ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  };
  return { embeds: [embed], components: answerButtons(rest, !answer.answered, paragraphButtonFor(lookup, views[0])), ...(kind === 'question' ? { onlyForAsker: true } : {}) };
}

/** The page behind "More quotes": the next sentences, with a button for the ones after them. */
export function renderMoreQuotes(sentences: readonly Sentence[], rest: readonly SentenceRef[], notAnswer: boolean, lookup: ArticleLookup, quotesPerPage = QUOTES_PER_PAGE): MessagePage {
  const views = sentences.map((sentence) => quoteView(sentence, lookup));
  const figuresFor = (view: QuoteView) => lookup.getArticle(view.article)?.figures.filter((f) => f.sentence === view.sentence) ?? [];
  const { blocks, shown } = fitQuotes(views.slice(0, quotesPerPage), L.embedDescription, lookup, figuresFor);
  const remaining = [...views.slice(shown).flatMap((view) => refOf(lookup, view) ?? []), ...rest];
  const embed: APIEmbed = {
    title: notAnswer ? 'More passages — not an answer' : 'More quotes',
    description: blocks.join('\n\n') || 'No more passages.',
    color: notAnswer ? COLOURS.notAnswer : COLOURS.answer,
  };
  return { embeds: [embed], components: answerButtons(remaining, notAnswer, paragraphButtonFor(lookup, views[0])) };
}

// ---------------------------------------------------------------------------------------------
// Paged lists

interface PageHeader {
  title: string;
  /** Where the title links to: the article's address. */
  url?: string | undefined;
  description?: string;
  color: number;
  footer?: string;
}

interface ListItem {
  name: string;
  /** Blocks of markdown, each at most a field value long; kept together when they fit. */
  blocks: string[];
}

function withPageNumbers(embeds: APIEmbed[], title: string): APIEmbed[] {
  if (embeds.length < 2) return embeds;
  return embeds.map((embed, i) => ({ ...embed, title: `${title} (${i + 1}/${embeds.length})` }));
}

/**
 * Items as embed fields, across as many pages (one embed per message) as needed, never over a
 * limit. Returns at most `maxPages` pages; the last says how many items did not fit.
 */
export function fieldPages(header: PageHeader, items: readonly ListItem[], maxPages = MAX_PAGES): MessagePage[] {
  const title = truncate(oneLine(header.title), L.embedTitle - PAGE_SUFFIX_RESERVE);
  const description = header.description ? truncateMarkdown(header.description, 2000) : undefined;
  const footer = header.footer ? truncate(header.footer, 512) : undefined;
  const base = (): APIEmbed => ({ title, ...(header.url ? { url: header.url } : {}), color: header.color, ...(description ? { description } : {}), ...(footer ? { footer: { text: footer } } : {}), fields: [] });
  const overflowNote = 64;

  const embeds: APIEmbed[] = [];
  let current = base();
  let itemsPlaced = 0;
  const fits = (embed: APIEmbed, field: APIEmbedField) =>
    (embed.fields?.length ?? 0) < L.embedFields && embedLength(embed) + field.name.length + field.value.length + PAGE_SUFFIX_RESERVE + overflowNote <= L.embedsTotal;

  for (const item of items) {
    const name = truncateMarkdown(oneLine(item.name), L.fieldName);
    const values = packBlocks(item.blocks, L.fieldValue, '\n');
    const fields = values.map((value, i) => ({ name: i === 0 ? name : `${truncateMarkdown(name, L.fieldName - 12)} (continued)`, value }));
    // Keep an item on one page when it can be; start a new page otherwise.
    const itemLength = fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
    const itemFitsEmpty = fields.length <= L.embedFields && embedLength(base()) + itemLength + PAGE_SUFFIX_RESERVE + overflowNote <= L.embedsTotal;
    if (itemFitsEmpty && !fieldsFit(current, fields, fits)) {
      embeds.push(current);
      if (embeds.length === maxPages) break;
      current = base();
    }
    let placedAll = true;
    for (const field of fields) {
      if (!fits(current, field)) {
        embeds.push(current);
        if (embeds.length === maxPages) {
          placedAll = false;
          break;
        }
        current = base();
      }
      current.fields?.push(field);
    }
    if (!placedAll) break;
    itemsPlaced++;
  }
  if (embeds.length < maxPages && (current.fields?.length ?? 0) > 0) embeds.push(current);
  if (embeds.length === 0) embeds.push({ ...base(), description: description ?? 'Nothing to show.' });

  const omitted = items.length - itemsPlaced;
  const last = embeds.at(-1);
  if (omitted > 0 && last) {
    const note = `${omitted} more not shown; narrow the request to see them.`;
    last.footer = { text: truncate(last.footer ? `${last.footer.text}\n${note}` : note, L.footer) };
  }
  for (const embed of embeds) if (embed.fields?.length === 0) delete embed.fields;
  return withPageNumbers(embeds, title).map((embed) => ({ embeds: [embed], components: [] }));
}

function fieldsFit(embed: APIEmbed, fields: APIEmbedField[], fits: (e: APIEmbed, f: APIEmbedField) => boolean): boolean {
  const probe: APIEmbed = { ...embed, fields: [...(embed.fields ?? [])] };
  for (const field of fields) {
    if (!fits(probe, field)) return false;
    probe.fields?.push(field);
  }
  return true;
}

/** Blocks as embed descriptions, across pages; used for long running text such as a paragraph. */
export function descriptionPages(header: PageHeader, blocks: readonly string[], maxPages = MAX_PAGES, separator = '\n\n'): MessagePage[] {
  const title = truncate(oneLine(header.title), L.embedTitle - PAGE_SUFFIX_RESERVE);
  const footer = header.footer ? truncate(header.footer, 512) : undefined;
  const room = Math.min(L.embedDescription, L.embedsTotal - title.length - (footer?.length ?? 0) - PAGE_SUFFIX_RESERVE);
  const texts = packBlocks(blocks, room, separator).map((text) => text.trim());
  const kept = texts.slice(0, maxPages);
  const embeds = kept.map((text): APIEmbed => ({ title, ...(header.url ? { url: header.url } : {}), description: text, color: header.color, ...(footer ? { footer: { text: footer } } : {}) }));
  if (texts.length > kept.length && embeds.length) {
    const last = embeds[embeds.length - 1];
    if (last) last.footer = { text: truncate(`${footer ? `${footer}\n` : ''}Continues beyond what fits here.`, L.footer) };
  }
  return withPageNumbers(embeds, title).map((embed) => ({ embeds: [embed], components: [] }));
}

// ---------------------------------------------------------------------------------------------
// Paragraph

/** The whole paragraph around a quote, the quoted sentence in bold, split at sentence boundaries. */
export function renderParagraph(article: Article, paragraphIndex: number, highlightSentence?: number): MessagePage[] {
  const paragraph = article.paragraphs.find((p) => p.index === paragraphIndex);
  if (!paragraph) return [notice('That paragraph is no longer in the article.', 'warning')];
  // A line opening a list ("The plan includes:") is shown with the list below it.
  const listIndex = listParagraphAfter(article, paragraphIndex);
  const last = article.paragraphs.find((p) => p.index === listIndex) ?? paragraph;
  const room = L.embedDescription - 2 * ELLIPSIS.length;
  // Each sentence is a block carrying the gap before it exactly as the article has it.
  let previousEnd = paragraph.start;
  const blocks = article.sentences
    .filter((s) => s.paragraph === paragraphIndex || s.paragraph === listIndex)
    .flatMap((sentence) => {
      const gap = escapeText(article.text.slice(previousEnd, sentence.start));
      previousEnd = sentence.end;
      const bold = sentence.index === highlightSentence ? [{ start: 0, end: sentence.text.length }] : [];
      const render = (span: Span, isFirst: boolean, isLast: boolean) => {
        const inner = bold.map(() => ({ start: 0, end: span.end - span.start }));
        return (isFirst ? '' : ELLIPSIS) + markdownWithBold(sentence.text.slice(span.start, span.end), inner) + (isLast ? '' : ELLIPSIS);
      };
      const spans = splitToFit(sentence.text, room - gap.length, (span, isFirst, isLast) => render(span, isFirst, isLast).length);
      return spans.map((span, i) => (i === 0 ? gap : '') + render(span, i === 0, i === spans.length - 1));
    });
  // What follows the last sentence in the paragraph ("|" closing a table's last row) is shown too.
  const tail = escapeText(article.text.slice(previousEnd, last.end));
  if (tail && blocks.length && (blocks.at(-1)!.length + tail.length <= room)) blocks[blocks.length - 1] += tail;
  const header = {
    title: `¶${listIndex === undefined ? paragraphIndex : `${paragraphIndex}–${listIndex}`} — ${oneLine(article.meta.title)}`,
    url: article.meta.url,
    color: COLOURS.info,
    footer: creditLine(article.meta) || undefined,
  };
  return descriptionPages(header, blocks.length ? blocks : [escapeText(paragraph.text)], MAX_PAGES, '');
}

// ---------------------------------------------------------------------------------------------
// Figures, quotations, articles, help

function sentenceOf(article: Article, index: number): Sentence | undefined {
  return article.sentences[index - 1]?.index === index ? article.sentences[index - 1] : article.sentences.find((s) => s.index === index);
}

function articleHeaderLine(articles: readonly Article[]): string {
  return articles.length === 1 ? `*${escapeText(oneLine(articles[0]?.meta.title ?? ''))}*` : `${articles.length} articles`;
}

const lookupOf = (articles: readonly Article[]): ArticleLookup => ({ getArticle: (id) => articles.find((a) => a.id === id) });

/** Every figure with its context sentence (figure in bold) and citation. */
export function renderFigures(articles: readonly Article[], kind?: FigureKind, maxPages = MAX_PAGES): MessagePage[] {
  const lookup = lookupOf(articles);
  const items: ListItem[] = [];
  for (const article of articles) {
    for (const figure of article.figures) {
      if (kind && figure.kind !== kind) continue;
      const sentence = sentenceOf(article, figure.sentence);
      const blocks = sentence ? quoteBlocks(quoteView(sentence, lookup), lookup, [figure], L.fieldValue) : [`— ¶${figure.paragraph} · sentence ${figure.sentence}`];
      items.push({ name: `${oneLine(figure.text)} · ${figure.kind}`, blocks });
    }
  }
  const what = (count: number) => `${kind ? `${kind} ` : ''}figure${count === 1 ? '' : 's'}`;
  const header = {
    title: kind ? `Figures: ${kind}` : 'Figures',
    description: items.length ? `${items.length} ${what(items.length)} in ${articleHeaderLine(articles)}.` : `No ${what(0)} in ${articleHeaderLine(articles)}.`,
    color: COLOURS.info,
  };
  return fieldPages(header, items, maxPages);
}

/** The direct quotations (text in quotation marks) with speaker and citation, filtered by a search. */
export function renderQuotations(articles: readonly Article[], search?: string, maxPages = MAX_PAGES): MessagePage[] {
  const lookup = lookupOf(articles);
  const items: ListItem[] = [];
  for (const article of articles) {
    for (const quotation of article.quotations) {
      if (!quotationMatches(quotation, search)) continue;
      const view: QuoteView = { text: quotation.text, article: article.id, paragraph: quotation.paragraph, sentence: quotation.sentence, start: quotation.start };
      const speaker = speakerLabel(quotation);
      items.push({ name: speaker ? oneLine(speaker) : 'Speaker not named', blocks: quoteBlocks(view, lookup, [], L.fieldValue) });
    }
  }
  const filter = search?.trim() ? ` matching “${escapeText(truncate(oneLine(search), 100))}”` : '';
  const header = {
    title: 'Quotations',
    description: items.length ? `${items.length} direct quotation${items.length === 1 ? '' : 's'}${filter} in ${articleHeaderLine(articles)}.` : `No direct quotations${filter} in ${articleHeaderLine(articles)}.`,
    color: COLOURS.info,
  };
  return fieldPages(header, items, maxPages);
}

function articleFacts(article: Article): string {
  const facts = [
    article.meta.author && `**Author:** ${escapeText(oneLine(article.meta.author))}`,
    article.meta.credit && `**Credit:** ${escapeText(oneLine(article.meta.credit))}`,
    (article.meta.date ?? article.meta.year) !== undefined && `**${article.meta.date ? 'Date' : 'Year'}:** ${article.meta.date ?? article.meta.year}`,
    article.meta.dateline && `**Dateline:** ${escapeText(oneLine(article.meta.dateline))}`,
    `**Paragraphs:** ${article.paragraphs.length} · **Sentences:** ${article.sentences.length} · **Figures:** ${article.figures.length} · **Quotations:** ${article.quotations.length}`,
    article.meta.url && `**Link:** ${article.meta.url}`,
    article.copyright && `*${escapeText(oneLine(article.copyright))}*`,
    `**Id:** \`${article.id.replace(/`/g, "'")}\``,
  ];
  return facts.filter(Boolean).join('\n');
}


/**
 * One article's details (when given) followed by the list of every loaded article. Asked about one
 * article, the reply stays one message: a list too long to fit beside its details is left to `/article`
 * alone rather than posted in several messages.
 */
export function renderArticleInfo(article: Article | undefined, all: readonly Article[]): MessagePage[] {
  const items: ListItem[] = all.map((a) => ({
    name: a.meta.title,
    blocks: [`\`${a.id.replace(/`/g, "'")}\` · ${counted(a.paragraphs.length, 'paragraph')} · ${counted(a.sentences.length, 'sentence')}${a.meta.year ? ` · ${a.meta.year}` : ''}`],
  }));
  if (article) {
    const header = { title: article.meta.title, url: article.meta.url, color: COLOURS.info };
    const withList = fieldPages({ ...header, description: `${articleFacts(article)}\n\n__Loaded articles (${all.length}):__` }, items);
    if (withList.length === 1) return withList;
    return fieldPages({ ...header, description: `${articleFacts(article)}\n\n${counted(all.length, 'article')} are loaded: \`/article\` without an article lists them.` }, []);
  }
  const header = { title: 'Articles', description: all.length ? `${all.length} article${all.length === 1 ? '' : 's'} loaded.` : 'No articles are loaded yet.', color: COLOURS.info };
  return fieldPages(header, items);
}

export interface HelpInfo {
  examples: readonly string[];
  articles: readonly Article[];
  cooldownSeconds: number;
}

export function renderHelp(info: HelpInfo): MessagePage {
  const titles = info.articles.slice(0, 5).map((a) => `• *${escapeText(truncate(oneLine(a.meta.title), 120))}*`);
  if (info.articles.length > 5) titles.push(`• and ${info.articles.length - 5} more (see \`/article\`)`);
  const description = [
    'I answer questions about news articles with the sentence that answers, quoted word for word and cited by paragraph and sentence, with the figures in it. When an article does not say, I tell you so instead of guessing.',
    titles.length ? `**Loaded:**\n${titles.join('\n')}` : '**No articles are loaded yet.**',
  ].join('\n\n');
  const fields: APIEmbedField[] = [
    {
      name: 'Commands',
      value: [
        '`/ask question:<text> [article] [private]` — answer a question (`private:True` to see it alone)',
        '`/figures [article] [kind] [private]` — every figure, with its sentence, a page at a time',
        '`/quote [search] [article] [private]` — what people said, word for word, a page at a time',
        '`/article [article]` — details and the list of articles',
        '`/help` — this message',
        '**Apps → Ask the article** on any message — answer it, privately',
        'Or send me a direct message, or mention me in a server.',
      ].join('\n'),
    },
  ];
  if (info.examples.length) fields.push({ name: 'Try asking', value: listWithin(info.examples.map((q) => `• ${escapeText(truncate(oneLine(q), 150))}`), L.fieldValue, '\n') });
  const footer = info.cooldownSeconds > 0 ? `One question every ${info.cooldownSeconds} s per person.` : undefined;
  return { embeds: [{ title: 'What I can do', description, color: COLOURS.info, fields, ...(footer ? { footer: { text: footer } } : {}) }], components: [] };
}

/** A short message in an embed, for refusals, cooldowns, errors and hints. */
export function notice(text: string, tone: 'info' | 'warning' | 'error' = 'info'): MessagePage {
  return { embeds: [{ description: truncateMarkdown(text, L.embedDescription), color: COLOURS[tone] }], components: [] };
}
