/**
 * Words to search terms. Questions and sentences go through the same analysis, so that
 * "fighters"/"fighter", "U.S."/"US" and "10,000"/"10000" meet in the index.
 *
 * Acronyms keep their capitals ("US", "SDF") so that the pronoun "us" never matches the country.
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { cachedTerms } from './article-cache.ts';
import { baseForms, readsAsItself, storedLemmaTerm } from './lexicon.ts';
import { kindAt, kindBefore, LETTER, NUMBER, plainLetters, UPPERCASE, widthAt, WORD_CHARACTER } from './characters.ts';

export interface Token {
  /** As written. */
  raw: string;
  start: number;
  end: number;
  /** The search term, or undefined for stopwords. */
  term: string | undefined;
}

/** Function words and question words: they say what kind of answer is wanted, not what it is about. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below between
  both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each either else ever
  for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
  his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's may me might more most
  must mustn't my myself neither no nor not of off on once only or other ought our ours ourselves out over own
  per same shall shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them
  themselves then there there's these they they'd they'll they're they've this those through thus to too under until
  up upon us very via was wasn't we we'd we'll we're we've were weren't what what's whatever when when's where where's
  whether which while who who's whom whose why why's will with won't would wouldn't yet you you'd you'll you're
  you've your yours yourself yourselves tell told know please s t according many much anti non pre ex
  where'd how'd what'd who'd when'd why'd`.split(/\s+/),
);

/** Words before where something is or happens: "in Llano County", "at the Salvation Army", "from Houston", "into Mali". */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'across', 'into', 'throughout', 'outside', 'inside', 'around', 'within', 'toward', 'towards']);

const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const AMPERSAND_INITIALISM = /^\p{Lu}+&\p{Lu}+$/u;
/** Out here, not in the function using it: esbuild writes a pattern with a Unicode property outside brackets as `new RegExp(...)`, made at every call. */
const NUMBER_WRITTEN = /^\p{N}[\p{N},.]*$/u;

const TERM_CACHE_LIMIT = 200_000;
let termsAdded = false;
/** Started with the terms earlier runs of the compiled code found (src/core/article-cache.ts). */
const termCache = cachedTerms(
  () => termCache,
  () => termsAdded,
);

export function stem(word: string): string {
  return PorterStemmer.stem(word);
}

/** The search term for one written word; undefined when it carries no meaning for search. */
export function termOf(raw: string): string | undefined {
  const cached = termCache.get(raw);
  if (cached !== undefined || termCache.has(raw)) return cached;
  const term = computeTerm(raw);
  if (termCache.size < TERM_CACHE_LIMIT) {
    termCache.set(raw, term);
    termsAdded = true;
  }
  return term;
}

const LEMMA_TERM_CACHE_LIMIT = 50_000;
const lemmaTerms = new Map<string, string | undefined>();

/**
 * The search term of a word as WordNet lists it (a lemma, as `relatedWords` gives them): the lexicon
 * stores it, worked out by `termOf` when the lexicon was built, which saves looking up the word's
 * base forms and stemming it the first time a question's word brings it up.
 */
export function lemmaTermOf(lemma: string): string | undefined {
  // The same few thousand lemmas come up as relatives of many words: each is read from the lexicon once.
  const known = lemmaTerms.get(lemma);
  if (known !== undefined || lemmaTerms.has(lemma)) return known;
  const stored = storedLemmaTerm(lemma);
  const term = stored === null ? termOf(lemma) : stored;
  if (lemmaTerms.size < LEMMA_TERM_CACHE_LIMIT) lemmaTerms.set(lemma, term);
  return term;
}

function computeTerm(raw: string): string | undefined {
  if (isDottedInitialism(raw)) return raw.replace(/\./g, '').toUpperCase();
  if (AMPERSAND_INITIALISM.test(raw)) return raw.replace('&', '');
  const owner = raw.replace(/['’]s$/, '');
  if (ACRONYM.test(owner)) return owner.replace(/s$/, '');
  // "Dvořák" is typed "Dvorak", "Sørensen" "Sorensen": a term is the word without its accents.
  let word = plainLetters(raw.toLowerCase().replace(/’/g, "'"));
  if (STOPWORDS.has(word)) return undefined;
  word = word.replace(/'s$/, '').replace(/s'$/, 's');
  if (NUMBER_WRITTEN.test(word)) return word.replace(/,(?=\d{3})/g, '').replace(/\.$/, '');
  if (word.length === 1) return undefined;
  if (STOPWORDS.has(word)) return undefined;
  // Irregular forms first ("children" -> "child", "went" -> "go", "said" -> "say"): the stemmer only
  // knows suffixes. A word that is also an inflection of another lemma is read as that inflection,
  // unless it is far more often itself ("number", "offer", "ground").
  const forms = baseForms(word);
  const other = forms.find((form) => form !== word);
  if (other === undefined || (forms[0] === word && readsAsItself(word, other))) return stem(forms[0] ?? word);
  return stem(other);
}

/**
 * The words of a sentence, kept: the gates and the reranking read the words of the same few
 * sentences again and again, for question after question.
 */
const sentenceTokenCache = new Map<string, Token[]>();
const SENTENCE_TOKENS_LIMIT = 5_000;

/** `tokenize` of a whole sentence, remembered; the tokens are shared, and not to be changed. */
export function sentenceTokens(text: string): readonly Token[] {
  let tokens = sentenceTokenCache.get(text);
  if (!tokens) {
    tokens = tokenize(text);
    if (sentenceTokenCache.size >= SENTENCE_TOKENS_LIMIT) sentenceTokenCache.clear();
    sentenceTokenCache.set(text, tokens);
  }
  return tokens;
}

/**
 * The words of a text, as this expression (flags gu) finds them:
 *   (?:\p{L}\.){2,} | \p{Lu}+&\p{Lu}+(?![\p{L}\p{N}]) | [\p{L}\p{N}]+(?:(?:['’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*
 * that is dotted initialisms ("U.S.", "p.m."), initialisms joined by "&" ("PG&E", "AT&T"), then words
 * with inner apostrophes or digit groups ("10,000", "13.5"). Hyphenated words split ("Kurdish-led",
 * "13-year-olds"), so each part can match on its own. Scanned by hand rather than matched: every
 * sentence of every article goes through here, and the expression's Unicode classes made it the
 * costliest step of indexing. test/tokenize.test.ts holds the scanner to the expression.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const kind = kindAt(text, at);
    if (!(kind & WORD_CHARACTER)) {
      at += widthAt(text, at);
      continue;
    }
    // The expression's alternatives in its order: the first that matches here is the word.
    let end = kind & LETTER ? dottedInitialsEnd(text, at) : -1;
    if (end < 0 && kind & UPPERCASE) end = ampersandInitialsEnd(text, at);
    if (end < 0) end = wordEnd(text, at);
    const raw = text.slice(at, end);
    tokens.push({ raw, start: at, end, term: termOf(raw) });
    at = end;
  }
  return tokens;
}

const DOT = 0x2e;
const COMMA = 0x2c;
const AMPERSAND = 0x26;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

function runEnd(text: string, at: number, kinds: number): number {
  while (kindAt(text, at) & kinds) at += widthAt(text, at);
  return at;
}

/** The whole word is a dotted initialism, /^(?:\p{L}\.){2,}$/u: "U.S.", "p.m.". */
export function isDottedInitialism(word: string): boolean {
  return dottedInitialsEnd(word, 0) === word.length;
}

/** (?:\p{L}\.){2,}: where it ends, or -1. */
function dottedInitialsEnd(text: string, start: number): number {
  let at = start;
  let initials = 0;
  while (kindAt(text, at) & LETTER) {
    const dot = at + widthAt(text, at);
    if (text.charCodeAt(dot) !== DOT) break;
    at = dot + 1;
    initials++;
  }
  return initials >= 2 ? at : -1;
}

/** \p{Lu}+&\p{Lu}+(?![\p{L}\p{N}]): where it ends, or -1. Each run takes every capital (no backtracking can help). */
function ampersandInitialsEnd(text: string, start: number): number {
  const ampersand = runEnd(text, start, UPPERCASE);
  if (text.charCodeAt(ampersand) !== AMPERSAND) return -1;
  const end = runEnd(text, ampersand + 1, UPPERCASE);
  return end > ampersand + 1 && !(kindAt(text, end) & WORD_CHARACTER) ? end : -1;
}

/** [\p{L}\p{N}]+(?:(?:['’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*: where it ends. */
function wordEnd(text: string, start: number): number {
  let end = runEnd(text, start, WORD_CHARACTER);
  for (;;) {
    const joiner = text.charCodeAt(end);
    const joins = joiner === APOSTROPHE || joiner === RIGHT_QUOTE || ((joiner === DOT || joiner === COMMA) && kindBefore(text, end) & NUMBER && kindAt(text, end + 1) & NUMBER);
    if (!joins) return end;
    const next = runEnd(text, end + 1, WORD_CHARACTER);
    if (next === end + 1) return end;
    end = next;
  }
}
