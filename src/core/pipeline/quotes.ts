/**
 * What an answer shows: the quotes (the best sentence first, then the closest others), the figures
 * in the answering ones, and the articles they come from.
 */
import type { FoundFigure } from '../figures.ts';
import { KIND_FIGURES, type AnalysedQuestion } from '../question.ts';
import type { Alternative, ResolvedWord } from '../resolve.ts';
import type { ArticleIndex } from '../search-index.ts';
import { listMarkerAt } from '../sentences.ts';
import { sentenceTokens, tokenize, type Token } from '../terms.ts';
import type { Article, AnswerSource, Figure, Quote, Sentence } from '../types.ts';
import type { ScoredCandidate } from './rerank.ts';
import { leanedOn } from './retrieve.ts';

/** The closest `limit` candidates as quotes, led by the best one when a rule promoted it. */
export function quotesOf(ranked: readonly ScoredCandidate[], best: ScoredCandidate | undefined, limit: number): Quote[] {
  const quotes = ranked.slice(0, limit).map(toQuote);
  if (best && best !== ranked[0]) {
    const at = quotes.findIndex((q) => q.article === best.index.article.id && q.sentence === best.id + 1);
    quotes.unshift(at >= 0 ? quotes.splice(at, 1)[0]! : toQuote(best));
    quotes.length = Math.min(quotes.length, limit);
  }
  return quotes;
}

/** The most items of a list an answer quotes after the line that opens the list. */
export const LIST_ITEMS_QUOTED = 8;

/**
 * The best sentence, plus its neighbour when the neighbour holds question words it lacks ("..., he
 * said"), or the items of the list it opens ("The plan includes:").
 */
export function answeringQuotes(best: ScoredCandidate, quotes: Quote[]): Quote[] {
  const first = quotes[0]!;
  const { index } = best;
  const items = first.text.trimEnd().endsWith(':') ? listItemsAfter(index.article, best.id) : [];
  const added = items.length ? items : leanedOn(index, best.id).filter((n) => holdsLacking(best, n)).slice(0, 1);
  return [first, ...added.map((n) => quotes.find((q) => q.article === index.article.id && q.sentence === n + 1) ?? sentenceQuote(index, n, 0, best.resolved))];
}

/** The items (0-based sentence ids) of the list right after sentence `id`, at most LIST_ITEMS_QUOTED. */
function listItemsAfter(article: Article, id: number): number[] {
  const items: number[] = [];
  for (let n = id + 1; n < article.sentences.length && items.length < LIST_ITEMS_QUOTED && isListItem(article, article.sentences[n]!); n++) items.push(n);
  return items;
}

/**
 * The paragraph holding the list that paragraph `index` opens ("The renovated library includes:", a
 * blank line, then its items), if it opens one: shown with it, as an answer quotes the items with it.
 */
export function listParagraphAfter(article: Article, index: number): number | undefined {
  const opening = article.sentences.findLast((s) => s.paragraph === index);
  const next = opening && article.sentences[opening.index];
  return opening?.text.trimEnd().endsWith(':') && next && next.paragraph !== index && isListItem(article, next) ? next.paragraph : undefined;
}

/** The sentence is an item of a list: its line opens with the list's bullet or number, right before it. */
function isListItem(article: Article, sentence: Sentence): boolean {
  const lineStart = article.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const marker = listMarkerAt(article.text, lineStart);
  return marker > 0 && lineStart + marker === sentence.start;
}

/** Sentence `n` holds a question word the best sentence lacks. */
function holdsLacking(best: ScoredCandidate, n: number): boolean {
  const terms = best.index.facts[n]!.terms;
  return best.resolved.some((r, w) => !best.matched[w] && r.alternatives.some((a) => terms.includes(a.term)));
}

/** The answering quotes first, then the rest. */
export function reorder(quotes: Quote[], answering: Quote[]): Quote[] {
  const rest = quotes.filter((q) => !answering.some((a) => a.article === q.article && a.sentence === q.sentence));
  return [...answering, ...rest].slice(0, Math.max(quotes.length, answering.length));
}

function toQuote(candidate: ScoredCandidate): Quote {
  return sentenceQuote(candidate.index, candidate.id, candidate.score, candidate.resolved, candidate.formRank);
}

/**
 * `formRank`, when the sentence was a candidate, says which question words it writes (retrieve.ts
 * worked it out from its terms); otherwise they are looked for in its terms here.
 */
export function sentenceQuote(index: ArticleIndex, id: number, score: number, resolved: ResolvedWord[], formRank?: Int32Array): Quote {
  const sentence = index.article.sentences[id]!;
  const terms = index.facts[id]!.terms;
  // Loops rather than closures: every quote of every answer is made here.
  const found: { r: ResolvedWord; form: Alternative }[] = [];
  let nameFound = false;
  for (let w = 0; w < resolved.length; w++) {
    const r = resolved[w]!;
    const form = formRank ? r.alternatives[formRank[w]!] : r.alternatives.find((a) => terms.includes(a.term));
    if (!form) continue;
    found.push({ r, form });
    nameFound ||= r.word.isName;
  }
  // An implied short form ("US" for "United States") is worth showing only when the words typed did not match.
  const shown = nameFound ? found.filter(({ r }) => !r.word.implied) : found;
  const matched = shown.map(({ r }) => asTyped(r));
  const { matchedAs, matchedLoosely, matchedOpposite } = matchNotes(sentence.text, shown);
  const quote: Quote = {
    text: sentence.text,
    article: sentence.article,
    paragraph: sentence.paragraph,
    sentence: sentence.index,
    start: sentence.start,
    end: sentence.end,
    score: Math.round(score * 1000) / 1000,
    matched,
  };
  // Set one by one rather than spread in: the notes only when there are any, then the speaker, in this order.
  if (matchedAs) quote.matchedAs = matchedAs;
  if (matchedLoosely) quote.matchedLoosely = matchedLoosely;
  if (matchedOpposite) quote.matchedOpposite = matchedOpposite;
  quote.speaker = speakerOf(index.article, sentence);
  return quote;
}

/**
 * Who the sentence is said by, when most of it is their own words: "“It can't persist,” he said" is
 * Blinken's; "The SDF have detained 10,000 fighters, a situation Blinken called “untenable”" is the
 * reporter's, quoting a word.
 */
export function speakerOf(article: Article, sentence: Sentence): string | undefined {
  if (!sentence.speaker) return undefined;
  let quoted = 0;
  for (const quotation of article.quotations) if (quotation.sentence === sentence.index) quoted += quotation.end - quotation.start;
  return quoted * 2 >= sentence.text.length ? sentence.speaker : undefined;
}

/** A matched word as the reader typed it: "ISIS", also in a question typed in capitals. */
const asTyped = (r: ResolvedWord): string => r.word.typed ?? r.word.raw;

/**
 * "Matched: automobiles" under "60,000 cars a day" would say the sentence has a word it has not: a
 * word met through another (a synonym, a relative, a corrected spelling, a short form) is shown with
 * the sentence's own word. One met by what the sentence gives in its place (an age for "kids") has no
 * word to show, and is left out. Forms of the word itself ("scored", "scoring") need no note.
 */
function matchNotes(text: string, shown: readonly { r: ResolvedWord; form: Alternative }[]): Pick<Quote, 'matchedAs' | 'matchedLoosely' | 'matchedOpposite'> {
  // Loops rather than closures: every quote of every answer comes through here.
  let as: [string, string][] | undefined;
  let loosely: string[] | undefined;
  let opposite: string[] | undefined;
  let tokens: readonly Token[] | undefined;
  for (const { r, form } of shown) {
    if (form.kind === 'exact') continue;
    tokens ??= sentenceTokens(text);
    const written = writtenAs(tokens, form.term);
    if (written === undefined) (loosely ??= []).push(asTyped(r));
    else if (written.toLowerCase() !== r.word.raw.toLowerCase()) {
      (as ??= []).push([asTyped(r), written]);
      if (form.opposite) (opposite ??= []).push(asTyped(r));
    }
  }
  const notes: Pick<Quote, 'matchedAs' | 'matchedLoosely' | 'matchedOpposite'> = {};
  if (as) notes.matchedAs = Object.fromEntries(as);
  if (loosely) notes.matchedLoosely = loosely;
  if (opposite) notes.matchedOpposite = opposite;
  return notes;
}

/** The first word of the sentence with this term, as written. */
function writtenAs(tokens: readonly Token[], term: string): string | undefined {
  for (const token of tokens) if (token.term === term) return token.raw;
  return undefined;
}

/**
 * The matched terms as a reader should see them: "automobiles (as “cars”)" where the sentence writes
 * another word, "strengthen (opposite: “weakened”)" where it writes the opposite, and none it writes
 * no word for.
 */
export function matchedWording(quote: Pick<Quote, 'matched' | 'matchedAs' | 'matchedLoosely' | 'matchedOpposite'>): string[] {
  return quote.matched
    .filter((term) => !quote.matchedLoosely?.includes(term))
    .map((term) => {
      const written = quote.matchedAs?.[term];
      if (!written) return term;
      return quote.matchedOpposite?.includes(term) ? `${term} (opposite: “${written}”)` : `${term} (as “${written}”)`;
    });
}

/** The figure's own words include `term` ("acres" in "14,200 acres"). */
export function writesTerm(figure: Figure, term: string): boolean {
  return tokenize(figure.text).some((t) => t.term === term);
}

/** The figure as the article writes it, with what it counts when that follows at once: "25 states", "$436 million". */
export function figureWithUnit(text: string, figure: Figure): string {
  const after = figure.unit ? text.slice(figure.end, figure.end + figure.unit.length + 1) : '';
  return after === ` ${figure.unit}` ? `${figure.text}${after}` : figure.text;
}

/**
 * The number `digits` written as itself ("436" in "$436 million"), not as part of another number ("1,436",
 * "43.6") nor of a time or date ("4:36", "1/436"). Made once per number asked: tested against many figures.
 */
export function digitsPattern(digits: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{N}.,:/])${digits.replaceAll('.', '\\.')}(?![\\p{N}]|[.,:]\\p{N})`, flags);
}

/** The figures of the quotes taken from this article, in reading order. */
export function figuresOfQuotes(index: ArticleIndex, quotes: Quote[]): Figure[] {
  // Loops rather than closures: the figures of every answer, and gates, come through here.
  const sentences: number[] = [];
  for (const quote of quotes) if (quote.article === index.article.id && !sentences.includes(quote.sentence)) sentences.push(quote.sentence);
  sentences.sort((a, b) => a - b);
  const figures: Figure[] = [];
  for (const sentence of sentences) figures.push(...index.figuresIn(sentence));
  return figures;
}

export function figuresOf(index: ArticleIndex, quotes: Quote[], question: AnalysedQuestion): Figure[] {
  const wanted = KIND_FIGURES[question.kind];
  const figures = figuresOfQuotes(index, quotes);
  if (figures.length < 2) return figures;
  // "How many acres": the figure in acres first, then the kinds asked for, in their order.
  const { counted } = question;
  return figures
    .map((f, i) => ({ f, i, rank: counted !== undefined && writesTerm(f, counted) ? -1 : wanted.includes(f.kind) ? wanted.indexOf(f.kind) : wanted.length }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ f }) => f);
}

export function sourcesOf(quotes: Quote[], scope: readonly ArticleIndex[], indexes: ReadonlyMap<string, ArticleIndex>): AnswerSource[] {
  const ids = quotes.length ? [...new Set(quotes.map((q) => q.article))] : scope.length === 1 ? [scope[0]!.article.id] : [];
  return ids.map((id) => {
    const article = indexes.get(id)!.article;
    return { article: id, title: article.meta.title, credit: article.meta.credit, year: article.meta.year, copyright: article.copyright };
  });
}

/** A sentence giving a figure typed alone, with the figures in it that were typed. */
export interface FigurePlace {
  index: ArticleIndex;
  sentence: number;
  figures: Figure[];
}

/** A number typed with nothing else: "436", "10,000". */
function isBareNumber(figure: FoundFigure): boolean {
  return figure.unit === null && /^\d[\d,]*(?:\.\d+)?$/.test(figure.text);
}

/**
 * A figure typed alone ("$436m", "10,000", "2011"): the sentences giving it, in reading order, as
 * written in any form ("436 million dollars"). A sum typed without its currency meets the sum with
 * it ("13.5 billion" in "$13.5 billion"); one typed with it meets only that currency.
 */
export function placesOfFigures(typed: readonly FoundFigure[], scope: readonly ArticleIndex[]): FigurePlace[] {
  // A bare number ("436") is also any figure written with it ("$436 million").
  const bare = typed.filter(isBareNumber).map((a) => digitsPattern(a.text));
  const gives = (f: Figure) => typed.some((a) => a.value === f.value && (a.unit === null || a.unit === f.unit)) || bare.some((digits) => digits.test(f.text));
  return scope.flatMap((index) => {
    const figures = index.article.figures.filter(gives);
    const sentences = [...new Set(figures.map((f) => f.sentence))];
    return sentences.map((sentence) => ({ index, sentence, figures: figures.filter((f) => f.sentence === sentence) }));
  });
}
