/**
 * Example questions and autocomplete choices drawn from whatever articles are loaded. Questions
 * are built from an article's own figures, speakers and names, and offered only when the engine
 * actually answers them, so an example never leads to a refusal.
 */
import { DAY_OR_MONTH_NAME } from '../core/figures.ts';
import { articleMatches, matchesSearch } from '../core/quotation-search.ts';
import type { Article } from '../core/types.ts';
import { STOPWORDS } from '../core/terms.ts';
import type { Library } from './library.ts';
import { DISCORD_LIMITS, type Choice } from './limits.ts';
import { oneLine, truncate } from './text.ts';

export const MAX_EXAMPLES = 6;
/** Examples are drawn from the first few articles only, so a large library does not stall the bot working them out. */
const MAX_ARTICLES_FOR_EXAMPLES = 5;
const MAX_CANDIDATES_PER_ARTICLE = 40;
const MIN_TYPED_FOR_ENGINE = 3;
const MAX_NAMES = 6;

interface Candidate {
  question: string;
  /** The sentence the question is about; the engine must rank it first for the question to count. */
  sentence?: number;
}

const DEMONYM = /(?:ian|ean|ese|ish)$/;
const CONNECTORS = /^(?:in|of|for|to|on|at|as|from|with|worth|more|than|a|an|the|some|about|nearly|roughly|another|since|by|over|under|per)$/i;
/** "£150 to help with ...": what follows "to" is a verb, not what the sum is for. */
const INFINITIVE = /^to$/i;
/** "4.99% and cutting ...", "£15 million she considered ...": a phrase opening on a conjunction or a pronoun is the next clause, not a noun. */
const CONJUNCTION = /^(?:and|or|but|while|which|that|who|i|you|he|she|it|we|they)$/i;
/** "£1,842 a year": a rate's period is not what the sum is for. */
const PERIOD = /^(?:year|month|week|day|hour|night|annum|head)s?$/i;
/** "£2 million from reserves instead": adverbs closing a phrase are left out of it. */
const CLOSING_ADVERB = /^(?:instead|each|alone|too|also|altogether|overall|annually|already)$/i;
/** A speaker found as a title only, "Dr" of "Dr. Samuel Oyelaran". */
const TITLE_ALONE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Rev|Gen|Col|Capt|Sgt|Lt|Det|Insp|Supt|Judge|Justice)\.?$/i;

/** Words in -ing that name a sum ("in transport funding"), unlike a time or an activity ("in early trading"). */
const SUM_IN_ING = /^(?:funding|financing|spending|borrowing|lending|savings?)$/i;
/** "the vote", "its shares": a determiner opening what a sum or a share is of. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/i;

/**
 * The words after a figure up to the next clause: "humanitarian aid" of "in humanitarian aid to
 * support ...", "regeneration money" of "of regeneration money was steered ...". A phrase ends at a
 * connecting or grammatical word ("to", "was", "against"), so no question ends on a verb.
 */
function phraseAt(words: readonly string[]): string[] {
  const phrase: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/^[“"‘(]+/, '');
    const ends = /[,.;:!?)”"’—–-]$/.test(word);
    const clean = word.replace(/[,.;:!?)”"’—–-]+$/, '');
    if (!clean || /^\d/.test(clean)) break;
    if (CONNECTORS.test(clean) || CONJUNCTION.test(clean) || STOPWORDS.has(clean.toLowerCase())) break;
    phrase.push(clean);
    if (ends || phrase.length === 3) break;
  }
  while (phrase.length > 1 && CLOSING_ADVERB.test(phrase.at(-1) ?? '')) phrase.pop();
  const meaningful = phrase.some((w) => w.length >= 4 && !STOPWORDS.has(w.toLowerCase()));
  return meaningful && !(phrase.length === 1 && PERIOD.test(phrase[0] ?? '')) ? phrase : [];
}

/** "a 61-year-old mayor said ..." -> "mayor": who or what an age is given for. */
function nounAfter(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  let first = 0;
  while (first < words.length && CONNECTORS.test(words[first]?.replace(/^[“"‘(]+/, '') ?? '')) first++;
  const opening = words[first] ?? '';
  if (words.slice(0, first).some((word) => INFINITIVE.test(word))) return undefined;
  if (CONJUNCTION.test(opening) || /^\d/.test(opening)) return undefined;
  const phrase = phraseAt(words.slice(first));
  return phrase.length ? phrase.join(' ') : undefined;
}

/**
 * The question a sum or a share is the answer to, from what follows it in the sentence: "$436
 * million in humanitarian aid" -> "How much humanitarian aid?", "£5 million of the budget" -> "How
 * much of the budget?", "38.6 per cent of the vote" -> "What share of the vote?". Only a sum "in" or
 * "of" something says what it is; "£410,000 on a review" or "6.2 per cent in New York trading" does
 * not, and gives no question.
 */
function amountQuestion(text: string, kind: 'money' | 'percent'): string | undefined {
  const words = text.trim().split(/\s+/);
  const lead = words[0]?.toLowerCase();
  if (lead !== 'of' && (kind === 'percent' || lead !== 'in')) return undefined;
  const determiner = DETERMINER.test(words[1] ?? '') ? words[1] : undefined;
  // "in the fund" does not say what the sum is; "of the budget" says it is part of one.
  if (determiner && lead === 'in') return undefined;
  const phrase = phraseAt(words.slice(determiner ? 2 : 1));
  // "$41.18 in afternoon trading" is a price at a time, not a sum of something; "in funding" is one.
  if (!phrase.length || (lead === 'in' && /ing$/i.test(phrase.at(-1) ?? '') && !SUM_IN_ING.test(phrase.at(-1) ?? ''))) return undefined;
  const of = [lead === 'of' && determiner ? `of ${determiner.toLowerCase()}` : lead === 'of' && kind === 'percent' ? 'of' : '', ...phrase].filter(Boolean).join(' ');
  return kind === 'percent' ? `What share ${of}?` : `How much ${of}?`;
}

/**
 * "on Monday", "on 31 March 2025", but "in March 2021" and "in September": a day takes "on", a month
 * or a year "in"; a time that has its own ("since January", "by March 1") takes none.
 */
function timePreposition(text: string): string {
  if (/^(?:since|by|until|till|before|after|from|between|during|through|on|in|at)\b/i.test(text)) return '';
  return /\b\d{1,2}(?:st|nd|rd|th)?\b/i.test(text) || /day$/i.test(text) ? 'on ' : 'in ';
}

/** Names written with capitals in the middle of sentences ("Syrian Democratic Forces", "Italy"), most frequent first. */
function namesIn(article: Article, speakers: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const sentence of article.sentences) {
    // After a word in lower case (or a comma): "Energy Inc" inside "Greenleaf Energy Inc" is no name of its own.
    for (const match of sentence.text.matchAll(/(?<=(?:^|[\s(])\p{Ll}[\p{L}’'-]*[,;]?\s|[,;]\s)(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})/gu)) {
      // "Halvorsen's" is asked about as "Halvorsen".
      const name = (match[1] ?? '').replace(/['’]s$/, '');
      if (name.length < 4 || STOPWORDS.has(name.toLowerCase()) || DAY_OR_MONTH_NAME.test(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const containsWords = (long: string, short: string) => ` ${long} `.includes(` ${short} `);
  const accepted: string[] = [];
  for (const [name] of [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)) {
    // A demonym ("Syrian", "Western European") is not a subject; a speaker already has a question of their own.
    if (DEMONYM.test(name.split(' ').at(-1) ?? '')) continue;
    if (speakers.some((speaker) => containsWords(name, speaker) || containsWords(speaker, name))) continue;
    if (accepted.some((other) => containsWords(other, name) || containsWords(name, other))) continue;
    accepted.push(name);
  }
  return accepted;
}

function candidatesFor(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const figure of article.figures) {
    const sentence = article.sentences.find((s) => s.index === figure.sentence);
    const after = sentence ? sentence.text.slice(figure.end - sentence.start) : '';
    if (figure.kind === 'money' || figure.kind === 'percent') {
      const question = amountQuestion(after, figure.kind);
      if (question) out.push({ question, sentence: figure.sentence });
    } else if (figure.kind === 'count' && figure.unit) {
      out.push({ question: `How many ${figure.unit}?`, sentence: figure.sentence });
    } else if (figure.kind === 'weekday' || figure.kind === 'date') {
      out.push({ question: `What happened ${timePreposition(figure.text)}${figure.text}?`, sentence: figure.sentence });
    } else if (figure.kind === 'age') {
      const noun = nounAfter(after.replace(/^\s*old\b/i, ''));
      if (noun) out.push({ question: `How old ${/s$/.test(noun) ? 'are' : 'is'} the ${noun}?`, sentence: figure.sentence });
    }
  }
  const speakers = [...new Set(article.quotations.flatMap((q) => q.speaker ?? []))];
  // "What did Dr say?": a title alone names no one.
  for (const speaker of speakers) if (!TITLE_ALONE.test(speaker)) out.push({ question: `What did ${speaker} say?` });
  for (const name of namesIn(article, speakers).slice(0, MAX_NAMES)) out.push({ question: `What about ${name}?` });
  return out.slice(0, MAX_CANDIDATES_PER_ARTICLE);
}

const exampleCache = new WeakMap<Library, { version: number; examples: string[] }>();

/**
 * Questions the loaded articles answer as a reader would ask them (no article picked), each quoting a
 * sentence no other example quotes; taken from each article in turn, and within one, one kind of
 * question per template first, at most `max`.
 */
export async function exampleQuestions(library: Library, max = MAX_EXAMPLES): Promise<string[]> {
  const cached = exampleCache.get(library);
  if (cached && cached.version === library.version) return cached.examples.slice(0, max);
  const perArticle: string[][] = [];
  for (const article of library.articles.slice(0, MAX_ARTICLES_FOR_EXAMPLES)) {
    const verified: string[] = [];
    const quoted = new Set<number>();
    for (const candidate of candidatesFor(article)) {
      if (verified.includes(candidate.question)) continue;
      const answer = await library.ask(candidate.question, { limit: 3 });
      const top = answer.quotes[0];
      if (!answer.answered || top?.article !== article.id || quoted.has(top.sentence)) continue;
      if (candidate.sentence !== undefined && top.sentence !== candidate.sentence) continue;
      quoted.add(top.sentence);
      verified.push(candidate.question);
    }
    perArticle.push(byTemplateInTurn(verified));
  }
  const examples = inTurn(perArticle);
  exampleCache.set(library, { version: library.version, examples });
  return examples.slice(0, max);
}

/** The questions reordered so that the first few show different kinds of question ("How many", "What did"). */
function byTemplateInTurn(questions: readonly string[]): string[] {
  const byTemplate = new Map<string, string[]>();
  for (const question of questions) {
    const template = question.split(' ').slice(0, 2).join(' ');
    byTemplate.set(template, [...(byTemplate.get(template) ?? []), question]);
  }
  return inTurn([...byTemplate.values()]);
}

/** The first of each list, then the second of each, and so on. */
function inTurn(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let round = 0; round < longest; round++) for (const list of lists) if (list[round] !== undefined) out.push(list[round]!);
  return out;
}

const clip = (text: string) => truncate(oneLine(text), DISCORD_LIMITS.choiceName);

function pushUnique(choices: Choice[], text: string): void {
  const value = clip(text);
  if (value && choices.length < DISCORD_LIMITS.autocompleteChoices && !choices.some((c) => c.value === value)) choices.push({ name: value, value });
}

/**
 * Suggestions for the `question` option as the person types: example questions that match, the
 * sentences the engine finds for what is typed, then sentences containing the typed words.
 */
export async function questionChoices(library: Library, typed: string, articleId?: string): Promise<Choice[]> {
  const choices: Choice[] = [];
  const articles = articleId ? library.articles.filter((a) => a.id === articleId) : library.articles;
  const text = oneLine(typed);
  for (const example of await exampleQuestions(library, DISCORD_LIMITS.autocompleteChoices)) {
    if (matchesSearch(example, text)) pushUnique(choices, example);
  }
  if (text.length >= MIN_TYPED_FOR_ENGINE) {
    const answer = await library.ask(text, { article: articles.length === 1 ? articles[0]?.id : articleId, limit: DISCORD_LIMITS.autocompleteChoices });
    for (const quote of answer.quotes) pushUnique(choices, quote.text);
  }
  for (const article of articles) {
    for (const sentence of article.sentences) if (matchesSearch(sentence.text, text)) pushUnique(choices, sentence.text);
  }
  return choices;
}

/** Loaded articles whose id or title contains what is typed; the value is the article id. */
export function articleChoices(library: Library, typed: string): Choice[] {
  return library.articles
    .filter((article) => articleMatches(article, typed))
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .flatMap((article) => (article.id.length <= DISCORD_LIMITS.choiceValue ? [{ name: clip(article.meta.title), value: article.id }] : []));
}

/** The article an option names: its id, or failing that a title or id match, case-insensitive. */
export function resolveArticle(library: Library, given: string | null | undefined): Article | undefined {
  if (!given?.trim()) return undefined;
  const exact = library.getArticle(given.trim());
  if (exact) return exact;
  const wanted = given.trim().toLowerCase();
  return (
    library.articles.find((a) => a.id.toLowerCase() === wanted || a.meta.title.toLowerCase() === wanted) ??
    (() => {
      const partial = library.articles.filter((a) => articleMatches(a, given));
      return partial.length === 1 ? partial[0] : undefined;
    })()
  );
}
