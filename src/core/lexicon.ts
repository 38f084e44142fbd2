/**
 * Word knowledge from WordNet, so that a reader's paraphrase can meet the article's wording:
 * "kids" reaches "child", "jailed" reaches "imprison", "announcement" reaches "announce".
 *
 * Everything is synchronous and in memory. The data is lexicon-data.json beside this file, built by
 * scripts/build-lexicon.ts; it is read on the first call and decoded word by word as words are asked for.
 * Only single-word lemmas are known (hyphenated words count as one word): multi-word collocations
 * such as "pass away" are never returned.
 *
 * Results are lemmas (base forms), lowercase. To compare them with running text, put the text's words
 * through `baseForms` too.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

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
/** "nation's", "nations'": tried without the ending when the whole word is no lemma ("men's" is one). */
const POSSESSIVE = /'s?$/;
const DATA_FILE = new URL('./lexicon-data.json', import.meta.url);

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
];

type Pos = 'n' | 'v' | 'a' | 'r';
const POS_ORDER: readonly Pos[] = ['n', 'v', 'a', 'r'];
const POS_BIT: Record<Pos, number> = { n: 1, v: 2, a: 4, r: 8 };
const POS_MASK_KNOWN = 16;

/** WordNet's morphy detachment rules: inflectional suffix -> what replaces it, tried in this order. */
const DETACHMENT_RULES: Record<Pos, readonly (readonly [string, string])[]> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

const idRange = z.tuple([z.number().int(), z.number().int()]);
const lexiconDataSchema = z.object({
  format: z.literal(1),
  posRanges: z.object({ n: idRange, v: idRange, a: idRange, r: idRange }),
  words: z.string(),
  wordRecords: z.string(),
  synsets: z.string(),
  exceptions: z.object({ n: z.string(), v: z.string(), a: z.string(), r: z.string() }),
  people: z.string(),
  places: z.string(),
});
type LexiconData = z.infer<typeof lexiconDataSchema>;

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

const base36List = (text: string): number[] => (text === '' ? [] : text.split(',').map((item) => parseInt(item, 36)));

function parseLinks(text: string): WordLink[] {
  if (text === '') return [];
  return text.split(',').map((item) => {
    const [senseIndex = '0', target = '0'] = item.split(':');
    const [synset = '0', member = '0'] = target.split('.');
    return { senseIndex: parseInt(senseIndex, 36), synset: parseInt(synset, 36), member: parseInt(member, 36) };
  });
}

/**
 * The lines of one large string, reached by number without splitting it: splitting would allocate
 * hundreds of thousands of strings up front, most of which a run never looks at.
 */
class Lines {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let count = text === '' ? 0 : 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    this.starts = new Uint32Array(count + 1);
    let line = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts[line++] = at + 1;
    this.starts[count] = text.length + 1;
  }

  get length(): number {
    return this.starts.length - 1;
  }

  get(index: number): string {
    if (index < 0 || index >= this.length) return '';
    return this.text.slice(this.starts[index], this.starts[index + 1]! - 1);
  }

  /** Orders line `index` against `word` as `<` orders strings, without copying the line out. */
  compare(index: number, word: string): number {
    const start = this.starts[index]!;
    const length = this.starts[index + 1]! - 1 - start;
    const shared = Math.min(length, word.length);
    for (let at = 0; at < shared; at++) {
      const difference = this.text.charCodeAt(start + at) - word.charCodeAt(at);
      if (difference !== 0) return difference;
    }
    return length - word.length;
  }
}

class Lexicon {
  private readonly words: Lines;
  private readonly wordRecordLines: Lines;
  private readonly synsetLines: Lines;
  private readonly exceptions: Record<Pos, Map<string, string[]>>;
  readonly places: ReadonlySet<string>;
  /** Synsets that are kinds of person. */
  readonly people: ReadonlySet<number>;
  private readonly wordRecords = new Map<number, WordRecord>();
  private readonly synsetRecords = new Map<number, SynsetRecord>();
  /** Per word, the parts of speech it is a lemma in, as POS_BIT flags; 0 until first asked. */
  private readonly posMasks: Uint8Array;

  constructor(private readonly data: LexiconData) {
    this.words = new Lines(data.words);
    this.wordRecordLines = new Lines(data.wordRecords);
    this.synsetLines = new Lines(data.synsets);
    this.posMasks = new Uint8Array(this.words.length);
    this.exceptions = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
    this.places = new Set(data.places.split('\n').filter(Boolean));
    this.people = new Set(base36List(data.people));
    for (const pos of POS_ORDER) {
      for (const line of data.exceptions[pos].split('\n')) {
        const [inflected, ...bases] = line.split(' ');
        if (inflected && bases.length > 0) this.exceptions[pos].set(inflected, bases);
      }
    }
  }

  static empty(): Lexicon {
    const noRange: [number, number] = [0, 0];
    return new Lexicon({
      format: 1,
      posRanges: { n: noRange, v: noRange, a: noRange, r: noRange },
      words: '',
      wordRecords: '',
      synsets: '',
      exceptions: { n: '', v: '', a: '', r: '' },
      people: '',
      places: '',
    });
  }

  /** Index of a lemma in the sorted word list, or -1. */
  wordId(word: string): number {
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
      const [senses = '', derived = '', similar = ''] = this.wordRecordLines.get(id).split('|');
      record = {
        senses: senses === '' ? [] : senses.split(',').map((item) => {
          const [synset = '0', tags = '0'] = item.split(':');
          return { synset: parseInt(synset, 36), tags: parseInt(tags, 36) };
        }),
        derived: parseLinks(derived),
        similar: parseLinks(similar),
      };
      this.wordRecords.set(id, record);
    }
    return record;
  }

  synset(id: number): SynsetRecord {
    let record = this.synsetRecords.get(id);
    if (!record) {
      const [members = '', hypernyms = '', hyponyms = '', similar = ''] = this.synsetLines.get(id).split('|');
      record = {
        members: base36List(members),
        hypernyms: base36List(hypernyms),
        hyponyms: base36List(hyponyms),
        similar: base36List(similar),
      };
      this.synsetRecords.set(id, record);
    }
    return record;
  }

  posOf(synset: number): Pos | undefined {
    return POS_ORDER.find((pos) => {
      const [start, end] = this.data.posRanges[pos];
      return synset >= start && synset < end;
    });
  }

  /** Senses of a lemma in one part of speech, most frequent first, with their index among all its senses. */
  sensesIn(word: string, pos: Pos): { sense: Sense; senseIndex: number; wordId: number }[] {
    const wordId = this.wordId(word);
    if (wordId < 0) return [];
    return this.wordRecord(wordId)
      .senses.map((sense, senseIndex) => ({ sense, senseIndex, wordId }))
      .filter(({ sense }) => this.posOf(sense.synset) === pos);
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
    const exceptional = this.exceptions[pos].get(word);
    const candidates = exceptional
      ? [word, ...exceptional]
      : [
          word,
          ...DETACHMENT_RULES[pos].flatMap(([suffix, replacement]) =>
            word.endsWith(suffix) && word.length > suffix.length ? [word.slice(0, -suffix.length) + replacement] : [],
          ),
        ];
    return [...new Set(candidates)].filter((candidate) => this.isLemmaIn(candidate, pos));
  }
}

let lexicon: Lexicon | undefined;

function getLexicon(): Lexicon {
  if (!lexicon) {
    try {
      lexicon = new Lexicon(lexiconDataSchema.parse(JSON.parse(readFileSync(DATA_FILE, 'utf8'))));
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

/** WordNet knows the word, in any inflection: "Carter" is a word (one who drives a cart), "Okafor" is not. */
export function isDictionaryWord(word: string): boolean {
  const normalised = normalise(word);
  return normalised !== '' && normalised.length <= MAX_WORD_LENGTH && lemmaForms(normalised).length > 0;
}

/** "leader", "sweeper", "quarterbacks", "servicemen": a noun whose usual sense is a kind of person. */
export function isPersonNoun(word: string): boolean {
  const lexicon = getLexicon();
  // The form that is an inflection first: "leaders" is a plural before it is a lemma of its own.
  const forms = lemmaForms(normalise(word)).filter((form) => form.pos === 'n');
  const ordered = [...forms.filter((form) => form.lemma !== normalise(word)), ...forms.filter((form) => form.lemma === normalise(word))];
  const first = ordered.map((form) => lexicon.sensesIn(form.lemma, 'n')[0]?.sense.synset).find((synset) => synset !== undefined);
  return first !== undefined && lexicon.people.has(first);
}

/** "authorities", "shift": the word is a noun and nothing else, in any of its forms. */
export function isOnlyNoun(word: string): boolean {
  const forms = lemmaForms(normalise(word));
  return forms.length > 0 && forms.every((form) => form.pos === 'n');
}

/** "Italy", "Rome", "Niger", "U.S.": a name whose usual meaning is a place (WordNet's named places). */
export function isPlaceName(name: string): boolean {
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
    paraphrases = NEWS_PARAPHRASE_GROUPS.filter((group) => forms.some((form) => group.includes(form)))
      .flat()
      .filter((other) => !forms.includes(other));
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
  const isMain = (sense: RankedSense, order: number) =>
    order < MAX_MAIN_SENSES && (mostTags === 0 ? sense.rank === 0 : sense.tags >= mostTags * MAIN_SENSE_SHARE);
  const main = senses.filter(isMain);
  const minor = senses.filter((sense, order) => !isMain(sense, order));
  const paraphrases = NEWS_PARAPHRASE_GROUPS.filter((group) => forms.some((form) => group.includes(form))).flat();

  const collector = new RelatedCollector(lexicon, new Set([normalised, ...forms]), wanted);
  const steps: (() => boolean)[] = [
    () => main.some((sense) => collector.addSynset(sense.synset, 'synonym')),
    () => paraphrases.some((paraphrase) => collector.add(paraphrase, 'similar')),
    () => main.some((sense) => collector.addNeighbours(sense)),
    () => minor.some((sense) => collector.addOwnLinks(sense, 'derived')),
    () => main.some((sense) => collector.addTaxonomy(sense)),
    () => minor.some((sense) => collector.addSynset(sense.synset, 'synonym')),
    () => minor.some((sense) => collector.addNeighbours(sense)),
    () => minor.some((sense) => collector.addTaxonomy(sense)),
  ];
  steps.some((step) => step());
  return collector.results;
}

function rankedSenses(lexicon: Lexicon, word: string): RankedSense[] {
  const senses: RankedSense[] = [];
  const seenSynsets = new Set<number>();
  for (const { lemma, pos } of lemmaForms(word)) {
    lexicon.sensesIn(lemma, pos).forEach(({ sense, senseIndex, wordId }, rank) => {
      if (seenSynsets.has(sense.synset)) return;
      seenSynsets.add(sense.synset);
      senses.push({ synset: sense.synset, tags: sense.tags, rank, lemma: wordId, senseIndex });
    });
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

  addSynset(synset: number, relation: Relation): boolean {
    return this.lexicon.synset(synset).members.some((member) => this.add(this.lexicon.word(member), relation));
  }

  /** Words that the looked-up word itself, in this sense, links to. */
  addOwnLinks(sense: RankedSense, kind: 'derived' | 'similar'): boolean {
    return this.lexicon.wordRecord(sense.lemma)[kind].some((link) => {
      if (link.senseIndex !== sense.senseIndex) return false;
      const member = this.lexicon.synset(link.synset).members[link.member];
      return member !== undefined && this.add(this.lexicon.word(member), kind);
    });
  }

  /** Derived and similar words of one sense: the word's own links first, then those of its synonyms. */
  addNeighbours(sense: RankedSense): boolean {
    if (this.addOwnLinks(sense, 'derived') || this.addOwnLinks(sense, 'similar')) return true;
    const { members, similar } = this.lexicon.synset(sense.synset);
    if (similar.some((synset) => this.addSynset(synset, 'similar'))) return true;
    return members.some((member) => {
      const record = this.lexicon.wordRecord(member);
      const senseIndex = record.senses.findIndex((candidate) => candidate.synset === sense.synset);
      return (['derived', 'similar'] as const).some((kind) =>
        record[kind].some((link) => link.senseIndex === senseIndex && this.addSynset(link.synset, kind)),
      );
    });
  }

  addTaxonomy(sense: RankedSense): boolean {
    const { hypernyms, hyponyms } = this.lexicon.synset(sense.synset);
    return (
      hypernyms.some((synset) => this.addSynset(synset, 'hypernym')) ||
      hyponyms.slice(0, MAX_HYPONYM_SYNSETS_PER_SENSE).some((synset) => this.addSynset(synset, 'hyponym'))
    );
  }
}
