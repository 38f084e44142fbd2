/**
 * "Unanswerable written to look answerable": a real question about an article whose named entity is
 * swapped for a name from a different article, so it reads like a fair question but the article
 * cannot answer it.
 */
import { hashString, pick } from './sample.ts';

export interface SourceArticle {
  id: string;
  text: string;
  questions: readonly { id: string; question: string }[];
}

export interface HardNegative {
  /** The article the question is asked against (the one it was written for). */
  article: string;
  questionId: string;
  original: string;
  question: string;
  replaced: string;
  replacement: string;
  /** The article the replacement name comes from. */
  donor: string;
}

/** Lower-case words allowed inside a name, as in "Newcastle upon Tyne" or "Bank of England". */
const NAME_CONNECTORS = new Set(['of', 'upon', 'the', 'de', 'von', 'van', 'der']);
/** Capitalised, but not names: swapping them tests nothing. */
const NOT_NAMES = new Set(
  'I January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(question: string): Word[] {
  return [...question.matchAll(WORD)].map((m) => {
    // Possessives and trailing punctuation are not part of the name: "ESPN's" names ESPN.
    // "U.S." keeps its last full stop; a sentence's full stop is dropped.
    const text = m[0].replace(/['’]s$/u, '').replace(/\.$/u, (dot, at: number) => (m[0].slice(0, at).includes('.') ? dot : '')).replace(/['’&-]+$/u, '');
    return { text, start: m.index, end: m.index + text.length };
  });
}

function isCapitalised(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text) && !NOT_NAMES.has(word.text);
}

/**
 * Runs of capitalised words in a question, skipping its first word (capitalised anyway). A run
 * continues over spaces only, and over connectors only when a capitalised word follows them.
 */
export function capitalisedNames(question: string): string[] {
  const all = words(question);
  const adjacent = (a: Word, b: Word) => /^\s+$/u.test(question.slice(a.end, b.start));
  const names: string[] = [];
  let i = 1;
  while (i < all.length) {
    if (!isCapitalised(all[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      let next = end;
      while (next < all.length && NAME_CONNECTORS.has(all[next]!.text) && adjacent(all[next - 1]!, all[next]!)) next++;
      if (next < all.length && isCapitalised(all[next]!) && adjacent(all[next - 1]!, all[next]!)) end = next + 1;
      else break;
    }
    const name = question.slice(all[i]!.start, all[end - 1]!.end);
    if (name.length > 1) names.push(name);
    i = end;
  }
  return names;
}

function wordCount(name: string): number {
  return name.split(/\s+/).length;
}

/**
 * Up to `perArticle` hard negatives per article, chosen deterministically. The replaced name occurs
 * in the article; the replacement never does (case-insensitively), so the article cannot answer.
 */
export function makeHardNegatives(articles: readonly SourceArticle[], perArticle: number): HardNegative[] {
  const namesByArticle = new Map(
    articles.map((a) => [a.id, [...new Set(a.questions.flatMap((q) => capitalisedNames(q.question)))].sort()]),
  );
  const out: HardNegative[] = [];
  for (const article of articles) {
    const lowerText = article.text.toLowerCase();
    const donors = articles.filter((a) => a.id !== article.id);
    if (donors.length === 0) continue;
    const candidates: HardNegative[] = [];
    for (const q of article.questions) {
      const present = capitalisedNames(q.question).filter((name) => article.text.includes(name));
      if (present.length === 0) continue;
      const seed = hashString(q.id);
      const replaced = present[seed % present.length]!;
      const donor = donors[(seed >>> 8) % donors.length]!;
      const foreign = (namesByArticle.get(donor.id) ?? []).filter((name) => !lowerText.includes(name.toLowerCase()));
      if (foreign.length === 0) continue;
      const sameShape = foreign.filter((name) => wordCount(name) === wordCount(replaced));
      const pool = sameShape.length > 0 ? sameShape : foreign;
      const replacement = pool[(seed >>> 16) % pool.length]!;
      candidates.push({
        article: article.id,
        questionId: q.id,
        original: q.question,
        question: q.question.split(replaced).join(replacement),
        replaced,
        replacement,
        donor: donor.id,
      });
    }
    out.push(...pick(candidates, perArticle, hashString(`hard-negatives:${article.id}`)));
  }
  return out;
}
