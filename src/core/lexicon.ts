/**
 * Word knowledge from WordNet, so that a reader's paraphrase can meet the article's wording:
 * "kids" reaches "child", "jailed" reaches "imprison", "announcement" reaches "announce".
 *
 * Everything is synchronous and in memory. The data is lexicon-data.bin beside this file, built by
 * scripts/build-lexicon.ts; it is read on the first call, as bytes kept as they are, and decoded word
 * by word as words are asked for: its line offsets are in the file, so nothing is split or scanned.
 * Only single-word lemmas are known (hyphenated words count as one word): multi-word collocations
 * such as "pass away" are never returned.
 *
 * Results are lemmas (base forms), lowercase. To compare them with running text, put the text's words
 * through `baseForms` too.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { cachedWordFacts } from './article-cache.ts';

export type Relation = 'synonym' | 'similar' | 'derived' | 'hypernym' | 'hyponym';
export interface RelatedWord {
  word: string;
  relation: Relation;
}

/** How many related words `relatedWords` returns unless asked otherwise. */
export const DEFAULT_RELATED_LIMIT = 30;
/**
 * A sense counts as one of the word's main senses when it was seen in WordNet's tagged corpus at
 * least this share as often as the word's most frequent sense. Relations of main senses come first.
 */
const MAIN_SENSE_SHARE = 0.15;
/** At most this many main senses, so that very polysemous words ("take", "run") stay focused. */
const MAX_MAIN_SENSES = 3;
/** Hyponym synsets followed per sense, most frequent first: "person" has hundreds. */
const MAX_HYPONYM_SYNSETS_PER_SENSE = 8;
/** Inputs longer than this are no word of any dictionary; they are normalised but not looked up. */
const MAX_WORD_LENGTH = 64;
const BASE_FORM_CACHE_LIMIT = 50_000;
const WORD_ID_CACHE_LIMIT = 50_000;
/** "nation's", "nations'": tried without the ending when the whole word is no lemma ("men's" is one). */
const POSSESSIVE = /'s?$/;
const DATA_FILE = new URL('./lexicon-data.bin', import.meta.url);

/**
 * Newsroom paraphrases that WordNet does not link: its "militant" is an activist, nothing joins
 * "dead" to "kill" or "arrest" to "detain", and "fire" does not reach "blaze". General news
 * vocabulary only, lemmas, kept short; each word of a group is offered as similar to the others.
 */
const NEWS_PARAPHRASE_GROUPS: readonly (readonly string[])[] = [
  ['kill', 'killing', 'die', 'dead', 'death', 'fatality'],
  ['militant', 'fighter', 'insurgent', 'gunman', 'combatant'],
  ['arrest', 'detain', 'detention', 'custody'],
  ['money', 'funds', 'funding', 'cash', 'financing'],
  ['win', 'beat', 'defeat', 'victory'],
  ['fire', 'blaze', 'flames'],
  ['cause', 'spark', 'trigger'],
  ['score', 'goal', 'equalise', 'equalize', 'equaliser', 'equalizer'],
  ['attendance', 'attend', 'crowd', 'spectator'],
  ['hire', 'recruit'],
  ['convict', 'conviction', 'guilty'],
  ['worth', 'value', 'valuation'],
  ['headquarters', 'headquarter', 'based'],
  ['penalty', 'fine'],
  ['hacker', 'attacker', 'cybercriminal'],
  ['injure', 'injury', 'hurt', 'wound'],
  ['stock', 'share'],
  ['car', 'vehicle'],
  ['steal', 'theft', 'defraud', 'embezzle'],
  ['house', 'home'],
  ['merger', 'acquisition', 'takeover', 'buyout'],
  ['wind', 'gust'],
  ['contract', 'agreement'],
  ['election', 'vote'],
  ['sick', 'ill', 'sicken', 'illness', 'sickness'],
  ['study', 'paper', 'finding'],
  ['spokesperson', 'spokesman', 'spokeswoman', 'communications'],
  ['regulator', 'watchdog', 'agency'],
  ['revenue', 'sales', 'turnover'],
  ['restructuring', 'reorganization', 'reorganisation', 'overhaul'],
  ['footage', 'video'],
  ['evacuee', 'evacuate', 'evacuation'],
  // What readers type for it in chat ("got nicked", "got the sack", "a cop").
  ['nick', 'swipe', 'pinch', 'steal', 'stolen'],
  ['sack', 'axe', 'dismiss', 'oust'],
  ['cop', 'police', 'policeman', 'detective'],
  ['rid', 'remove', 'removal', 'eliminate'],
  ['unfilled', 'vacant', 'vacancy'],
];

/**
 * Opposites a news question may be put the wrong way round with: "Why did the krone strengthen?" of
 * an article saying it weakened. Lemmas, general news vocabulary only; each pair is read both ways.
 */
const NEWS_OPPOSITES: readonly (readonly [string, string])[] = [
  ['rise', 'fall'],
  ['rise', 'drop'],
  ['increase', 'decrease'],
  ['increase', 'cut'],
  ['raise', 'cut'],
  ['raise', 'lower'],
  ['strengthen', 'weaken'],
  ['gain', 'lose'],
  ['win', 'lose'],
  ['grow', 'shrink'],
  ['expand', 'shrink'],
  ['approve', 'reject'],
  ['accept', 'reject'],
  ['accept', 'refuse'],
  ['allow', 'ban'],
  ['support', 'oppose'],
  ['succeed', 'fail'],
  ['open', 'close'],
  ['hire', 'fire'],
  ['acquit', 'convict'],
  ['higher', 'lower'],
  ['willing', 'reluctant'],
];

/** The opposites of `word` in NEWS_OPPOSITES, as lemmas ("weaken" for "strengthened"). */
export function newsOpposites(word: string): string[] {
  const forms = baseForms(word);
  const opposites: string[] = [];
  for (const [one, other] of NEWS_OPPOSITES) {
    if (forms.includes(one) && !opposites.includes(other)) opposites.push(other);
    else if (forms.includes(other) && !opposites.includes(one)) opposites.push(one);
  }
  return opposites;
}

type Pos = 'n' | 'v' | 'a' | 'r';
const POS_ORDER: readonly Pos[] = ['n', 'v', 'a', 'r'];
const POS_BIT: Record<Pos, number> = { n: 1, v: 2, a: 4, r: 8 };
const POS_MASK_KNOWN = 16;

/**
 * "-es" drops whole only after a hiss or an "o" ("passes", "watches", "goes"): "planes" is no form of
 * "plan", nor "sites" of "sit" or "wines" of "win", though morphy's rule would read them so.
 */
const SIBILANT_STEM = /(?:s|x|z|ch|sh|o)$/;

/** WordNet's morphy detachment rules: inflectional suffix -> what replaces it, tried in this order. */
const DETACHMENT_RULES: Record<Pos, readonly (readonly [string, string])[]> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

/** The sections of lexicon-data.bin (see `pack` in scripts/build-lexicon.ts): ASCII text and line starts. */
const TEXT_SECTIONS = ['words', 'wordRecords', 'synsets', 'exceptions.n', 'exceptions.v', 'exceptions.a', 'exceptions.r', 'people', 'places'] as const;
const LINE_SECTIONS = ['words', 'wordRecords', 'synsets'] as const;
type TextSection = (typeof TEXT_SECTIONS)[number];
type LineSection = (typeof LINE_SECTIONS)[number];
interface LexiconData {
  posRanges: Record<Pos, readonly [number, number]>;
  text(name: TextSection): Buffer;
  /** Where each line of a line section starts in its text, then the text's length + 1. */
  starts(name: LineSection): Uint32Array;
  /** One line of a line section, read on its own: for sections of which a run reads a few lines. */
  line(name: LineSection, index: number): string;
  lineCount(name: LineSection): number;
}

const isRange = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((n) => Number.isSafeInteger(n) && n >= 0);
const HEADER_MAX_BYTES = 64 * 1024;
/** Lines of a section read one by one (a few microseconds each) before the whole section is read at once. */
const LINES_READ_ON_DEMAND = 2000;

/**
 * lexicon-data.bin, each section read when first needed: most runs never look at synsets, and every
 * byte read into new memory costs start-up time. The file stays open, so a rebuild that replaces it
 * meanwhile is never read half old, half new.
 */
class LexiconFile implements LexiconData {
  readonly posRanges: Record<Pos, readonly [number, number]>;
  private readonly sections: Record<string, readonly [number, number]> = {};
  private readonly texts: Partial<Record<TextSection, Buffer>> = {};
  private readonly lineStarts: Partial<Record<LineSection, Uint32Array>> = {};

  /** Reads the header; throws when the file is not a lexicon of this format. */
  constructor(private readonly fd: number) {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, HEADER_MAX_BYTES));
    readSync(fd, head, 0, head.length, 0);
    const headerEnd = head.indexOf(0x0a);
    if (headerEnd < 0) throw new Error('lexicon header missing');
    const header = JSON.parse(head.toString('latin1', 0, headerEnd)) as {
      format?: unknown;
      posRanges?: Partial<Record<Pos, unknown>>;
      sections?: Partial<Record<string, unknown>>;
    };
    if (header.format !== 2) throw new Error(`unknown lexicon format ${String(header.format)}`);
    const base = headerEnd + 1 + ((4 - ((headerEnd + 1) % 4)) % 4);
    for (const name of [...TEXT_SECTIONS, ...LINE_SECTIONS.map((line) => `${line}Starts`)]) {
      const range = header.sections?.[name];
      if (!isRange(range) || base + range[0] + range[1] > size || (base + range[0]) % 4 !== 0) throw new Error(`lexicon section ${name} missing or out of bounds`);
      this.sections[name] = [base + range[0], range[1]];
    }
    this.posRanges = Object.fromEntries(
      POS_ORDER.map((pos) => {
        const range = header.posRanges?.[pos];
        if (!isRange(range)) throw new Error(`lexicon part of speech ${pos} has no id range`);
        return [pos, range];
      }),
    ) as Record<Pos, [number, number]>;
  }

  private readonly scratch = Buffer.alloc(8);

  lineCount(name: LineSection): number {
    return this.sections[`${name}Starts`]![1] / 4 - 1;
  }

  line(name: LineSection, index: number): string {
    if (!(index >= 0 && index < this.lineCount(name))) return '';
    const [startsAt] = this.sections[`${name}Starts`]!;
    if (readSync(this.fd, this.scratch, 0, 8, startsAt + index * 4) !== 8) throw new Error(`lexicon section ${name}Starts cut short`);
    const start = this.scratch.readUInt32LE(0);
    const length = this.scratch.readUInt32LE(4) - 1 - start;
    const [textAt, textLength] = this.sections[name]!;
    if (length < 0 || start + length > textLength) throw new Error(`lexicon section ${name}Starts does not match ${name}`);
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const count = readSync(this.fd, bytes, done, length - done, textAt + start + done);
      if (count === 0) throw new Error(`lexicon section ${name} cut short`);
      done += count;
    }
    return bytes.toString('latin1');
  }

  private read(name: string): Buffer {
    const [at, length] = this.sections[name]!;
    const bytes = Buffer.allocUnsafeSlow(length);
    for (let done = 0; done < length; ) {
      const count = readSync(this.fd, bytes, done, length - done, at + done);
      if (count === 0) throw new Error(`lexicon section ${name} cut short`);
      done += count;
    }
    return bytes;
  }

  text(name: TextSection): Buffer {
    return (this.texts[name] ??= this.read(name));
  }

  starts(name: LineSection): Uint32Array {
    let starts = this.lineStarts[name];
    if (!starts) {
      const bytes = this.read(`${name}Starts`);
      // Stored little-endian: viewed in place on such machines (all usual ones), else read value by value.
      starts =
        endianness() === 'LE'
          ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)
          : Uint32Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readUInt32LE(i * 4));
      if (starts.length === 0 || starts[starts.length - 1] !== this.sections[name]![1] + 1) throw new Error(`lexicon section ${name}Starts does not match ${name}`);
      this.lineStarts[name] = starts;
    }
    return starts;
  }
}

interface Sense {
  synset: number;
  /** How often the sense was seen in WordNet's tagged corpus. */
  tags: number;
}
/** A link from one sense of a word to one word of another synset. */
interface WordLink {
  senseIndex: number;
  synset: number;
  member: number;
}
interface WordRecord {
  senses: Sense[];
  derived: WordLink[];
  similar: WordLink[];
}
interface SynsetRecord {
  members: number[];
  hypernyms: number[];
  hyponyms: number[];
  similar: number[];
}

/** "1a,2b" -> [46, 83], read in place rather than split: every record read is a few such lists. */
function base36List(text: string): number[] {
  const list: number[] = [];
  if (text === '') return list;
  let start = 0;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', start)) {
    list.push(parseInt(text.slice(start, comma), 36));
    start = comma + 1;
  }
  list.push(parseInt(text.slice(start), 36));
  return list;
}

/** Part `n` of `text` cut at `separator`, as `text.split(separator)[n]` gives it, without making the other parts. */
function partOf(text: string, separator: string, n: number): string | undefined {
  let start = 0;
  for (let i = 0; i < n; i++) {
    const at = text.indexOf(separator, start);
    if (at < 0) return undefined;
    start = at + separator.length;
  }
  const end = text.indexOf(separator, start);
  return end < 0 ? text.slice(start) : text.slice(start, end);
}

/** The comma-separated items of `text`, each read by `read`: "" has none. */
function items<T>(text: string, read: (item: string) => T): T[] {
  const list: T[] = [];
  if (text === '') return list;
  let start = 0;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', start)) {
    list.push(read(text.slice(start, comma)));
    start = comma + 1;
  }
  list.push(read(text.slice(start)));
  return list;
}

/** "3:1a.2": sense 3 of the word links to member 2 of synset 1a. */
function parseLink(item: string): WordLink {
  const target = partOf(item, ':', 1) ?? '0';
  return {
    senseIndex: parseInt(partOf(item, ':', 0) ?? '0', 36),
    synset: parseInt(partOf(target, '.', 0) ?? '0', 36),
    member: parseInt(partOf(target, '.', 1) ?? '0', 36),
  };
}

/** "1a:5": synset 1a, seen 5 times in the tagged corpus. */
function parseSense(item: string): Sense {
  return { synset: parseInt(partOf(item, ':', 0) ?? '0', 36), tags: parseInt(partOf(item, ':', 1) ?? '0', 36) };
}

function parseLinks(text: string): WordLink[] {
  return items(text, parseLink);
}

/**
 * The lines of one large ASCII text, reached by number without splitting it: splitting would allocate
 * hundreds of thousands of strings up front, most of which a run never looks at.
 */
class Lines {
  private loaded: { text: Buffer; starts: Uint32Array } | undefined;

  private linesRead = 0;

  /**
   * The whole section as one string, made once the section is read whole and many lines have been
   * asked for: a line is then a slice of it, which costs far less than decoding its bytes anew at every call.
   */
  private whole: string | undefined;

  /**
   * `onDemand`: each line read from the file when asked for, rather than the whole section at once,
   * until so many have been that the process is one that asks many questions: then the whole section.
   */
  constructor(
    private readonly data: LexiconData,
    private readonly name: LineSection,
    private onDemand = false,
  ) {}

  private get lines(): { text: Buffer; starts: Uint32Array } {
    return (this.loaded ??= { text: this.data.text(this.name), starts: this.data.starts(this.name) });
  }

  get length(): number {
    return this.onDemand ? this.data.lineCount(this.name) : this.lines.starts.length - 1;
  }

  get(index: number): string {
    if (index < 0 || index >= this.length) return '';
    if (this.onDemand) {
      if (++this.linesRead <= LINES_READ_ON_DEMAND) return this.data.line(this.name, index);
      this.onDemand = false;
    }
    const { text, starts } = this.lines;
    // A start reads a few lines: each is decoded alone, so that the section is not copied for them.
    if (this.whole === undefined && ++this.linesRead <= LINES_READ_ON_DEMAND) return text.toString('latin1', starts[index], starts[index + 1]! - 1);
    this.whole ??= text.toString('latin1');
    return this.whole.slice(starts[index], starts[index + 1]! - 1);
  }

  /** Orders line `index` against `word` as `<` orders strings, without copying the line out. */
  compare(index: number, word: string): number {
    const { text, starts } = this.lines;
    const start = starts[index]!;
    const length = starts[index + 1]! - 1 - start;
    const shared = Math.min(length, word.length);
    for (let at = 0; at < shared; at++) {
      const difference = text[start + at]! - word.charCodeAt(at);
      if (difference !== 0) return difference;
    }
    return length - word.length;
  }
}

class Lexicon {
  private readonly words: Lines;
  private readonly wordRecordLines: Lines;
  private readonly synsetLines: Lines;
  /** Read on first use, as few runs need all of them. */
  private readonly exceptionMaps: Partial<Record<Pos, Map<string, string[]>>> = {};
  private placeSet: ReadonlySet<string> | undefined;
  private peopleSet: ReadonlySet<number> | undefined;
  private readonly wordRecords = new Map<number, WordRecord>();
  private readonly synsetRecords = new Map<number, SynsetRecord>();
  /** Per word, the parts of speech it is a lemma in, as POS_BIT flags; 0 until first asked. */
  private readonly posMasks: Uint8Array;
  /**
   * Words already found in the word list: a word is looked up once per part of speech, for its
   * search term and for its senses, and a binary search of the 85,000 words costs more than a map.
   */
  private readonly wordIds = new Map<string, number>();

  constructor(private readonly data: LexiconData) {
    this.words = new Lines(data, 'words');
    // A start on a known article looks at a few hundred words' records and synsets, of some 85,000 and 94,000.
    this.wordRecordLines = new Lines(data, 'wordRecords', true);
    this.synsetLines = new Lines(data, 'synsets', true);
    this.posMasks = new Uint8Array(this.words.length);
  }

  static empty(): Lexicon {
    const noRange: [number, number] = [0, 0];
    const noText = Buffer.alloc(0);
    const noLines = () => Uint32Array.of(1);
    return new Lexicon({
      posRanges: { n: noRange, v: noRange, a: noRange, r: noRange },
      text: () => noText,
      starts: noLines,
      line: () => '',
      lineCount: () => 0,
    });
  }

  get places(): ReadonlySet<string> {
    this.placeSet ??= new Set(this.data.text('places').toString('latin1').split('\n').filter(Boolean));
    return this.placeSet;
  }

  /** Synsets that are kinds of person. */
  get people(): ReadonlySet<number> {
    this.peopleSet ??= new Set(base36List(this.data.text('people').toString('latin1')));
    return this.peopleSet;
  }

  private exceptions(pos: Pos): Map<string, string[]> {
    let map = this.exceptionMaps[pos];
    if (!map) {
      map = new Map();
      for (const line of this.data.text(`exceptions.${pos}`).toString('latin1').split('\n')) {
        const [inflected, ...bases] = line.split(' ');
        if (inflected && bases.length > 0) map.set(inflected, bases);
      }
      this.exceptionMaps[pos] = map;
    }
    return map;
  }

  /** Index of a lemma in the sorted word list, or -1. */
  wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.searchWord(word);
      if (this.wordIds.size < WORD_ID_CACHE_LIMIT) this.wordIds.set(word, id);
    }
    return id;
  }

  private searchWord(word: string): number {
    let low = 0;
    let high = this.words.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.words.compare(middle, word);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  word(id: number): string {
    return this.words.get(id);
  }

  wordRecord(id: number): WordRecord {
    let record = this.wordRecords.get(id);
    if (!record) {
      const line = this.wordRecordLines.get(id);
      record = {
        senses: items(partOf(line, '|', 0) ?? '', parseSense),
        derived: parseLinks(partOf(line, '|', 1) ?? ''),
        similar: parseLinks(partOf(line, '|', 2) ?? ''),
      };
      this.wordRecords.set(id, record);
    }
    return record;
  }

  synset(id: number): SynsetRecord {
    let record = this.synsetRecords.get(id);
    if (!record) {
      const line = this.synsetLines.get(id);
      record = {
        members: base36List(partOf(line, '|', 0) ?? ''),
        hypernyms: base36List(partOf(line, '|', 1) ?? ''),
        hyponyms: base36List(partOf(line, '|', 2) ?? ''),
        similar: base36List(partOf(line, '|', 3) ?? ''),
      };
      this.synsetRecords.set(id, record);
    }
    return record;
  }

  /** The search term stored with a lemma (see scripts/build-lexicon.ts): undefined for none, null when not stored. */
  storedTerm(word: string): string | undefined | null {
    const id = this.wordId(word);
    if (id < 0) return null;
    const field = partOf(this.wordRecordLines.get(id), '|', 3);
    if (field === undefined) return null;
    if (field === '') return undefined;
    return word.slice(0, parseInt(field[0]!, 36)) + field.slice(1);
  }

  posOf(synset: number): Pos | undefined {
    // A plain loop: this is asked of every sense of every word looked up.
    const ranges = this.data.posRanges;
    for (let i = 0; i < POS_ORDER.length; i++) {
      const pos = POS_ORDER[i]!;
      const range = ranges[pos];
      if (synset >= range[0] && synset < range[1]) return pos;
    }
    return undefined;
  }

  /** Senses of a lemma in one part of speech, most frequent first, with their index among all its senses. */
  sensesIn(word: string, pos: Pos): { sense: Sense; senseIndex: number; wordId: number }[] {
    const wordId = this.wordId(word);
    if (wordId < 0) return [];
    const found: { sense: Sense; senseIndex: number; wordId: number }[] = [];
    const { senses } = this.wordRecord(wordId);
    for (let senseIndex = 0; senseIndex < senses.length; senseIndex++) {
      const sense = senses[senseIndex]!;
      if (this.posOf(sense.synset) === pos) found.push({ sense, senseIndex, wordId });
    }
    return found;
  }

  isLemmaIn(word: string, pos: Pos): boolean {
    const wordId = this.wordId(word);
    if (wordId < 0) return false;
    let mask = this.posMasks[wordId]!;
    if (mask === 0) {
      mask = POS_MASK_KNOWN;
      // Only the senses are read here: most words are checked for lemma-hood, few are looked into.
      const line = this.wordRecordLines.get(wordId);
      for (const sense of line.slice(0, line.indexOf('|')).split(',')) {
        mask |= POS_BIT[this.posOf(parseInt(sense, 36)) ?? 'n'];
      }
      this.posMasks[wordId] = mask;
    }
    return (mask & POS_BIT[pos]) !== 0;
  }

  /** WordNet's morphy for one part of speech: the lemmas `word` can be an inflection of, itself included. */
  morphy(word: string, pos: Pos): string[] {
    // Loops rather than array helpers and closures: every new word of a question or an article comes through here four times.
    const lemmas: string[] = [];
    this.addIfLemma(lemmas, word, pos);
    const exceptional = this.exceptions(pos).get(word);
    if (exceptional) for (const base of exceptional) this.addIfLemma(lemmas, base, pos);
    else {
      for (const [suffix, replacement] of DETACHMENT_RULES[pos]) {
        if (word.length > suffix.length && word.endsWith(suffix) && (suffix !== 'es' || replacement !== '' || SIBILANT_STEM.test(word.slice(0, -2)))) this.addIfLemma(lemmas, word.slice(0, -suffix.length) + replacement, pos);
      }
    }
    return lemmas;
  }

  private addIfLemma(lemmas: string[], candidate: string, pos: Pos): void {
    if (!lemmas.includes(candidate) && this.isLemmaIn(candidate, pos)) lemmas.push(candidate);
  }
}

let lexicon: Lexicon | undefined;

const WORD_FACT_LIMIT = 200_000;
let wordFactsAdded = false;
/**
 * The answers of the yes-or-no questions below, by a letter for the question and the word as given:
 * indexing an article asks them of most of its words. Started with those earlier runs of the
 * compiled code asked (src/core/article-cache.ts), so that a start on a known article may not need
 * to read the lexicon at all.
 */
const wordFacts = cachedWordFacts(
  () => wordFacts,
  () => wordFactsAdded,
);

function remembered(question: string, word: string, answer: (word: string) => boolean): boolean {
  if (typeof word !== 'string') return answer(word);
  const key = `${question}:${word}`;
  let known = wordFacts.get(key);
  if (known === undefined) {
    known = answer(word);
    if (wordFacts.size < WORD_FACT_LIMIT) {
      wordFacts.set(key, known);
      wordFactsAdded = true;
    }
  }
  return known;
}

function getLexicon(): Lexicon {
  if (!lexicon) {
    try {
      const fd = openSync(DATA_FILE, 'r');
      try {
        lexicon = new Lexicon(new LexiconFile(fd));
      } catch (error) {
        closeSync(fd);
        throw error;
      }
    } catch (error) {
      // Search still works without word knowledge, only less forgiving: warn once instead of failing.
      console.warn(`lexicon unavailable (${error instanceof Error ? error.message : String(error)}); paraphrases will not match`);
      lexicon = Lexicon.empty();
    }
  }
  return lexicon;
}

function normalise(word: unknown): string {
  return typeof word === 'string' ? word.trim().toLowerCase().replace(/’/g, "'") : '';
}

const baseFormCache = new Map<string, readonly string[]>();

/**
 * Base forms of a word (WordNet's morphy: exception lists such as children -> child, went -> go,
 * mice -> mouse, then the suffix rules), lowercase, the word itself first when it is a lemma.
 * A possessive gives its owner's base forms ("nation's" -> nation). Curly apostrophes count as
 * straight ones. Words WordNet does not know come back as themselves, lowercased; empty input gives [].
 */
export function baseForms(word: string): readonly string[] {
  const normalised = normalise(word);
  if (normalised === '') return [];
  if (normalised.length > MAX_WORD_LENGTH) return [normalised];
  const cached = baseFormCache.get(normalised);
  if (cached) return cached;
  const forms = [...new Set(lemmaForms(normalised).map(({ lemma }) => lemma))].sort(
    (a, b) => Number(b === normalised) - Number(a === normalised),
  );
  const result = Object.freeze(forms.length > 0 ? forms : [normalised]);
  if (baseFormCache.size < BASE_FORM_CACHE_LIMIT) baseFormCache.set(normalised, result);
  return result;
}

/**
 * A lemma seen in WordNet's tagged corpus at least this many times as often as the other lemma it
 * could be a form of is read as itself: "number" is the noun far more often than "numb" compared,
 * "offer" than "off", "ground" than the past of "grind"; "left", "found", "lay" stay forms of
 * leave, find, lie.
 */
const OWN_READING_RATIO = 10;

/**
 * Whether `word`, a lemma that is also a form of the lemma `other`, is so much more often itself
 * that a search term should be its own: see OWN_READING_RATIO.
 */
export function readsAsItself(word: string, other: string): boolean {
  const normalised = normalise(word);
  const lexicon = getLexicon();
  let own = 0;
  let asForm = 0;
  for (const pos of POS_ORDER) for (const { sense } of lexicon.sensesIn(normalised, pos)) own += sense.tags;
  for (const form of lemmaForms(normalised)) {
    if (form.lemma === other) for (const { sense } of lexicon.sensesIn(other, form.pos)) asForm += sense.tags;
  }
  return own > 0 && own >= OWN_READING_RATIO * asForm;
}

/**
 * The search term stored with a lemma ("announcement" -> "announc"), undefined when it has none, null
 * when `word` is no lemma or the lexicon stores no terms: `lemmaTermOf` in terms.ts reads it.
 */
export function storedLemmaTerm(word: string): string | undefined | null {
  return typeof word === 'string' && word.length <= MAX_WORD_LENGTH ? getLexicon().storedTerm(word) : null;
}

/** WordNet lists the word itself, as written: "reopen" is one, "rewhat" and "reopened" are not. */
export function isLemma(word: string): boolean {
  const normalised = normalise(word);
  return normalised !== '' && normalised.length <= MAX_WORD_LENGTH && getLexicon().wordId(normalised) >= 0;
}

/** WordNet knows the word, in any inflection: "Carter" is a word (one who drives a cart), "Okafor" is not. */
export function isDictionaryWord(word: string): boolean {
  return remembered('d', word, isDictionaryWordUncached);
}

function isDictionaryWordUncached(word: string): boolean {
  const normalised = normalise(word);
  return normalised !== '' && normalised.length <= MAX_WORD_LENGTH && lemmaForms(normalised).length > 0;
}

/** "leader", "sweeper", "quarterbacks", "servicemen": a noun whose usual sense is a kind of person. */
export function isPersonNoun(word: string): boolean {
  return remembered('p', word, isPersonNounUncached);
}

function isPersonNounUncached(word: string): boolean {
  const lexicon = getLexicon();
  // The form that is an inflection first: "leaders" is a plural before it is a lemma of its own.
  const forms = lemmaForms(normalise(word)).filter((form) => form.pos === 'n');
  const ordered = [...forms.filter((form) => form.lemma !== normalise(word)), ...forms.filter((form) => form.lemma === normalise(word))];
  const first = ordered.map((form) => lexicon.sensesIn(form.lemma, 'n')[0]?.sense.synset).find((synset) => synset !== undefined);
  return first !== undefined && lexicon.people.has(first);
}

/** "dad", "mom": a noun with one sense in WordNet, in all its forms, and no other part of speech. */
export function isNounOfOneSense(word: string): boolean {
  return remembered('1', word, (w) => {
    const normalised = normalise(w);
    if (normalised === '' || normalised.length > MAX_WORD_LENGTH) return false;
    const forms = lemmaForms(normalised);
    return forms.length > 0 && forms.every((form) => form.pos === 'n') && rankedSenses(getLexicon(), normalised).length === 1;
  });
}

/** "authorities", "shift": the word is a noun and nothing else, in any of its forms. */
export function isOnlyNoun(word: string): boolean {
  return remembered('o', word, isOnlyNounUncached);
}

function isOnlyNounUncached(word: string): boolean {
  const forms = lemmaForms(normalise(word));
  return forms.length > 0 && forms.every((form) => form.pos === 'n');
}

/** "Italy", "Rome", "Niger", "U.S.": a name whose usual meaning is a place (WordNet's named places). */
export function isPlaceName(name: string): boolean {
  return remembered('l', name, isPlaceNameUncached);
}

function isPlaceNameUncached(name: string): boolean {
  // WordNet writes names without accents: "Rhône" is its "Rhone".
  return getLexicon().places.has(normalise(name).normalize('NFD').replace(/[\u0300-\u036f.]/g, ''));
}

/**
 * "lost", "fled", "took": an inflected form of a verb that is not a plural, so in a question it ends
 * the noun phrase before it ("how many customers lost power").
 */
export function isInflectedVerb(word: string): boolean {
  const normalised = normalise(word);
  if (normalised === '' || normalised.length > MAX_WORD_LENGTH || normalised.endsWith('s')) return false;
  return lemmaForms(normalised).some((f) => f.pos === 'v' && f.lemma !== normalised);
}

interface LemmaForm {
  lemma: string;
  pos: Pos;
}
/** Every word of a question or an article is looked up several times: as itself, for its term, for its relatives. */
const lemmaFormCache = new Map<string, readonly LemmaForm[]>();

/** Every (lemma, part of speech) a normalised word can be a form of; a possessive counts as its owner. */
function lemmaForms(word: string): readonly LemmaForm[] {
  let forms = lemmaFormCache.get(word);
  if (forms) return forms;
  const lexicon = getLexicon();
  forms = POS_ORDER.flatMap((pos) => lexicon.morphy(word, pos).map((lemma) => ({ lemma, pos })));
  if (forms.length === 0 && POSSESSIVE.test(word)) {
    const owner = word.replace(POSSESSIVE, '');
    forms = owner === '' ? [] : lemmaForms(owner);
  }
  if (lemmaFormCache.size < BASE_FORM_CACHE_LIMIT) lemmaFormCache.set(word, forms);
  return forms;
}

interface RankedSense {
  synset: number;
  tags: number;
  /** Position among the lemma's senses in this part of speech: WordNet's order when tags tie. */
  rank: number;
  lemma: number;
  senseIndex: number;
}

const paraphraseCache = new Map<string, readonly string[]>();

/**
 * The other words of `word`'s newsroom paraphrase groups ("death" -> kill, die, dead...), as lemmas.
 * Cheap, and close enough in meaning to be tried even when the article uses the word itself.
 */
export function newsParaphrases(word: string): readonly string[] {
  const normalised = normalise(word);
  if (normalised === '' || normalised.length > MAX_WORD_LENGTH) return [];
  let paraphrases = paraphraseCache.get(normalised);
  if (!paraphrases) {
    const forms = baseForms(normalised);
    const others: string[] = [];
    for (const group of NEWS_PARAPHRASE_GROUPS) {
      if (!forms.some((form) => group.includes(form))) continue;
      for (const other of group) if (!forms.includes(other)) others.push(other);
    }
    paraphrases = others;
    if (paraphraseCache.size < BASE_FORM_CACHE_LIMIT) paraphraseCache.set(normalised, paraphrases);
  }
  return paraphrases;
}

/**
 * Words related to `word` (any inflection accepted), closest first, without duplicates and without
 * the word's own base forms. The word's main senses are those most often seen in WordNet's tagged
 * corpus; the order is:
 * 1. synonyms of the main senses (kids -> child);
 * 2. the few news paraphrases WordNet lacks (NEWS_PARAPHRASE_GROUPS: militant -> fighter);
 * 3. derived words (announce -> announcement) and similar words (adjective clusters, verb groups,
 *    "see also", verb cause/entailment such as kill -> die) of the main senses;
 * 4. the word's own derived words in its other senses;
 * 5. one level of hypernyms (citizen -> national) and hyponyms (money -> fund) of the main senses;
 * 6. synonyms, then derived/similar words, then hypernyms/hyponyms of the other senses.
 * Words are lemmas; multi-word collocations are never returned. Unknown words give [].
 */
export function relatedWords(word: string, limit: number = DEFAULT_RELATED_LIMIT): readonly RelatedWord[] {
  const normalised = normalise(word);
  const wanted = typeof limit === 'number' && !Number.isNaN(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_RELATED_LIMIT;
  if (normalised === '' || normalised.length > MAX_WORD_LENGTH || wanted === 0) return [];

  const lexicon = getLexicon();
  const forms = baseForms(normalised);
  const senses = rankedSenses(lexicon, normalised);
  const mostTags = senses[0]?.tags ?? 0;
  // Loops rather than closures here and in the collector: every new word of a question comes through here.
  const main: RankedSense[] = [];
  const minor: RankedSense[] = [];
  for (let order = 0; order < senses.length; order++) {
    const sense = senses[order]!;
    (isMainSense(sense, order, mostTags) ? main : minor).push(sense);
  }
  const collector = new RelatedCollector(lexicon, new Set([normalised, ...forms]), wanted);
  // The word's own forms in its paraphrase groups are left out here, as the collector would leave them out.
  collector.collect(main, minor, newsParaphrases(normalised));
  return collector.results;
}

function isMainSense(sense: RankedSense, order: number, mostTags: number): boolean {
  return order < MAX_MAIN_SENSES && (mostTags === 0 ? sense.rank === 0 : sense.tags >= mostTags * MAIN_SENSE_SHARE);
}

function rankedSenses(lexicon: Lexicon, word: string): RankedSense[] {
  const senses: RankedSense[] = [];
  const seenSynsets = new Set<number>();
  for (const { lemma, pos } of lemmaForms(word)) {
    const found = lexicon.sensesIn(lemma, pos);
    for (let rank = 0; rank < found.length; rank++) {
      const { sense, senseIndex, wordId } = found[rank]!;
      if (seenSynsets.has(sense.synset)) continue;
      seenSynsets.add(sense.synset);
      senses.push({ synset: sense.synset, tags: sense.tags, rank, lemma: wordId, senseIndex });
    }
  }
  // Stable sort: equal senses keep the lemma order (the word itself before its other base forms).
  return senses.sort((a, b) => b.tags - a.tags || a.rank - b.rank);
}

/** Gathers related words in the order they are offered; every `add…` says whether the limit is reached. */
class RelatedCollector {
  readonly results: RelatedWord[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly excluded: ReadonlySet<string>,
    private readonly wanted: number,
  ) {}

  add(word: string, relation: Relation): boolean {
    // A phrasal verb ("take_back") is looked up, never offered: no article writes it with an underscore.
    if (word !== '' && !word.includes('_') && !this.excluded.has(word) && !this.seen.has(word)) {
      this.seen.add(word);
      this.results.push({ word, relation });
    }
    return this.results.length >= this.wanted;
  }

  /** The order of `relatedWords`, step by step, until the limit is reached. */
  collect(main: readonly RankedSense[], minor: readonly RankedSense[], paraphrases: readonly string[]): void {
    if (this.addSynsetsOf(main)) return;
    for (const paraphrase of paraphrases) if (this.add(paraphrase, 'similar')) return;
    if (this.addNeighboursOf(main)) return;
    for (const sense of minor) if (this.addOwnLinks(sense, 'derived')) return;
    if (this.addTaxonomyOf(main) || this.addSynsetsOf(minor) || this.addNeighboursOf(minor)) return;
    this.addTaxonomyOf(minor);
  }

  private addSynsetsOf(senses: readonly RankedSense[]): boolean {
    for (const sense of senses) if (this.addSynset(sense.synset, 'synonym')) return true;
    return false;
  }

  private addNeighboursOf(senses: readonly RankedSense[]): boolean {
    for (const sense of senses) if (this.addNeighbours(sense)) return true;
    return false;
  }

  private addTaxonomyOf(senses: readonly RankedSense[]): boolean {
    for (const sense of senses) if (this.addTaxonomy(sense)) return true;
    return false;
  }

  addSynset(synset: number, relation: Relation): boolean {
    const { members } = this.lexicon.synset(synset);
    for (let m = 0; m < members.length; m++) if (this.add(this.lexicon.word(members[m]!), relation)) return true;
    return false;
  }

  /** Words that the looked-up word itself, in this sense, links to. */
  addOwnLinks(sense: RankedSense, kind: 'derived' | 'similar'): boolean {
    const links = this.lexicon.wordRecord(sense.lemma)[kind];
    for (let l = 0; l < links.length; l++) {
      const link = links[l]!;
      if (link.senseIndex !== sense.senseIndex) continue;
      const member = this.lexicon.synset(link.synset).members[link.member];
      if (member !== undefined && this.add(this.lexicon.word(member), kind)) return true;
    }
    return false;
  }

  /** Derived and similar words of one sense: the word's own links first, then those of its synonyms. */
  addNeighbours(sense: RankedSense): boolean {
    if (this.addOwnLinks(sense, 'derived') || this.addOwnLinks(sense, 'similar')) return true;
    const { members, similar } = this.lexicon.synset(sense.synset);
    for (let s = 0; s < similar.length; s++) if (this.addSynset(similar[s]!, 'similar')) return true;
    for (let m = 0; m < members.length; m++) {
      const record = this.lexicon.wordRecord(members[m]!);
      let senseIndex = -1;
      for (let i = 0; i < record.senses.length && senseIndex < 0; i++) if (record.senses[i]!.synset === sense.synset) senseIndex = i;
      if (this.addSynsetsLinked(record.derived, senseIndex, 'derived') || this.addSynsetsLinked(record.similar, senseIndex, 'similar')) return true;
    }
    return false;
  }

  /** The synsets one sense of a synonym links to, whole. */
  private addSynsetsLinked(links: readonly WordLink[], senseIndex: number, kind: 'derived' | 'similar'): boolean {
    for (let l = 0; l < links.length; l++) if (links[l]!.senseIndex === senseIndex && this.addSynset(links[l]!.synset, kind)) return true;
    return false;
  }

  addTaxonomy(sense: RankedSense): boolean {
    const { hypernyms, hyponyms } = this.lexicon.synset(sense.synset);
    for (let h = 0; h < hypernyms.length; h++) if (this.addSynset(hypernyms[h]!, 'hypernym')) return true;
    const followed = Math.min(hyponyms.length, MAX_HYPONYM_SYNSETS_PER_SENSE);
    for (let h = 0; h < followed; h++) if (this.addSynset(hyponyms[h]!, 'hyponym')) return true;
    return false;
  }
}
