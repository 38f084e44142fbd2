/**
 * How a question's words meet an article's words: as written, as an acronym or alias, corrected for
 * spelling, as a newsroom paraphrase or a word WordNet relates to it. Each form found carries a weight
 * saying how sure the match is, and each word an importance saying how much it tells.
 */
import { GIVES_AGE, GIVES_TITLE, type ArticleIndex, type WrittenWord } from './search-index.ts';
import type { QuestionWord } from './question.ts';
import { baseForms, isDictionaryWord, newsParaphrases, relatedWords } from './lexicon.ts';
import { stem, termOf } from './terms.ts';
import { aliasOf, metonymOf } from './aliases.ts';

/** How much the noun naming the answer's kind ("city" in "what city") counts: the answer rarely repeats it. */
export const FOCUS_WEIGHT = 0.35;

/**
 * Verbs and particles that carry little meaning of their own ("take back", "get up"), the verbs that
 * frame a question rather than say what it is about ("what does Blinken want", "how did she
 * describe"), and chat filler; by base form, and what they count for.
 */
const LIGHT_WORDS = new Set(
  `hold take make get give go come put set back up out away thing way lot kind happen still new good ever really actually
  exactly currently usually now just even already anyone anything someone something want wish think believe feel speak talk
  mention describe explain need hope consider mean person part specific exact yo hey hi hello guy stuff basically essentially
  generally apparently reportedly supposedly probably possibly likely mostly mainly roughly approximately nearly almost`.split(/\s+/),
);
export const LIGHT_WEIGHT = 0.5;

/** A name in the question says what it is about; it weighs more than a common word as rare. */
export const NAME_WEIGHT = 1.25;

/** Related words looked at per question word, closest first: further down lie other senses ("capital" -> "great"). */
export const RELATED_LIMIT = 12;
const SPELLING_CACHE_LIMIT = 10_000;

/** Names of peoples ("European", "Syrian", "Chinese", "Iraqi"), which readers use for the place. */
const DEMONYM = /(?:an|ians?|ese|ish|i)$/;

/** How much a match counts, by how the question's word was found in the sentence. */
export const MATCH_WEIGHTS = {
  exact: 1,
  acronym: 1,
  alias: 0.9,
  spelling: 0.8,
  synonym: 0.7,
  related: 0.5,
} as const;
const MAX_RELATED_ALTERNATIVES = 4;
/**
 * A word the article has as typed also meets up to this many of its closest relatives, from this far
 * down WordNet's list, counting this much of what they would count for an absent word. Swept on
 * SQuAD and the news questions: +0.8 pp top-1 on SQuAD.
 */
const PRESENT_RELATED = 3;
const PRESENT_RELATED_DEPTH = 8;
const PRESENT_RELATED_WEIGHT = 0.4;
/** Each step down WordNet's list of related words ("aid": help, assist, ... attend) counts this much less, down to the floor. */
const RELATED_DECAY = 0.05;
const RELATED_FLOOR = 0.5;
type MatchKind = keyof typeof MATCH_WEIGHTS;

export interface Alternative {
  term: string;
  weight: number;
  kind: MatchKind;
}

export interface ResolvedWord {
  word: QuestionWord;
  alternatives: Alternative[];
  /**
   * How much the word matters: the idf of its strongest form in the article, or of an unseen word. Not
   * lowered for a weak match: "attend" standing in for "aid" must cover less of the question, not make it smaller.
   */
  importance: number;
}

/** How one question word meets one article: its forms there, strongest first, and how much it matters. */
export function resolveWord(index: ArticleIndex, typed: QuestionWord): ResolvedWord {
  const word = typed.uncased && !typed.isName && namedInArticle(index, typed) ? { ...typed, isName: true } : typed;
  const alternatives: Alternative[] = [];
  const add = (term: string | undefined, kind: MatchKind, scale = 1) => addAlternative(index, word, alternatives, term, kind, scale);
  add(word.term, 'exact');
  add(aliasOf(word.term), 'acronym');
  if (!alternatives.length) add(metonymOf(word.term), 'alias');
  // "isis", "sdf", "Nato" typed without capitals still mean the acronym the article uses, and "Lyon" the
  // dateline's "LYON".
  if (!alternatives.length && /^\p{L}\p{Ll}{1,5}$/u.test(word.raw)) add(word.raw.toUpperCase(), 'acronym');
  // "BRT" for the article's "bus rapid transit": the phrase's rarest word stands for it.
  if (!alternatives.length && /^\p{Lu}{3,5}$/u.test(word.raw)) {
    const phrase = index.phraseSpelling(word.raw);
    if (phrase) add(phrase.reduce((rarest, term) => (index.idf(term) > index.idf(rarest) ? term : rarest)), 'alias');
  }
  if (!alternatives.length && !/\p{N}/u.test(word.raw)) {
    // A misspelt name is corrected only to a name: "Blinkin" is Blinken, "Twain" is not "train".
    const corrected = correctSpelling(index, word.raw);
    if (corrected && (!word.isName || index.isName(corrected))) add(corrected, 'spelling');
  }
  // A newsroom paraphrase ("died" for "death") is tried even when the article has the word as typed.
  if (!word.isName) for (const paraphrase of newsParaphrases(word.raw)) add(termOf(paraphrase), 'synonym');
  // "bring back" means "return", whether or not the article also has "bring".
  if (word.particle && !word.isName) for (const term of phrasalTerms(word.raw, word.particle)) add(term, 'synonym');
  // Paraphrase: "kids" for "children". A name means one particular thing, so it only meets its own
  // forms ("European" -> "Europe"), never what WordNet relates it to; a people's name meets its
  // place even when the article also has the form typed.
  const demonym = word.isName && DEMONYM.test(word.raw);
  if (!alternatives.length || demonym) {
    for (const [rank, related] of relatedTerms(word.raw.toLowerCase()).entries()) {
      if (word.isName && !related.derived) continue;
      add(related.term, related.synonym ? 'synonym' : 'related', Math.max(RELATED_FLOOR, 1 - RELATED_DECAY * rank));
      if (alternatives.length >= MAX_RELATED_ALTERNATIVES) break;
    }
  } else if (!word.isName && !word.implied && !isLightWord(word.raw) && !baseForms(word.raw).includes('say')) {
    // "stolen" is in the article, but the answer may say "made off with" or "theft": the closest
    // relatives are tried too, at a discount, so that the word as written still counts most. Not for
    // "say": in "what did Patterson say" its relatives ("state", "tell") pull towards other speech.
    const limit = alternatives.length + PRESENT_RELATED;
    for (const [rank, related] of closeRelatedTerms(word.raw.toLowerCase()).entries()) {
      if (rank >= PRESENT_RELATED_DEPTH || alternatives.length >= limit) break;
      add(related.term, related.synonym ? 'synonym' : 'related', Math.max(RELATED_FLOOR, 1 - RELATED_DECAY * rank) * PRESENT_RELATED_WEIGHT);
    }
  }
  // "How old are the teenagers?" is answered by the fighters "of 13 and 14 years old"; "Blinken's job"
  // by "Secretary of State Antony Blinken".
  if (word.means) add(word.means === 'age' ? GIVES_AGE : GIVES_TITLE, 'synonym');
  const strongest = alternatives.reduce<Alternative | undefined>((best, a) => (!best || a.weight > best.weight || (a.weight === best.weight && index.idf(a.term) > index.idf(best.term)) ? a : best), undefined);
  const found = strongest ? index.idf(strongest.term) : word.implied ? 0 : index.idf('');
  const importance = found * wordingWeight(word) * (word.isName ? NAME_WEIGHT : 1);
  return { word, alternatives, importance };
}

/** "blinken" or "blinkin" typed without a capital is the article's Blinken. */
function namedInArticle(index: ArticleIndex, word: QuestionWord): boolean {
  if (index.has(word.term)) return index.isName(word.term);
  const acronym = word.raw.toUpperCase();
  if (/^\p{Lu}{2,6}$/u.test(acronym) && index.has(acronym)) return true;
  const corrected = /\p{N}/u.test(word.raw) ? undefined : correctSpelling(index, word.raw);
  return corrected !== undefined && index.isName(corrected);
}

function addAlternative(index: ArticleIndex, word: QuestionWord, alternatives: Alternative[], term: string | undefined, kind: MatchKind, scale: number): void {
  if (!term || !index.has(term)) return;
  for (const existing of alternatives) if (existing.term === term) return;
  // WordNet's "capital" is also "great", but "Great Britain" is a name, not a paraphrase.
  if ((kind === 'synonym' || kind === 'related') && !word.isName && index.isName(term)) return;
  alternatives.push({ term, weight: MATCH_WEIGHTS[kind] * scale, kind });
}

/** How much a word counts by its role: the "city" of "what city" and light verbs count less. */
export function wordingWeight(word: QuestionWord): number {
  return word.focus ? FOCUS_WEIGHT : isLightWord(word.raw) ? LIGHT_WEIGHT : 1;
}

interface RelatedTerm {
  term: string;
  synonym: boolean;
  derived: boolean;
}
const relatedCache = new Map<string, RelatedTerm[]>();
const closeRelatedCache = new Map<string, RelatedTerm[]>();
const RELATED_CACHE_LIMIT = 20_000;

/** Search terms of the words WordNet relates to `word`, closest first; the same for every article, so kept. */
export function relatedTerms(word: string): RelatedTerm[] {
  return cachedRelatedTerms(relatedCache, word, RELATED_LIMIT);
}

/** The first few of relatedTerms: cheaper to find, as WordNet is read only as far as they lie. */
function closeRelatedTerms(word: string): RelatedTerm[] {
  return relatedCache.get(word) ?? cachedRelatedTerms(closeRelatedCache, word, PRESENT_RELATED_DEPTH);
}

function cachedRelatedTerms(cache: Map<string, RelatedTerm[]>, word: string, limit: number): RelatedTerm[] {
  let terms = cache.get(word);
  if (terms) return terms;
  terms = [];
  for (const related of relatedWords(word, limit)) {
    // Broader and narrower words ("capital" -> "seat") wander too far from what the reader meant.
    if (related.relation === 'hypernym' || related.relation === 'hyponym') continue;
    const term = termOf(related.word);
    if (term) terms.push({ term, synonym: related.relation === 'synonym', derived: related.relation === 'derived' });
  }
  if (cache.size < RELATED_CACHE_LIMIT) cache.set(word, terms);
  return terms;
}

const phrasalCache = new Map<string, string[]>();
/** Phrasal verbs whose synonyms are tried for a verb and its particle, at most. */
const PHRASAL_SYNONYMS = 4;

/** Search terms of what a phrasal verb means ("locked up" -> lock, confine...), from WordNet's entry for it. */
function phrasalTerms(verb: string, particle: string): string[] {
  const key = `${verb.toLowerCase()} ${particle}`;
  let terms = phrasalCache.get(key);
  if (terms) return terms;
  terms = [];
  for (const base of baseForms(verb)) {
    for (const related of relatedWords(`${base}_${particle}`, PHRASAL_SYNONYMS)) {
      if (related.relation === 'hyponym' || related.relation === 'hypernym') continue;
      const term = termOf(related.word);
      if (term && !terms.includes(term)) terms.push(term);
    }
  }
  if (phrasalCache.size < RELATED_CACHE_LIMIT) phrasalCache.set(key, terms);
  return terms;
}

/** The article's word closest to a misspelt one: one edit for words of 5+ letters, two for 8+. */
function correctSpelling(index: ArticleIndex, raw: string): string | undefined {
  const word = raw.toLowerCase();
  if (word.length < 4) return undefined;
  const cached = index.spellingCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  // Four letters leave too many neighbours among common words: only names ("reys" for Reyes) and
  // two swapped letters ("yaer" for year) are corrected.
  const corrected = closestWord(index, word, word.length < 5) ?? (word.length === 4 ? swappedWord(index, word) : undefined);
  if (index.spellingCache.size < SPELLING_CACHE_LIMIT) index.spellingCache.set(word, corrected ?? null);
  return corrected;
}

/** How many letters an inflection adds to a word ("-ing", "-ed", "-s"). */
const INFLECTION_LENGTH = 3;

function closestWord(index: ArticleIndex, word: string, namesOnly: boolean): string | undefined {
  const allowed = word.length >= 8 ? 2 : 1;
  let best: { term: string; distance: number; frequency: number; order: number } | undefined;
  // Readers rarely miss the first letter; a swap of the first two still counts.
  const near: WrittenWord[] = [];
  // Longer words too, by up to an inflection: "anounce" is one letter from the stem of "announced".
  for (let length = word.length - allowed; length <= word.length + allowed + INFLECTION_LENGTH; length++) {
    near.push(...index.writtenWords(word[0]!, length), ...index.writtenWords(word[1]!, length).filter((known) => known.word[1] === word[0]));
  }
  // A word no dictionary has is a misspelling, whose stem may be near an inflected word's.
  const stemmed = isDictionaryWord(word) ? undefined : stem(word);
  for (const { word: known, term, order } of near) {
    if (namesOnly && !index.isName(term)) continue;
    const asWritten = Math.abs(known.length - word.length) <= allowed ? editDistance(word, known, allowed) : allowed + 1;
    const distance = stemmed === undefined ? asWritten : Math.min(asWritten, editDistance(stemmed, term, allowed));
    if (distance > allowed) continue;
    const frequency = index.frequency(term);
    const better = !best || distance < best.distance || (distance === best.distance && (frequency > best.frequency || (frequency === best.frequency && order < best.order)));
    if (better) best = { term, distance, frequency, order };
  }
  return best?.term;
}

/** The article's word that is `word` with two neighbouring letters swapped back ("yaer" -> "year"). */
function swappedWord(index: ArticleIndex, word: string): string | undefined {
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped === word) continue;
    const known = index.writtenWords(swapped[0]!, swapped.length).find((w) => w.word === swapped);
    if (known) return known.term;
  }
  return undefined;
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** "Take", "back", "thing": words that carry little meaning of their own. */
export function isLightWord(raw: string): boolean {
  let light = lightCache.get(raw);
  if (light === undefined) {
    const lower = raw.toLowerCase();
    light = LIGHT_WORDS.has(lower) || baseForms(lower).some((form) => LIGHT_WORDS.has(form));
    if (lightCache.size < SPELLING_CACHE_LIMIT) lightCache.set(raw, light);
  }
  return light;
}
const lightCache = new Map<string, boolean>();
