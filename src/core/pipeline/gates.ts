/**
 * Every rule that declines a question, in one table, run in table order: the first gate that fires
 * declines, with its id as the reason code and what the reason should name. Gates of one stage run
 * together, when the pipeline has what they read: the question alone, the search, the best passage,
 * then the answer the judge would give.
 */
import { headedNamesIn, KIND_FIGURES, NAME_KINDS, namesThingItMentions, ORDINAL_WORDS, ordinalValue, placeKindOf, relativeTimesAsked, writtenAsCounted, type AnalysedQuestion, type AnswerKind, type Naming, type DateUnit, type QuestionWord, type SpelledNumber } from '../question.ts';
import { baseForms, isDictionaryWord, isInflectedVerb, isOnlyNoun, isPersonNoun, isPlaceName, newsOpposites } from '../lexicon.ts';
import { isMentioned, isSay, isTelling, isTellingWord, relatedTerms, type ResolvedWord } from '../resolve.ts';
import { GIVES_CAUSE, PERSONAL_PRONOUNS, type ArticleIndex } from '../search-index.ts';
import { pronounsSpeakingIn } from '../speakers.ts';
import { sentenceTokens, STOPWORDS, termOf, tokenize, type Token } from '../terms.ts';
import type { Article, ArticleMeta, Figure, FigureKind, Quote } from '../types.ts';
import { countsFromArticleDate, DAY_NAMES, dayCalled, namesCurrency, type FoundFigure } from '../figures.ts';
import { digitsPattern, figureWithUnit, figuresOfQuotes, writesTerm, type FigurePlace } from './quotes.ts';
import type { ReasonCode, ReasonParams } from './reasons.ts';
import { givesTelephoneNumber, type ScoredCandidate } from './rerank.ts';
import { asksKindAlone, givesMeasureOf, givesOnlyTimes, kindMatches, NO_TERMS, namesSpeaker, namingOfAskedThing, negatesNear, passageOf, speakerNamedNear, speaksAsAsked, standInPronoun } from './retrieve.ts';
import { isAscii, startsWithCapital } from '../characters.ts';
import { articleMatches } from '../quotation-search.ts';

/** What the gates of each stage read. */
export interface StageFacts {
  /** Before any search: the question and what it is asked of. */
  question: {
    question: AnalysedQuestion;
    /** The article id the question was asked of, when it was asked of one. */
    articleAsked: string | undefined;
    scope: readonly ArticleIndex[];
    /** The ids of the articles loaded; a function, as only a question asked of a missing article needs them. */
    loaded: () => readonly string[];
    /** Where the articles give a figure typed alone; undefined unless the question is figures alone. */
    figurePlaces: FigurePlace[] | undefined;
  };
  /** The search found no candidate at all. */
  search: { question: AnalysedQuestion; resolved: ResolvedWord[] };
  /** The best passage, before the judge weighs it. */
  passage: PassageFacts;
  /** The answer the judge would give: the best sentence and the neighbour it leans on. */
  answer: PassageFacts & { answering: Quote[] };
}

export interface PassageFacts {
  question: AnalysedQuestion;
  best: ScoredCandidate;
  /** The question's words as the best passage's article resolved them. */
  resolved: ResolvedWord[];
  ranked: readonly ScoredCandidate[];
  /** The judge finds the best passage unlikely to answer, and nothing it holds makes up for it (weighed once, when first asked). */
  unlikely(): boolean;
}

export type GateStage = keyof StageFacts;

interface GateOf<S extends GateStage> {
  /** Also the reason code of the decline. */
  id: ReasonCode;
  stage: S;
  /** When it declines, in one line. */
  when: string;
  /** A question it declines. */
  example: string;
  /** What the reason names when the gate declines; undefined when it lets the question through. */
  check(facts: StageFacts[S]): ReasonParams | undefined;
}
export type Gate = { [S in GateStage]: GateOf<S> }[GateStage];

const FIRES: ReasonParams = {};
const firesIf = (condition: unknown): ReasonParams | undefined => (condition ? FIRES : undefined);
/**
 * A question in another language still has words that are English or the article's by chance ("die",
 * "Geld" and "hat" in German, "les" and "ils" in French): it is told by the share of its words that are
 * neither, nearly all of them, or more than half with a letter English does not write ("donné", "Cuánto").
 * Typo-laden English ("amout anounced syria") has fewer, and no such letters.
 */
const FOREIGN_SHARE = 0.75;
const FOREIGN_SHARE_WITH_ACCENTS = 0.5;
/** Fewer words than this say too little to tell a language: "¿Quién es Blinken?" is left to the search. */
const FOREIGN_WORDS_NEEDED = 3;

/** Spanish opens a question or an exclamation with these. */
const INVERTED_MARK = /[¿¡]/;

/**
 * The question is written in another language, judged conservatively: mostly in a script other than
 * Latin with no English or article word, or at least FOREIGN_WORDS_NEEDED words besides names, none an
 * English function word and most neither English (WordNet) nor the article's. Names are left out
 * ("Estados Unidos" may be typed in an English question, "Blinken?" alone is asked of the article), and
 * so are words of one letter ("a", "à"), which tell no language.
 */
function readsAsAnotherLanguage(question: AnalysedQuestion, scope: readonly ArticleIndex[]): boolean {
  const words = question.tokens.filter((token) => HAS_LETTER.test(token.raw));
  let letters = 0;
  let latin = 0;
  for (const token of words) {
    for (const letter of token.raw) {
      letters++;
      if (isLatin(letter)) latin++;
    }
  }
  if (latin * 2 < letters) return !words.some((token) => knownWord(token, scope));
  // "¿Cuánta ayuda?": the inverted mark English never writes settles it, however short the question.
  if (INVERTED_MARK.test(question.text) && words.some((token) => !knownWord(token, scope))) return true;
  const plain = words.filter((token, at) => token.raw.length > 1 && (at === 0 || !startsWithCapital(token.raw)));
  if (plain.length < FOREIGN_WORDS_NEEDED || plain.some((token) => STOPWORDS.has(token.raw.toLowerCase()))) return false;
  const unknown = plain.filter((token) => !knownWord(token, scope));
  const share = unknown.length / plain.length;
  const accented = unknown.some((token) => !isAscii(token.raw));
  // Typed without capitals, any word may be a name ("okafor mbappe kane"): only letters English does not write tell.
  const namesUntold = question.words.some((word) => word.uncased);
  return (share >= FOREIGN_SHARE && !namesUntold) || (share > FOREIGN_SHARE_WITH_ACCENTS && accented);
}

/** English, or a word of the articles asked. */
function knownWord(token: Token, scope: readonly ArticleIndex[]): boolean {
  return STOPWORDS.has(token.raw.toLowerCase()) || isDictionaryWord(token.raw) || (token.term !== undefined && scope.some((index) => index.has(token.term!)));
}

/** Out here rather than in the functions using them: esbuild writes a pattern with a Unicode property outside brackets as `new RegExp(...)`, made at every call. */
const HAS_LETTER = /\p{L}/u;
const CAPITALISED_POSSESSIVE = /^\p{Lu}.*['’]s$/u;
const PAST_FORM = /\p{L}ed$/iu;
const LATIN_SCRIPT = /\p{Script=Latin}/u;

/** One character (as a string) is of the Latin script; told without the pattern for English letters, as most are. */
function isLatin(letter: string): boolean {
  const code = letter.charCodeAt(0);
  if (letter.length === 1 && code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LATIN_SCRIPT.test(letter);
}

/** Share of the best passage's coverage within which other candidates count as close runners-up. */
const CLOSE_COVERAGE = 0.8;
/** Least window coverage at which a passage without the kind of answer asked for is known to be about the question. */
const ON_TOPIC_COVERAGE = 0.6;

/** In the order they run. test/gates.test.ts asks each gate's example and expects that gate to decline it. */
export const GATES: readonly Gate[] = [
  {
    id: 'no-articles',
    stage: 'question',
    when: 'no article is loaded',
    example: 'Who won the final?',
    check: ({ scope, articleAsked }) => firesIf(scope.length === 0 && articleAsked === undefined),
  },
  {
    id: 'unknown-article',
    stage: 'question',
    when: 'the question is asked of an article id that is not loaded',
    example: 'Who won the final?',
    check: ({ scope, articleAsked, loaded }) => (scope.length === 0 ? { text: articleAsked, words: loaded() } : undefined),
  },
  {
    id: 'too-long',
    stage: 'question',
    when: 'the message is longer than a question can be: a pasted text asks too many things at once',
    example: 'How many passengers does the ferry carry? '.repeat(12),
    check: ({ question }) => firesIf(question.tooLong),
  },
  {
    id: 'small-talk',
    stage: 'question',
    when: 'the message is thanks, a greeting, a goodbye or an "ok"',
    example: 'thanks!',
    check: ({ question }) => firesIf(question.smallTalk),
  },
  {
    // "Who wrote this article?" is answered by its metadata, not its sentences; "summarize it" by the
    // lead of one article (the engine answers that), not of several at once.
    id: 'about-the-article',
    stage: 'question',
    when: 'the question asks where the article comes from, who its author is ("who is Jane Doe?" of her byline), or the gist of several articles at once',
    example: 'Who wrote this article?',
    check: ({ question, scope }) => {
      // "Who wrote the airline story?" of several articles: the one its title or id calls so.
      const named = question.sourceOf ? scope.filter((index) => articleMatches(index.article, question.sourceOf)) : [];
      const only = scope.length === 1 ? scope[0]!.article.meta : named.length === 1 ? named[0]!.article.meta : undefined;
      if (question.aboutArticle === 'source') return only ? { text: sourceLine(only) } : { about: 'source' };
      if (question.aboutArticle === 'quotes' || question.aboutArticle === 'figures') return { about: question.aboutArticle };
      const written = question.asksWhoNamedIs ? scope.find((index) => isAuthorAskedAbout(question, index)) : undefined;
      if (written) return { text: sourceLine(written.article.meta) };
      return question.aboutArticle === 'gist' && scope.length > 1 ? { about: 'gist' } : undefined;
    },
  },
  {
    id: 'only-link',
    stage: 'question',
    when: 'the question is a web address and nothing else',
    example: 'https://example.com/news/story',
    check: ({ question }) => (question.onlyLink ? {} : undefined),
  },
  {
    id: 'empty-question',
    stage: 'question',
    when: 'nothing is left of the question once cleaned',
    example: '   ',
    check: ({ question }) => (question.text ? undefined : {}),
  },
  {
    id: 'no-words',
    stage: 'question',
    when: 'the question has no word to search for',
    example: '???',
    // "and when?", "why": a question word alone asks nothing of its own, and no earlier question carries over.
    check: ({ question }) => (question.words.length ? undefined : question.hasQuestionWord ? { text: question.text } : {}),
  },
  {
    id: 'figure-never-given',
    stage: 'question',
    when: 'a figure typed alone is nowhere in the articles',
    example: '$999 million',
    check: ({ question, figurePlaces }) => (figurePlaces?.length === 0 ? { words: (question.figuresAlone ?? []).map((f) => f.text) } : undefined),
  },
  {
    id: 'only-numbers',
    stage: 'question',
    when: 'the question is only numbers that are no figure to look up',
    example: 'one two',
    check: ({ question, figurePlaces }) => firesIf(!question.hasQuestionWord && question.onlyNumbers && figurePlaces === undefined),
  },
  {
    // "¿Cuánto dinero dio Estados Unidos?" shares no word with an English article: naming "Estados" as missing would mislead.
    id: 'not-english',
    stage: 'question',
    when: 'the question is in another language: several words and almost none English or the article\'s, or mostly another script',
    example: '¿Cuánto costó el transbordador?',
    check: ({ question, scope }) => firesIf(readsAsAnotherLanguage(question, scope)),
  },
  {
    // A Discord mention stands for a member of the server, whom no article names by that number.
    id: 'named-by-mention',
    stage: 'question',
    when: 'the question names someone by a Discord mention ("what did @someone say")',
    example: 'What did <@123456789012345678> say about the ferry?',
    check: ({ question }) => firesIf(question.namesByMention),
  },
  {
    // "How much did it cost?" of several articles: "it" may be any of their subjects, and the word
    // beside it ("cost") does not say which.
    id: 'pronoun-of-several',
    stage: 'question',
    when: 'several articles, and the question is about an "it", "he", "she" or "they" with at most one other word, which no single article alone writes',
    example: 'How much did it cost?',
    check: ({ question, scope }) => {
      const pronoun = scope.length > 1 ? question.tokens.find((token) => SUBJECT_PRONOUN.test(token.raw)) : undefined;
      if (!pronoun) return undefined;
      const told = question.words.filter((w) => !onlyFrames(w) && !w.focus && !w.implied);
      if (told.length > 1 || told.some((w) => w.isName)) return undefined;
      const writers = told.map((w) => scope.filter((index) => index.has(w.term)).length);
      return writers.every((count) => count !== 1) ? { text: pronoun.raw.toLowerCase() } : undefined;
    },
  },
  {
    // "How old is he?": "old" only says what is wanted, and "he" is no one the article can be searched for.
    id: 'no-subject',
    stage: 'search',
    when: 'nothing matches, and the question\'s only words say what kind of answer it wants, or frame a "he", "it" or "that" ("is that a lot?")',
    example: 'How heavy is he?',
    check: ({ question, resolved }) => {
      // "Is it a lot?", "is that a lot?": a pronoun and words that only frame a question say nothing to look for.
      const framed = (standInPronoun(question) !== undefined || question.tokens.some((t) => DEMONSTRATIVE.test(t.raw))) && resolved.every((r) => onlyFrames(r.word));
      return firesIf(framed || resolved.every((r) => r.word.focus || r.word.implied));
    },
  },
  {
    id: 'nothing-matches',
    stage: 'search',
    when: 'no sentence shares anything with the question',
    example: 'Did the zeppelin dock?',
    check: ({ resolved }) => {
      // "Did anyone get sent off?": "sent" is what the article lacks; "anyone" and "get" only when nothing else is asked.
      const telling = resolved.filter(isTelling);
      return { words: (telling.length ? telling : resolved.filter((r) => !r.word.implied)).map((r) => r.word.raw) };
    },
  },
  {
    // "What did she say?", "What was it about?": each question is read on its own, so "she" and "it" stand
    // for no one yet, and any quotation would be a guess.
    id: 'pronoun-only',
    stage: 'passage',
    when: 'the question is about a "he", "she", "they", or an "it" of which no measurement (how far, heavy, hot...) is asked, has nothing else to look for, and "he" or "she" is not the one person the article quotes',
    example: 'What did she say?',
    check: ({ question, best }) => {
      const pronoun = standInPronoun(question);
      if (!pronoun || !question.words.length || !question.words.every(onlyFrames)) return undefined;
      // "What did he say?" of an article quoting nearly only Blinken, as "he": no doubt who "he" is.
      return mainSpeakerCalled(best.index.article, pronoun.raw) ? undefined : { text: pronoun.raw };
    },
  },
  {
    // "string" meets "run" only as a distant relative ("a string of wins"): that alone is no answer. Nor is
    // a sentence sharing no word with the question, which is its neighbour's context, unless it quotes
    // the speaker asked about ("What did the governor say?" — “We will rebuild.”).
    id: 'touches-only',
    stage: 'passage',
    when: 'the best passage shares no telling word with the question',
    example: 'How many times was the Gull painted?',
    check: ({ question, best, resolved }) =>
      firesIf(!(asksKindAlone(question, resolved) && best.features.kindMatch) && (!sharesTellingWord(best, resolved) || (best.features.coverage === 0 && !resolved.some((r) => r.word.speaker)))),
  },
  {
    // "Who came third in the women's race?" is not answered by "In the women's race, Haile won,
    // outsprinting Wanjiru": the place asked about must be written where the answer is.
    id: 'placing-not-given',
    stage: 'passage',
    when: '"who came third", "who finished 2nd": the best passage does not write that place',
    example: 'Who came third in the ferry race?',
    check: ({ question, best }) => (question.placing !== undefined && !writesPlacing(best, question.placing) ? { text: PLACE_WORDS[question.placing]?.[0] ?? `${question.placing}th` } : undefined),
  },
  {
    // A name or a number the article never mentions ("the 2001 earthquake") is something it cannot speak of.
    id: 'unknown-name-or-number',
    stage: 'passage',
    when: 'a name or a number of the question is nowhere in the article',
    example: 'Did Zanzibar buy the ferry?',
    check: ({ question, best, resolved }) => {
      const neverWritten = numbersNotGiven(question, best.index.article, resolved).filter((n) => !n.writtenAs.length);
      const unknown = resolved.filter((r) => (r.word.isName && !r.alternatives.length) || neverWritten.some((n) => n.word === r.word)).map((r) => r.word.raw);
      return listed(unknown.length ? unknown : question.headedNames.filter((name) => writtenOnlyApart(best.index, name)));
    },
  },
  {
    // "Did the US give $436 billion?" of an article giving "$436 million": the number is there, the figure is not.
    id: 'figure-given-otherwise',
    stage: 'passage',
    when: 'a figure of the question is not in the article, which writes its number only in another figure',
    example: 'Did the ferry cost $40 billion?',
    check: ({ question, best, resolved }) => {
      const otherwise = numbersNotGiven(question, best.index.article, resolved).filter((n) => n.writtenAs.length);
      return otherwise.length ? { text: otherwise.map((n) => n.stated).join(' or '), words: [...new Set(otherwise.flatMap((n) => n.writtenAs))] } : undefined;
    },
  },
  {
    // "When was Blinken sworn in?": a date in the article is not the date of an event it never mentions,
    // nor is "why was the horse disqualified" answered by the reasons for anything else.
    id: 'unmentioned-event',
    stage: 'passage',
    when: '"when" or "why" asks about an event the article never mentions',
    example: 'When was the ferry christened?',
    check: ({ question, resolved }) => {
      if (question.kind !== 'time' && question.kind !== 'clock' && question.kind !== 'reason') return undefined;
      const event = resolved.find((r) => !r.word.isName && isTelling(r) && !r.alternatives.length && question.eventWords.has(r.word));
      return event && { text: event.word.raw, kind: question.kind };
    },
  },
  {
    id: 'past-only-for-future',
    stage: 'passage',
    when: '"when will", "when is it going to": answered only by past dates',
    example: 'When will the old ferry be retired?',
    check: ({ question, best }) => firesIf((question.kind === 'time' || question.kind === 'clock') && question.futureTense && givesOnlyTimes(best, 'before')),
  },
  {
    id: 'future-only-for-past',
    stage: 'passage',
    when: '"when did", "when was": answered only by times still ahead of the article ("next spring")',
    example: 'When did the second vessel join the fleet?',
    check: ({ question, best }) => firesIf(question.kind === 'time' && question.pastTense && givesOnlyTimes(best, 'after')),
  },
  {
    id: 'unmentioned-time',
    stage: 'passage',
    when: '"last year", "two days ago": a time the article never speaks of',
    example: 'Who bought a ferry two years ago?',
    check: ({ question, best }) => {
      const { article } = best.index;
      const time = unmentionedTime(question, article);
      if (time === undefined) return undefined;
      // "tomorrow" of an article with no date may well be a day it names.
      return article.meta.date === undefined && countsFromArticleDate(time) ? { text: time, undated: true } : { text: time };
    },
  },
  {
    // "What is Superintendent Hale's salary?": an article that never mentions salaries, in any form, cannot say.
    // A distant relative does not count: "population" meeting "live" is no population figure.
    id: 'attribute-missing',
    stage: 'passage',
    when: '"what is the X of Y" asks for an X the article never mentions',
    example: "What is the ferry's tonnage?",
    check: ({ question, best, resolved }) => {
      const attribute = resolved.filter((r) => question.attribute?.includes(r.word.term));
      if (!attribute.length || attribute.some(isMentioned)) return undefined;
      // "What is the cost of the renovation?" — "a $42.7 million renovation" gives it without the word.
      return question.kind === 'money' && sumBeforeAskedNoun(question, best) ? undefined : { words: attribute.map((r) => r.word.raw) };
    },
  },
  {
    // "What did the Suns coach say" is not answered by another coach's words: every name of the
    // speaker asked about, and something of the rest ("CEO" for "chief executive"), must be there.
    id: 'speaker-not-quoted',
    stage: 'passage',
    when: '"what did X say": the best passage is not X\'s words',
    example: 'What did the shipyard say about the boat?',
    check: ({ question, best, resolved }) => (speakerNamedNear(best, resolved) && speaksAsAsked(best) ? undefined : { words: speakerAsTyped(question, resolved) }),
  },
  {
    // "What did Blinken say about the bridge?" is not answered by whatever Blinken said, in an article
    // that never mentions a bridge. One that does may quote him on "it": that is for the model to weigh.
    id: 'topic-not-quoted',
    stage: 'passage',
    when: '"what did X say about Y": the article never mentions Y, in any form, or never beside words of X\'s',
    example: 'What did Captain Brandt say about the weather?',
    check: ({ question, best, resolved }) => {
      const topic = resolved.filter((r) => question.saidAbout?.includes(r.word.term) && !r.word.speaker && isTelling(r));
      if (!topic.length) return undefined;
      const mentioned = topic.some(isMentioned);
      if (mentioned && !neverBesideSpeaker(best.index, resolved, topic)) return undefined;
      return { words: topic.map((r) => r.word.raw), together: speakerAsTyped(question, resolved), ...(mentioned ? { mentioned } : {}) };
    },
  },
  {
    // "Boston's payroll" is not answered by a passage about another team's payroll.
    id: 'owner-elsewhere',
    stage: 'passage',
    when: '"X\'s Y": X is not in the passages about Y',
    example: "What was Dunmore's ferry price?",
    check: ({ question, best, resolved }) => listed(resolved.filter((r, w) => r.word.isName && question.possessiveWords.has(r.word) && !best.windowMatched[w]).map((r) => r.word.raw)),
  },
  {
    // "How much rain is forecast for Tuesday?" is not answered by "More rain is forecast for Monday": a
    // day the question names, when the passage names only other days, is another day's news.
    id: 'other-day',
    stage: 'passage',
    when: '"on Tuesday": the best passage names other days of the week, not that one',
    example: 'What did the town buy on Friday?',
    check: ({ question, best }) => {
      if (!DAY_MENTIONED.test(question.text)) return undefined;
      const asked = DAY_NAMES.filter((day) => question.text.toLowerCase().includes(day.toLowerCase()));
      const passage = passageOf(best.index, best.id).map((n) => best.index.article.sentences[n]!.text);
      const given = DAY_NAMES.filter((day) => passage.some((text) => text.includes(day)));
      return given.length && !given.some((day) => asked.includes(day)) ? { text: given.join(' and '), words: asked } : undefined;
    },
  },
  {
    // "How many people died in Llano County?" is not answered by a passage about Burnet County: a place
    // the question puts it in, which the article mentions elsewhere, must be in the passage when the
    // passage names another place. The dateline's place is where the whole article is set.
    id: 'place-elsewhere',
    stage: 'passage',
    when: '"in X": X is not in the passages about the rest, which name another place',
    example: 'When did the town buy a ferry in Bergen?',
    check: ({ question, best, resolved }) => {
      if (!question.locatedTerms.length) return undefined;
      const { index } = best;
      const missing = resolved.filter(
        (r, w) =>
          r.word.isName &&
          question.locatedTerms.includes(r.word.term) &&
          !best.windowMatched[w] &&
          // Where the whole article is set, its dateline or the subject its title names, need not be repeated.
          !r.alternatives.some((a) => index.datelineTerms.has(a.term) || index.titleTerms.has(a.term)) &&
          // A place known as one ("Denver", "Georgia"), or typed with its kind ("Yakima County"), not any name after "in".
          (isPlaceName(r.word.raw) || question.headedNames.some((name) => name.split(/\s+/).includes(r.word.raw))) &&
          !writesItsPeople(best, r.word.raw),
      );
      if (!missing.length || missing.some((r) => !isMentioned(r))) return undefined;
      return namesAnotherPlace(best, question, resolved) ? { words: missing.map((r) => r.word.raw) } : undefined;
    },
  },
  {
    // "Who is the leader of ISIS Greater Sahara?" asks for a name: a passage naming only places and the
    // question's own names names no one. ("Who rescued the children?" is answered by "Firefighters".)
    id: 'no-one-named',
    stage: 'passage',
    when: '"who is the leader": the best passage names no one',
    example: 'Who was the buyer of the old ferry?',
    check: ({ question, best, resolved }) => firesIf(question.kind === 'person' && question.wantsSomeoneNamed && !namesSomeone(best, resolved)),
  },
  {
    // "Which other private donors gave money besides the Hollis family?" is not answered by the sentence
    // naming the Hollis family's gift: it must name someone or something the question does not.
    id: 'none-besides',
    stage: 'passage',
    when: '"who else", "which other X besides Y": the best passage names nothing the question does not name',
    example: 'Which other vessels besides the Gull will join the fleet?',
    check: ({ question, best, resolved }) => firesIf(question.asksOthers && !namesSomeone(best, resolved, 'name')),
  },
  {
    // "What's the name of Voss's son?" of an article writing only "he has a 3-year-old son": the article
    // speaks of the son, and never gives his name beside the word, as "his son, Mark," would.
    id: 'role-not-named',
    stage: 'passage',
    when: '"the name of the X": the article writes X, a kind of person, but never beside a name',
    example: 'What is the name of the youngest volunteer?',
    check: ({ question, best }) => {
      const role = question.kind === 'person' ? roleAsked(question) : undefined;
      return role && best.index.has(role.term!) && !best.index.namesRole(role.term!) ? { words: [role.raw] } : undefined;
    },
  },
  {
    // "Who designed the bridge?" is not answered by "The project replaced the bridge's steel deck": a
    // passage that neither names anyone nor speaks of people ("firefighters", "the mayor") says who did nothing.
    id: 'no-one-in-passage',
    stage: 'passage',
    when: '"who": the best passage names no one and speaks of no kind of person',
    example: 'Who trained the crew in Norway?',
    check: ({ question, best, resolved }) => firesIf(question.kind === 'person' && !namesSomeone(best, resolved) && !speaksOfPeople(best, resolved)),
  },
  {
    // "Who founded Veltrix?" is not answered by "Veltrix, founded in 2009, employs about 41,000 people", nor
    // "who heads the chamber of commerce" by "Supporters, including the chamber of commerce...": a post is
    // held by a person, and the passage must name one the article shows to be a person (a speaker, a
    // name beside a role or given an age).
    id: 'holder-not-named',
    stage: 'passage',
    when: '"who founded X", "who coaches X", "who is the CEO": the best passage names no one the article shows to be a person',
    example: 'Who founded the bakery on the harbour?',
    check: ({ question, best, resolved }) => firesIf(question.asksHolder && !namesPerson(best, resolved)),
  },
  {
    // "What country is Black Lantern based in?" asks for a named place: "A group calling itself Black
    // Lantern claimed responsibility" names nothing but what the question names. ("Where did the fire
    // start?" may be answered by "in the engine room"; any other name may be the place, written as no
    // place is: "England's northern fortress".)
    id: 'no-place-named',
    stage: 'passage',
    when: '"what country", "which city": the best passage names nothing but the question\'s own names',
    example: 'What country is the bakery in?',
    check: ({ question, best, resolved }) => firesIf(asksNamedPlace(question) && !namesSomeone(best, resolved, 'name') && !namesSomeone(best, resolved, 'place')),
  },
  {
    // "What is the name of the insurer?": "The museum's insurer has offered a reward" names none.
    id: 'no-name-given',
    stage: 'passage',
    when: '"what is the name of": the best passage names nothing',
    example: 'What is the name of the ferry?',
    check: ({ question, best, resolved }) => firesIf(question.wantsName && !namesSomeone(best, resolved, 'name')),
  },
  {
    // "What is the name of the ferry?": "The ferry was carrying passengers from Port Carrick" names a place, not the ferry.
    id: 'thing-not-named',
    stage: 'passage',
    when: '"the name of the X": the best passage mentions X but names only places, speakers or the question\'s own names; "the names of the Xs": it only counts them',
    example: 'What is the name of the tugboat?',
    check: ({ question, best }) => firesIf(namingOfAskedThing(question, best) === 'unnamed'),
  },
  {
    // "Which staffing agency sent the nurses?" is not answered by "a staffing agency sent nurses", nor
    // "which schools" by "moved to two nearby schools".
    id: 'which-not-named',
    stage: 'passage',
    when: '"which X", "what is the X called": the best passage mentions X but names only places, speakers or the question\'s own names; "which Xs": it only counts them',
    example: 'Which bakery sells bread to passengers?',
    check: ({ question, best }) => firesIf(question.whichOf && mentionsIndefinitely(best, question.whichOf, question.asksSeveral) && choiceNaming(question, question.whichOf, best) === 'unnamed'),
  },
  {
    // "What caused the fire?" is not answered by "The fire broke out in the engine room".
    id: 'no-cause-given',
    stage: 'passage',
    when: '"what caused the X": the best passage mentions X but gives no cause',
    example: 'What caused the petition?',
    check: ({ question, best }) => firesIf(question.causeOf && restatesWithoutCause(best, question.causeOf)),
  },
  {
    // "What is the hotline number?" is not answered by "call the hotline, open from 8 a.m. to 8 p.m.".
    id: 'no-telephone-number',
    stage: 'passage',
    when: '"what is the hotline number", "what number do I call": the best passage gives no telephone number',
    example: 'What number should passengers call?',
    check: ({ question, best }) => firesIf(question.asksTelephoneNumber && !givesTelephoneNumber(best)),
  },
  {
    // "What colour is the new engine?" is not answered by "The new engine will not go into service right away".
    id: 'no-colour-given',
    stage: 'passage',
    when: '"what colour": the best passage names no colour',
    example: 'What colour is the tugboat from Bergen?',
    check: ({ question, best }) => firesIf(question.asksColour && !passageOf(best.index, best.id).some((n) => COLOUR_WORDS.test(best.index.article.sentences[n]!.text))),
  },
  // The judge finds the best passage unlikely to answer: the reason says what is missing, most telling first.
  {
    id: 'unlikely-kind-missing',
    stage: 'passage',
    when: 'unlikely, and no close passage holds the kind of answer asked for',
    example: 'How many volunteers did the shipyard send to the autumn ceremony by bicycle?',
    check: ({ unlikely, question, best, ranked }) => {
      if (!unlikely()) return undefined;
      const wantsKind = KIND_FIGURES[question.kind].length > 0 || NAME_KINDS.has(question.kind);
      const closeOnes = ranked.filter((c) => c.features.coverage >= best.features.coverage * CLOSE_COVERAGE);
      const noneHoldsKind = closeOnes.every((c) => !c.features.kindMatch && !c.features.nameMatch);
      return wantsKind && noneHoldsKind && best.features.windowCoverage >= ON_TOPIC_COVERAGE ? { kind: question.kind } : undefined;
    },
  },
  {
    id: 'unlikely-found-apart',
    stage: 'passage',
    when: 'unlikely, and the question\'s words are in the article but never in one passage',
    example: 'Did Brandt buy bread?',
    check: (facts) => {
      if (!facts.unlikely()) return undefined;
      const apart = foundApart(facts);
      const together = foundTogether(facts);
      return apart.length && together.length ? { words: apart, together } : undefined;
    },
  },
  {
    id: 'unlikely-missing-and-shared',
    stage: 'passage',
    when: 'unlikely, and some words of the question are nowhere in the article',
    example: 'Where does the mayor live?',
    check: (facts) => {
      if (!facts.unlikely()) return undefined;
      const missing = missingWords(facts.resolved, facts.best.index.article);
      const together = foundTogether(facts);
      return missing.length && together.length ? { words: missing, together } : undefined;
    },
  },
  {
    id: 'unlikely-missing-words',
    stage: 'passage',
    when: 'unlikely, and the words it has in common are only paraphrases',
    example: 'Is the toast burnt?',
    check: (facts) => (facts.unlikely() ? listed(missingWords(facts.resolved, facts.best.index.article)) : undefined),
  },
  {
    id: 'unlikely-shared-only',
    stage: 'passage',
    when: 'unlikely, though the best passage has words of the question',
    example: 'In what city did Dunmore speak?',
    check: (facts) => {
      const together = facts.unlikely() ? foundTogether(facts) : [];
      return together.length ? { together } : undefined;
    },
  },
  {
    id: 'unlikely',
    stage: 'passage',
    when: 'unlikely, whatever the words',
    example: 'How much profit did Dunmore make?',
    check: ({ unlikely }) => firesIf(unlikely()),
  },
  {
    // "Why did the krone strengthen?" is not answered by "The krone weakened slightly": a question put
    // the wrong way round asks about what did not happen. A yes-or-no question is answered by it.
    id: 'opposite-said',
    stage: 'answer',
    when: '"why", "how much", "when": the best passage writes the opposite of a word of the question and not the word',
    example: 'Why did the council reject the purchase?',
    check: ({ question, best, resolved }) => {
      if (!OPPOSITE_MATTERS.has(question.kind)) return undefined;
      const said = oppositeSaid(best, resolved, question.predicateTerms);
      return said && { text: said.opposite, words: [said.asked] };
    },
  },
  {
    // The best sentence's own figure was judged when ranking ("How old is Blinken?" is not answered by
    // the ages of the fighters he spoke of); a neighbour it leans on may hold the figure instead.
    id: 'wanted-kind-missing',
    stage: 'answer',
    when: '"how many", "when": the answer holds no figure of the kind asked for',
    example: 'How old is the ferry Dunmore bought?',
    check: ({ question, best, answering }) => {
      const wanted = KIND_FIGURES[question.kind];
      const holdsWanted = best.features.kindMatch === 1 || answering.slice(1).some((q) => holdsWantedFigure(question, best.index, q));
      return wanted.length && !holdsWanted ? { kind: question.kind } : undefined;
    },
  },
  {
    // "How many of the 10,000 fighters are French?" is not answered by the sentence giving the 10,000.
    id: 'restated-figure-only',
    stage: 'answer',
    when: 'the only figure of the kind asked for is the one the question gives',
    example: 'How many of the 500 residents were children?',
    check: ({ question, best, answering }) => {
      const restated = restatesOnly(question, best.index, answering, KIND_FIGURES[question.kind]);
      return restated === undefined ? undefined : { text: restated };
    },
  },
  {
    // "Which month was the meeting?" is not answered by "on Monday".
    id: 'date-unit-missing',
    stage: 'answer',
    when: '"what year", "which month": the answer gives no such part of a date',
    example: 'Which month did the ferry sail on Monday?',
    check: ({ question, best, answering }) => {
      const unit = question.dateUnit;
      return unit && !answering.some((q) => best.index.figuresIn(q.sentence).some((f) => givesDateUnit(f, unit))) ? { dateUnit: unit } : undefined;
    },
  },
  {
    // "Why did the mother reject her pup?" is not answered by "The pup will stay with her mother": a
    // passage that tells what happened, in the question's words, but no cause or purpose, does not say why.
    id: 'reason-not-given',
    stage: 'answer',
    when: '"why": the answer gives no cause, reason or purpose',
    example: 'Why was the Gull painted white?',
    check: ({ question, best, answering }) => firesIf(question.kind === 'reason' && !answering.some((q) => givesReason(best.index, q.sentence))),
  },
  {
    // "What is Quillon's yearly revenue?" is not answered by "Brightwave's annual revenue of $6.4 billion".
    id: 'owned-by-another',
    stage: 'answer',
    when: '"X\'s Y": the best passage gives another name\'s Y',
    example: "What is Brandt's harbour fee?",
    check: ({ question, best, resolved, answering }) => {
      const other = ownerInstead(question, best, resolved, answering);
      return other && { text: other.instead, words: [other.asked] };
    },
  },
  {
    // "What was the fourth-quarter profit?" is not answered by "a third-quarter net profit of $412 million".
    id: 'ordinal-of-another',
    stage: 'answer',
    when: '"the fourth quarter": the answer writes another ordinal before that word, and never the one asked',
    example: 'When will the 12th vessel join the fleet?',
    check: ({ question, answering }) => {
      const asked = question.ordinalThing;
      if (!asked) return secondOfSuperlative(question, answering);
      // "...in the third quarter, but early in the fourth": the one asked is written, if not before the word.
      if (answering.some((quote) => sentenceTokens(quote.text).some((t) => ordinalValue(t.raw) === asked.value))) return undefined;
      const other = answering.flatMap((quote) => ordinalsBefore(quote.text, asked.term))[0];
      return other && { text: other.written, words: [asked.typed] };
    },
  },
  {
    // "Who did not plead guilty?" is not answered by "Ortiz pleaded guilty": a negated question wants a
    // passage that negates or refuses something too.
    id: 'negation-not-met',
    stage: 'answer',
    when: 'the question negates ("did not", "never") and nothing in or beside the answer negates or refuses',
    example: 'Which ferry was not retired?',
    check: ({ question, best, answering }) => firesIf(question.negates && !answering.some((q) => negatesNear(best.index, q.sentence - 1))),
  },
  {
    id: 'counts-something-else',
    stage: 'answer',
    when: '"how many X": the answer counts something other than X',
    example: 'How many crew does the ferry carry?',
    check: ({ question, best, answering, resolved }) => countsSomethingElse(question, best.index, answering, resolved),
  },
  {
    // "How much is a ticket?" is not answered by "The zoo draws 900,000 visitors a year": a count of
    // something the question never speaks of is no amount of what it asks about.
    id: 'figure-of-another',
    stage: 'answer',
    when: '"how much": every figure of the answer counts something the question does not ask about',
    example: 'How much did the petition raise?',
    check: ({ question, best, answering }) => figureOfAnother(question, best.index, answering),
  },
  {
    // "How much do the pilots earn?" is not answered by "The strike could cost the airline $30 million":
    // a sum the passage gives as no price, pay or earnings is not what the question's verb asks for.
    id: 'sum-not-as-asked',
    stage: 'answer',
    when: '"how much does X cost", "how much do Xs earn": no sum of the answer is given as a price, or as pay',
    example: 'How much did the tickets cost the town?',
    check: ({ question, best, answering }) => sumNotAsAsked(question, best.index, answering),
  },
  {
    // "How many people died?" is not answered by "Eleven people were taken to hospital": the passage
    // counts the people asked about, but what it tells of them is another event.
    id: 'counts-other-event',
    stage: 'answer',
    when: '"how many X died": the answer counts X, but nothing near it says what happened to them',
    example: 'How many residents were evacuated?',
    check: ({ question, best, resolved }) => countsOtherEvent(question, best, resolved),
  },
];

/**
 * "What caused the fire?" is not answered by "The fire broke out in the engine room": a sentence
 * that names the thing asked the cause of, in the question's own words, must also give a cause
 * (or say it is unknown), as its index records. One that does not name it may give the cause as its
 * subject ("The revolution separated the churches"), and is left to the ranking.
 */
function restatesWithoutCause(candidate: ScoredCandidate, causeOf: readonly string[]): boolean {
  if (candidate.index.facts[candidate.id]!.terms.includes(GIVES_CAUSE)) return false;
  const words = new Set(sentenceTokens(candidate.index.article.sentences[candidate.id]!.text).map((token) => token.raw.toLowerCase().replace(/['’]s$/, '')));
  return causeOf.some((word) => words.has(word) || words.has(`${word}s`) || words.has(`${word}es`) || words.has(word.replace(/s$/, '')));
}

/** The article gives the number the question spells out, in digits: "6 states" for "six", "4th" for "fourth". */
function givesSpelledNumber(article: Article, spelled: SpelledNumber | undefined): boolean {
  if (spelled === undefined) return false;
  if (spelled.ordinal) return new RegExp(`(?<![\\p{N}.,/])${spelled.value}(?:st|nd|rd|th)\\b`, 'u').test(article.text);
  return article.figures.some((f) => f.value === spelled.value && (f.kind === 'count' || f.kind === 'number'));
}

/** What a figure the question states may be given as: "$25" only as a sum of money, "40 cars" as any count or measure, not as "4:40 a.m." or "Aug. 10". */
const STATED_AS: Partial<Record<FigureKind, readonly FigureKind[]>> = {
  money: ['money'],
  percent: ['percent'],
  count: ['count', 'number', 'measure', 'duration', 'age'],
  number: ['count', 'number', 'measure', 'duration', 'age'],
};
/** A number typed bare, counting nothing ("13.5 billion", "436 million?"), may be a sum or a share whose sign was left off. */
const BARE_NUMBER_AS: readonly FigureKind[] = [...STATED_AS.count!, 'money', 'percent'];

function statedAs(stated: FoundFigure): readonly FigureKind[] | undefined {
  return (stated.kind === 'count' || stated.kind === 'number') && stated.unit === null ? BARE_NUMBER_AS : STATED_AS[stated.kind];
}

/** The article gives the figure the question types in digits in words instead: "three-quarters" for "75%". */
function givesInWords(article: Article, stated: FoundFigure | undefined): boolean {
  const kinds = stated && statedAs(stated);
  return kinds !== undefined && typeof stated?.value === 'number' && article.figures.some((f) => f.value === stated.value && kinds.includes(f.kind));
}

/**
 * The article writes the number the question states ("who qualifies for the $25 cap"), but never as
 * that figure: only as another kind ("25 states"), or inside a time or a date ("4:40 a.m.", "Aug. 10").
 * A number written outside any figure is part of a name ("Game 8", "Kestrel 2"), and is given.
 */
function givesOnlyOtherwise(article: Article, stated: FoundFigure | undefined): boolean {
  const kinds = stated && statedAs(stated);
  if (!stated || !kinds || typeof stated.value !== 'number') return false;
  if (article.figures.some((f) => f.value === stated.value && kinds.includes(f.kind))) return false;
  const written = digitsPattern(String(stated.value), 'gu');
  return [...article.text.matchAll(written)].every((m) => article.figures.some((f) => f.start <= m.index && m.index < f.end));
}

/** How far, as a share of a stated figure of a thousand or more, a figure may be off to count as about its size. */
const NEAR_VALUE_SHARE = 0.2;

/** A figure of about the size of a large one the question states: "$13.5 billion" for "13 billion". */
function isNearValue(figure: Figure, stated: FoundFigure | undefined): boolean {
  const value = stated?.value;
  if (typeof value !== 'number' || value < 1000 || typeof figure.value !== 'number' || figure.value === value) return false;
  return Math.abs(figure.value - value) <= value * NEAR_VALUE_SHARE;
}

interface NumberNotGiven {
  word: QuestionWord;
  /** The figure as the question states it ("$436 billion"), or the number typed. */
  stated: string;
  /** The article's figures that write the same number ("$436 million"): none when it never writes it. */
  writtenAs: string[];
}

/** Worked out once per best passage: two gates read them, one after the other. */
const numbersNotGivenOf = new WeakMap<ResolvedWord[], NumberNotGiven[]>();

/** The question's numbers the article never gives as the question states them. */
function numbersNotGiven(question: AnalysedQuestion, article: Article, resolved: ResolvedWord[]): NumberNotGiven[] {
  let notGiven = numbersNotGivenOf.get(resolved);
  if (!notGiven) numbersNotGivenOf.set(resolved, (notGiven = findNumbersNotGiven(question, article, resolved)));
  return notGiven;
}

function findNumbersNotGiven(question: AnalysedQuestion, article: Article, resolved: ResolvedWord[]): NumberNotGiven[] {
  const notGiven: NumberNotGiven[] = [];
  for (const r of resolved) {
    if (!question.numberWords.has(r.word)) continue;
    if (!r.alternatives.length) {
      if (!givesSpelledNumber(article, question.spelledNumbers.get(r.word)) && !givesInWords(article, question.statedFigure(r.word))) notGiven.push({ word: r.word, stated: r.word.raw, writtenAs: [] });
      continue;
    }
    const stated = question.statedFigure(r.word);
    if (!givesOnlyOtherwise(article, stated)) continue;
    const digits = digitsPattern(r.word.raw);
    // "Is the total 13 billion?" is best told of "$13.5 billion", the figure of about its size, before "13 and 14 years old".
    const near = article.figures.filter((f) => isNearValue(f, stated));
    const writtenAs = near.length ? near : article.figures.filter((f) => digits.test(f.text));
    notGiven.push({ word: r.word, stated: stated?.text ?? r.word.raw, writtenAs: writtenAs.map((f) => figureWithUnit(article.text, f)) });
  }
  return notGiven;
}

/** "a course of study which is called the curriculum": a name follows, capitalised or not. */
const NAMING_VERB = /\b(?:called|named|dubbed|titled|known\s+as)\b/i;

/**
 * The candidate writes the thing as one of a kind, "a staffing agency", "another judge", or counts
 * several of them, "two nearby schools": a thing
 * written so is not named there, unless a naming word follows ("a course of study called the
 * curriculum"). One written otherwise may be named in words no capital marks ("amino acids like cysteine").
 */
function mentionsIndefinitely(candidate: ScoredCandidate, things: readonly string[], several: boolean): boolean {
  const text = candidate.index.article.sentences[candidate.id]!.text;
  if (NAMING_VERB.test(text)) return false;
  const tokens = sentenceTokens(text);
  return tokens.some((token, at) => {
    if (!token.term || !things.includes(token.term)) return false;
    // "which schools": "two nearby schools", "37 bridges" count several of a kind, and name none by the count.
    if (several && writtenAsCounted(text, tokens, at)) return true;
    // Back over the lowercase words before it ("a small gallery") to the article.
    for (let left = at - 1; left >= Math.max(0, at - 3); left--) {
      const raw = tokens[left]!.raw;
      if (/^(?:a|an|another)$/i.test(raw)) return true;
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(raw)) return false;
    }
    return false;
  });
}

/** Whether the candidate names the thing "which X" asks about, only mentions it, or neither is sure. */
function choiceNaming(question: AnalysedQuestion, things: readonly string[], candidate: ScoredCandidate): Naming {
  const facts = candidate.index.facts[candidate.id]!;
  const asked = new Set(question.words.map((w) => w.term));
  // "Which countries": a place names the thing asked about.
  return namesThingItMentions(
    candidate.index.article.sentences[candidate.id]!.text,
    things,
    asked,
    facts.names,
    question.kind === 'place' ? [] : facts.places,
    candidate.index.speakingTerms(candidate.id),
    question.asksSeveral,
  );
}

/** The capitalised words that run up to and include the token at `end`: "Lumen Lunar's". */
function nameEndingAt(tokens: readonly Token[], end: number): readonly Token[] {
  let start = end;
  const joins = (left: Token) => /^\p{Lu}/u.test(left.raw) && !STOPWORDS.has(left.raw.toLowerCase()) && tokens[start]!.start - left.end === 1;
  while (start > 0 && joins(tokens[start - 1]!)) start--;
  return tokens.slice(start, end + 1);
}

/**
 * The answer writes what the question's possessive owns ("revenue") as another name's
 * ("Brightwave's annual revenue"), and never as the asked name's: that other name and the one asked, when so.
 */
function ownerInstead(question: AnalysedQuestion, best: ScoredCandidate, resolved: ResolvedWord[], answering: Quote[]): { instead: string; asked: string } | undefined {
  if (!question.owned.length) return undefined;
  const isArticleName = (term: string) => best.index.facts.some((f) => f.names.includes(term));
  const possessive = new Set([...question.possessiveWords].map((w) => w.term));
  const owners = resolved.filter((r) => possessive.has(r.word.term) && (r.word.isName || (r.word.uncased === true && isArticleName(r.word.term))));
  if (!owners.length) return undefined;
  const ownerTerms = new Set(owners.flatMap((r) => [r.word.term, ...r.alternatives.map((a) => a.term)]));
  const ownedTerms = new Set(resolved.filter((r) => question.owned.includes(r.word.term)).flatMap((r) => [r.word.term, ...r.alternatives.filter((a) => a.kind !== 'related').map((a) => a.term)]));
  const tokens = answering.flatMap((q) => sentenceTokens(best.index.article.sentences[q.sentence - 1]?.text ?? ''));
  let instead: string | undefined;
  for (const [at, token] of tokens.entries()) {
    if (!CAPITALISED_POSSESSIVE.test(token.raw) || !token.term) continue;
    const owns = tokens.slice(at + 1, at + 4).some((t) => t.term !== undefined && ownedTerms.has(t.term));
    if (!owns) continue;
    // "Lumen Lunar's shares" are Lumen's: the possessive closes a name of several words.
    const name = nameEndingAt(tokens, at);
    if (name.some((t) => t.term !== undefined && ownerTerms.has(t.term))) return undefined;
    instead ??= name.map((t) => t.raw).join(' ').replace(/['’]s$/, '');
  }
  return instead === undefined ? undefined : { instead, asked: owners[0]!.word.raw.replace(/['’]s$/, '') };
}

/**
 * "Spokane County" of an article writing "Spokane" and "Harrow County" but never "Spokane County":
 * every word of the name is in the article, never together, and the article names another place of
 * that kind. (A name misspelt or inflected otherwise, or a kind written only as a common noun, "the
 * county", is left to the other checks.)
 */
function writtenOnlyApart(index: ArticleIndex, name: string): boolean {
  const terms = name.split(/\s+/).map((word) => termOf(word));
  if (terms.some((term) => term === undefined || !index.has(term))) return false;
  const together = index.facts.some((f) => {
    for (let at = 0; at + terms.length <= f.wordTerms; at++) if (terms.every((term, k) => f.terms[at + k] === term)) return true;
    return false;
  });
  if (together) return false;
  const kind = placeKindOf(name);
  return headedNamesIn(index.article.text).some((other) => other !== name && placeKindOf(other) === kind);
}

/** Kinds of question that take their premise for granted: "Why did it fall?", "How much did it fall?". */
const OPPOSITE_MATTERS: ReadonlySet<AnswerKind> = new Set(['reason', 'money', 'amount', 'count', 'percent', 'measure', 'time', 'duration']);

/** A telling word of the question saying what happened that the best sentence does not write, whose opposite it does, as written. */
function oppositeSaid(best: ScoredCandidate, resolved: ResolvedWord[], predicates: readonly string[]): { asked: string; opposite: string } | undefined {
  let tokens: readonly Token[] | undefined;
  for (let w = 0; w < resolved.length; w++) {
    const r = resolved[w]!;
    if (best.formRank[w]! >= 0 || !isTelling(r) || !predicates.includes(r.word.term)) continue;
    const opposites = newsOpposites(r.word.raw);
    if (!opposites.length) continue;
    tokens ??= sentenceTokens(best.index.article.sentences[best.id]!.text);
    const written = tokens.find((t) => baseForms(t.raw).some((form) => opposites.includes(form)));
    if (written) return { asked: r.word.raw, opposite: written.raw };
  }
  return undefined;
}

/** "Who is Tomas Ebbe?" of an article he wrote that never names him: every word asked is a word of its author's name. */
function isAuthorAskedAbout(question: AnalysedQuestion, index: ArticleIndex): boolean {
  const author = index.article.meta.author?.toLowerCase().split(/[\s.]+/);
  const asked = question.words.filter((w) => !w.focus && !w.implied);
  return author !== undefined && asked.length > 0 && asked.every((w) => author.includes(w.raw.toLowerCase()) && !index.has(w.term));
}

/** "“Casco Harbor Bridge reopens”, by Jane Doe, Coastal Daily News, 2024-06-13": what the metadata says of an article. */
function sourceLine(meta: ArticleMeta): string {
  return [`“${meta.title}”`, meta.author && `by ${meta.author}`, meta.credit, meta.date ?? meta.year].filter((part) => part !== undefined).join(', ');
}

/** Fires naming `words`, when there are any. */
function listed(words: string[]): ReasonParams | undefined {
  return words.length ? { words } : undefined;
}

/** The gates of each stage, in table order. */
const STAGE_GATES = new Map<GateStage, readonly Gate[]>((['question', 'search', 'passage', 'answer'] as const).map((stage) => [stage, GATES.filter((g) => g.stage === stage)]));

/** The first gate of the stage to fire, in table order, with what its reason names. */
export function firstDecline<S extends GateStage>(stage: S, facts: StageFacts[S]): { code: ReasonCode; params: ReasonParams } | undefined {
  for (const gate of STAGE_GATES.get(stage)!) {
    const params = (gate as GateOf<S>).check(facts);
    if (params) return { code: gate.id, params };
  }
  return undefined;
}

/** Read as the best sentence is (`kindMatches`): "how tall" wants a length, "how long" a span, not a lone year. */
function holdsWantedFigure(question: AnalysedQuestion, index: ArticleIndex, quote: Quote): boolean {
  const id = quote.sentence - 1;
  return question.measures ? givesMeasureOf(index, id, question.measures) : kindMatches(question.kind, index.facts[id]!, NO_TERMS, index.article.sentences[id]!.text, question.lengthToo);
}

/** Share of an article's attributed quotations one person must have for "he" or "she" to be them. */
const MAIN_SPEAKER_SHARE = 0.75;
/** The words that stand for a man or for a woman. */
const PERSON_PRONOUNS: readonly RegExp[] = [/^(?:he|him|his)$/i, /^(?:she|her|hers)$/i];

/**
 * The article quotes nearly only one person, and has them speak as this pronoun ("“…,” he said"; "him"
 * and "his" go with "he"): a question about "he" alone can only mean them.
 */
function mainSpeakerCalled(article: Article, pronoun: string): boolean {
  const group = PERSON_PRONOUNS.find((words) => words.test(pronoun));
  if (!group) return false;
  const counts = new Map<string, number>();
  for (const { speaker } of article.quotations) if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const [main, most] = [...counts].reduce<[string, number]>((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0]);
  if (!total || most / total < MAIN_SPEAKER_SHARE) return false;
  return article.sentences.some((sentence) => sentence.speaker === main && pronounsSpeakingIn(sentence.text).some((speaking) => group.test(speaking)));
}

/** "that" and "this" standing for something said before. */
const DEMONSTRATIVE = /^(?:that|this)$/i;

/** A word that only frames a question ("say", "happen", the "city" of "what city"), naming nothing to look for. */
function onlyFrames(word: QuestionWord): boolean {
  return !isTellingWord(word) || isSay(word.raw);
}

/** Only words the article has as written (or misspelt, or abbreviated) are said to be "mentioned". */
const literal = (r: ResolvedWord) => r.alternatives.some((a) => a.kind !== 'synonym' && a.kind !== 'related');

function foundApart({ best, resolved }: PassageFacts): string[] {
  return resolved.filter((r, w) => isTelling(r) && literal(r) && !best.windowMatched[w]).map((r) => r.word.raw);
}

function foundTogether({ best, resolved }: PassageFacts): string[] {
  return resolved.filter((r, w) => !r.word.implied && literal(r) && best.windowMatched[w]).map((r) => r.word.raw);
}

/**
 * The telling words the article has in no form. "Money" in "how many fighters and how much money" is
 * not among them where the article gives sums ("$436 million"): it never says "money", but it does
 * speak of it.
 */
function missingWords(resolved: ResolvedWord[], article: Article): string[] {
  // "co" and "op" of "co-op" are not missing where the article has the word they make ("cooperative").
  const covered = new Set(resolved.flatMap((r) => (r.word.implied && r.alternatives.length ? r.word.implied : [])));
  return resolved
    .filter((r) => isTelling(r) && !r.alternatives.length && !covered.has(r.word.term) && !(MONEY_IN_GENERAL.test(r.word.raw) && article.figures.some((f) => f.kind === 'money')))
    .map((r) => r.word.raw);
}
const MONEY_IN_GENERAL = /^(?:money|cash|funds|funding)$/i;

/**
 * The candidate, or a sentence it leans on, has a word of the question that tells, as written, as a
 * close paraphrase, or made another part of speech ("three abstentions" for "how many abstained").
 */
function sharesTellingWord(candidate: ScoredCandidate, resolved: ResolvedWord[]): boolean {
  const window = passageOf(candidate.index, candidate.id).map((n) => candidate.index.facts[n]!.terms);
  return resolved.some((r) => isTelling(r) && r.alternatives.some((a) => (a.kind !== 'related' || a.derived) && window.some((terms) => terms.includes(a.term))));
}

/** The speaker asked about as the question writes them, "Taylor Swift", "the governor of Texas": one phrase, not each word. */
function speakerAsTyped(question: AnalysedQuestion, resolved: ResolvedWord[]): string[] {
  const words = resolved.filter(namesSpeaker).map((r) => r.word.raw);
  const first = question.tokens.find((t) => t.raw === words[0]);
  const last = first && question.tokens.findLast((t) => t.raw === words.at(-1) && t.start >= first.start);
  const phrase = first && last ? question.text.slice(first.start, last.end) : '';
  return phrase && phrase.length <= SPEAKER_PHRASE_LENGTH ? [phrase] : words;
}
const SPEAKER_PHRASE_LENGTH = 60;

/** The pronouns a question's subject may be: "how much did it cost", "how old is she". */
const SUBJECT_PRONOUN = /^(?:it|he|she|they)$/i;

/** A day of the week, in any case, one or many ("on sundays"): what most questions lack, found before looking for which. */
const DAY_MENTIONED = new RegExp(`\\b(?:${DAY_NAMES.join('|')})s?\\b`, 'i');

/** Letters a place's name and the word for its people share at least ("Portug" in Portugal, Portuguese). */
const PEOPLE_WORD_STEM = 4;

/** The passage writes the word for the place's people, "Portuguese theaters" for "in Portugal", which WordNet may not know. */
function writesItsPeople(candidate: ScoredCandidate, place: string): boolean {
  const stem = place.toLowerCase().slice(0, Math.max(PEOPLE_WORD_STEM, place.length - 2));
  const { sentences } = candidate.index.article;
  return passageOf(candidate.index, candidate.id).some((n) =>
    sentenceTokens(sentences[n]!.text).some((t) => startsWithCapital(t.raw) && t.raw.length > place.length && t.raw.toLowerCase().startsWith(stem)),
  );
}

/**
 * The passage (or a sentence it leans on) names a place the question does not, or another place of
 * the kind the question names one ("Burnet County" for "Llano County").
 */
function namesAnotherPlace(candidate: ScoredCandidate, question: AnalysedQuestion, resolved: ResolvedWord[]): boolean {
  if (namesSomeone(candidate, resolved, 'place')) return true;
  if (!question.headedNames.length) return false;
  const kinds = new Set(question.headedNames.map(placeKindOf));
  const { sentences } = candidate.index.article;
  return passageOf(candidate.index, candidate.id).some((n) =>
    headedNamesIn(sentences[n]!.text).some((name) => kinds.has(placeKindOf(name)) && !question.headedNames.includes(name)),
  );
}

/** Nouns for the kinds of place that have names: "what country", "which city", "in what state". */
const NAMED_PLACE_NOUNS = /^(?:country|countries|city|cities|town|towns|village|villages|state|states|county|counties|province|provinces|region|regions|nation|nations|continent|river|rivers|lake|lakes|island|islands|mountain|mountains|airport)$/i;

function asksNamedPlace(question: AnalysedQuestion): boolean {
  return question.kind === 'place' && question.words.some((w) => w.focus && NAMED_PLACE_NOUNS.test(w.raw));
}

/** The candidate, or a sentence it leans on, writes a noun for a kind of person ("firefighters", "officials", "the mayor") the question does not. */
function speaksOfPeople(candidate: ScoredCandidate, resolved: ResolvedWord[]): boolean {
  const asked = new Set(resolved.map((r) => r.word.term));
  const { sentences } = candidate.index.article;
  return passageOf(candidate.index, candidate.id).some((n) =>
    sentenceTokens(sentences[n]!.text).some((t) => t.term !== undefined && !asked.has(t.term) && (PERSONAL_PRONOUNS.has(t.raw.toLowerCase()) || isPersonNoun(t.raw))),
  );
}

/** Places written otherwise than as ordinals: the runner-up is second, the bronze third. */
const PLACE_NAMES: Readonly<Record<number, readonly string[]>> = { 2: ['runner-up', 'runners-up', 'silver'], 3: ['bronze'] };
const ORDINAL_SUFFIX: Readonly<Record<number, string>> = { 2: 'nd', 3: 'rd' };

/** How a place in a race or a vote is written, by its number: "third", "3rd", "bronze". */
const PLACE_WORDS: Readonly<Record<number, readonly string[]>> = Object.fromEntries(
  ORDINAL_WORDS.map((word, i) => [i + 2, [word, `${i + 2}${ORDINAL_SUFFIX[i + 2] ?? 'th'}`, ...(PLACE_NAMES[i + 2] ?? [])]]),
);

/** The candidate, or a sentence it leans on, writes the place asked about (any place past the twentieth is not checked). */
export function writesPlacing(candidate: ScoredCandidate, placing: number): boolean {
  const words = PLACE_WORDS[placing];
  if (!words) return true;
  const sentences = candidate.index.article.sentences;
  return passageOf(candidate.index, candidate.id).some((n) => sentenceTokens(sentences[n]!.text).some((t) => words.includes(t.raw.toLowerCase())));
}

/**
 * "third-quarter", "3rd quarter": each ordinal the text writes right before a word of term `term`, and
 * the two words as written; not in a name ("the Fourth Doctor", "Second Avenue").
 */
function ordinalsBefore(text: string, term: string): { value: number; written: string }[] {
  const tokens = sentenceTokens(text);
  const found: { value: number; written: string }[] = [];
  for (let at = 0; at + 1 < tokens.length; at++) {
    const value = ordinalValue(tokens[at]!.raw);
    const next = tokens[at + 1]!;
    const inName = at > 0 && startsWithCapital(tokens[at]!.raw) && startsWithCapital(next.raw);
    if (value !== undefined && !inName && next.term === term && /^[\s-]+$/.test(text.slice(tokens[at]!.end, next.start))) found.push({ value, written: `${tokens[at]!.raw} ${next.raw}` });
  }
  return found;
}

/** The candidate, or a sentence it leans on, names a person (see `ArticleIndex.isPerson`) the question does not. */
function namesPerson(candidate: ScoredCandidate, resolved: ResolvedWord[]): boolean {
  // Not the people a post stands for ("the mayor" meets "Dunmore" as an alias): they are the answer, not the question's own names.
  const asked = new Set(resolved.flatMap((r) => [r.word.term, ...r.alternatives.filter((a) => a.kind !== 'alias').map((a) => a.term)]));
  return passageOf(candidate.index, candidate.id).some((n) => candidate.index.facts[n]!.names.some((name) => !asked.has(name) && candidate.index.isPerson(name)));
}

/** The candidate, or a sentence it leans on, names someone (or, for `name`, anything; for `place`, a place) the question does not. */
function namesSomeone(candidate: ScoredCandidate, resolved: ResolvedWord[], kind: 'person' | 'name' | 'place' = 'person'): boolean {
  const asked = new Set(resolved.flatMap((r) => [r.word.term, ...r.alternatives.map((a) => a.term)]));
  return passageOf(candidate.index, candidate.id).some((n) => kindMatches(kind, candidate.index.facts[n]!, asked, ''));
}

/** "Who won last year?" asked of an article that never speaks of last year, in those words or as the year they stand for. */
function unmentionedTime(question: AnalysedQuestion, article: Article): string | undefined {
  const asked = relativeTimesAsked(question, article.meta.year);
  if (!asked.length) return undefined;
  // "tomorrow" of a Thursday's article is mentioned as "Friday".
  const mentions = (time: (typeof asked)[number]) => (f: Figure) =>
    f.text.toLowerCase() === time.text.toLowerCase() ||
    (time.value !== null && (f.kind === 'year' || f.kind === 'relative-date') && f.value === time.value) ||
    (f.kind === 'weekday' && f.text === dayCalled(time.text, article.meta.date));
  return asked.find((time) => !article.figures.some(mentions(time)))?.text.toLowerCase();
}

/** The one figure of the kind asked for in the answer, when the question itself already gives it. */
function restatesOnly(question: AnalysedQuestion, index: ArticleIndex, answering: Quote[], wanted: readonly FigureKind[]): string | undefined {
  if (!wanted.length) return undefined;
  const given = answering.flatMap((q) => index.figuresIn(q.sentence)).filter((f) => wanted.includes(f.kind));
  // The question's numbers are read last: that costs more than the rest.
  if (!given.length || !question.statedFigures.length) return undefined;
  // "the raises in yr 2 and 3" do not restate "3%": a number restates only a figure it may be given as.
  const repeats = (f: Figure) => question.statedFigures.some((stated) => stated.value === f.value && (stated.kind === f.kind || STATED_AS[stated.kind]?.includes(f.kind) === true));
  return given.every(repeats) ? given[0]!.text : undefined;
}

/** The figure gives the year, the month or the day of a date. */
export function givesDateUnit(figure: Figure, unit: DateUnit): boolean {
  const value = typeof figure.value === 'string' ? figure.value : '';
  // "yesterday" in an article of known date is that day, year and month included.
  if (figure.kind === 'relative-date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  if (unit === 'year') return figure.kind === 'year' || (figure.kind === 'relative-date' && typeof figure.value === 'number') || (figure.kind === 'date' && /^\d{4}/.test(value));
  if (unit === 'month') return figure.kind === 'date' || (figure.kind === 'relative-date' && /month/i.test(figure.text));
  return figure.kind === 'date' && /-\d{2}-\d{2}$/.test(value);
}

/** "How many times" counts a deed, not a thing: any count of it answers. */
const TIMES_TERM = termOf('times');

/**
 * "How many homes" answered by a sentence that counts residents: every count there names what it
 * counts, and none is what was asked about (nor a synonym of it).
 */
function countsSomethingElse(question: AnalysedQuestion, index: ArticleIndex, answering: Quote[], resolved: readonly ResolvedWord[]): ReasonParams | undefined {
  // Only when the article has the word asked about elsewhere ("prisoners" for its "fighters" is a
  // rewording, "figthers" a misspelling), or has it in no form at all: "how many spectators were
  // treated" is not answered by "312 runners".
  const asked = question.counted;
  if (!asked || (!index.has(asked) && (asked === TIMES_TERM || resolved.some((r) => r.word.term === asked && r.alternatives.length > 0)))) return undefined;
  const figures = figuresOfQuotes(index, answering);
  const counted = figures.filter((f) => f.kind === 'count' || f.kind === 'number');
  // "How many farmers have ordered seed?" is not answered by "about 4,000 tonnes": with no count, measures are what it gives.
  const counts = counted.length ? counted : figures.filter((f) => f.kind === 'measure');
  if (!counts.length || counts.some((f) => f.unit === null) || countsAskedThing(question, index, figures)) return undefined;
  // A count is named by what it counts ("men"), a measure as written ("4,000 tonnes"): its unit alone may be a symbol ("kg").
  const measured = !counted.length;
  return { text: askedWordOf(question, asked), words: [...new Set(counts.map((f) => (measured ? f.text : f.unit!)))], ...(measured ? { kind: 'measure' as const } : {}) };
}

function askedWordOf(question: AnalysedQuestion, term: string): string {
  return question.words.find((w) => w.term === term)?.raw ?? term;
}

/** A word of the passage is a word of the question: the same term, or WordNet relates either to the other. */
function meetsAsked(word: string, asked: { term: string; raw: string }): boolean {
  const term = termOf(word);
  return term === asked.term || relatedTerms(word.toLowerCase()).some((r) => r.term === asked.term) || (term !== undefined && relatedTerms(asked.raw.toLowerCase()).some((r) => r.term === term));
}

/**
 * One of the figures counts or measures what "how many" asks about: "23 silver coins" for "how many
 * coins", "14,200 acres" for "how many acres", "212 passengers" for "how many people".
 */
export function countsAskedThing(question: AnalysedQuestion, index: ArticleIndex, figures: readonly Figure[]): boolean {
  const asked = question.counted;
  if (!asked) return false;
  if (figures.some((f) => f.kind === 'measure' && writesTerm(f, asked))) return true;
  const askedWord = askedWordOf(question, asked);
  const asksPeople = PEOPLE_WORDS.test(askedWord);
  const sameThing = (unit: string) => meetsAsked(unit, { term: asked, raw: askedWord }) || (asksPeople && (isPersonNoun(unit) || PEOPLE_GROUPS.test(unit)));
  return figures.some((f) => (f.kind === 'count' || f.kind === 'number') && f.unit !== null && countedWords(index, f).some(sameThing));
}

/**
 * "How many people died?" answered by a passage that counts people, where nothing near the count
 * says what is asked of them ("died", a verb after the counted noun), not even as a synonym or a
 * derived word ("killed", "deaths"): the passage counts the people of another event, whether the
 * article tells of the one asked elsewhere ("No one was killed") or not at all. An event the
 * article words otherwise ("forced from their homes" for "displaced") is told with the rest of what
 * was asked ("homes"), so a passage meeting any other word of the question after the noun answers.
 */
function countsOtherEvent(question: AnalysedQuestion, best: ScoredCandidate, resolved: ResolvedWord[]): ReasonParams | undefined {
  const asked = question.counted;
  if (!asked) return undefined;
  const counted = resolved.findIndex((r) => r.word.term === asked);
  // A passage that does not name what is counted may word the whole thing otherwise ("drew a crowd of 70,000").
  if (counted < 0 || !best.windowMatched[counted]) return undefined;
  const at = question.tokens.findIndex((t) => t.term === asked);
  const after = new Set(question.tokens.slice(at + 1).flatMap((t) => (t.term && t.term !== asked ? [t.term] : [])));
  const told = resolved.filter((r) => after.has(r.word.term) && isTelling(r));
  const events = told.filter(namesEvent);
  if (!events.length || events.some((r) => best.windowMatched[resolved.indexOf(r)])) return undefined;
  if (told.some((r) => !namesEvent(r) && best.windowMatched[resolved.indexOf(r)])) return undefined;
  return { text: resolved[counted]!.word.raw, words: events.map((r) => r.word.raw) };
}

function namesEvent(r: ResolvedWord): boolean {
  return !r.word.isName && (PAST_FORM.test(r.word.raw) || isInflectedVerb(r.word.raw));
}

/** Units of time a count may count: "two hours a day". */
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|seasons?)$/i;

/**
 * "How much" answered only by counts of things the question does not name ("640 jobs" for "how much
 * will Harmon save"): each count names what it counts, and none of it is a word of the question or
 * a relative of one.
 */
function figureOfAnother(question: AnalysedQuestion, index: ArticleIndex, answering: Quote[]): ReasonParams | undefined {
  if (question.kind !== 'amount') return undefined;
  const wanted = KIND_FIGURES.amount;
  const figures = figuresOfQuotes(index, answering).filter((f) => wanted.includes(f.kind));
  // "Two hours a day" counts time, which "how much does she practice" asks for.
  const countsOfThings = figures.filter((f) => (f.kind === 'count' || f.kind === 'number') && f.unit !== null && !namesCurrency(f.unit) && !TIME_UNIT.test(f.unit));
  if (!figures.length || countsOfThings.length < figures.length) return undefined;
  const mentioned = (word: string) => question.words.some((asked) => meetsAsked(word, asked));
  if (countsOfThings.some((f) => countedWords(index, f).some(mentioned))) return undefined;
  return { words: [...new Set(countsOfThings.map((f) => f.unit!))] };
}

/** Words that give a sum as what something costs: "will cost $1,899", "fares rise to $8.60", "sold for". */
const PRICE_WORDING =
  /\b(?:cost(?:s|ing|ly|lier|liest)?|pric(?:e|es|ed|ing|ey)|rates?|fares?|fees?|charg(?:e|es|ed|ing)|spen(?:d|ds|t|ding)|spending|pa(?:y|ys|id|ying|yments?)|sell(?:s|ing)?|sold|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|budget(?:s|ed)?|expens(?:e|es|ive)|worth|valu(?:e|ed|ation)|bills?|invest(?:s|ed|ing|ment)?|funding|estimated?)\b/i;
/** Words that give a sum as what someone is paid or earns: "earn about $44 an hour", "a salary of", "net profit". */
const PAY_WORDING =
  /\b(?:earn(?:s|ed|ing|ings)?|salar(?:y|ies)|wages?|income|profits?|pa(?:y|ys|id|ying|yments?|ycheck|ychecks)|rates?|compensation|bonus(?:es)?|make|makes|made|making|raises?)\b/i;
/** Words that give a sum as given away, which is spent though it prices nothing: "provide $436 million in aid". */
const GIVING_WORDING = /\b(?:aid|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|grants?|granted|donat(?:e|es|ed|ing|ions?)|pledg(?:e|es|ed|ing)|contribut(?:e|es|ed|ing|ions?)|commit(?:s|ted|ting|ments?)?|allocat(?:e|es|ed|ing|ions?))\b/i;
/** "For" or "at" right before a sum gives it as a price: "joined Rovers for £2.3 million", "made for about 1.1 million euros". */
const PRICE_BEFORE_SUM = /\b(?:for|at)\s+(?:(?:about|around|roughly|some|nearly|almost|only|just|under|over|approximately|an?\s+estimated|more\s+than|less\s+than)\s+)?$/i;
/** How far back "for" may stand from the sum it prices. */
const PRICE_BEFORE_REACH = 30;

/**
 * "How much will the cleanup cost?" is not answered by "The railroad will give $1,000 to each
 * household", nor "how much do pilots earn" by "the strike could cost the airline $30 million": the
 * question's verb says what the sum is (a price, or someone's pay), and every sum the answer gives
 * is told as something else. A sum is told as asked when its sentence gives it in the words of that
 * kind of sum, when "for" prices it, or when it comes before a noun of the question ("a €300 million
 * expansion" for "how much will the expansion cost").
 */
function sumNotAsAsked(question: AnalysedQuestion, index: ArticleIndex, answering: Quote[]): ReasonParams | undefined {
  const asked = question.sumAsked;
  if (!asked) return undefined;
  const sums = figuresOfQuotes(index, answering).filter((f) => f.kind === 'money');
  if (!sums.length) return undefined;
  const wordings = asked === 'price' ? [PRICE_WORDING] : asked === 'spending' ? [PRICE_WORDING, GIVING_WORDING] : asked === 'pay' ? [PAY_WORDING] : [PRICE_WORDING, PAY_WORDING];
  const terms = new Set(question.words.map((w) => w.term));
  const text = index.article.text;
  const toldAsAsked = (sum: Figure) => {
    const sentence = index.article.sentences[sum.sentence - 1]?.text ?? '';
    if (wordings.some((wording) => wording.test(sentence))) return true;
    if (asked !== 'pay' && PRICE_BEFORE_SUM.test(text.slice(Math.max(0, sum.start - PRICE_BEFORE_REACH), sum.start))) return true;
    return thingAfterSum(text, sum, terms);
  };
  return sums.some(toldAsAsked) ? undefined : { words: [asked === 'pay' ? 'earn' : asked === 'spending' ? 'spend' : 'cost'] };
}

/** Words that may stand between a sum and the thing it prices: "a $9.2 million replacement of the Harbor Road bridge". */
const WITHIN_PRICED_PHRASE = /^(?:of|the|a|an)$/i;
/** How many words after a sum may name what it prices. */
const PRICED_PHRASE_WORDS = 6;

/**
 * The words right after a sum name a thing the question asks about: "$42.7 million renovation", "a $410
 * million battery recycling plant", "a $9.2 million replacement of the Harbor Road bridge". The phrase
 * ends at punctuation or at any other small word ("a $5 million grant for the park" prices no park).
 */
function thingAfterSum(text: string, sum: Figure, terms: ReadonlySet<string>): boolean {
  const tokens = tokenize(text.slice(sum.end, sum.end + SUM_NOUN_REACH * 2));
  let end = 0;
  for (const token of tokens.slice(0, PRICED_PHRASE_WORDS)) {
    const gap = text.slice(sum.end + end, sum.end + token.start);
    if (end === 0 ? gap !== ' ' : !/^(?: |-)$/.test(gap)) return false;
    if (token.term !== undefined && terms.has(token.term)) return true;
    if (token.term === undefined && !WITHIN_PRICED_PHRASE.test(token.raw)) return false;
    end = token.end;
  }
  return false;
}

/** How much of the text after a sum is read for the noun right after it: "$42.7 million renovation". */
const SUM_NOUN_REACH = 40;

/** The candidate gives a sum of money right before a noun of the question, not one naming the kind of answer. */
export function sumBeforeAskedNoun(question: AnalysedQuestion, candidate: ScoredCandidate): boolean {
  const { text } = candidate.index.article;
  for (const figure of candidate.index.figuresIn(candidate.id + 1)) {
    if (figure.kind !== 'money') continue;
    const next = tokenize(text.slice(figure.end, figure.end + SUM_NOUN_REACH))[0];
    if (next?.term !== undefined && next.start === 1 && question.words.some((w) => !w.focus && w.term === next.term)) return true;
  }
  return false;
}

/** Ordinals that rank below the first: "the second-oldest" is not the oldest. */
const RANKED_BELOW = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|[4-9]th|10th';

/**
 * "Which elephant is the oldest in North America?" is not answered by "Mabel is the second-oldest": the
 * answer writes the question's superlative only ranked below the first.
 */
function secondOfSuperlative(question: AnalysedQuestion, answering: readonly Quote[]): ReasonParams | undefined {
  // "Is Mabel the oldest?" is answered, in the negative, by "the second-oldest".
  if (!question.hasQuestionWord) return undefined;
  for (const token of question.tokens) {
    const word = token.raw.toLowerCase();
    if (!/^\p{L}{2,}est$/u.test(word) || !baseForms(word).some((form) => form !== word)) continue;
    const ranked = new RegExp(`\\b(?:${RANKED_BELOW})[-\\s]${word}\\b`, 'i');
    const bare = new RegExp(`(?<!\\b(?:${RANKED_BELOW})[-\\s])\\b${word}\\b`, 'i');
    const other = answering.map((quote) => ranked.exec(quote.text)?.[0]).find((found) => found !== undefined);
    if (other && !answering.some((quote) => bare.test(quote.text))) return { text: other, words: [word] };
  }
  return undefined;
}

/** Colours a passage may give: "painted white", "a red-and-gold livery", "grey". */
const COLOUR_WORDS =
  /\b(?:red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|gr[ae]y|silver|gold(?:en)?|beige|tan|maroon|navy|teal|turquoise|crimson|scarlet|cream|ivory|khaki|bronze|copper|magenta|lime|olive|amber|colou?r(?:s|ed)?)\b/i;

/** Words for people of any kind: a count of passengers, residents or soldiers counts them. */
const PEOPLE_WORDS = /^(?:people|persons?|individuals?|humans?)$/i;
/** Nouns for a body of people that a count counts the members of: "24 crew", "300 troops". */
const PEOPLE_GROUPS = /^(?:crews?|staff|troops|personnel|police)$/i;

/** How far a count's unit may stand from its number: "24 crew members", "3,200 of the town's residents". */
const COUNTED_PHRASE_REACH = 40;

/** The words naming what a count counts: its unit and the words before it, "crew" and "members" in "24 crew members". */
function countedWords(index: ArticleIndex, figure: Figure): string[] {
  const unit = figure.unit!;
  const text = index.article.text;
  const at = text.indexOf(unit, figure.end);
  if (at < 0 || at - figure.end > COUNTED_PHRASE_REACH) return [unit];
  return tokenize(text.slice(figure.end, at + unit.length)).map((token) => token.raw);
}

/**
 * Wording that gives a reason beyond the causes the index records (`GIVES_CAUSE`: "because", "due to",
 * "after a fire"): a purpose ("so that", "in an effort to"), an argument ("arguing", "citing"), what a
 * worry is about ("worried about losing"), or "as"/"since" starting a clause that explains.
 * "since" before a date ("since 2022", "since March") or a clause of someone's life ("since she was
 * 12") says when, not why.
 */
const REASON_WORDING =
  /\b(?:amid|in\s+order\s+to|so\s+as\s+to|so\s+that|, so\b|for\s+fear|in\s+(?:an\s+)?(?:effort|attempt|bid)\s+to|aim(?:s|ed)?\s+(?:at|to)|meant\s+to|designed\s+to|intended\s+to|hop(?:e|es|ed|ing)\s+to|argu(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|explain(?:s|ed|ing)?|reasons?|why|motivated|(?:worried|concerned|afraid|angry|upset|fear(?:s|ed)?)\s+(?:about|over|that|of)\b|as\s+(?:the|it|they|he|she|we|its|their|his|her)\b|since\s+(?!\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|last|early|late|the\s+(?:start|end|beginning)|at\s+least|i|you|he|she|it|we|they)\b))/iu;

/** Words after "to" that start no purpose: "to residents", "to the town", "to 40%". */
const NOT_A_VERB_AFTER_TO = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|each|every|all|some|any|no|about|around|more|less|date|be|him|them|us|me|it|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/**
 * The sentence gives a reason: in so many words, as the index records a cause, or as a purpose
 * ("moved production to Vietnam to reduce tariffs"). A "to" right after a verb is what the verb
 * does, not why: "voted to move", "plans to build".
 */
function givesReason(index: ArticleIndex, sentence: number): boolean {
  if (index.facts[sentence - 1]?.terms.includes(GIVES_CAUSE)) return true;
  const text = index.article.sentences[sentence - 1]?.text ?? '';
  if (REASON_WORDING.test(text)) return true;
  const tokens = sentenceTokens(text);
  return tokens.some((token, at) => {
    if (token.raw.toLowerCase() !== 'to' || at === 0) return false;
    const next = tokens[at + 1]?.raw;
    const before = tokens[at - 1]!.raw;
    return next !== undefined && /^\p{Ll}+$/u.test(next) && !NOT_A_VERB_AFTER_TO.test(next) && !isOnlyNoun(next) && !isInflectedVerb(before) && !/^(?:wants?|plans?|needs?|going|able|has|have|had|used|agreed|tried|trying|refused|decided|is|are|was|were|will|would|set|due|likely|expected|ready)$/i.test(before);
  });
}

/** The kind of person whose name "what's the name of the son" asks for: the last word of what is named that is one. */
function roleAsked(question: AnalysedQuestion): Token | undefined {
  if (!question.nameOf) return undefined;
  const named = new Set(question.nameOf);
  return question.tokens.findLast((t) => t.term !== undefined && named.has(t.term) && !startsWithCapital(t.raw) && isPersonNoun(t.raw));
}

/**
 * "What did Avery say about layoffs?": the article quotes Avery, and speaks of layoffs, but no
 * sentence of his, nor one beside it, writes any of the topic's words as typed or in a form of them.
 */
function neverBesideSpeaker(index: ArticleIndex, resolved: readonly ResolvedWord[], topic: readonly ResolvedWord[]): boolean {
  const speaker = resolved.filter((r) => r.word.speaker && r.word.isName).flatMap((r) => r.alternatives.map((a) => a.term));
  if (!speaker.length) return false;
  const topicTerms = new Set(topic.flatMap((r) => r.alternatives.map((a) => a.term)));
  // The article's own subject ("the ferry" of a ferry story) is what every quotation of it is about.
  for (const term of topicTerms) if (index.titleTerms.has(term)) return false;
  const sentences = index.article.sentences;
  let quoted = false;
  for (let id = 0; id < sentences.length; id++) {
    if (!index.speakerTermsOf(id).some((term) => speaker.includes(term))) continue;
    quoted = true;
    for (let n = Math.max(0, id - 1); n <= Math.min(sentences.length - 1, id + 1); n++) if (index.facts[n]!.terms.some((term) => topicTerms.has(term))) return false;
  }
  return quoted;
}
