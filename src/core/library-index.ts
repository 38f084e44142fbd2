/**
 * What the engine knows across all its articles, built once with them: which articles hold each
 * term, so that a question goes to the few articles that can answer it, and every word the articles
 * write, so that a misspelling is corrected once for the whole library rather than once per article.
 * However many articles are loaded, the work per question stays bounded: routing reads one list of
 * articles per question word, and spelling correction compares a bounded number of words.
 */
import { isDictionaryWord } from './lexicon.ts';
import { ArticleIndex } from './search-index.ts';
import { stem, type Token } from './terms.ts';
import type { Article } from './types.ts';

/** Misspellings remembered with their corrections, for the whole library; the least recently asked go first. */
export const SPELLING_CACHE_LIMIT = 10_000;
/**
 * Known words looked at for a misspelt one, at most, nearest in length first. A library of 5,000
 * articles (70,000 distinct words) stays under it; a larger one finds the closest words among the
 * nearest lengths rather than take ever longer.
 */
export const SPELLING_CANDIDATE_LIMIT = 20_000;
/** Corrections kept for a misspelt word: each article takes the first it has. */
const SPELLING_CANDIDATES = 8;
/** How many letters an inflection adds to a word ("-ing", "-ed", "-s"). */
const INFLECTION_LENGTH = 3;

interface WrittenWord {
  word: string;
  term: string;
  /** Its place among the library's distinct words, in reading order. */
  order: number;
  /** `letterMask` of the word and of its term. */
  wordLetters: number;
  termLetters: number;
}

export interface SpellingCandidate {
  term: string;
  /** Edits away from the misspelt word. */
  distance: number;
  /** Only an article that writes it as a name may take it: a short word is corrected only to a name. */
  asName?: boolean;
}

interface TermHolders {
  /** Positions in `indexes` of the articles holding the term, ascending. */
  articles: number[];
  /** Sentences holding it, over the whole library. */
  sentences: number;
}

export class LibraryIndex {
  readonly indexes: readonly ArticleIndex[];
  private readonly holders = new Map<string, TermHolders>();
  private readonly nameTerms = new Set<string>();
  /** Written words (lowercase) by first letter and length ("a7"), by first two letters and length ("an7"), and by themselves. */
  private readonly wordsByInitialAndLength = new Map<string, WordBucket>();
  private readonly wordsByOpeningAndLength = new Map<string, WordBucket>();
  private readonly writtenWords = new Map<string, WrittenWord>();
  private readonly corrections = new Map<string, readonly SpellingCandidate[]>();

  constructor(articles: readonly Article[]) {
    const onWord = (token: Token) => this.addWrittenWord(token);
    this.indexes = articles.map((article) => new ArticleIndex(article, onWord));
    this.indexes.forEach((index, position) => {
      for (const term of index.terms()) {
        const holders = this.holders.get(term);
        if (holders) {
          holders.articles.push(position);
          holders.sentences += index.frequency(term);
        } else this.holders.set(term, { articles: [position], sentences: index.frequency(term) });
      }
      for (const name of index.nameTerms) this.nameTerms.add(name);
    });
  }

  private addWrittenWord(token: Token): void {
    const word = token.raw.toLowerCase();
    if (this.writtenWords.has(word)) return;
    const term = token.term!;
    const entry = { word, term, order: this.writtenWords.size + 1, wordLetters: letterMask(word), termLetters: letterMask(term) };
    this.writtenWords.set(word, entry);
    addTo(this.wordsByInitialAndLength, word[0]! + word.length, entry);
    addTo(this.wordsByOpeningAndLength, word.slice(0, 2) + word.length, entry);
  }

  /** Positions in `indexes` of the articles holding `term`. */
  articlesWith(term: string): readonly number[] {
    return this.holders.get(term)?.articles ?? [];
  }

  /** Misspellings remembered so far. */
  get spellingCacheSize(): number {
    return this.corrections.size;
  }

  /**
   * The library's words closest to a misspelt one (their terms), closest and most used first: one
   * edit away for words of 5+ letters, two for 8+; for words of four letters, only names and the word
   * with two letters swapped back. Empty when none is close. Each article takes the first it has.
   */
  correctSpelling(raw: string): readonly SpellingCandidate[] {
    const word = raw.toLowerCase();
    if (word.length < 4) return [];
    const cached = this.corrections.get(word);
    if (cached !== undefined) {
      // Asked again: it is the most recently used now.
      this.corrections.delete(word);
      this.corrections.set(word, cached);
      return cached;
    }
    // Four letters leave too many neighbours among common words: only names ("reys" for Reyes) and
    // two swapped letters ("yaer" for year) are corrected.
    const corrected = this.closestWords(word, word.length < 5);
    // After the names: an article with none of them may have the word swapped back.
    const swapped = word.length === 4 ? this.swappedWord(word) : undefined;
    if (swapped && !corrected.some((c) => c.term === swapped)) corrected.push({ term: swapped, distance: 1 });
    if (this.corrections.size >= SPELLING_CACHE_LIMIT) this.corrections.delete(this.corrections.keys().next().value!);
    this.corrections.set(word, corrected);
    return corrected;
  }

  private closestWords(word: string, namesOnly: boolean): SpellingCandidate[] {
    const allowed = word.length >= 8 ? 2 : 1;
    const near: { term: string; distance: number; frequency: number; order: number }[] = [];
    // A word no dictionary has is a misspelling, whose stem may be near an inflected word's.
    const stemmed = isDictionaryWord(word) ? undefined : stem(word);
    const wordLetters = letterMask(word);
    const stemLetters = stemmed === undefined ? 0 : letterMask(stemmed);
    // Each edit changes at most two of the letters a word uses: words further apart are skipped unmeasured.
    const maxLetterChanges = 2 * allowed;
    let looked = 0;
    // Longer words too, by up to an inflection: "anounce" is one letter from the stem of "announced".
    search: for (const length of lengthsNearest(word.length, allowed, allowed + INFLECTION_LENGTH)) {
      const lengthNear = Math.abs(length - word.length) <= allowed;
      // Readers rarely miss the first letter; a swap of the first two still counts.
      const swapped = word[0] === word[1] ? undefined : this.wordsByOpeningAndLength.get(word[1]! + word[0]! + length);
      for (const bucket of [this.wordsByInitialAndLength.get(word[0]! + length), swapped]) {
        if (!bucket) continue;
        // The letters first, from flat arrays: most words are skipped on them alone.
        for (let i = 0; i < bucket.words.length; i++) {
          if (++looked > SPELLING_CANDIDATE_LIMIT) break search;
          const nearAsWritten = lengthNear && bitCount(wordLetters ^ bucket.wordLetters[i]!) <= maxLetterChanges;
          const nearAsStem = stemmed !== undefined && bitCount(stemLetters ^ bucket.termLetters[i]!) <= maxLetterChanges;
          if (!nearAsWritten && !nearAsStem) continue;
          const known = bucket.words[i]!;
          if (namesOnly && !this.nameTerms.has(known.term)) continue;
          const asWritten = nearAsWritten ? editDistance(word, known.word, allowed) : allowed + 1;
          const distance = nearAsStem ? Math.min(asWritten, editDistance(stemmed!, known.term, allowed)) : asWritten;
          if (distance <= allowed) near.push({ term: known.term, distance, frequency: this.holders.get(known.term)?.sentences ?? 0, order: known.order });
        }
      }
    }
    near.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || a.order - b.order);
    const candidates: SpellingCandidate[] = [];
    for (const { term, distance } of near) {
      if (!candidates.some((c) => c.term === term)) candidates.push(namesOnly ? { term, distance, asName: true } : { term, distance });
      if (candidates.length === SPELLING_CANDIDATES) break;
    }
    return candidates;
  }

  /** The library's word that is `word` with two neighbouring letters swapped back ("yaer" -> "year"). */
  private swappedWord(word: string): string | undefined {
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (swapped === word) continue;
      const known = this.writtenWords.get(swapped);
      if (known) return known.term;
    }
    return undefined;
  }
}

/** Written words of one first letter (or two) and one length, with the letters of each word and term side by side. */
interface WordBucket {
  words: WrittenWord[];
  wordLetters: number[];
  termLetters: number[];
}

function addTo(map: Map<string, WordBucket>, key: string, entry: WrittenWord): void {
  let bucket = map.get(key);
  if (!bucket) map.set(key, (bucket = { words: [], wordLetters: [], termLetters: [] }));
  bucket.words.push(entry);
  bucket.wordLetters.push(entry.wordLetters);
  bucket.termLetters.push(entry.termLetters);
}

/** The letters a word uses, one bit each (folded into 32 bits): two words `k` edits apart differ in at most `2k` bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** `length` first, then one shorter, one longer, and so on: `below` shorter and `above` longer at most. */
function lengthsNearest(length: number, below: number, above: number): number[] {
  const lengths = [length];
  for (let step = 1; step <= Math.max(below, above); step++) {
    if (step <= below && length - step > 0) lengths.push(length - step);
    if (step <= above) lengths.push(length + step);
  }
  return lengths;
}

/**
 * Of `names`, the one `typed` was most likely meant to be, letter case aside: the closest within
 * `limit` edits, the first of equals ("tittle" is "title", "discord_token" is "DISCORD_TOKEN").
 */
export function closestName(typed: string, names: readonly string[], limit: number): string | undefined {
  const lower = typed.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(lower, name.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** The last three rows of the edit-distance table (a swap looks two back), reused: spelling correction compares thousands of words. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau–Levenshtein (optimal string alignment) distance, giving up past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let [previous2, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    // Character codes, not one-letter strings: this runs for every pair of letters compared.
    const letter = a.charCodeAt(i - 1);
    const letterBefore = a.charCodeAt(i - 2);
    for (let j = 1; j <= b.length; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && letterBefore === b.charCodeAt(j - 1)) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const oldest = previous2;
    previous2 = previous;
    previous = current;
    current = oldest;
  }
  return previous[b.length]!;
}
