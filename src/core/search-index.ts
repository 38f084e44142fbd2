/**
 * The per-article index: BM25 statistics over sentences and over paragraphs, plus what the ranker
 * needs to know about each sentence (its terms in order, names, kinds of figure, speaker).
 *
 * Statistics are kept per article on purpose: a word that is everywhere in one article tells
 * nothing within it, however rare it is elsewhere.
 */
import { aliasTerms } from './aliases.ts';
import { baseForms, isDictionaryWord, isOnlyNoun, isPersonNoun, isPlaceName } from './lexicon.ts';
import { LOCATIVE_WORDS, sentenceTokens, termOf, tokenize, type Token } from './terms.ts';
import type { Article, Figure, FigureKind, Sentence } from './types.ts';
import { plainLetters, startsWithCapital } from './characters.ts';
import { DAY_NAMES, isMeasureOf, MONTH_NAMES } from './figures.ts';
import { speakersNamedIn } from './speakers.ts';

/** BM25 saturation and length normalisation (the usual defaults). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export interface SentenceFacts {
  /** Content terms in reading order, then alias terms. */
  terms: string[];
  /** How many of `terms` are the sentence's own words (the rest are alias terms). */
  wordTerms: number;
  /** The article's number for each of `terms` (`ArticleIndex.termId`), for lookups by number rather than by string. */
  termIds: Int32Array;
  /**
   * Terms of capitalised words past the sentence's first word, and of a first word the article writes
   * as a name: the names it mentions. Months and weekdays are not among them.
   */
  names: readonly string[];
  /**
   * Those of its names that are places: known place names ("Italy"), names written after "in", "at",
   * "from"... ("in the Royal Palace", "in Niger, Mali and Burkina Faso"), and the dateline.
   */
  places: readonly string[];
  /** Uses a personal pronoun ("he", "their"), so it may be about someone named just before. */
  refersBack: boolean;
  /** Speaks of "the group", "the company", "the $210 million project": the term of that noun, for something the article named before. */
  describedAs: string | undefined;
  figureKinds: ReadonlySet<FigureKind>;
  /**
   * Tells "how long" of a time: a duration, a time before or after ("five weeks earlier"), or a span
   * given by its ends ("since 2011", "from 1990 to 1995").
   */
  tellsHowLong: boolean;
  /** Gives a length ("a 42-kilometre loop"), which some "how long" questions ask. */
  givesLength: boolean;
  /** 0-based index of its paragraph. */
  paragraph: number;
}

/** The heading of the section the sentence opens, if it is the first under one. */
function opensSection(article: Article, sentence: Sentence): string | undefined {
  const paragraph = article.paragraphs[sentence.paragraph - 1];
  if (!paragraph?.section || sentence.start !== paragraph.start) return undefined;
  return article.paragraphs[sentence.paragraph - 2]?.section === paragraph.section ? undefined : paragraph.section;
}

const NO_KINDS: ReadonlySet<FigureKind> = new Set();
const NO_NAMES: readonly string[] = [];
const NO_FIGURES: readonly Figure[] = [];
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'they', 'their', 'them']);
/** "The 24-year-old pulled away...": a sentence speaking of someone named before by their age, as "she" would. */
export const AGED_OPENING = /^(?:The|the)\s+\d{1,3}-year-old\b/;
/** "the terror group", "the company", "the bloc": a name written again as what it is. */
const DESCRIBED_AGAIN = /\b(?:the|its|this)\s+(?:[$€£]?\d[\d.,]*(?:\s+(?:million|billion))?(?:-[a-z]+)?\s+)?(?:(?:terror|terrorist|militant|extremist|jihadist|rebel|armed|insurgent|parent|rival|home|visiting|new)\s+)?(project|plant|farm|facility|factory|stadium|bridge|library|development|group|organi[sz]ation|company|firm|club|team|side|agency|party|coalition|alliance|network|militia|movement|bloc|union|society|lender|bank|insurer|airline|carrier|school|university|council|government|ministry|department|district|regulator|watchdog|mutual|storm|hurricane|typhoon|cyclone|quake|earthquake|volcano|wildfire|ship|vessel|ferry|aircraft|spacecraft|probe|rocket|satellite|museum|hospital|zoo|festival|fair|tournament|championship|race|parade|concert|conference|exhibition|program|programme|law|bill|deal|merger|campaign|center|centre|building|venue|restaurant|park)\b/i;

/** Words a list of places runs on through: "in the Middle East", "in Niger, Mali and Burkina Faso". */
const PLACE_LIST_WORDS = new Set(['the', 'and', 'of', 'or']);
/** "in January", "on Monday", "at Christmas": times, neither places nor anyone's name. */
const CALENDAR_NAMES = new RegExp(`^(?:${[...MONTH_NAMES, ...DAY_NAMES, 'Christmas', 'Easter'].join('|')})$`);
/** "(ROME) —", "MADRID —", "LYON, France (AP) —": the place an article was filed from. */
const DATELINE = /^\(?\p{Lu}[\p{Lu}\p{P}\s]*\p{Lu}\)?(?:,\s*\p{Lu}[\p{L}.\s]*?)?\s*(?:\([^)]{1,20}\)\s*)?[—–-]/u;

/**
 * The sentence writes the words an abbreviation stands for: side by side, and as a name ("Syrian
 * Democratic Forces") or a noun phrase ("bus rapid transit"), not a run of verbs ("appearing
 * throughout programs" is no "ATP").
 */
function spelledOut(initials: readonly string[], text: string): boolean {
  const phrase = sideBySide(initials, text);
  if (phrase === undefined) return false;
  return phrase.split(/[\s-]+/).every((word) => startsWithCapital(word) || !/(?:ing|ed)$/i.test(word));
}

/*
 * `sideBySide` finds what this expression would, without compiling one per abbreviation (a few
 * milliseconds each, for its Unicode classes):
 *   \b I₁[\p{L}\p{N}'’-]* SEP I₂[\p{L}\p{N}'’-]* SEP ... Iₙ[\p{L}\p{N}'’-]*   (flags iu)
 * where SEP is [\s-]+(?:(?:of|and|&|for|the|de|du|la)\s+)? and Iₖ the k-th initial. It tries the
 * same paths in the same order as the expression's backtracking, so it finds the same phrase.
 */
const WORD_RUN = /[\p{L}\p{N}'’-]*/uy;
const GAP = /[\s-]+/uy;
const SPACES = /\s+/uy;
const BOUNDARY = /\b/iuy;
const JOINERS = ['of', 'and', '&', 'for', 'the', 'de', 'du', 'la'].map((joiner) => new RegExp(joiner, 'iuy'));
const initialPatterns = new Map<string, RegExp>();

/** Where a sticky pattern's match from `at` ends, or -1. */
function endOf(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** The initial as a letter of any case, as the flag "i" reads it; none for an initial that was punctuation (""). */
function initialPattern(initial: string): RegExp {
  let pattern = initialPatterns.get(initial);
  if (!pattern) initialPatterns.set(initial, (pattern = new RegExp(initial, 'iuy')));
  return pattern;
}

/** The phrase from `start` whose words begin with the initials from `k` on, or undefined: as the expression above reads it. */
function phraseEnd(initials: readonly string[], k: number, text: string, start: number): number {
  const afterInitial = initials[k] === '' ? start : endOf(initialPattern(initials[k]!), text, start);
  if (afterInitial < 0) return -1;
  const wordEnd = endOf(WORD_RUN, text, afterInitial);
  if (k === initials.length - 1) return wordEnd;
  // The word gives back letters until a separator follows, longest first; so does the run of spaces and dashes.
  for (let end = wordEnd; end >= afterInitial; end--) {
    const gapEnd = endOf(GAP, text, end);
    for (let gap = gapEnd; gap > end; gap--) {
      for (const joiner of JOINERS) {
        const joinerEnd = endOf(joiner, text, gap);
        if (joinerEnd < 0) continue;
        for (let spaces = endOf(SPACES, text, joinerEnd); spaces > joinerEnd; spaces--) {
          const found = phraseEnd(initials, k + 1, text, spaces);
          if (found >= 0) return found;
        }
      }
      const found = phraseEnd(initials, k + 1, text, gap);
      if (found >= 0) return found;
    }
  }
  return -1;
}

/** The first phrase of `text` whose words, side by side, begin with `initials`. */
export function sideBySide(initials: readonly string[], text: string): string | undefined {
  for (let start = 0; start <= text.length; start++) {
    // A match starts on a whole character: never between the halves of a surrogate pair.
    if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!) && /[\uD800-\uDBFF]/.test(text[start - 1]!)) continue;
    if (endOf(BOUNDARY, text, start) < 0) continue;
    const end = phraseEnd(initials, 0, text, start);
    if (end >= 0) return text.slice(start, end);
  }
  return undefined;
}

/** A capitalised word opening a sentence, and when it names someone (known once the whole article is read). */
interface Opener {
  term?: string | undefined;
  /** No dictionary has the word ("Okafor said"). */
  always?: boolean;
  /** It names someone if the article writes it as a name elsewhere, as "Carter" but not "Health authorities". */
  ifWrittenAsName?: boolean;
}

function openerOf(tokens: readonly Token[], opening: number): Opener {
  const token = tokens[opening];
  if (!token?.term || !isCapitalised(token.raw)) return {};
  const following = tokens[opening + 1];
  // The word right after the opener, when nothing stands between them: "Health authorities".
  const beforeNoun = following !== undefined && following.start === token.end + 1 && /^\p{Ll}/u.test(following.raw) && isOnlyNoun(following.raw);
  return { term: token.term, always: !isDictionaryWord(token.raw), ifWrittenAsName: !beforeNoun };
}

/** How many characters of the article's first sentence its dateline takes (0: none). */
function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** Terms of the names a sentence writes as places; `dateline` characters open it. */
function placesIn(tokens: readonly Token[], text: string, dateline: number): string[] {
  const places: string[] = [];
  const capitalised = tokens.map((token) => isCapitalised(token.raw));
  let locative = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Function words ("In", "the", "and") steer the reading whatever their case.
    if (!capitalised[i] || !token.term) {
      const lower = token.raw.toLowerCase();
      if (LOCATIVE_WORDS.has(lower)) locative = true;
      else if (!PLACE_LIST_WORDS.has(lower)) locative = false;
      continue;
    }
    // After a comma, names go on being places only as a list does: "in Niger, Mali and Burkina Faso",
    // not "at the Royal Palace, President Ana Ruiz said".
    if (locative && commaBefore(tokens, text, i) && !listGoesOn(tokens, capitalised, text, i)) locative = false;
    if ((locative || token.end <= dateline || isPlaceName(token.raw)) && !CALENDAR_NAMES.test(token.raw)) {
      if (!places.includes(token.term)) places.push(token.term);
    } else locative = false;
  }
  return places;
}

/**
 * Terms no word is written as, standing for what a sentence gives: an age ("aged 13", "a 15-year-old"),
 * and a title written before a person's name ("Secretary of State Antony Blinken"). A question about
 * "the teenagers" or "Blinken's job" meets them (resolve.ts).
 */
export const GIVES_AGE = '#age';
export const GIVES_TITLE = '#title';
/** A term standing for wording that gives a cause ("sparked by", "due to"): "what caused the fire" meets it. */
export const GIVES_CAUSE = '#cause';

/**
 * Wording that gives a cause, or says it is not known yet: "because", "due to", "caused by", "blamed
 * on", "sparked by", "started by", "after a gas leak", "the cause of the fire is under investigation".
 * "after" followed by a time ("shortly after 9 p.m.", "after midnight") says when, not why, as does
 * "after" following a time ("11 seconds after igniting", "shortly after leaving").
 */
const CAUSE_WORDING =
  /\b(?:because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result|results?\s+of|resulted\s+from|product\s+of|caus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|spark(?:s|ed)?|trigger(?:s|ed)?|ignit(?:e|ed|ion)|(?:started|set\s+off|driven|fuell?ed|prompted)\s+(?:\p{L}+ly\s+)?by|attributed\s+to|traced\s+to|linked\s+to|led\s+to|leading\s+to|(?<!\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|shortly|soon|just|long)\s+)after\s+(?!(?:about\s+|nearly\s+|just\s+)?(?:\d|midnight|noon|dawn|dusk|sunrise|sunset|(?:a|an|the|one|two|three|four|five|six|several|few)\s+(?:few\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)))/iu;

/** The sentence gives a cause ("caused by an electrical fault", "after a gas leak"), or says that one is not known. */
function givesCause(sentence: string): boolean {
  return CAUSE_WORDING.test(sentence);
}

/** Small words inside a title: "Secretary of State", "Minister for the Environment". */
const TITLE_JOINERS = new Set(['of', 'for', 'the', 'and']);

/**
 * "U.S. Secretary of State Antony Blinken", "Mayor Claire Dubois": a capitalised word for a kind of
 * person, then, in the same run of capitalised words, a name no dictionary has.
 */
function titleBeforeName(tokens: readonly Token[], text: string): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!.raw) || !isPersonNoun(tokens[i]!.raw)) continue;
    for (let j = i + 1; j < tokens.length; j++) {
      const token = tokens[j]!;
      const gap = tokens[j - 1]!.end;
      if (token.start !== gap + 1 || text.charCodeAt(gap) !== 32) break;
      if (TITLE_JOINERS.has(token.raw)) continue;
      if (!isCapitalised(token.raw)) break;
      if (!isDictionaryWord(token.raw)) return true;
    }
  }
  return false;
}

function isCapitalised(raw: string): boolean {
  const first = raw.charCodeAt(0);
  return first >= 65 && first <= 90 ? true : first < 128 ? false : startsWithCapital(raw);
}

function commaBefore(tokens: readonly Token[], text: string, i: number): boolean {
  if (i <= 0 || i >= tokens.length) return false;
  const from = tokens[i - 1]!.end;
  const to = tokens[i]!.start;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 44) return true;
  return false;
}

/** The capitalised words from `i` on run into a list: a comma, "and" or "or", or the end follows them. */
function listGoesOn(tokens: readonly Token[], capitalised: readonly boolean[], text: string, i: number): boolean {
  let next = i;
  while (capitalised[next + 1] && !commaBefore(tokens, text, next + 1)) next++;
  next++;
  return next >= tokens.length || commaBefore(tokens, text, next) || /^(?:and|or)$/i.test(tokens[next]!.raw);
}

/** A role written with more people than this ("officials", "residents") says too little to stand for any one of them. */
const MAX_PEOPLE_PER_ROLE = 2;
/** How far after "Name," the role of an apposition may come: "Ramon Dizon, the institute's director". */
const APPOSITION_REACH = 6;

/** The token at `i` follows the one before it after exactly one space (no comma, no bracket). */
function followsDirectly(tokens: readonly Token[], text: string, i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && tokens[i]!.start === previous.end + 1 && text.charCodeAt(previous.end) === 32;
}

/** A capitalised word that can end a person's name: a first and last name ("Tom Baker"), or one no dictionary has ("Mehrotra"). */
function endsPersonName(tokens: readonly Token[], text: string, at: number): boolean {
  const last = tokens[at]!;
  if (!last.term || CALENDAR_NAMES.test(last.raw)) return false;
  const afterFirstName = at > 0 && isCapitalised(tokens[at - 1]!.raw) && followsDirectly(tokens, text, at);
  return afterFirstName || !isDictionaryWord(last.raw);
}

/** The last word of the run of capitalised words from `i`, when it ends a person's name ("Arjun Mehrotra"); else -1. */
function surnameOfRunAt(tokens: readonly Token[], text: string, i: number): number {
  let end = i;
  if (!tokens[i] || !isCapitalised(tokens[i]!.raw)) return -1;
  while (tokens[end + 1] && isCapitalised(tokens[end + 1]!.raw) && followsDirectly(tokens, text, end + 1)) end++;
  return endsPersonName(tokens, text, end) ? end : -1;
}

/** "Okafor, 57", "Okafor (57)", "Okafor, a 57-year-old": what may stand between a name and the age that is its. */
const NAME_TO_AGE_GAP = /^[\s,(]*(?:an?\s+)?$/;

/** Of a sentence's name tokens, the one whose age starts at `at` (an offset in `text`): right before it. */
export function nameBeforeAge<T extends Token>(names: readonly T[], text: string, at: number): T | undefined {
  return names.filter((name) => name.end <= at && NAME_TO_AGE_GAP.test(text.slice(name.end, at))).at(-1);
}

/** The names given an age right after them: "Fiona Marsh, 57,", "Rono, 26,". `offset` is where the sentence starts in the article. */
function agedNames(tokens: readonly Token[], text: string, offset: number, figures: readonly Figure[] | undefined): string[] {
  const ages = figures?.filter((figure) => figure.kind === 'age');
  if (!ages?.length) return [];
  const names = tokens.filter((token) => token.term !== undefined && isCapitalised(token.raw));
  return ages.flatMap((age) => nameBeforeAge(names, text, age.start - offset)?.term ?? []);
}

/**
 * The people a sentence names together with a role: "Indian challenger Arjun Mehrotra", "Zoo director
 * Andreas Pohl", "The union's president, Denise Kowalczyk," and "Ramon Dizon, the institute's director",
 * as pairs of the role's term and the surname's. A reader asks "how old is the challenger" where the
 * article gives "Mehrotra, 22".
 */
function rolesNamed(tokens: readonly Token[], text: string): [string, string][] {
  const pairs: [string, string][] = [];
  const isRole = (token: Token | undefined) => token?.term !== undefined && !isCapitalised(token.raw) && isPersonNoun(token.raw);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!isCapitalised(next.raw)) continue;
    // "challenger Arjun Mehrotra", "Mayor Tom Reichert" (a capitalised title too), "president, Denise Kowalczyk,".
    const gap = text.slice(token.end, next.start);
    if ((gap === ' ' || gap === ', ') && token.term && (isRole(token) || (gap === ' ' && isCapitalised(token.raw) && isPersonNoun(token.raw)))) {
      const surname = surnameOfRunAt(tokens, text, i + 1);
      if (surname >= 0) pairs.push([token.term, tokens[surname]!.term!]);
    }
  }
  // "Secretary of State Antony Blinken", "Minister of Health Priya Raman": a title with its office before the name.
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [title, of, office] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!title.term || !isCapitalised(title.raw) || !isPersonNoun(title.raw) || of.raw !== 'of' || !isCapitalised(office.raw)) continue;
    if (text.slice(title.end, of.start) !== ' ' || text.slice(of.end, office.start) !== ' ' || text.slice(office.end, tokens[i + 3]!.start) !== ' ') continue;
    const surname = surnameOfRunAt(tokens, text, i + 3);
    if (surname >= 0) pairs.push([title.term, tokens[surname]!.term!]);
  }
  // "Ramon Dizon, the institute's director" / "Margaret Velasquez, Heartland Prairie's chief executive, who...".
  for (let k = 0; k + 1 < tokens.length; k++) {
    const name = tokens[k]!;
    if (!isCapitalised(name.raw) || text.slice(name.end, tokens[k + 1]!.start) !== ', ' || !endsPersonName(tokens, text, k)) continue;
    if (isCapitalised(tokens[k + 1]!.raw) && surnameOfRunAt(tokens, text, k + 1) >= 0) continue; // a list of names
    for (let j = k + 1; j < tokens.length && j <= k + APPOSITION_REACH; j++) {
      const between = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (j > k + 1 && /[,.;:!?()"“”]/.test(between)) break;
      if (isRole(tokens[j]) && !isRole(tokens[j + 1])) {
        pairs.push([tokens[j]!.term!, name.term!]);
        break;
      }
    }
  }
  return pairs;
}

/** Sentence id and count pairs, flat ([id, count, id, count...]): one small array per term keeps a large library lean. */
type Postings = number[];

export interface ScoredIds {
  ids: readonly number[];
  scores: readonly number[];
}

/** Acronyms whose spelling-out each article remembers. */
const SPELLED_PHRASE_LIMIT = 200;
/** Terms whose scores each article keeps; the oldest go first. */
const SCORE_CACHE_LIMIT = 2_000;
const NONE: ScoredIds = { ids: [], scores: [] };

export class ArticleIndex {
  readonly article: Article;
  readonly facts: SentenceFacts[] = [];
  readonly averageLength: number;
  readonly averageParagraphLength: number;
  readonly paragraphLengths: number[];
  /** Sentence ids (0-based) of each paragraph. */
  readonly paragraphSentences: number[][];
  /** Terms mostly written as (part of) a name here. */
  readonly nameTerms: ReadonlySet<string>;
  /** Terms of the article's dateline ("PANAMA CITY, Fla."): the place the whole article is set in. */
  readonly datelineTerms: ReadonlySet<string>;
  /** Terms of the article's title ("Hurricane Delia slams Florida"): what the whole article is about. */
  readonly titleTerms: ReadonlySet<string>;
  /** Speaker's name term -> sentences quoting that speaker without naming them. */
  readonly speakerSentences = new Map<string, number[]>();
  /** A role's term -> the surname terms of the people the article gives that role ("challeng" -> "mehrotra"). */
  private readonly peopleByRole = new Map<string, string[]>();
  /** Terms of names the article shows to be people's: speakers, names beside a role ("Mayor Tom Reichert"), names given an age ("Fiona Marsh, 57,"). */
  private readonly personTerms = new Set<string>();
  private readonly postings = new Map<string, Postings>();
  /** Every term of the article, numbered in the order first met. */
  private readonly termNumbers = new Map<string, number>();
  /** Per sentence, the terms of the speaker it quotes (`Sentence.speaker`). */
  private readonly speakerTermsBySentence: (readonly string[])[] = [];
  /** Whether the article writes a relative of a question word under a term (`writesFormOf`), by term and relative. */
  private readonly formsWritten = new Map<string, boolean>();
  private readonly figuresBySentence = new Map<number, Figure[]>();
  private readonly headingTerms = new Map<string, readonly string[]>();
  private readonly speakingBySentence: (ReadonlySet<string> | undefined)[] = [];
  private readonly spelledPhrases = new Map<string, string[] | null>();
  /** BM25 per sentence and per paragraph of the terms asked about so far: static, so worth keeping. */
  private readonly sentenceScoreCache = new Map<string, ScoredIds>();
  private readonly paragraphScoreCache = new Map<string, ScoredIds>();

  /** `onWord` sees every written word with a term, in reading order (the library's spelling vocabulary is built from them). */
  constructor(article: Article, onWord?: (token: Token) => void) {
    this.article = article;
    for (const figure of article.figures) {
      const figures = this.figuresBySentence.get(figure.sentence);
      if (figures) figures.push(figure);
      else this.figuresBySentence.set(figure.sentence, [figure]);
    }
    this.paragraphLengths = article.paragraphs.map(() => 0);
    this.paragraphSentences = article.paragraphs.map(() => []);
    const capitalisedUses = new Map<string, number>();
    const plainUses = new Map<string, number>();
    let totalLength = 0;
    const openers: Opener[] = [];
    const datelineTerms = new Set<string>();
    for (const sentence of article.sentences) {
      const tokens = tokenize(sentence.text);
      const terms: string[] = [];
      const names: string[] = [];
      // "(LYON) — Heavy rain...": the sentence proper opens after the dateline.
      const dateline = sentence.index === 1 ? datelineLength(sentence.text) : 0;
      for (const token of tokens) if (token.term && token.end <= dateline) datelineTerms.add(token.term);
      const opening = Math.max(0, tokens.findIndex((token) => token.start >= dateline));
      openers.push(openerOf(tokens, opening));
      tokens.forEach((token, position) => {
        if (!token.term) return;
        terms.push(token.term);
        onWord?.(token);
        if (position < opening) return;
        if (position > opening && isCapitalised(token.raw)) {
          if (!names.includes(token.term) && !CALENDAR_NAMES.test(token.raw)) names.push(token.term);
          capitalisedUses.set(token.term, (capitalisedUses.get(token.term) ?? 0) + 1);
        } else if (position > opening || !isCapitalised(token.raw)) {
          // A capital opening the sentence says nothing about being a name.
          plainUses.set(token.term, (plainUses.get(token.term) ?? 0) + 1);
        }
      });
      const wordTerms = terms.length;
      terms.push(...aliasTerms(tokens));
      // "About $2.5 million will go to dredging", opening "## What the money pays for", is about money
      // and paying; the sentences after it are about their own matters, which the heading need not name.
      for (const term of this.sectionTerms(opensSection(article, sentence))) if (!terms.includes(term)) terms.push(term);
      const figures = this.figuresBySentence.get(sentence.index);
      if (figures?.some((figure) => figure.kind === 'age')) terms.push(GIVES_AGE);
      if (titleBeforeName(tokens, sentence.text)) terms.push(GIVES_TITLE);
      for (const [role, surname] of rolesNamed(tokens, sentence.text)) {
        const people = this.peopleByRole.get(role);
        if (!people) this.peopleByRole.set(role, [surname]);
        else if (!people.includes(surname)) people.push(surname);
        this.personTerms.add(surname);
      }
      for (const term of agedNames(tokens, sentence.text, sentence.start, figures)) this.personTerms.add(term);
      if (givesCause(sentence.text)) terms.push(GIVES_CAUSE);
      const id = this.facts.length;
      const speakerTerms: string[] = [];
      if (sentence.speaker) {
        // Direct speech is about its speaker even when the sentence says only "he said".
        for (const word of tokenize(sentence.speaker)) {
          if (!word.term) continue;
          speakerTerms.push(word.term);
          if (isCapitalised(word.raw)) this.personTerms.add(word.term);
          if (terms.includes(word.term)) continue;
          const list = this.speakerSentences.get(word.term) ?? [];
          list.push(id);
          this.speakerSentences.set(word.term, list);
        }
      }
      this.speakerTermsBySentence.push(speakerTerms.length ? speakerTerms : NO_NAMES);
      const paragraph = sentence.paragraph - 1;
      this.paragraphSentences[paragraph]?.push(id);
      const refersBack = tokens.some((t) => PERSONAL_PRONOUNS.has(t.raw.toLowerCase())) || AGED_OPENING.test(sentence.text);
      const described = DESCRIBED_AGAIN.exec(sentence.text)?.[1];
      const describedAs = described === undefined ? undefined : termOf(described);
      const figureKinds = figures ? kindsGiven(figures, article.text) : NO_KINDS;
      const tellsHowLong = figures ? howLongTold(figures, article.text) : false;
      const givesLength = figures?.some((figure) => isMeasureOf(figure, 'length')) ?? false;
      const places = placesIn(tokens, sentence.text, dateline);
      const termIds = new Int32Array(terms.length);
      for (let at = 0; at < terms.length; at++) {
        const term = terms[at]!;
        let number = this.termNumbers.get(term);
        if (number === undefined) this.termNumbers.set(term, (number = this.termNumbers.size));
        termIds[at] = number;
      }
      this.facts.push({ terms, wordTerms, termIds, names: names.length ? names : NO_NAMES, places: places.length ? places : NO_NAMES, refersBack, describedAs, figureKinds, tellsHowLong, givesLength, paragraph });
      totalLength += terms.length;
      this.paragraphLengths[paragraph] = (this.paragraphLengths[paragraph] ?? 0) + terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        const list = this.postings.get(term);
        if (list) list.push(id, count);
        else this.postings.set(term, [id, count]);
      }
    }
    const nameTerms = new Set<string>();
    for (const [term, uses] of capitalisedUses) if (uses > (plainUses.get(term) ?? 0)) nameTerms.add(term);
    this.nameTerms = nameTerms;
    this.datelineTerms = datelineTerms;
    this.titleTerms = new Set(tokenize(article.meta.title).flatMap((token) => (token.term ? [token.term] : [])));
    // "Carter, a 27-year-old forward, was named MVP": a sentence opening with a name the article writes
    // as one, or with a capitalised word no dictionary has ("Okafor said"), names it. "Health
    // authorities said" does not: a word the article capitalises in "Health Ministry" qualifies a noun here.
    openers.forEach((opener, id) => {
      const facts = this.facts[id]!;
      if (opener.term === undefined || facts.names.includes(opener.term)) return;
      if (opener.always || (opener.ifWrittenAsName && this.nameTerms.has(opener.term))) facts.names = [opener.term, ...facts.names];
    });
    this.averageLength = totalLength / Math.max(1, this.facts.length) || 1;
    this.averageParagraphLength = totalLength / Math.max(1, article.paragraphs.length) || 1;
  }

  /** How many distinct terms the article has: their numbers run from 0 to one less. */
  get termCount(): number {
    return this.termNumbers.size;
  }

  /** The article's number for `term` (see `SentenceFacts.termIds`), or -1 when the article lacks it. */
  termId(term: string): number {
    return this.termNumbers.get(term) ?? -1;
  }

  private remember(cache: Map<string, ScoredIds>, term: string, scored: ScoredIds): void {
    if (cache.size >= SCORE_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(term, scored);
  }

  /**
   * Whether the article writes `lemma` in some form under `term`: a word sharing a base form with it
   * ("position" as "positions", "worse" as "worst", both forms of "bad"), or one of them the other's
   * base with an ending ("famed" as "fame", "announcement" as "announce"), unless `sameWord` asks for
   * a shared base form only, accents aside ("democrat" is then not "Democratic", "rios" is "Ríos").
   * Not "position" as "positive", whose term the stemmer made the same.
   */
  writesFormOf(term: string, lemma: string, sameWord = false): boolean {
    // Most relatives of a question's word are not in the article at all.
    const postings = this.postings.get(term);
    if (!postings) return false;
    const key = `${term} ${lemma} ${sameWord}`;
    let writes = this.formsWritten.get(key);
    if (writes !== undefined) return writes;
    writes = false;
    const forms = baseForms(sameWord ? plainLetters(lemma) : lemma);
    // The sentences holding the term are read again (their words come from the shared cache of
    // sentence words) rather than kept per term: a word list per term would add a third to what an
    // index holds, and the first sentence mostly settles it.
    for (let at = 0; at < postings.length && !writes; at += 2) {
      for (const token of sentenceTokens(this.article.sentences[postings[at]!]!.text)) {
        if (token.term !== term) continue;
        const word = token.raw.toLowerCase();
        const bases = baseForms(sameWord ? plainLetters(word) : word);
        if (sameWord ? bases.some((form) => forms.includes(form)) : forms.some((form) => word.startsWith(form)) || bases.some((form) => forms.includes(form) || lemma.startsWith(form))) {
          writes = true;
          break;
        }
      }
    }
    this.formsWritten.set(key, writes);
    return writes;
  }

  /** The figures of one sentence (numbered from 1 in the article, as in `Figure.sentence`), in reading order. */
  figuresIn(sentence: number): readonly Figure[] {
    return this.figuresBySentence.get(sentence) ?? NO_FIGURES;
  }

  /**
   * The terms of words whose initials spell `acronym` ("BRT" -> bus, rapid, transit), when the
   * article writes the phrase out in any case; readers abbreviate what the article spells out.
   * Words are read without the stopwords between them ("Department of Defense" spells "DD"), so a
   * run of stopwords ("it really seems") never spells anything.
   */
  phraseSpelling(acronym: string): readonly string[] | undefined {
    if (this.spelledPhrases.has(acronym)) return this.spelledPhrases.get(acronym) ?? undefined;
    const letters = acronym.toLowerCase();
    let found: string[] | undefined;
    const spells = (terms: readonly string[], at: number) => {
      for (let k = 0; k < letters.length; k++) if (!startsWithLetter(terms[at + k]!, letters, k)) return false;
      return true;
    };
    // The words must stand side by side in the text ("bus rapid transit", "Department of Defense"), not
    // merely follow each other once function words are dropped ("appeared at the top of prime time").
    const initials = [...letters].map((letter) => letter.replace(/[^\p{L}\p{N}]/gu, ''));
    this.facts.forEach((facts, id) => {
      // Its own words in reading order, without the alias terms after them.
      for (let at = 0; at + letters.length <= facts.wordTerms && !found; at++) {
        if (!spells(facts.terms, at)) continue;
        // Whether the sentence writes the phrase out is the same wherever its initials line up: asked once.
        if (!spelledOut(initials, this.article.sentences[id]!.text)) break;
        found = facts.terms.slice(at, at + letters.length);
      }
    });
    if (this.spelledPhrases.size >= SPELLED_PHRASE_LIMIT) this.spelledPhrases.clear();
    this.spelledPhrases.set(acronym, found ?? null);
    return found;
  }

  /** The article shows the name this term is part of to be a person's (see `personTerms`). */
  isPerson(term: string): boolean {
    return this.personTerms.has(term);
  }

  /** The article names someone with this role ("Mayor Tom Reichert", "his son, Mark,"), one person or many. */
  namesRole(roleTerm: string): boolean {
    return this.peopleByRole.has(roleTerm);
  }

  /** The surnames of the one or two people the article gives this role; none when it gives it to more. */
  peopleCalled(roleTerm: string): readonly string[] {
    const people = this.peopleByRole.get(roleTerm);
    return people && people.length <= MAX_PEOPLE_PER_ROLE ? people : NO_NAMES;
  }

  /** The terms of the speaker the sentence (0-based id) quotes, as the article attributes it; empty when it quotes no one. */
  speakerTermsOf(id: number): readonly string[] {
    return this.speakerTermsBySentence[id] ?? NO_NAMES;
  }

  /** The terms of the names of those sentence `id` (0-based) says are speaking ("Captain Maria Lopez said"), worked out when first asked. */
  speakingTerms(id: number): ReadonlySet<string> {
    let terms = this.speakingBySentence[id];
    if (!terms) this.speakingBySentence[id] = terms = new Set(speakersNamedIn(this.article.sentences[id]!.text).flatMap((who) => who.split(/\s+/).map((word) => termOf(word) ?? '')));
    return terms;
  }

  /** The term is mostly written as (part of) a name here: "Great" in "Great Britain". */

  isName(term: string): boolean {
    return this.nameTerms.has(term);
  }

  /** The terms of a section's heading, worked out once for all the sentences under it. */
  private sectionTerms(heading: string | undefined): readonly string[] {
    if (!heading) return NO_NAMES;
    let terms = this.headingTerms.get(heading);
    if (!terms) this.headingTerms.set(heading, (terms = tokenize(heading).flatMap((token) => (token.term ? [token.term] : []))));
    return terms;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Every term the article holds, its own words' and their alias terms. */
  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  frequency(term: string): number {
    return (this.postings.get(term)?.length ?? 0) / 2;
  }

  /** Inverse sentence frequency; a term the article lacks gets the value of a term seen once. */
  idf(term: string): number {
    return this.idfOf(this.facts.length, this.frequency(term));
  }

  private idfOf(documents: number, frequency: number): number {
    const df = Math.max(1, frequency);
    return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  }


  /** BM25 contribution of `term` to each sentence containing it; static, so computed once per term. */
  sentenceScores(term: string): ScoredIds {
    const list = this.postings.get(term);
    if (!list) return NONE;
    let scored = this.sentenceScoreCache.get(term);
    if (!scored) {
      const idf = this.idf(term);
      const ids: number[] = [];
      const scores: number[] = [];
      for (let i = 0; i < list.length; i += 2) {
        const id = list[i]!;
        const count = list[i + 1]!;
        const norm = count + BM25_K1 * (1 - BM25_B + (BM25_B * this.facts[id]!.terms.length) / this.averageLength);
        ids.push(id);
        scores.push((idf * count * (BM25_K1 + 1)) / norm);
      }
      scored = { ids, scores };
      this.remember(this.sentenceScoreCache, term, scored);
    }
    return scored;
  }

  /** BM25 contribution of `term` to each paragraph containing it (0-based paragraph index), computed once per term. */
  paragraphScores(term: string): ScoredIds {
    const list = this.postings.get(term);
    if (!list) return NONE;
    let scored = this.paragraphScoreCache.get(term);
    if (!scored) {
      const counts = new Map<number, number>();
      for (let i = 0; i < list.length; i += 2) {
        const paragraph = this.facts[list[i]!]!.paragraph;
        counts.set(paragraph, (counts.get(paragraph) ?? 0) + list[i + 1]!);
      }
      const idf = this.idfOf(this.article.paragraphs.length, counts.size);
      const ids: number[] = [];
      const scores: number[] = [];
      for (const [paragraph, count] of counts) {
        const length = this.paragraphLengths[paragraph] ?? 0;
        const norm = count + BM25_K1 * (1 - BM25_B + (BM25_B * length) / this.averageParagraphLength);
        ids.push(paragraph);
        scores.push((idf * count * (BM25_K1 + 1)) / norm);
      }
      scored = { ids, scores };
      this.remember(this.paragraphScoreCache, term, scored);
    }
    return scored;
  }
}

/**
 * The term's first character, in lower case, is `letters[k]`. An English letter is compared by its
 * code, as it is for every word of an article looked through for an acronym's phrase.
 */
function startsWithLetter(term: string, letters: string, k: number): boolean {
  const code = term.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90 ? code + 32 : code) === letters.charCodeAt(k);
  return term[0]!.toLowerCase() === letters[k];
}

/** A share "of" a group ("62% of customers", "half of Kenyans") also tells how many of them: it counts too. */
const SHARE_OF = /^\s+of\b/;

const DATE_KINDS: ReadonlySet<FigureKind> = new Set(['year', 'date']);
/** "since 2011", "between 2004 and 2010", "1990–1995": a date that opens or closes a span. */
const SPAN_WORDING = /^(?:since|until|till|between|from)\b|\d\s*[-–—]\s*\d/i;
/** "until at least March 2026": the figure is the date, the word opening the span comes before it. */
const SPAN_WORD_BEFORE = /\b(?:since|from|until|till)\s+(?:(?:at least|about|around|roughly|early|mid|late)\s+)?$/i;

/**
 * Of dates, a sentence tells how long something lasted only by a span's ends: a date written as the
 * start or end of one, or two dates ("jailed in 2019 and released in 2023"). A lone date, "a 2019
 * conviction", does not say how many years anything took.
 */
function howLongTold(figures: readonly Figure[], text: string): boolean {
  let dates = 0;
  for (const figure of figures) {
    if (figure.kind === 'duration' || figure.kind === 'relative-date') return true;
    if (!DATE_KINDS.has(figure.kind)) continue;
    if (++dates >= 2 || SPAN_WORDING.test(figure.text) || SPAN_WORD_BEFORE.test(text.slice(Math.max(0, figure.start - 20), figure.start))) return true;
  }
  return false;
}

/** The kinds of figure a sentence gives, a share of a group counting as a count as well. */
function kindsGiven(figures: readonly Figure[], text: string): ReadonlySet<FigureKind> {
  const kinds = new Set<FigureKind>();
  for (const figure of figures) {
    kinds.add(figure.kind);
    if (figure.kind === 'percent' && SHARE_OF.test(text.slice(figure.end, figure.end + 8))) kinds.add('count');
  }
  return kinds;
}
