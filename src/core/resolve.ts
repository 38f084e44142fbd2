/**
 * How a question's words meet an article's words: as written, as an acronym or alias, corrected for
 * spelling, as a newsroom paraphrase or a word WordNet relates to it. Each form found carries a weight
 * saying how sure the match is, and each word an importance saying how much it tells.
 */
import { GIVES_AGE, GIVES_CAUSE, GIVES_TITLE, type ArticleIndex } from './search-index.ts';
import type { SpellingCandidate } from './library-index.ts';
import { isSpelledNumber, QUESTION_WORD_FIELDS, type QuestionWord } from './question.ts';
import { baseForms, isNounOfOneSense, isDictionaryWord, isLemma, isPersonNoun, isPlaceName, newsOpposites, newsParaphrases, relatedWords, type RelatedWord } from './lexicon.ts';
import { lemmaTermOf, termOf } from './terms.ts';
import { dayCalled } from './figures.ts';
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
  exactly currently usually now just even already anyone anybody anything someone somebody something everyone everybody everything want wish think believe feel speak talk
  mention describe explain need hope consider mean person part specific exact yo hey hi hello guy stuff basically essentially
  generally apparently reportedly supposedly allegedly probably possibly likely mostly mainly roughly approximately nearly almost
  locate situate like lady react`.split(/\s+/),
);
export const LIGHT_WEIGHT = 0.5;

/** A name in the question says what it is about; it weighs more than a common word as rare. */
export const NAME_WEIGHT = 1.25;

/**
 * Very common verbs: WordNet lists them among the synonyms of many words in one of their many senses
 * ("die" is "go", "receive" is "get", "film" is "take"), but in an article they nearly always stand for
 * something else ("went through the drill", "were taken to hospital"). Standing in for an absent word
 * they would carry the question to any sentence at all; asked about as typed, they still meet themselves.
 */
const COMMON_VERBS = new Set(['be', 'do', 'go', 'take', 'get', 'make', 'have', 'put', 'give', 'come', 'set', 'let']);

/**
 * Verbs that say nothing of what happened ("what happened", "is it going to"): a relative of theirs
 * ("trip" for "go") is never what the reader meant. "Came third" is "finished third" and "done" may
 * be a deed the article names, so "come" and "do" keep their relatives.
 */
const EMPTY_VERBS = new Set(['be', 'have', 'go', 'happen']);

function isEmptyVerb(raw: string): boolean {
  return baseForms(raw.toLowerCase()).some((form) => EMPTY_VERBS.has(form));
}

/** The hidden term of the sentences that give what a question word asks for in other words. */
const MEANT_TERMS: Record<Exclude<QuestionWord['means'], 'opposite' | undefined>, string> = { age: GIVES_AGE, title: GIVES_TITLE, cause: GIVES_CAUSE };
/** What the word for a place's people ("Syrian") counts for, against the place's name itself ("Syria"). */
const DEMONYM_WEIGHT = 0.3;
/** What an opposite counts for, against the word itself: it answers a yes-or-no question, but in the negative. */
const OPPOSITE_WEIGHT = 0.6;

/** Related words looked at per question word, closest first: further down lie other senses ("capital" -> "great"). */
export const RELATED_LIMIT = 12;
/** Words remembered as light or not. */
const LIGHT_CACHE_LIMIT = 10_000;

/** Names of peoples ("European", "Syrian", "Chinese", "Iraqi"), which readers use for the place. */
const DEMONYM = /(?:an|ians?|ese|ish|i)$/;

/** Out here, not in the functions using them: esbuild writes a pattern with a Unicode property outside brackets as `new RegExp(...)`, made at every call. */
const SHORT_LOWERCASE_WORD = /^\p{L}\p{Ll}{1,5}$/u;
const SHORT_CAPITALS = /^\p{Lu}{3,5}$/u;
const POSSESSIVE_END = /['’]s$/;
const ACRONYM_CAPITALS = /^\p{Lu}{2,6}$/u;
const HAS_DIGIT = /\p{N}/u;

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
  /** A related word that is the same word made another part of speech ("abstention" for "abstained"). */
  derived?: true;
  /** The word's opposite, met in a question asking yes or no ("weakened" for "Did the krone strengthen?"). */
  opposite?: true;
}

export interface ResolvedWord {
  word: QuestionWord;
  alternatives: Alternative[];
  /**
   * How much the word matters: the idf of its strongest form in the article, or of an unseen word. Not
   * lowered for a weak match: "attend" standing in for "aid" must cover less of the question, not make it smaller.
   */
  importance: number;
  /** How much the word counts by its role (`wordingWeight`), worked out with its forms. */
  wording: number;
}

/** Corrects a misspelt word against every article's words at once (see library-index.ts). */
export interface SpellingCorrector {
  correctSpelling(raw: string): readonly SpellingCandidate[];
}

/** How one question word, with all it says of itself, met one article: the same in every question that asks it. */
interface Resolution {
  /** The word as it was asked, to tell it from the same spelling asked otherwise ("city" as the focus of "what city"). */
  typed: QuestionWord;
  /** Read as a name there, though typed without a capital. */
  namedHere: boolean;
  alternatives: Alternative[];
  importance: number;
  wording: number;
  /** "the suspect" where the article never writes it: a reader's word for whoever the article is about. */
  standsForSomeone: boolean;
}
const OFFICES =
  /^(?:mayors?|governors?|presidents?|chairm[ae]n|chairwom[ae]n|chairs?|chairpersons?|ceos?|chiefs?|ministers?|premiers?|secretar(?:y|ies)|senators?|judges?|directors?|managers?|coach(?:es)?|captains?|commissioners?|sheriffs?|superintendents?|spokes(?:man|men|woman|women|person|people)|ambassadors?|kings?|queens?|princes?|princess(?:es)?|owners?|founders?|leaders?|heads?|officials?|officers?|fore(?:man|men|woman|women|person))$/i;

/** Spellings remembered per article; a full memory starts again. */
const RESOLUTION_CACHE_LIMIT = 5_000;
/**
 * Resolutions by spelling corrector (the library), then article, then the word as typed: questions
 * about one article keep asking its words, and a first meeting reads the lexicon and the spelling
 * vocabulary, which costs more than the rest of the question. Nothing here changes once an article
 * is indexed, so a remembered resolution is the one that would be made again.
 */
const resolutions = new WeakMap<SpellingCorrector, WeakMap<ArticleIndex, Map<string, Resolution[]>>>();

/** How one question word meets one article: its forms there, strongest first, and how much it matters. */
export function resolveWord(index: ArticleIndex, typed: QuestionWord, spelling: SpellingCorrector): ResolvedWord {
  let byArticle = resolutions.get(spelling);
  if (!byArticle) resolutions.set(spelling, (byArticle = new WeakMap()));
  let known = byArticle.get(index);
  if (!known) byArticle.set(index, (known = new Map()));
  let asked = known.get(typed.raw);
  let resolution = asked?.find((r) => sameWord(r.typed, typed));
  if (!resolution) {
    resolution = resolveAfresh(index, typed, spelling);
    if (!asked) {
      if (known.size >= RESOLUTION_CACHE_LIMIT) known.clear();
      known.set(typed.raw, (asked = []));
    }
    asked.push(resolution);
  }
  // The question's own word object, never another question's: the gates look words up by identity.
  const word = resolution.namedHere ? { ...typed, isName: true } : resolution.standsForSomeone ? { ...typed, focus: true } : typed;
  return { word, alternatives: resolution.alternatives, importance: resolution.importance, wording: resolution.wording };
}


/** The same word asked the same way: every field alike. */
function sameWord(a: QuestionWord, b: QuestionWord): boolean {
  for (const field of QUESTION_WORD_FIELDS) {
    const x = a[field];
    const y = b[field];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((item, i) => item !== y[i])) return false;
  }
  return true;
}

function resolveAfresh(index: ArticleIndex, typed: QuestionWord, spelling: SpellingCorrector): Resolution {
  const namedHere = Boolean(typed.uncased && !typed.isName && namedInArticle(index, typed, spelling));
  const word = namedHere ? { ...typed, isName: true } : typed;
  // A collector rather than a closure: this runs for every word of every question, in every article asked.
  const forms = new Alternatives(index, word);
  const { alternatives } = forms;
  // "on board" meets "aboard"; "board" itself only where the article does not write it mostly in a name.
  const bareInName = word.bare && !word.isName && index.isName(word.term) && isDictionaryWord(word.raw);
  // "is Blinken a democrat" does not ask about the "Syrian Democratic Forces": a word typed in lower
  // case meets a name only where the name writes that very word, not another the stemmer joined to it.
  const otherWordInName = !typed.isName && writesOnlyAnotherWordInName(index, typed);
  if (!bareInName && !otherWordInName) forms.add(word.term, 'exact');
  if (word.compound) forms.add(word.compound, 'exact');
  forms.add(aliasOf(word.term), 'acronym');
  // "What did Paris say?" may be France's government; "the meeting in Paris" is in the city, not anywhere in France.
  if (!alternatives.length && !word.bare) forms.add(metonymOf(word.term), 'alias');
  // "isis", "sdf", "Nato" typed without capitals still mean the acronym the article uses, and "Lyon" the
  // dateline's "LYON".
  // "the ceo's salary": the acronym owns it.
  const unowned = word.raw.replace(POSSESSIVE_END, '');
  if (!alternatives.length && SHORT_LOWERCASE_WORD.test(unowned)) forms.add(unowned.toUpperCase(), 'acronym');
  // "BRT" for the article's "bus rapid transit": the phrase's rarest word stands for it.
  if (!alternatives.length && SHORT_CAPITALS.test(word.raw)) {
    const phrase = index.phraseSpelling(word.raw);
    if (phrase) forms.add(phrase.reduce((rarest, term) => (index.idf(term) > index.idf(rarest) ? term : rarest)), 'alias');
  }
  // A place the world has ("Iran", "Paris") is spelt right, however close an article's place ("Iraq").
  // Nor is "the" and a word for a kind of person: "the mayor" is not a misspelt "major".
  if (!alternatives.length && !otherWordInName && !HAS_DIGIT.test(word.raw) && !isPlaceName(word.raw) && (word.isName || !word.definite || !isPersonNoun(word.raw))) {
    // A misspelt name is corrected only to a name: "Blinkin" is Blinken, "Twain" is not "train".
    const corrected = correctionIn(index, spelling, word.raw);
    if (corrected && (!word.isName || index.isName(corrected))) forms.add(corrected, 'spelling');
  }
  // "What's on tomorrow?" of an article dated Thursday asks about "Friday's stage".
  const day = dayCalled(word.raw, index.article.meta.date);
  if (day) forms.add(termOf(day), 'alias');
  // A newsroom paraphrase ("died" for "death") is tried even when the article has the word as typed.
  if (!word.isName) for (const paraphrase of newsParaphrases(word.raw)) forms.add(termOf(paraphrase), 'synonym');
  // "When does the library open?" is answered by "will reopen on Saturday": a deed done again is that deed.
  if (!word.isName) forms.add(doneAgain(index, word.raw), 'synonym', AGAIN_SCALE);
  // "bring back" means "return", whether or not the article also has "bring".
  if (word.particle && !word.isName) for (const term of phrasalTerms(word.raw, word.particle)) forms.add(term, 'synonym');
  // Paraphrase: "kids" for "children". A name means one particular thing, so it only meets its own
  // forms ("European" -> "Europe"), never what WordNet relates it to; a people's name meets its
  // place even when the article also has the form typed.
  const demonym = word.isName && DEMONYM.test(word.raw);
  if ((!alternatives.length && (word.particle !== undefined || !isEmptyVerb(word.raw)) && !isSpelledNumber(word.raw)) || demonym) {
    for (const [rank, related] of relatedTerms(word.raw.toLowerCase()).entries()) {
      if (word.isName && !related.derived) continue;
      if (!related.derived && !index.writesFormOf(related.term, related.lemma)) continue;
      forms.add(related.term, related.synonym ? 'synonym' : 'related', Math.max(RELATED_FLOOR, 1 - RELATED_DECAY * rank), related.derived);
      if (alternatives.length >= MAX_RELATED_ALTERNATIVES) break;
    }
  } else if (!word.isName && !word.implied && !isLightWord(word.raw) && !isSay(word.raw)) {
    // "stolen" is in the article, but the answer may say "made off with" or "theft": the closest
    // relatives are tried too, at a discount, so that the word as written still counts most. Not for
    // "say": in "what did Patterson say" its relatives ("state", "tell") pull towards other speech.
    const limit = alternatives.length + PRESENT_RELATED;
    for (const [rank, related] of closeRelatedTerms(word.raw.toLowerCase()).entries()) {
      if (rank >= PRESENT_RELATED_DEPTH || alternatives.length >= limit) break;
      if (!related.derived && !index.writesFormOf(related.term, related.lemma)) continue;
      forms.add(related.term, related.synonym ? 'synonym' : 'related', Math.max(RELATED_FLOOR, 1 - RELATED_DECAY * rank) * PRESENT_RELATED_WEIGHT, related.derived);
    }
  }
  // "Syria" is also the "Syrian" of "Syrian refugees", "Italy" the "Italian" of "the Italian navy": a
  // place meets the word for its people, as that word meets the place (above).
  if (!demonym && isPlaceName(word.raw)) for (const related of relatedTerms(word.raw.toLowerCase())) if (related.derived) forms.add(related.term, 'related', DEMONYM_WEIGHT);
  // "How old are the teenagers?" is answered by the fighters "of 13 and 14 years old"; "Blinken's job"
  // by "Secretary of State Antony Blinken"; "what caused the fire" by "sparked by", "due to".
  if (word.means === 'opposite') for (const opposite of newsOpposites(word.raw)) forms.add(termOf(opposite), 'related', OPPOSITE_WEIGHT, false, true);
  else if (word.means) forms.add(MEANT_TERMS[word.means], 'synonym');
  // "the challenger" is also the person the article calls so, wherever it gives only their name; "the
  // health minister" typed without capitals too, though the article writes the title as a name ("Health Minister Priya Raman").
  if (word.definite && !word.focus && !typed.isName && isPersonNoun(word.raw)) for (const surname of index.peopleCalled(word.term)) forms.add(surname, 'alias');
  const strongest = alternatives.reduce<Alternative | undefined>((best, a) => (!best || a.weight > best.weight || (a.weight === best.weight && index.idf(a.term) > index.idf(best.term)) ? a : best), undefined);
  const found = strongest ? index.idf(strongest.term) : word.implied ? 0 : index.idf('');
  // "Where was the suspect caught?" of an article that never says "suspect": the reader's name for the
  // person the article is about says who, not what; it counts as little as a question's focus.
  // An office ("the mayor", "the chairman") is asked about for who holds it: that the article names none is the answer.
  // One person, and not as an owner: "the tourists" or "the governor's salary" ask about what the words say.
  const standsForSomeone =
    !alternatives.length && word.definite === true && !word.isName && !word.focus && /^\p{L}+$/u.test(word.raw) && baseForms(word.raw).includes(word.raw.toLowerCase()) && isPersonNoun(word.raw) && !OFFICES.test(word.raw);
  const wording = standsForSomeone ? FOCUS_WEIGHT : wordingWeight(word);
  const importance = found * wording * (word.isName ? NAME_WEIGHT : 1);
  return { typed, namedHere, alternatives, importance, wording, standsForSomeone };
}

/**
 * What a question word may meet an article as when no article writes it as typed: its corrected
 * spelling, the place its people's name stands for, a newsroom paraphrase or a word WordNet relates
 * to it, each weighted as a match of that kind would be.
 */
export function looseTerms(word: QuestionWord, spelling: SpellingCorrector): { term: string; weight: number }[] {
  const terms: { term: string; weight: number }[] = [];
  const add = (term: string | undefined, kind: MatchKind) => {
    if (term && !terms.some((t) => t.term === term)) terms.push({ term, weight: MATCH_WEIGHTS[kind] });
  };
  // The closest words, however many are as close: "montly" is as near "monthly" as "mostly".
  const corrections = correctSpelling(spelling, word.raw);
  for (const correction of corrections) if (correction.distance === corrections[0]!.distance) add(correction.term, 'spelling');
  add(metonymOf(word.term), 'alias');
  if (word.isName) return terms;
  for (const paraphrase of newsParaphrases(word.raw)) add(termOf(paraphrase), 'synonym');
  for (const related of relatedTerms(word.raw.toLowerCase())) add(related.term, related.synonym ? 'synonym' : 'related');
  return terms;
}

/**
 * "blinken" or "blinkin" typed without a capital is the article's Blinken. "board" in "on board" is
 * not the article's "Safety Board": a dictionary word typed bare after "on", "at" or "in" names a
 * place, if anything ("in paris"), never a body or a person.
 */
function namedInArticle(index: ArticleIndex, word: QuestionWord, spelling: SpellingCorrector): boolean {
  if (word.bare && isDictionaryWord(word.raw) && !isPlaceName(word.raw)) return false;
  if (index.has(word.term)) return index.isName(word.term) && !writesOnlyAnotherWordInName(index, word);
  const acronym = word.raw.toUpperCase();
  if (ACRONYM_CAPITALS.test(acronym) && index.has(acronym)) return true;
  const corrected = correctionIn(index, spelling, word.raw);
  return corrected !== undefined && index.isName(corrected);
}

/**
 * A dictionary word typed in lower case whose term the article writes only in names, as another word
 * the stemmer joined to it: "democrat" and the "Syrian Democratic Forces".
 */
function writesOnlyAnotherWordInName(index: ArticleIndex, word: QuestionWord): boolean {
  return word.uncased === true && index.isName(word.term) && isDictionaryWord(word.raw) && !index.writesFormOf(word.term, word.raw.toLowerCase().replace(/['’]s$/, ''), true);
}

/** Words with digits are figures, not misspellings. */
function correctSpelling(spelling: SpellingCorrector, raw: string): readonly SpellingCandidate[] {
  return HAS_DIGIT.test(raw) ? [] : spelling.correctSpelling(raw);
}

/** The article's word closest to a misspelt one. */
function correctionIn(index: ArticleIndex, spelling: SpellingCorrector, raw: string): string | undefined {
  return correctSpelling(spelling, raw).find((c) => index.has(c.term) && (!c.asName || index.isName(c.term)))?.term;
}

/** What "reopen" counts for "open": nearly the word itself (an alias's weight). */
const AGAIN_SCALE = MATCH_WEIGHTS.alias / MATCH_WEIGHTS.synonym;

/** The term of "reopen" for "open", "rebuilt" for "build", when the article has it and WordNet makes it a kind of that deed. */
function doneAgain(index: ArticleIndex, raw: string): string | undefined {
  for (const term of againTerms(raw.toLowerCase())) if (index.has(term)) return term;
  return undefined;
}

const againTermCache = new Map<string, readonly string[]>();
const AGAIN_TERM_CACHE_LIMIT = 50_000;
const NO_TERMS: readonly string[] = [];

/** The terms of the deeds WordNet makes "doing `word` again" ("reopen" of "open"), the same in every article. */
function againTerms(word: string): readonly string[] {
  let terms = againTermCache.get(word);
  if (terms) return terms;
  terms = NO_TERMS;
  for (const form of baseForms(word)) {
    const again = `re${form}`;
    // Most words have no such form: the lexicon's word list says so before any stemming.
    if (!isLemma(again)) continue;
    const term = lemmaTermOf(again);
    if (term && relatedWords(again).some((related) => related.word === form && related.relation === 'hypernym')) terms = [...terms, term];
  }
  if (againTermCache.size < AGAIN_TERM_CACHE_LIMIT) againTermCache.set(word, terms);
  return terms;
}

/** The forms one question word meets one article as, in the order found, each once. */
class Alternatives {
  readonly alternatives: Alternative[] = [];

  constructor(
    private readonly index: ArticleIndex,
    private readonly word: QuestionWord,
  ) {}

  add(term: string | undefined, kind: MatchKind, scale = 1, derived = false, opposite = false): void {
    const { index, word, alternatives } = this;
    if (!term || !index.has(term)) return;
    for (const existing of alternatives) if (existing.term === term) return;
    // WordNet's "capital" is also "great", but "Great Britain" is a name, not a paraphrase.
    if ((kind === 'synonym' || kind === 'related') && !word.isName && index.isName(term)) return;
    // Every form with the same fields, set or not: one object shape for all of them.
    alternatives.push({ term, weight: MATCH_WEIGHTS[kind] * scale, kind, derived: derived ? true : undefined, opposite: opposite ? true : undefined });
  }
}

/** How much a word counts by its role: the "city" of "what city" and light verbs count less. */
export function wordingWeight(word: QuestionWord): number {
  return word.focus ? FOCUS_WEIGHT : isLightWord(word.raw) ? LIGHT_WEIGHT : 1;
}

interface RelatedTerm {
  term: string;
  /** The related word as WordNet lists it. */
  lemma: string;
  synonym: boolean;
  derived: boolean;
}
const relatedCache = new Map<string, RelatedTerm[]>();
const closeRelatedCache = new Map<string, RelatedTerm[]>();
const RELATED_CACHE_LIMIT = 20_000;

/**
 * Search terms of the words WordNet relates to `word`, closest first, to stand in for it where the
 * article does not have it; the same for every article, so kept. Very common verbs are left out:
 * standing in for "died", "went" would carry the question to "went home".
 */
export function relatedTerms(word: string): RelatedTerm[] {
  return cachedRelatedTerms(relatedCache, word, RELATED_LIMIT, true);
}

/**
 * The first few relatives of a word the article has, tried beside it at a discount: here a common
 * verb may help ("produced" is "made" in the answer), as the word as written still counts most.
 */
function closeRelatedTerms(word: string): RelatedTerm[] {
  return cachedRelatedTerms(closeRelatedCache, word, PRESENT_RELATED_DEPTH, false);
}

/**
 * The related words `relatedTerms` read, kept for `closeRelatedTerms`: WordNet gives the first few
 * of a word's relatives in the same order however many are asked for, so they need not be looked up again.
 */
const relatedWordsRead = new Map<string, readonly RelatedWord[]>();

function relatedWordsUpTo(word: string, limit: number): readonly RelatedWord[] {
  const read = relatedWordsRead.get(word);
  if (read && limit <= RELATED_LIMIT) return read.length > limit ? read.slice(0, limit) : read;
  const words = relatedWords(word, limit);
  if (limit === RELATED_LIMIT && relatedWordsRead.size < RELATED_CACHE_LIMIT) relatedWordsRead.set(word, words);
  return words;
}

function cachedRelatedTerms(cache: Map<string, RelatedTerm[]>, word: string, limit: number, standsIn: boolean): RelatedTerm[] {
  let terms = cache.get(word);
  if (terms) return terms;
  terms = [];
  for (const related of relatedWordsUpTo(word, limit)) {
    // Broader and narrower words ("capital" -> "seat") wander too far from what the reader meant; but a
    // noun of one sense that only slang spells otherwise ("dad": pa, pop) is best met by its broader word
    // ("father"), as closely as by a synonym.
    if (related.relation === 'hyponym' || (related.relation === 'hypernym' && !(standsIn && isNounOfOneSense(word)))) continue;
    if (standsIn && COMMON_VERBS.has(related.word)) continue;
    const term = lemmaTermOf(related.word);
    if (term) terms.push({ term, lemma: related.word, synonym: related.relation === 'synonym' || related.relation === 'hypernym', derived: related.relation === 'derived' });
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
      const term = lemmaTermOf(related.word);
      if (term && !terms.includes(term)) terms.push(term);
    }
  }
  if (phrasalCache.size < RELATED_CACHE_LIMIT) phrasalCache.set(key, terms);
  return terms;
}

/** The article has the word in some form, or a synonym of it, not only words WordNet relates to it ("rule" for "governor"). */
export function isMentioned(r: ResolvedWord): boolean {
  return r.alternatives.some((a) => a.kind !== 'related');
}

/** Words that carry the question, not "take", "back", the "city" of "what city" or an implied short form. */
export function isTelling(r: ResolvedWord): boolean {
  return isTellingWord(r.word);
}

/** The same of a word as the question asks it, before any article is searched. */
export function isTellingWord(word: QuestionWord): boolean {
  return !word.implied && !word.focus && !isLightWord(word.raw);
}

/** "say", "said", "says": asks for someone's words, and is no topic to look for. */
export function isSay(raw: string): boolean {
  return baseForms(raw).includes('say');
}

/** "Take", "back", "thing": words that carry little meaning of their own. */
export function isLightWord(raw: string): boolean {
  let light = lightCache.get(raw);
  if (light === undefined) {
    const lower = raw.toLowerCase();
    light = LIGHT_WORDS.has(lower) || baseForms(lower).some((form) => LIGHT_WORDS.has(form));
    if (lightCache.size < LIGHT_CACHE_LIMIT) lightCache.set(raw, light);
  }
  return light;
}
const lightCache = new Map<string, boolean>();
