/**
 * What a question asks for. The wording of the question ("how many", "since when", "who") says
 * which kind of answer a sentence must hold, which lets the ranker prefer the sentence that has
 * the number over one that merely repeats the question's words.
 */
import type { FigureKind, SmallTalk } from './types.ts';
import { DAY_NAMES, extractFigures, IRREGULAR_PLURALS, MONTH_ABBREVIATIONS, MONTH_NAMES, SMALL_NUMBERS, withSpelledNumbersInDigits, type Dimension, type FoundFigure } from './figures.ts';
import { aliases, aliasOf } from './aliases.ts';
import { smallTalkIn, withoutSmallTalkAround } from './small-talk.ts';
import { LOCATIVE_WORDS, sentenceTokens, tokenize, type Token } from './terms.ts';
import { isDictionaryWord, isInflectedVerb, isNounOfOneSense, isOnlyNoun, isPersonNoun, isPlaceName, newsOpposites } from './lexicon.ts';
import { startsWithCapital, startsWithTwoCapitals } from './characters.ts';

export type AnswerKind = 'count' | 'amount' | 'margin' | 'score' | 'money' | 'age' | 'time' | 'clock' | 'duration' | 'percent' | 'measure' | 'person' | 'name' | 'place' | 'reason' | 'other';

export const KIND_FIGURES: Record<AnswerKind, readonly FigureKind[]> = {
  // A percentage counts only as a share of a group ("18% of students"), which the index reads as a count too.
  count: ['count', 'number', 'measure'],
  amount: ['money', 'count', 'number', 'percent', 'measure'],
  // "By how much did she win?": seconds, votes, points, lengths or a score.
  margin: ['duration', 'count', 'number', 'percent', 'measure', 'money'],
  // "What was the final score?": "6-4, 3-6, 7-5", "3-1".
  score: ['number'],
  money: ['money'],
  age: ['age'],
  time: ['year', 'date', 'time', 'relative-date', 'weekday'],
  clock: ['time'],
  duration: ['duration', 'year', 'relative-date', 'date'],
  percent: ['percent', 'number'],
  measure: ['measure', 'count', 'number', 'percent', 'money'],
  person: [],
  name: [],
  place: [],
  reason: [],
  other: [],
};

/** Kinds of answer given by a name rather than a figure. */
export const NAME_KINDS: ReadonlySet<AnswerKind> = new Set(['person', 'name', 'place']);

/*
 * Patterns with a Unicode property outside brackets, used while reading every question, live out
 * here: esbuild (tsx, and the bundle) writes such a pattern as `new RegExp(...)`, which a function
 * holding it would make anew at every call.
 */
const ALL_DIGITS = /^\p{N}+$/u;
const NUMBER_WRITTEN = /^\p{N}[\p{N},.]*$/u;
const OPENS_WITH_DIGIT = /^\p{N}/u;
const OPENS_LOWERCASE = /^\p{Ll}/u;
const LOWERCASE_WORD = /^\p{Ll}+$/u;
const HAS_LOWERCASE = /\p{Ll}/u;
const HAS_UPPERCASE = /\p{Lu}/u;
const CAPITALS_RUN = /\p{Lu}{2,}/u;
const PLURAL_WRITTEN = /\p{L}{2}[^siu'’]s$/iu;
const PLURAL_NOUN = /^\p{L}{3,}s$/u;

/** How each kind is named when explaining why no sentence fits. */
export const KIND_DESCRIPTIONS: Record<AnswerKind, string> = {
  count: 'how many, and no sentence about that gives a number',
  amount: 'how much, and no sentence about that gives an amount',
  margin: 'by how much, and no sentence about that gives a margin',
  score: 'for the score, and no sentence about that gives one',
  money: 'for a sum of money, and no sentence about that gives one',
  age: 'how old, and no sentence about that gives an age',
  time: 'when, and no sentence about that gives a date or time',
  clock: 'what time, and no sentence about that gives a time of day',
  duration: 'how long, and no sentence about that gives a duration',
  percent: 'for a percentage, and no sentence about that gives one',
  measure: 'for a measurement, and no sentence about that gives a number',
  person: 'who, and no sentence about that names anyone',
  name: 'for a name, and no sentence about that gives one',
  place: 'where, and no sentence about that names a place',
  reason: 'why, and no sentence about that gives a reason',
  other: '',
};

/** "How long is the bridge?", "how long was the ship": things with a length, not events with a duration ("how long is the bridge closed?"). */
const LENGTH_ASKED =
  /\bhow long (?:is|are|was|were|will be) (?=(?:the |a |an |its |their |this |that )?(?:[\w-]+ ){0,2}(?:bridges?|spans?|tunnels?|roads?|highways?|runways?|rivers?|canals?|coast(?:line)?s?|borders?|walls?|fences?|pipelines?|tracks?|trails?|routes?|courses?|ships?|vessels?|boats?|yachts?|planes?|aircraft|wingspans?|cables?|beaches|beach|lakes?|islands?|dams?|hulls?|corridors?|lanes?|streets?)\b(?!\s+(?:open|closed|shut|out|down|delayed|expected|going|set|scheduled)))/i;

/** "How long did it last?", "how long was it closed", "for how long": words of a time, which no length answers. */
const HOW_LONG_OF_TIME =
  /\bfor how long\b|\bhow long\b.*\b(?:last(?:ed|s|ing)?|take[sn]?|took|taking|time|ago|spen[dt]|spending|wait(?:ed|ing)?|stay(?:ed|ing)?|serve[ds]?|serving|been|until|till|since|before|after|open(?:ed)?|closed|shut|delayed|suspended|stuck|trapped|missing|jailed|imprisoned|detained|held|seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b/i;

const HOW_LONG = /\bhow long\b/i;

/** "How much rain fell?", "how much snow": rain and snow are measured by depth ("11 inches of rain"). */
const PRECIPITATION_ASKED = /\bhow much (?:\w+ )?(?:rain|rainfall|snow|snowfall|precipitation)\b/i;

/**
 * The wording of each kind. The words of the matched wording ("long" in "how long", "money" in "how
 * much money") name the kind of answer, so the answering sentence need not repeat them. Every wording
 * opens with one of the words of KIND_OPENINGS (a new opening word goes there too, and into its test).
 */
const KIND_PATTERNS: [RegExp, AnswerKind][] = [
  // "Rivera's age", "what is the jockey's age", "age of the goalkeeper", "how many years old": but not "the age limit".
  [/\bhow old\b|\bhow many (?:years|months|weeks) old\b|\bwhat ages?\b|\bhow young\b|\bat what age\b|\bwhat(?:['’]s| is| was| are| were)(?= (?:the |his |her |their |its )?(?:[\w-]+['’]s? )?ages?\b(?!-|\s+(?!of\b)[a-z]))|\bages?(?=\s*\?*\s*$)|^ages? of\b/i, 'age'],
  // "What's the new interest rate?": a rate is given as a percentage.
  [/\bwhat (?:percent(?:age)?|share|proportion|fraction)\b|\bhow many percent\b|\bwhat(?:['’]s| is| was| were| will be)(?: the| its| their)?(?: new| old| current| previous| benchmark| key| base| annual| average)?(?: (?:interest|inflation|unemployment|tax|mortgage|lending|borrowing|policy|jobless|growth|vacancy|occupancy|poverty|literacy|turnout|approval|tariff|vat))? rates?\b(?! of\b)/i, 'percent'],
  [/\bhow many (?:dollars|euros|pounds|yen|yuan|rupees|francs|rubles|roubles)\b/i, 'money'],
  // "How many billions has America put toward...": a sum, of money or of anything else.
  [/\bhow many (?:thousands|millions|billions|trillions)\b/i, 'amount'],
  [/\bhow many (?:years|months|weeks|days|decades|centuries) ago\b/i, 'time'],
  // "How many days a week": how often, which a count gives ("two days a week"), not how long.
  [/\bhow many (?:minutes|hours|days|nights|weeks|months) (?:a|an|per|each|every) (?:day|night|week|month|year)\b/i, 'count'],
  [/\bhow many (?:years|months|weeks|days|hours|minutes|decades)\b/i, 'duration'],
  [/\bhow (?:many|few)(?: times)?\b|\bwhat (?:number|amount) of\b|\bhow large (?:a )?number\b/i, 'count'],
  // "By how much did she break the record?", "how much did he win by": a margin, in seconds as much as in votes.
  [/\bwhat(?:['’]s| is| was| were)(?: the)? (?:final |half-?time |full-?time )?(?:scores?|vote (?:count|tally)|tally)\b|\bby what score\b/i, 'score'],
  [/\bby how much\b|\bhow much did (?=[^?]*\b(?:win|won|beat|lead|led|trail|lose|lost)\b[^?]*\bby\s*[?!.]*$)|\bwhat(?:['’]s| is| was| were)(?: the)? (?:winning |victory |final )?margin\b/i, 'margin'],
  // "What did the bridge cost?" asks how much, as "how much did the bridge cost" does; "the cost overrun" is a thing.
  [/\bhow much(?: money| cash| funding| funds)?\b|\bwhat (?:amount|sum|price|cost|budget|figure)\b|\bhow (?:expensive|costly|cheap|pricey)\b|\bwhat (?:did|does|do|will|would|could|might|should)(?=(?: [\w'’-]+){1,5}? cost\b(?! (?:overrun|estimate|of)\b))/i, 'amount'],
  // So do "what did he pay for the seed", "what does a docker earn", "what are the oncologists getting paid"; not what
  // money paid for ("what did Tesla spend the money on?"), nor "pay" as a noun ("what did they offer on pay").
  [/\bwhat (?:did|does|do|will|would|could|might|should)(?=(?: [\w'’-]+){1,5}? (?<!\b(?:on|in|of|about|over|the|their|his|her|its) )(?:pay|spend|charge|earn)\b(?! (?:tribute|attention)\b)(?![^?]*\b(?:time|for|on|doing)\s*[?.!]*$))|\bwhat(?:['’]s|['’]re| is| are| was| were| will)(?= (?:[\w'’-]+ ){1,5}?(?:(?:being|getting|get|be) )?paid\s*[?.!]*$)/i, 'amount'],
  // "How long is the bridge?" asks a length: a thing, not an event, is measured.
  [LENGTH_ASKED, 'measure'],
  [/\bhow long\b(?! ago)|\bfor how long\b|\bwhat (?:period|duration)\b/i, 'duration'],
  // "What time does the first ferry leave?" wants a time of day, not the day of the vote.
  [/\b(?:what|which) time\b(?! of (?:the )?(?:year|month|week|season))|\bat what hour\b/i, 'clock'],
  [/(?<!\buntil )\bwhen\b|\bwhat (?:year|date|day|month|time|minute|decade|century)\b|\bwhat(?:['’]s| is| was| will be) the (?:exact )?(?:date|day|year)\b(?! of the week)|\bwhich (?:year|date|day|month|decade|century)\b|\bhow long ago\b|\bsince when\b|\bwhat day of the week\b/i, 'time'],
  // "What is the satellite's weight" asks what "how heavy is the satellite" asks; only "what is" names the kind, and "weight loss" is no weight.
  [/\bhow (?:fast|quickly|high|far|big|large|tall|deep|heavy|wide|strong|hot|cold|warm|severe|powerful|loud|steep|small|low|close)\b|\bwhat(?:['’]s| is| was| are| were)(?= (?:the |its |their |his |her )?(?:[\w-]+(?:['’]s?)? )?(?:top |maximum |average |total )?(?:weight|height|depth|distance|width|speed|temperature)\b(?!-|\s+(?!(?:of|in|at|on|for|when|during|after|before|limit|down|there|here|now|today|tonight|expected|forecast)\b)[a-z]))|\bwhat (?:temperatures?|speeds?|heights?|depths?|distances?|weights?)\b(?!-|\s+(?!(?:does|do|did|is|was|are|were|can|could|will|would|has|have|had|of|in|at|on|for|when|during)\b)[a-z])/i, 'measure'],
  [/\bwho(?:m|se)?\b|\b(?:what|which) (?:person|leader|official|man|woman)\b/i, 'person'],
  // A country, a company or a named thing may be written as a place ("in Italy") or not ("the host nation Italy").
  [/\b(?:what|which) (?:group|organi[sz]ation|company|companies|team|teams|party|agency)\b|\bwhat(?:['’]s| is| was| are| were) (?:the |their |his |her |its )?names?\b|\bname of\b/i, 'name'],
  // A country is a place, however the article writes it ("the host nation Italy").
  // "Where was the study published?" asks for a journal, not a place.
  [/\bwhere\b(?![^?]*\b(?:published|printed)\b)|\b(?:what|which) (?:(?:two|three|four|five|other) )?(?:city|cities|place|places|region|regions|location|state|states|town|towns|area|areas|country|countries|nations?|county|counties|province|provinces|continent|river|rivers|lake|lakes|sea|ocean|island|islands|mountain|mountains|bay|port|harbou?r|airport|village|villages|neighbou?rhood|district)\b|\bin what (?:city|country|region)\b/i, 'place'],
  [/\bwhy\b|\bhow come\b|\bwhat (?:reason|caused?)\b|\bfor what reason\b/i, 'reason'],
];

export interface QuestionWord {
  /** As the reader typed it, but in lower case in a question typed in capitals (see `typed`). */
  raw: string;
  /** As typed, where `raw` is not: "ISIS" in a question typed in capitals, which is read in lower case. */
  typed?: string;
  term: string;
  /** Written with a capital where a capital means a name (not the question's first word), or an acronym. */
  isName: boolean;
  /** Not typed as such: the short form of a name the reader spelled out, with the terms it stands for. */
  implied?: readonly string[];
  /** Names the kind of answer ("city" in "what city"): the answer sentence need not repeat it. */
  focus?: boolean;
  /** Who is asked about in "what did the mayor say": the answer must be theirs. */
  speaker?: boolean;
  /** The particle after a verb: "back" in "bring back", "up" in "locked up". */
  particle?: string;
  /** Typed in a question without capitals ("what did blinken say"), so the case cannot tell a name. */
  uncased?: boolean;
  /**
   * Right after "on", "at" or "in" with no article between ("on board", "at sea", "in hospital"): a
   * noun used this way names no one, even where the article writes it in a name ("Safety Board").
   */
  bare?: boolean;
  /** The one word a bare noun and its preposition are also written as: "aboard" for "on board". */
  compound?: string;
  /**
   * After "the" ("the challenger", "the union president"): someone or something the article has
   * introduced, unlike "which linebacker" or "Temüjin's patron".
   */
  definite?: boolean;
  /** Part of a name owning the person asked about: "Gemma" and "Ward's" in "Gemma Ward's father". */
  owner?: boolean;
  /**
   * What a sentence can give in place of the word: an age for a young person ("teenagers", "the
   * youngest"), a title before a name for "title" in "Blinken's title", wording giving a cause for
   * "caused" in "what caused the fire", its opposite in a question asking yes or no ("Did the krone
   * strengthen?" is answered by "The krone weakened").
   */
  means?: 'age' | 'title' | 'cause' | 'opposite';
}

/** A number the question spells out: "six" is 6, "fourth" the ordinal 4. */
export interface SpelledNumber {
  value: number;
  ordinal: boolean;
}

export interface AnalysedQuestion {
  text: string;
  /** Longer than MAX_QUESTION_LENGTH as typed: no question but a pasted text. */
  tooLong: boolean;
  /** The question negates ("not", "never", "n't"): "Who did not vote?" is not answered by who voted. */
  negates: boolean;
  /**
   * The questions a message asks after the one read here ("Who won? What was the score?"), as typed
   * but for a word joining one to the question before ("and where?" is "where?"): each is to be asked on
   * its own. One asked again ("How much? How much?") is left out: it is the same question.
   */
  laterQuestions: string[];
  kind: AnswerKind;
  /** What "how many" counts ("homes" in "how many homes were destroyed"), as a search term. */
  counted?: string | undefined;
  /** What "what is the X of Y" asks for (the words of X, as search terms): an article that mentions none of them cannot answer. */
  attribute?: string[] | undefined;
  /** What the words asked for are about ("bridg" in "what did Blinken say about the bridge?"), as search terms, when a speaker is asked about. */
  saidAbout?: string[] | undefined;
  /** "Who is the leader of...", "what is the name of the sanctioned leader": only a passage naming someone answers. */
  wantsSomeoneNamed: boolean;
  /**
   * "Who founded Veltrix?", "who coaches the Kings", "who's the CEO of X": asks who holds a post or
   * founded something, which only a person's name answers (not "Veltrix, founded in 2009, employs 41,000 people").
   */
  asksHolder: boolean;
  /** The search term of the post `asksHolder` asks about ("mayor"); undefined when it asks none. */
  holderTerm?: string | undefined;
  /** "Who else...", "which other donors, besides the Hollis family": asks for names besides those it gives. */
  asksOthers: boolean;
  /** "Who is Blinken?", "Blinken?": a name and nothing else, asking who or what it is, which news says where it first names it. */
  asksWhoNamedIs: boolean;
  /** "What is the name of the insurer?": only a passage naming something answers. */
  wantsName: boolean;
  /**
   * The words of what "what caused the fire?" or "what was the cause of the outage?" asks the cause
   * of ("fire", "outage"): a passage naming it without giving a cause does not answer.
   */
  causeOf?: string[] | undefined;
  /** "What is the hotline number?", "what number should I call": only a passage giving a telephone number answers. */
  asksTelephoneNumber: boolean;
  /** "What colour is the new engine?": only a colour answers. */
  asksColour: boolean;
  /** Names of places typed with the kind of place they are ("Spokane County", "Lake Harrow"), as typed. */
  headedNames: readonly string[];
  /**
   * Terms of the words that may say what happened ("strengthen" in "why did the krone strengthen"):
   * not those after "the", "so", "how", "more"... ("so close", "the cut"), which name or describe.
   */
  predicateTerms: string[];
  /** What "the name of the ferry" or "the ferry's name" asks the name of, as search terms ("ferri"). */
  nameOf?: string[] | undefined;
  /**
   * What "which agency", "what gallery" or "what is the club called" asks to have named, as search
   * terms: a passage that only mentions "a staffing agency" does not say which.
   */
  whichOf?: string[] | undefined;
  /**
   * The thing `nameOf` or `whichOf` asks about is written plural ("which schools", "the names of the
   * three hospitals", "which pharmacy chains"): several are asked for, and a sentence that only counts
   * them ("two nearby schools") names none.
   */
  asksSeveral: boolean;
  /**
   * What sum "how much" asks for by its verb: what something costs ("how much will the cleanup cost",
   * "charge"), what is spent (on anything, aid too), what someone is paid ("how much do pilots earn",
   * "make"), or either ("pay").
   */
  sumAsked?: SumAsked | undefined;
  /**
   * "What does NPWS stand for?", "What is AEMET?": the abbreviation whose words are asked for, if the
   * word asked about is one (in one word asked what it is, the article tells whether it is).
   */
  abbreviation?: string | undefined;
  /** "In what year", "which month", "the exact date": the part of a date asked for. */
  dateUnit?: DateUnit | undefined;
  /** "thanks!", "hi", "👍": not a question at all. */
  smallTalk?: SmallTalk | undefined;
  /** Has "what", "who", "how"...: "$436 million" alone asks where the article gives it, "What was the $436 million for?" asks more. */
  hasQuestionWord: boolean;
  /** Nothing but a web address was typed ("https://example.com"): links are not followed. */
  onlyLink: boolean;
  /** "Who came third?", "who finished 2nd", "who took second place": the place asked about (2 for second), which the answer must give. */
  placing?: number | undefined;
  /** "The fourth quarter", "the 2nd round": which one of a series the question asks about (4, and the term of "quarter"). */
  ordinalThing?: { value: number; term: string; typed: string } | undefined;
  /** Every word is a number ("10,000", "two million"). */
  onlyNumbers: boolean;
  /** The figures typed, when the question (without a question word) is figures and nothing else: "$436m", "2011". */
  figuresAlone?: FoundFigure[] | undefined;
  /**
   * Asks about the article rather than about what it tells: its gist ("summarize it", "what is this
   * story about?"), where it comes from ("who wrote this article?", "when was it published?"), or all
   * its quotations or figures ("give me the quotes", "list all the numbers"), which commands list.
   */
  aboutArticle?: 'gist' | 'source' | 'quotes' | 'figures' | undefined;
  /** "What did <@123…> say?": someone is named by a Discord mention inside the question, whose name the text does not give. */
  namesByMention: boolean;
  /** "Who wrote the airline story?": the words naming which article's source is asked ("airline"). */
  sourceOf?: string | undefined;
  /** "What happened to the festival?": what befell something, which a news article tells in its opening sentence when that is what it is about. */
  asksWhatHappenedTo?: boolean;
  /** The figures with a number the question itself gives ("the 10,000 fighters"), when it asks for a figure; read when first asked for. */
  readonly statedFigures: FoundFigure[];
  /** The figure the question writes a number of in digits as ("$25" for "25" in "the $25 cap"); read when first asked for. */
  statedFigure(word: QuestionWord): FoundFigure | undefined;
  /** Says "will", "going to", "supposed to"...: asked about what is still to come. */
  futureTense: boolean;
  /** "When did the fire start?", "when was it built": asks of a time gone by (not "when was it supposed to open"). */
  pastTense: boolean;
  /** Says "ago", "last", "next"...: it may name a time relative to the article's own ("last year"). */
  namesRelativeTime: boolean;
  /** Asks about the past behind the news: a year, "before", "previous", "history", "ever", "first"... */
  asksAboutPast: boolean;
  /** "How old is Melnyk?": the word right after "how old is", whose age is asked; read when first asked for. */
  readonly asksAgeOf: string | undefined;
  /** "How heavy", "how much did it weigh", "how tall": the measurement asked for must be of that kind. */
  measures?: Dimension | undefined;
  /** "How long were the lines?", "how long does the façade stretch": a "how long" a length may answer, as nothing in it is a time. */
  lengthToo: boolean;
  /** Words written in digits, "2001" or "10,000", or spelled, "six" or "fourth": an article that never gives them cannot speak of them. */
  numberWords: ReadonlySet<QuestionWord>;
  /** The value of each number word spelled out ("six" 6, "fourth" 4), which the article may write in digits ("6", "4th"). */
  spelledNumbers: ReadonlyMap<QuestionWord, SpelledNumber>;
  /** Words like "Boston's": what is asked about belongs to them. */
  possessiveWords: ReadonlySet<QuestionWord>;
  /** Terms of the words after "in", "at", "near", "from"... ("llano", "counti" in "died in Llano County"): where it happened. */
  locatedTerms: readonly string[];
  /** What a name's possessive owns, as search terms: "yearly" and "revenue" in "Quillon's yearly revenue". */
  owned: readonly string[];
  /** In a question asking when, the verb forms that name an event: "sworn", "elected"; in one asking why, its participles ("disqualified"); read when first asked for. */
  readonly eventWords: ReadonlySet<QuestionWord>;
  words: QuestionWord[];
  tokens: Token[];
}

/** A mention of a person or a role after the question's first word ("what did <@123…> say"), not one addressing someone before it. */
function namedByMention(question: string): boolean {
  const at = question.search(PERSON_MENTION);
  return at > 0 && /[\p{L}\p{N}]/u.test(question.slice(0, at).replace(MENTION, ' '));
}
const PERSON_MENTION = /<@[!&]?\d+>/;

/** Characters that never carry meaning in a question: zero-width, controls, Discord mention syntax. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/**
 * Discord's mention syntax, its custom emoji ("<:pepe:123…>"), timestamps ("<t:1700000000:R>") and
 * command mentions ("</ask:123…>"), and "@everyone" or "@here".
 */
const MENTION = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|<\/[\w -]+:\d+>|(?<![\p{L}\p{N}])@(?:everyone|here)\b/gu;
/** Names typed with "@" before the question, to address the bot ("@LibraryBot how old is..."). */
const ADDRESSED = /^(?:\s*@[\p{L}\p{N}_.]+)+/u;
/** "what did @Blinken say": an "@" typed before a name inside the question, which names that person. */
const AT_NAME = /(?<![\p{L}\p{N}])@(?=\p{L})/gu;
/**
 * A web address pasted into a question ("what does https://abcnews.go.com say"), with the "<>" Discord
 * puts around a link not to preview it: its parts ("https", "com") are no words an article uses. Punctuation
 * ending the question is not part of it.
 */
const WEB_ADDRESS = /<?(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?)\]"'’”]>?/giu;
/** What every web address has (see `cleanQuestion`). */
const LINK_MARK = /:\/\/|www\./i;
/** Only the start of an overly long question is read: nobody's question is longer, and it bounds the work. */
export const MAX_QUESTION_TERMS = 48;

/** Terminal colour and control sequences pasted along with a question. */
// eslint-disable-next-line no-control-regex -- escape sequences are exactly what this removes
const TERMINAL_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
/** Invisible characters that separate words (zero-width space, word joiner). */
const INVISIBLE_SPACE = /[\u200B\u2060]/g;
/** Only the start of an overly long question is read, cut at a space. */
export const MAX_QUESTION_CHARS = 2000;
/**
 * The longest question asked, in characters: the /ask option's limit on Discord, and where a message,
 * a console line or `npm run ask` is turned away. A question is a sentence or two; a pasted article is
 * many questions at once, and searching for all its words would answer none of them.
 */
export const MAX_QUESTION_LENGTH = 500;

/** Characters as a reader counts them: spaces and line breaks run together count once, emoji once. */
function readerLength(question: string): number {
  let length = 0;
  for (const _ of question.replace(/\s+/g, ' ').trim()) length++;
  return length;
}

/**
 * Printable ASCII without "<" or "@": what most questions are, and what holds no terminal escape, no
 * invisible character and no mention, so the patterns for those need not be tried on it.
 */
function isPlainTyping(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x20 || code > 0x7e || code === 0x3c || code === 0x40) return false;
  }
  return true;
}

export function cleanQuestion(question: string): string {
  const unmarked = isPlainTyping(question)
    ? question
    : question.replace(TERMINAL_ESCAPE, '').replace(INVISIBLE_SPACE, ' ').replace(INVISIBLE, '').replace(MENTION, ' ').replace(ADDRESSED, ' ').replace(AT_NAME, '');
  // Every web address has "://" or "www.": a question with neither holds none.
  const unlinked = unmarked.includes('://') || unmarked.includes('.') ? unmarked.replace(WEB_ADDRESS, ' ') : unmarked;
  const text = unlinked.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUESTION_CHARS) return text;
  const cut = text.lastIndexOf(' ', MAX_QUESTION_CHARS);
  return text.slice(0, cut > 0 ? cut : MAX_QUESTION_CHARS);
}

/**
 * Question words as they get typed in a hurry ("wher", "wat", "how meny"), and chat shorthand for
 * common words. Only spellings that are no English word of their own: "were" is never read as "where".
 */
export const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    wher: 'where', whre: 'where', wehre: 'where', whrere: 'where',
    wich: 'which', whcih: 'which', whihc: 'which', wihch: 'which',
    wat: 'what', waht: 'what', whta: 'what', wht: 'what', whatt: 'what',
    whn: 'when', wehn: 'when', whne: 'when',
    hw: 'how', hpw: 'how', howmany: 'how many', howmuch: 'how much', howlong: 'how long', howold: 'how old',
    meny: 'many', mnay: 'many', mant: 'many', mich: 'much', muhc: 'much',
    whos: 'who is', whats: 'what is', wheres: 'where is', whens: 'when is', hows: 'how is', whys: 'why is', wy: 'why', whyy: 'why',
    didnt: 'did not', dont: 'do not', doesnt: 'does not', isnt: 'is not', wasnt: 'was not', arent: 'are not', werent: 'were not',
    hasnt: 'has not', havent: 'have not', cant: 'cannot', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not',
    abt: 'about', ppl: 'people', govt: 'government', gov: 'government', yrs: 'years', yr: 'year', temp: 'temperature', temps: 'temperatures', qtr: 'quarter', qtrs: 'quarters', tix: 'tickets', reorg: 'reorganization',
    mens: "men's", womens: "women's", childrens: "children's",
    cuz: 'because', coz: 'because', bc: 'because', thx: 'thanks', pls: 'please', plz: 'please',
    rn: 'now', atm: 'now', ur: 'your', gonna: 'going to', wanna: 'want to', gotta: 'got to', tho: 'though', thru: 'through',
    theyve: 'they have', theyre: 'they are', youre: 'you are', youve: 'you have', weve: 'we have', hes: 'he is', shes: 'she is',
    wil: 'will', wll: 'will', woud: 'would', wuold: 'would', shoud: 'should', coud: 'could', cuold: 'could',
    teh: 'the', hte: 'the', thier: 'their', taht: 'that', thta: 'that', adn: 'and', wiht: 'with', frm: 'from',
    abotu: 'about', baout: 'about', becuase: 'because', becasue: 'because', beacuse: 'because', bcause: 'because',
    happend: 'happened', hapened: 'happened', occured: 'occurred', goverment: 'government', govenment: 'government',
    recieve: 'receive', recieved: 'received', untill: 'until', tommorow: 'tomorrow', tomorow: 'tomorrow', yesturday: 'yesterday',
  }),
);
/**
 * "10k", "$436m", "13.5bn": the multiplier written out, as articles write it. A bare "m" or "b" is
 * read as million or billion only after a currency sign: "100m" may be metres.
 */
const SHORT_MONEY = /([$€£¥])\s?(\d+(?:\.\d+)?)\s?(k|m|mn|bn|b|tn)\b/gi;
const SHORT_NUMBER = /\b(\d+(?:\.\d+)?)(?:(k)|\s?(mn|bn|tn))\b/gi;
const MULTIPLIERS: Record<string, string> = { m: 'million', mn: 'million', bn: 'billion', b: 'billion', tn: 'trillion' };
const spellOut = (amount: string, unit: string) =>
  unit.toLowerCase() === 'k' ? Math.round(Number(amount) * 1000).toLocaleString('en-US') : `${amount} ${MULTIPLIERS[unit.toLowerCase()]}`;

/** The question as the article would word it: chat spellings and shorthand numbers spelled out. */
export function readerWording(text: string): string {
  // "how much $$ did she take home": dollar signs standing alone are money.
  // "ten thousand fighters" is "10000 fighters": the article writes its figures in digits as often as not.
  const worded = withSpelledNumbersInDigits(withChatWordsSpelled(text.includes('$$') ? text.replace(MONEY_SIGNS, 'money') : text));
  if (!/\d/.test(worded)) return worded;
  return worded
    .replace(SHORT_MONEY, (_, sign: string, amount: string, unit: string) => sign + spellOut(amount, unit))
    .replace(SHORT_NUMBER, (_, amount: string, thousands: string | undefined, unit: string | undefined) => spellOut(amount, thousands ?? unit ?? ''));
}

const MONEY_SIGNS = /(?<!\S)\${2,}(?!\S)/g;

/**
 * Letters typed for a word ("how much r they spending", "do u need"): in lower case, between spaces
 * or before the question's end, never "R&D", "u.s." or "r/" of a link.
 */
export const CHAT_LETTERS: ReadonlyMap<string, string> = new Map([
  ['r', 'are'],
  ['u', 'you'],
  ['n', 'and'],
]);

/** Whitespace (or the text's start) before the word, and whitespace, the end or a closing mark after it. */
function standsAlone(text: string, start: number, end: number): boolean {
  return (start === 0 || /\s/.test(text[start - 1]!)) && (end === text.length || /[\s?!,]/.test(text[end]!));
}

/** [A-Za-z0-9_]: what \\b tells words by in a pattern without the u flag. */
function isPlainWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * The chat spellings of CHAT_SPELLINGS spelled out: what replacing \\b(?:wher|wat|...)\\b (flags gi)
 * would do, and the letters of CHAT_LETTERS where they stand alone, found by looking each run of word
 * characters up rather than trying a hundred spellings at every place. Every question comes through
 * here; test/question.test.ts holds it to the pattern.
 */
export function withChatWordsSpelled(text: string): string {
  let worded = '';
  let copied = 0;
  for (let at = 0; at < text.length; ) {
    if (!isPlainWordCharacter(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && isPlainWordCharacter(text.charCodeAt(end))) end++;
    const word = text.slice(at, end);
    const lower = word.toLowerCase();
    const spelled = CHAT_SPELLINGS.get(lower) ?? (end - at === 1 && CHAT_LETTERS.has(word) && standsAlone(text, at, end) ? CHAT_LETTERS.get(word) : undefined);
    if (spelled !== undefined) {
      // A capitalised word further on may be a name ("Wat Phra Kaew"); at the start it is the question word.
      const replacement = word === lower ? spelled : at === 0 && word === word[0] + lower.slice(1) ? spelled[0]!.toUpperCase() + spelled.slice(1) : word;
      worded += text.slice(copied, at) + replacement;
      copied = end;
    }
    at = end;
  }
  return copied === 0 ? text : worded + text.slice(copied);
}

/**
 * Every wording of KIND_PATTERNS in one pattern, each its own group, read in one pass over the
 * question: its match is the earliest of theirs, and at one place the first of them in the list, as
 * the wording that comes first in the question, then in the list, decides. (None has groups of its
 * own, and all are case-insensitive.)
 */
export const ANY_KIND = new RegExp(KIND_PATTERNS.map(([pattern]) => `(${pattern.source})`).join('|'), 'iy');
/**
 * The words every wording of KIND_PATTERNS opens with. Tried at every character, the whole pattern
 * costs more than the rest of reading a question; tried only where one of these words starts, it
 * finds the same earliest wording.
 */
const KIND_OPENINGS = /\b(?:how|what|at what|ages?|for (?:how|what)|by how|by what|which|when|since when|who|name of|where|in what|why)/gi;

/** The earliest wording of any kind in `text`, as `ANY_KIND` would find it searching the whole text. */
export function firstKindWording(text: string): RegExpExecArray | null {
  KIND_OPENINGS.lastIndex = 0;
  for (let opening = KIND_OPENINGS.exec(text); opening; opening = KIND_OPENINGS.exec(text)) {
    ANY_KIND.lastIndex = opening.index;
    const found = ANY_KIND.exec(text);
    if (found) return found;
    KIND_OPENINGS.lastIndex = opening.index + 1;
  }
  return null;
}

/**
 * The kind of answer wanted, judged from the first question word: in "What should countries do
 * with nationals who fought?" the "who" only opens a relative clause.
 */
function answerKind(text: string): { kind: AnswerKind; start: number; end: number } {
  const match = firstKindWording(text);
  const wording = match ? match.findIndex((group, i) => i > 0 && group !== undefined) - 1 : -1;
  const best = match && wording >= 0 ? { kind: KIND_PATTERNS[wording]![1], start: match.index, end: match.index + match[0].length } : undefined;
  const plainWhat = text.search(/\b(?:what|which)\b/i);
  if (best && plainWhat >= 0 && plainWhat < best.start) return { kind: 'other', start: 0, end: 0 };
  return best ?? keywordKind(text) ?? { kind: 'other', start: 0, end: 0 };
}

/**
 * A question typed as keywords ("ticket price", "pup weight at birth", "zoo yearly attendance",
 * "superintendent name") names the kind of answer by a noun, where others use a question word.
 */
const KEYWORD_KINDS: readonly (readonly [RegExp, AnswerKind])[] = [
  [/\b(?:wages?|salar(?:y|ies)|prices?|costs?|fees?|fares?)\b/i, 'money'],
  // "winning time?", "journey time": how long it took, not when.
  [/\b(?:winning|finishing|race|record|journey|travel|running) time\b/i, 'duration'],
  [/\b(?:weight|height|depth|distance|width|length|speed|temperature)\b/i, 'measure'],
  [/\b(?:attendance|headcount|workforce|toll|population|turnout)\b|\bnumber of\b/i, 'count'],
  [/\b(?:percentage|percent)\b|\b(?:interest|inflation|unemployment|tax|mortgage|lending|jobless|vacancy|poverty|turnout|approval) rates?\b/i, 'percent'],
  [/\bdate\b/i, 'time'],
  [/\b(?:amount|sum)\b/i, 'amount'],
  // "vote count?", "final tally": a vote's tally is written as a score ("voted 9-4").
  [/\bscores?\b|\btally\b|(?<=\bvote )count\b/i, 'score'],
  [/\bnames?\b/i, 'name'],
];

/** The kind a keyword question's noun names, and where the noun is: none for a question with a question word, or asking yes or no. */
function keywordKind(text: string): { kind: AnswerKind; start: number; end: number } | undefined {
  if (QUESTION_WORD.test(text) || ASKS_YES_OR_NO.test(text)) return undefined;
  for (const [pattern, kind] of KEYWORD_KINDS) {
    const found = pattern.exec(text);
    if (found) return { kind, start: found.index, end: found.index + found[0].length };
  }
  return undefined;
}

/** How many words after a locative word may name the place: "in the Texas Hill Country". */
const LOCATED_REACH = 4;

/** The terms of the words after a locative word, up to the first small word or figure. */
function locatedTermsOf(tokens: readonly Token[]): string[] {
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!LOCATIVE_WORDS.has(tokens[i]!.raw.toLowerCase())) continue;
    let k = i + 1;
    if (/^the$/i.test(tokens[k]?.raw ?? '')) k++;
    for (let end = k + LOCATED_REACH; k < end && tokens[k]?.term && !OPENS_WITH_DIGIT.test(tokens[k]!.raw); k++) terms.push(tokens[k]!.term!);
  }
  return terms;
}

/** A word short enough to be an abbreviation typed in lower case ("usa"). */
const SHORT_WORD = /^\p{L}{2,4}$/u;

/** In a question typed without capitals, "usa" is the "USA" that stands for "US": read as if typed so. */
function abbreviationsCapitalised(tokens: Token[], uncased: boolean): Token[] {
  if (!uncased && !tokens.some((token) => token.raw === 'us')) return tokens;
  return tokens.map((token, at) => {
    // "how much did the us give": after "the", "us" is the country typed without capitals, not the pronoun.
    if (token.raw === 'us' && tokens[at - 1]?.raw.toLowerCase() === 'the') return { ...token, raw: 'US', term: 'US' };
    if (!uncased) return token;
    const upper = token.raw.toUpperCase();
    return token.term && SHORT_WORD.test(token.raw) && aliasOf(upper) ? { ...token, raw: upper, term: upper } : token;
  });
}

/** Nouns that name a kind of answer rather than the topic: "what city", but not "what sanctions". */
const ANSWER_TYPE_NOUNS = new Set(
  `city cities town country countries state states nation nations year years day days month months date time period decade century
  person people man woman name names team teams company companies organization organisation group groups place places location
  area region regions type kind sort form margin score language river building event number amount term word title position role job
  nationality religion color colour animal game sport award book film movie album song party university school body agency
  institution thing things part percentage percent size length age street city's county province district island mountain`.split(/\s+/),
);

/**
 * What "how many" counts: the last noun of the words that follow it, "fighters" in "how many ISIS
 * fighters are held", "people" in "how many people attended".
 */
function countedTerm(text: string, tokens: Token[]): string | undefined {
  const at = tokens.findIndex((t, i) => /^many$/i.test(t.raw) && /^how$/i.test(tokens[i - 1]?.raw ?? ''));
  if (at < 0) return undefined;
  const phrase: Token[] = [];
  for (const token of tokens.slice(at + 1)) {
    // "heat-related deaths": a word joined by a hyphen is part of the noun phrase, verb-like or not.
    const hyphenated = phrase.length > 0 && text.slice(phrase.at(-1)!.end, token.start) === '-';
    if (!token.term || (phrase.length > 0 && !hyphenated && (/(?:ed|ing)$/i.test(token.raw) || isInflectedVerb(token.raw)))) break;
    phrase.push(token);
  }
  // The counted noun is usually the phrase's plural ("jobs" in "how many jobs wil construction creat").
  // Plurals without an "s" too: "how many people work from home" counts people, not work.
  const plural = phrase.filter((token) => IRREGULAR_PLURALS.has(token.raw.toLowerCase()) || (PLURAL_NOUN.test(token.raw) && !/(?:ss|us|is)$/i.test(token.raw))).at(-1);
  return (plural ?? phrase.at(-1))?.term;
}

/** "What happened to the festival?", "what's happening with the bridge": what befell a thing. */
const WHAT_HAPPENED_TO = /^what(?:['’]s|\s+has|\s+is)?\s+(?:happened|happening|happens|going\s+on)\s+(?:to|with|at)\b/i;

/** Words a country follows in a question as often as "in" ("views on china", "sanctions against iran", "a trip to paris"). */
const BEFORE_A_COUNTRY: ReadonlySet<string> = new Set(['on', 'about', 'to', 'with', 'against', 'toward', 'towards', 'between', 'visit', 'visited', 'visiting']);

/**
 * Young people, as WordNet's kinds of juvenile name them, and the words that rank people by age: a
 * sentence giving someone's age ("fighters of 13 and 14 years old") speaks of them.
 */
const AGE_GROUP_WORDS = new Set(
  `child children kid kids minor minors juvenile juveniles youngster youngsters teen teens teenager teenagers adolescent adolescents
  youth youths boy boys girl girls baby babies infant infants toddler toddlers youngest oldest`.split(/\s+/),
);
/** Nouns for what someone is: "Blinken's job", "the title of Dubois". */
const TITLE_WORDS = /^(?:title|job|position|role|post|rank|office|occupation|profession)s?$/i;

/** "Blinken's title", "the role of Dubois": a title-asking noun tied to a name. */
function asksTitle(tokens: Token[], position: number): boolean {
  if (!TITLE_WORDS.test(tokens[position]!.raw)) return false;
  const before = tokens[position - 1]?.raw ?? '';
  const after = tokens.slice(position + 1, position + 3).map((t) => t.raw);
  return (startsWithCapital(before) && /['’]s$/.test(before)) || (after[0] === 'of' && startsWithCapital(after[1] ?? ''));
}

/** The token is in a run of capitalised words ending "'s" before a noun for a person: "Gemma Ward's father". */
function ownsAskedPerson(tokens: Token[], position: number): boolean {
  for (let i = position; i < tokens.length - 1; i++) {
    const token = tokens[i]!;
    if (!startsWithCapital(token.raw)) return false;
    if (/['’]s$/.test(token.raw)) return i + 1 < tokens.length && OPENS_LOWERCASE.test(tokens[i + 1]!.raw) && isPersonNoun(tokens[i + 1]!.raw);
  }
  return false;
}

/** "What did the mayor say", "how did Smith respond": who is asked about. */
/** Verbs that ask for someone's words: "what did Blinken say", "what does the mayor think". */
const SPEECH_VERBS = 'say|said|tell|told|think|thought|claim|add|argue|write|respond|reply|announce|warn|predict|promise';
const SPEAKER_ASKED = new RegExp(String.raw`\b(?:what|how) (?:did|does|do|has|have|had|will|would) (.+?) (${SPEECH_VERBS}|mean)\b`, 'di');
/** In every wording SPEAKER_ASKED_IF_ANY matches ("anything", "something", "publicly"). */
const IF_ANY_HINT = /thing|publicly/i;
/** "Has Pratt & Whitney said anything about the crack?", "did the mayor say anything": whether someone spoke, and what. */
const SPEAKER_ASKED_IF_ANY = new RegExp(String.raw`\b(?:has|have|had|did|does|do|will) (.+?) (${SPEECH_VERBS}|said|commented|comment|spoken|speak|talked|talk)\b(?= (?:anything|something|publicly)\b)`, 'di');
/** What "what did Blinken say about the bridge" asks the speaker's words on: the words after "about". */
const SAID_ABOUT = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\b(?:\s+\p{L}+)?\s+(?:about|on|regarding|of)\s+(.+)$`, 'iu');

/**
 * Who "what did X say" asks about. Things mean as well as people: "what does her name mean" asks
 * for a meaning, so after "mean" only a name, a pronoun or a noun for a person is a speaker.
 */
function speakerAsked(text: string): readonly [number, number] {
  // Every "said anything" question has one of these words: most questions need not be matched again.
  const match = SPEAKER_ASKED.exec(text) ?? (IF_ANY_HINT.test(text) ? SPEAKER_ASKED_IF_ANY.exec(text) : null);
  const span = match?.indices?.[1];
  if (!match || !span) return [-1, -1];
  if (match[2]!.toLowerCase() === 'mean') {
    const head = match[1]!.split(/\s+/).at(-1)!.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (/^\p{Ll}/u.test(head) && !/^(?:he|she|they|you|we|i)$/.test(head) && !isPersonNoun(head)) return [-1, -1];
  }
  return span;
}

function saidAbout(text: string, tokens: readonly Token[]): string[] | undefined {
  const match = SAID_ABOUT.exec(text);
  if (!match) return undefined;
  const from = match.index + match[0].length - match[1]!.length;
  const terms = tokens.filter((t) => t.start >= from && t.term).map((t) => t.term!);
  return terms.length ? terms : undefined;
}

/** Prepositions after which a noun without an article is a phrase of its own ("on board", "at sea", "in court"). */
const BARE_AFTER = new Set(['on', 'at', 'in']);
/** Pronouns that may stand between a verb and its particle: "pay it back", "lock them up". */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'this', 'that']);

/** "the challenger", or "the union president" with one lowercase word between. */
function introducedByThe(tokens: readonly Token[], position: number): boolean {
  const between = tokens[position - 1];
  return isThe(between) || (between !== undefined && LOWERCASE_WORD.test(between.raw) && isThe(tokens[position - 2]));
}

function isThe(token: Token | undefined): boolean {
  return token?.raw.toLowerCase() === 'the';
}
/** Words that make a phrasal verb of the verb before them: "bring back", "lock up", "get together". */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'in', 'on', 'over', 'back', 'away', 'through', 'together', 'around', 'about', 'along', 'forward', 'aside', 'apart']);

/** "How much ... in dollars", "how much is the CEO paid", "how much did it cost": only a sum of money answers. */
const MONEY_WORDS =
  /\b(?:dollars?|euros?|pounds? sterling|yen|yuan|rupees?|francs?|money|cash|bucks|pa(?:y|ys|id|ying)|cost(?:s|ing)?|spen(?:d|ds|t|ding)|fined|earn(?:s|ed|ing)?|charg(?:e|es|ed|ing)|salar(?:y|ies)|wages?|worth|afford)\b/i;
/** Verbs of a change, which a percentage measures as well as a sum. */
const CHANGE_VERB =
  /\b(?:ris(?:e|es|en|ing)|rose|(?:go|goes|gone|went|going) (?:up|down)|increas(?:e|es|ed|ing)|gr(?:ow|ows|ew|own)|climb(?:s|ed)?|jump(?:s|ed)?|f(?:all|alls|ell|allen)|drop(?:s|ped)?|declin(?:e|es|ed)|soar(?:s|ed)?|surg(?:e|es|ed)|shr(?:ink|inks|ank|unk))\b/i;
/** Words naming money itself, not a thing that costs it. */
const NAMES_CURRENCY = /\b(?:dollars?|euros?|pounds? sterling|yen|yuan|rupees?|francs?|money|cash)\b/i;
/** The noun of "how much capacity", "how much rain". */
const HOW_MUCH_OF = /\bhow much (\p{L}+)/iu;
/** Nouns that are sums of money themselves: "how much revenue did it earn". */
const SUM_NOUN = /^(?:revenues?|profits?|income|sales|debts?|funding|funds?|budget|aid|tax(?:es)?|rent|cash|loans?|fines?|compensation|damages|bail|ransom|bonus(?:es)?|savings|investments?)$/i;

/**
 * "How much X" asks a sum of money when a word of money says so, unless X names what is measured:
 * "how much capacity does it keep after 2,000 charges" asks a share, not a price.
 */
function asksMoney(text: string): boolean {
  if (!MONEY_WORDS.test(text)) return false;
  // "How much did fuel costs rise?" asks how much they changed: "rose 38 percent" answers as a sum would.
  if (CHANGE_VERB.test(text) && !NAMES_CURRENCY.test(text)) return false;
  const measured = HOW_MUCH_OF.exec(text)?.[1];
  return measured === undefined || MONEY_WORDS.test(measured) || SUM_NOUN.test(measured) || !isOnlyNoun(measured);
}

/**
 * "Spokane County", "Harrow River", "Lake Tahoe": a capitalised name and the kind of place it is.
 * Spokane the city is not Spokane County: an article writing only the one does not speak of the other.
 */
const PLACE_KINDS_BEFORE = 'Lake|Mount|Port|Fort|Cape';
const PLACE_KINDS_AFTER = 'County|City|State|River|Lake|Island|Islands|Valley|Bay|Province|District|Parish|Township|Borough';
const HEADED_NAME = new RegExp(String.raw`\b(?:(?:${PLACE_KINDS_BEFORE})\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+\s+(?:${PLACE_KINDS_AFTER}))\b`, 'gu');

const NO_HEADED_NAMES: readonly string[] = [];
/** A word every headed name has: most questions have none, and need no further search. */
const HEADED_NAME_WORD = new RegExp(`${PLACE_KINDS_BEFORE}|${PLACE_KINDS_AFTER}`);

export function headedNamesIn(text: string): string[] {
  return [...text.matchAll(HEADED_NAME)].map((match) => match[0]);
}

/** "Did the krone strengthen?", "Is France willing...": a question asking yes or no opens on its verb. */
const ASKS_YES_OR_NO = /^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/i;
const NOT_BEFORE_PREDICATE = new Set('the a an so too very how more most less least as its their his her this that these those my your our'.split(' '));

function predicateTermsOf(tokens: readonly Token[]): string[] {
  const terms: string[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const term = tokens[at]!.term;
    if (term !== undefined && !NOT_BEFORE_PREDICATE.has(tokens[at - 1]?.raw.toLowerCase() ?? '')) terms.push(term);
  }
  return terms;
}

/** The kind of place a headed name names: "County" of "Spokane County", "Lake" of "Lake Tahoe". */
export function placeKindOf(headedName: string): string {
  const words = headedName.split(/\s+/);
  return PLACE_KIND_FIRST.test(words[0]!) ? words[0]! : words.at(-1)!;
}
const PLACE_KIND_FIRST = new RegExp(`^(?:${PLACE_KINDS_BEFORE})$`);

const TELEPHONE_WORD = /^(?:number|no|(?:tele)?phone)$/i;
const TELEPHONE_HINT = /phone|line|fax|contact|number/i;
const ASKS_TELEPHONE_NUMBER = /\b(?:(?:tele)?phone|hotline|helpline|help\s+line|fax|contact)\s+(?:numbers?|no\b\.?|#)|\bnumber\b(?!\s+of\b).*\b(?:call|ring|dial|phone)\b|\b(?:call|ring|dial)\b.*\bwhat\s+number\b/i;

/** "How much did the fare go up in percent?", "how many percentage points": only a percentage answers. */
const PERCENT_WORD = /^(?:percent|percentages?|points)$/i;
const IN_PERCENT = /\b(?:in|as\s+a|by\s+what)\s+percent(?:age)?s?\b|\bpercentage\s+points\b/i;

/**
 * "What is the average wage", "what are Nogueira's wages", "what was the ticket price": the phrase
 * after "what is" ends in a noun for a sum of money, so only a sum answers.
 */
const ASKS_SUM_NOUN =
  /^(?:what|which)(?:['’]?s|\s+(?:is|was|are|were|will\s+be))\s+(?:[\p{L}'’-]+\s+){0,3}?(?:wages?|salar(?:y|ies)|pay|fees?|prices?|costs?|fares?|budget|revenue|profits?|earnings|income|valuation|money|prizes?|bonus(?:es)?|fines?|rewards?|ransom|bail)(?!\s+for\s*[?.!]*$)(?=\s*$|\s*[?.!]|\s+(?:of|for|at|in|on|to|from|with|by|now|today|currently|this|last|next|per|a|an)\b)/iu;

/** "How big is", "how large was the ...": a question of size, whose noun says what kind of size. */
const SIZE_ASKED = String.raw`^how\s+(?:big|large|huge)\s+(?:is|was|are|were|will\s+be|would\s+be|has\s+[\p{L}-]+|have\s+[\p{L}-]+)\s+(?:[\p{L}'’-]+\s+){0,4}?`;

/** "How big is the budget?", "how large was the jury award": the size of a sum is an amount of money. */
const SIZE_OF_SUM = new RegExp(
  String.raw`${SIZE_ASKED}(?:budgets?|deals?|loans?|funds?|gaps?|deficits?|surplus(?:es)?|debts?|settlements?|packages?|grants?|awards?|payouts?|fines?|donations?|gifts?|investments?|bonus(?:es)?|ransoms?|bail|salar(?:y|ies)|prizes?|revenues?|profits?|losses|bills?)\b`,
  'iu',
);

/** "How big is Kestrel's workforce?", "how large was the crowd": the size of a body of people or things is a count. */
const SIZE_OF_GROUP = new RegExp(
  String.raw`${SIZE_ASKED}(?:workforces?|staffs?|teams?|crews?|crowds?|fleets?|membership|audiences?|turnouts?|herds?|flocks?|colon(?:y|ies)|armies|army|classes|class|enrol(?:l)?ments?|populations?)\b`,
  'iu',
);

export type DateUnit = 'year' | 'month' | 'day';

/** What sum a "how much" question asks for, told by its verb: a price, someone's pay, or either. */
export type SumAsked = 'price' | 'spending' | 'pay' | 'either';
/**
 * A noun's place, not a verb's: "set aside for legal costs", "the charges". A verb's plural-looking
 * form ("costs", "charges") is left out: it is a noun far more often than a verb with "it".
 */
const NOT_A_VERB_BEFORE = String.raw`(?<!\b(?:for|of|on|in|to|the|a|an|its|their|his|her|our|legal|total|any)\s+)`;
/** The verb of a sum asked for, in order: "how much did the film cost to make" asks a price. */
const SUM_VERBS: readonly (readonly [RegExp, SumAsked])[] = [
  // "gonna cost", "expected to cost": the verb after "to" is a price too.
  [/\b(?:gonna|going\s+to|expected\s+to|supposed\s+to|likely\s+to|set\s+to|projected\s+to|estimated\s+to)\s+cost\b/i, 'price'],
  [new RegExp(String.raw`${NOT_A_VERB_BEFORE}\b(?:cost|costing|charge|charged|charging)\b`, 'i'), 'price'],
  [new RegExp(String.raw`${NOT_A_VERB_BEFORE}\b(?:spend|spends|spent|spending)\b`, 'i'), 'spending'],
  [/\b(?:earn(?:s|ed|ing)?|mak(?:e|es|ing)|made)\b/i, 'pay'],
  [/\bpa(?:y|ys|id|ying)\b/i, 'either'],
];
const HOW_MUCH = /\bhow\s+much\b/i;
/** "What year", "which month", "the exact date": a weekday or "two years ago" may not do. */
const DATE_UNITS: [RegExp, DateUnit][] = [
  [/\b(?:what|which)\s+year\b/i, 'year'],
  [/\b(?:what|which)\s+month\b/i, 'month'],
  [/\b(?:what|which)\s+(?:exact\s+)?date\b|\bexact\s+date\b|\bwhat(?:['’]s|\s+is|\s+was|\s+will\s+be)\s+(?:the\s+|its\s+|their\s+)?(?:(?!the\b)[\p{L}-]+\s+){1,3}?date\b/iu, 'day'],
  // "What day in August is the vote?" asks which day of the month, not of the week.
  [new RegExp(String.raw`\b(?:what|which)\s+day\s+(?:in|of)\s+(?:the\s+month|${MONTH_NAMES.join('|')})\b`, 'i'), 'day'],
];

/** "What colour is the engine?", "which colours": only a passage naming a colour answers. */
const ASKS_COLOUR = /\b(?:what|which)\s+colou?rs?\b/i;

/** "Who else", "which other", "besides the Hollis family": the names the question gives are not the answer. */
/** Words that set aside something named, as "what other" alone does not. */
const BESIDES = 'besides|other than|apart from|aside from|except(?: for)?';
const ASKS_OTHERS = new RegExp(`\\b(?:${BESIDES}|who else|which other|what other)\\b`, 'i');
const BESIDES_NAMED = new RegExp(`\\b(?:${BESIDES})\\b`, 'i');

/** Where a question for a post's holder opens: "who", "who's", "what is the name of". */
const OPENS_ON_WHO = /^(?:who(?:['’]?s)?|what(?:['’]?s| is| was) the name of)\b/i;
/** Posts one person holds, and what founders and holders do: "who founded", "who coaches", "the CEO". */
const HOLDER_WORDS: ReadonlySet<string> = new Set(
  `ceo founder founders founded cofounder co-founder boss chairman chairwoman chairperson chair coach coaches manager manages
  architect captain mayor governor principal spokesperson spokesman spokeswoman commander ambassador superintendent editor
  president chief director`.split(/\s+/),
);
/** "Who is the leader...": who someone is, as opposed to "who rescued the children" (firefighters did). */
const WHO_SOMEONE_IS = /\bwho(?:['’]s|\s+(?:is|was|are|were))\s+(?:the|a|an|his|her|its|their|this|that)\s/i;
/**
 * The words typed are a name: each capitalised or no dictionary word, or, typed without capitals
 * ("who is antony blinken"), one of them at least no dictionary word. Short forms made of them ("AB") are not typed.
 */
function namesSomeoneOnly(words: readonly QuestionWord[], uncased: boolean): boolean {
  const typed = words.filter((w) => !w.implied);
  return typed.length > 0 && (uncased ? typed.some((w) => !isDictionaryWord(w.raw)) : typed.every((w) => w.isName || startsWithCapital(w.raw) || !isDictionaryWord(w.raw)));
}

/**
 * "Who is Blinken?", "Antony Blinken?": up to four words, none of them "the" or "a", after "who is" if
 * anything. Not "what is X": an encyclopaedia defines a thing where it explains it, often after
 * naming it in passing.
 */
const NAME_ASKED_ABOUT =
  /^(?:who(?:['’]s|\s+(?:is|was|are|were))\s+(?!(?:the|an?|this|that|his|her|their|its)\s)|(?!(?:who|what|whose|whom|which|where|when|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|tell|show|give|list)\b))[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}\s*[?!.]*$/iu;
const NAME_OF = /\bnames?\s+of\b/i;
/** What NAME_OF, ASKS_NAME and NAME_OF_POSSESSOR all need. */
const SAYS_NAME = /name/i;
const ASKS_NAME = /\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?names?\b|['’]s\s+names?\b|\bthe\s+\p{L}{3,}s\s+names?\s*[?!.]*$/iu;
const STANDS_FOR = /\b(?:what|which)\b.*?\b(?:does|do|did|is|'s)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+)?(\p{L}[\p{L}.&]{1,9})\s+stands?\s+for\b/iu;
/** What any match of STANDS_FOR holds, found far more cheaply: most questions are spared the pattern. */
const SAYS_STANDS_FOR = /stands?\s+for\b/iu;
/** "What is AEMET?", "what's the NPWS", "what does FDA mean": one word asked what it is. */
const WHAT_ONE_WORD_IS = /^what(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(\p{L}[\p{L}.&]{1,11})\s*[?!.]*$/iu;
const WHAT_ONE_WORD_MEANS = /^what\s+does\s+(?:the\s+)?(\p{L}[\p{L}.&]{1,11})\s+mean\s*[?!.]*$/iu;

/**
 * The abbreviation a question asks the words or the meaning of, in capitals and without stops
 * ("NPWS"). One word asked what it is counts when typed in capitals ("AEMET") or when no dictionary
 * has it ("aemet"): "what is inflation" asks about a word, not an abbreviation.
 */
function abbreviationAsked(text: string): string | undefined {
  const standsFor = SAYS_STANDS_FOR.test(text) ? STANDS_FOR.exec(text)?.[1] : undefined;
  const asked = standsFor ?? (WHAT_ONE_WORD_IS.exec(text) ?? WHAT_ONE_WORD_MEANS.exec(text))?.[1];
  if (asked === undefined || (standsFor === undefined && !startsWithTwoCapitals(asked) && isDictionaryWord(asked))) return undefined;
  return asked.replace(/\./g, '').toUpperCase();
}

/** The noun phrase after "name of": "the insurer offering the reward", "the sanctioned ISIS leader". */
function nameOfPhrase(text: string, tokens: Token[]): Token[] {
  const at = NAME_OF.exec(text);
  if (!at) return [];
  const after = tokens.filter((token) => token.start >= at.index + at[0].length);
  // The noun phrase runs to the first word of another kind: "the insurer offering the reward".
  const phrase: Token[] = [];
  for (const token of after) {
    if (!token.term) {
      if (phrase.length) break;
      continue;
    }
    phrase.push(token);
  }
  return phrase;
}

/** "What is the name of the sanctioned ISIS leader?": the name asked for is a person's. */
function namedPerson(text: string, tokens: Token[], possessor: string | undefined): boolean {
  if (possessor) return isPersonNoun(possessor);
  return nameOfPhrase(text, tokens).some((token) => !startsWithCapital(token.raw) && isPersonNoun(token.raw));
}

/** "the ferry's name", and the same typed without the apostrophe at the end of a question ("whats the contractors name"). */
const NAME_OF_POSSESSOR = /\b(\p{Ll}[\p{L}-]*)['’]s\s+names?\b|\bthe\s+(\p{Ll}[\p{L}-]{2,})s\s+names?\s*[?!.]*$/u;

/** The noun whose name "the ferry's name" (or "the contractors name") asks for, as typed. */
function possessorOfName(text: string): string | undefined {
  const found = NAME_OF_POSSESSOR.exec(text);
  return found?.[1] ?? found?.[2];
}

/** The words, not names, of what "the name of the ferry" or "the ferry's name" asks the name of. */
function namedThing(text: string, tokens: Token[], possessor: string | undefined): string[] | undefined {
  const words = possessor ? tokens.filter((token) => token.raw.toLowerCase().startsWith(possessor.toLowerCase()) && /['’]?s$/.test(token.raw)) : nameOfPhrase(text, tokens);
  const terms = words.filter((token) => !startsWithCapital(token.raw)).map((token) => token.term!).filter(Boolean);
  return terms.length ? terms : undefined;
}

/**
 * "Which agency", "what is the club called": what the question asks to have named. "What" before a
 * noun asks for a name only where the kind of answer is one ("what union"): "amid what concerns" does not.
 */
const WHICH_THING = /\bwhich\s+(?=\p{L})/iu;
const WHAT_THING = /\bwhat\s+(?=\p{L})/iu;
const CALLED = /\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+(?=.+\s+called\b)/i;

/** The head noun, as a search term, of what "which agency" or "what is the club called" asks to have named. */
function chosenThing(text: string, tokens: Token[], kind: AnswerKind): string[] | undefined {
  const at = WHICH_THING.exec(text) ?? CALLED.exec(text) ?? (kind === 'name' || kind === 'person' ? WHAT_THING.exec(text) : null);
  if (!at) return undefined;
  const after = tokens.filter((t) => t.start >= at.index + at[0].length);
  // The noun phrase starts right after the question word ("which staffing agency"), or after "the"
  // in "what is the club called", and runs to the first small word: its last word is the thing.
  // "Which six states": the count says how many are asked for, the noun after it is the thing.
  const start = Math.max(0, after.findIndex((t) => !/^(?:the|its|their|his|her|a|an)$/i.test(t.raw) && !SPELLED_NUMBERS.has(t.raw.toLowerCase()) && !ALL_DIGITS.test(t.raw)));
  const [first, second, third] = after.slice(start);
  if (!first || !isThingWord(first)) return undefined;
  // A second word is the noun ("staffing agency was") unless a verb's object follows it ("bakery sells
  // bread"), and only a verb agreeing with the first word can be one: "which diving club found it".
  const agrees = (verb: Token) => /s$/i.test(verb.raw) || isInflectedVerb(verb.raw) || isPlural(first);
  const secondIsVerb = second !== undefined && !isOnlyNoun(second.raw) && agrees(second) && (isThingWord(third) || /^(?:the|a|an|to|his|her|their|its)$/i.test(third?.raw ?? ''));
  const head = isThingWord(second) && !secondIsVerb ? second! : first;
  return [head.term!];
}

/** A word of the thing `chosenThing` reads: no name, no number, not "called". */
function isThingWord(token: Token | undefined): boolean {
  return token?.term !== undefined && !/^called$/i.test(token.raw) && !/^[\p{Lu}\p{N}]/u.test(token.raw) && !SPELLED_NUMBERS.has(token.raw.toLowerCase());
}

/** "What caused the fire?", "what sparked the protests", "what was the cause of the outage", "the fire's cause". */
const ASKS_CAUSE = /\bwhat\s+(?:(?:had|has|have|is|was|might\s+have|may\s+have)\s+)?(?:caused?|causes|causing|sparked|started|triggered|set\s+off|led\s+to|ignited)\b|\bcauses?\s+of\b|\bwhat\s+(?:is|was|were|are)\s+(?:the\s+)?(?:likely\s+|probable\s+|suspected\s+)?(?:cause|trigger)s?\s+of\b/i;
const CAUSE_OF_POSSESSOR = /\b(?:what\s+(?:is|was)\s+)?the\s+(\p{Ll}[\p{L}-]*)['’]s\s+(?:likely\s+|probable\s+|suspected\s+)?causes?\b/u;

/** The words, not names, of what a question asks the cause of: "fire" in "what caused the fire", "the fire's cause". */
function causedThing(text: string, tokens: Token[], asksCause: boolean): string[] | undefined {
  const possessor = text.includes('cause') ? CAUSE_OF_POSSESSOR.exec(text)?.[1] : undefined;
  if (possessor) return [possessor.toLowerCase()];
  const at = asksCause ? ASKS_CAUSE.exec(text) : null;
  if (!at) return undefined;
  const phrase: string[] = [];
  for (const token of tokens.filter((t) => t.start >= at.index + at[0].length)) {
    if (!token.term) {
      if (phrase.length) break;
      continue;
    }
    if (!startsWithCapital(token.raw)) phrase.push(token.raw.toLowerCase().replace(/['’]s$/, ''));
  }
  return phrase.length ? phrase : undefined;
}

/** Words between a thing and its name: "the ferry Island Star", "a ship named Aurora", "the boat, known as the Osprey", "the station is the Classic". */
const NAMING_WORDS = new Set(['the', 'a', 'an', 'named', 'called', 'dubbed', 'christened', 'entitled', 'titled', 'known', 'as', 'is', 'was', 'are', 'were']);
/** A title in quotation marks, every word of it capitalised but short ones: “Voyage of the Damned”, 'Metro: All Change'. */
const QUOTED_TITLE = /["“‘']\p{Lu}[\p{L}\p{N}'’-]*(?:[\s:]+(?:\p{Lu}[\p{L}\p{N}'’-]*|of|the|a|an|and|for|in|on|to|at|by)){0,7}[.,]?["”’']/u;

/** What a sentence says of the thing whose name is asked: it names it, it mentions it unnamed, or neither is sure. */
export type Naming = 'named' | 'unnamed' | 'unsure';

const GIVES_NAME = /^(?:named|called|dubbed|christened)$/i;

/**
 * The name at `at` follows "named" or "called" (a "the" may come between), said of a noun that is
 * none of `things`, or names a place as "the town of Conil" does ("the hiring of Gary Kubiak" does not).
 */
function namesAnotherNoun(tokens: readonly Token[], at: number, things: readonly string[]): boolean {
  let verb = at - 1;
  if (/^the$/i.test(tokens[verb]?.raw ?? '')) verb--;
  const noun = tokens[verb - 1];
  if (noun === undefined || noun.term === undefined || things.includes(noun.term) || !OPENS_LOWERCASE.test(noun.raw)) return false;
  const word = tokens[verb]?.raw ?? '';
  return GIVES_NAME.test(word) || (/^of$/i.test(word) && PLACE_NAMED_AFTER.test(noun.raw));
}

/** Nouns a place's name follows after "of": "the town of Conil", "the island of Lampedusa". */
const PLACE_NAMED_AFTER = /^(?:town|city|village|hamlet|county|state|province|region|district|borough|municipality|parish|township|island|port|republic|kingdom)$/i;

/** "Aug. 9", "on Monday": a date names no thing. */
const DATE_NAME = new RegExp(`^(?:${[...MONTH_NAMES, ...DAY_NAMES, MONTH_ABBREVIATIONS, 'Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun'].join('|')})$`);
/** Short lowercase words inside a name: "Conil de la Frontera", "Ludwig van Beethoven". */
const NAME_PARTICLE = /^(?:de|del|della|di|da|du|la|le|van|von|der|den|y)$/;

/**
 * Whether a sentence gives the name of a thing it mentions ("the Island Star ferry", "the ferry
 * Island Star", "a ferry called the Island Star", "the Safety Board", "the single “Hymn for the
 * Weekend”"), or mentions it and names only places, speakers and what the question names: "The
 * ferry was carrying passengers from Port Carrick" names places, not the ferry. `things` are the
 * search terms of what is asked the name of, `asked` those of the whole question (a word of the
 * question is not the name it asks for), `names`, `places` and `speaking` (the terms of those it says
 * are speaking) the sentence's (search-index.ts).
 * `several` when the question asks for several ("which schools"): a sentence that only counts them
 * ("two nearby schools") names them only with the count.
 */
export function namesThingItMentions(
  sentence: string,
  things: readonly string[],
  asked: ReadonlySet<string>,
  names: readonly string[],
  places: readonly string[],
  speaking: ReadonlySet<string>,
  several = false,
): Naming {
  const tokens = sentenceTokens(sentence);
  const isName = (token: Token | undefined, at: number) => token !== undefined && at > 0 && startsWithCapital(token.raw) && !(token.term && asked.has(token.term)) && !/['’]s$/.test(token.raw);
  const isNumber = (token: Token | undefined) => token !== undefined && OPENS_WITH_DIGIT.test(token.raw) && !(token.term && asked.has(token.term));
  // Words of one phrase: spaces and commas between them, or a dash or quotation mark before a name.
  const joined = (a: Token, b: Token) => /^[\s,:;"“”‘’'—–-]*$/.test(sentence.slice(a.end, b.start));
  let mentioned = false;
  // Where the thing is mentioned only as counted ("three hospitals"), the first such mention; -1 once it is mentioned otherwise.
  let countedAt: number | undefined;
  for (const [at, token] of tokens.entries()) {
    // "coached by John Fox" is no mention of a coach: the thing is asked about as a noun.
    if (!token.term || !things.includes(token.term) || /(?:ed|ing)$/i.test(token.raw)) continue;
    // "the names of the three hospitals": "three" counts the thing, it is not the thing.
    if (several && isCount(token)) continue;
    mentioned = true;
    // "the Safety Board", "the Museum of Fine Arts": the word is itself part of the name.
    if (at > 0 && startsWithCapital(token.raw)) return 'named';
    const before = tokens[at - 1];
    const after = tokens[at + 1];
    // "Game 7", "the 405 freeway" name the thing; "3 hospitals", "two branch campuses" count several.
    const counted = several && writtenAsCounted(sentence, tokens, at);
    if (!counted && ((before && isNumber(before) && joined(before, token)) || (after && isNumber(after) && joined(token, after)))) return 'named';
    countedAt = counted && countedAt !== -1 ? (countedAt ?? at) : -1;
    // "the Island Star ferry", "the Island Star passenger ferry".
    for (let left = at - 1; left >= Math.max(0, at - 3) && joined(tokens[left]!, tokens[left + 1]!); left--) {
      if (isName(tokens[left], left)) return 'named';
      if (left < at - 1 || /^(?:the|a|an)$/i.test(tokens[left]!.raw)) break;
    }
    // "the ferry Island Star", "a ferry called the Island Star", "the station is the Classic".
    for (let right = at + 1; right < tokens.length && joined(tokens[right - 1]!, tokens[right]!); right++) {
      if (isName(tokens[right], right)) return 'named';
      if (!NAMING_WORDS.has(tokens[right]!.raw.toLowerCase())) break;
    }
  }
  if (!mentioned) return 'unsure';
  if (QUOTED_TITLE.test(sentence)) return 'named';
  // Any other name may still be the thing's, written further off ("NE1fm launched in 2007, the first community station").
  // "from Port Carrick to Dunmore": a name after "to" is where the thing went, not what it is called;
  // "The probe, named Hesper, will reach the comet": a name given to another noun is that noun's.
  const notTheThings = new Set<string>();
  tokens.forEach((token, at) => {
    const previous = tokens[at - 1];
    if (!token.term || !isName(token, at) || !previous) return;
    // "Conil de la Frontera": the name goes on past its particles.
    let partOf = at - 1;
    while (partOf > 0 && NAME_PARTICLE.test(tokens[partOf]!.raw)) partOf--;
    if (DATE_NAME.test(token.raw) || /^(?:to|from|via)$/i.test(previous.raw) || notTheThings.has(tokens[partOf]!.term ?? '')) notTheThings.add(token.term);
    else if (namesAnotherNoun(tokens, at, things)) notTheThings.add(token.term);
  });
  if (names.every((name) => asked.has(name) || places.includes(name) || speaking.has(name) || notTheThings.has(name))) return 'unnamed';
  return countedAt !== undefined && countedAt >= 0 && !namedAfterCount(sentence, tokens, countedAt, asked, names) ? 'unnamed' : 'unsure';
}

/** Words ending like a plural that are not one: "which company does", "what agency has". */
const NOT_PLURAL = /^(?:does|has|was|is|goes|this|its|his|hers|thus|plus|yes)$/i;

/** The thing asked about (its term among `things`) is written plural, or is the first word of a plural noun ("pharmacy chains"). */
function asksSeveralOf(tokens: readonly Token[], things: readonly string[] | undefined): boolean {
  if (!things) return false;
  return tokens.some((token, at) => token.term !== undefined && things.includes(token.term) && [token, tokens[at + 1]].some((t) => isPlural(t) && !NOT_PLURAL.test(t!.raw)));
}

/** A number, in digits or spelled ("3", "three"), that may count things. */
function isCount(token: Token): boolean {
  return OPENS_WITH_DIGIT.test(token.raw) || SPELLED_NUMBERS.get(token.raw.toLowerCase())?.ordinal === false;
}

/** A plural noun as written: "hospitals", "campuses", not "glass", "bus", "previous" or "analysis". */
function isPlural(token: Token | undefined): boolean {
  return token !== undefined && PLURAL_WRITTEN.test(token.raw);
}

/** Lowercase words a count may stand before its thing through: "two nearby schools", "two of the nation's largest pharmacy chains". */
const COUNT_REACH = 5;

/**
 * The thing at `at` is written as counted, several of them by number: "three hospitals", "two of the
 * nation's largest pharmacy chains", "37 bridges". It (or the noun it qualifies, "pharmacy chains") is
 * plural, and only lowercase words, with nothing but spaces between, stand between it and the count.
 */
export function writtenAsCounted(sentence: string, tokens: readonly Token[], at: number): boolean {
  const thing = tokens[at]!;
  const next = tokens[at + 1];
  const compoundHead = next !== undefined && OPENS_LOWERCASE.test(next.raw) && /^\s+$/.test(sentence.slice(thing.end, next.start)) ? next : undefined;
  if (!isPlural(thing) && !isPlural(compoundHead)) return false;
  for (let left = at - 1; left >= Math.max(0, at - 1 - COUNT_REACH); left--) {
    const token = tokens[left]!;
    if (!/^\s+$/.test(sentence.slice(token.end, tokens[left + 1]!.start))) return false;
    if (isCount(token)) return true;
    if (!OPENS_LOWERCASE.test(token.raw)) return false;
  }
  return false;
}

/**
 * A sentence that only counts the things asked the name of ("nurses at three hospitals run by
 * Evergreen Valley Health", "its main campus and two branch campuses") names them only where the names
 * stand with the count: after it ("two campuses, in Minot and Fargo", "three hospitals: St. Joseph and
 * …"), or before it, as what it sums up ("St. Joseph and Allenmore, the two hospitals"). A name after "by"
 * is who does something to them, not what they are called; anything before the count, unless set off as
 * its apposition, is what the sentence is about otherwise.
 */
function namedAfterCount(sentence: string, tokens: readonly Token[], at: number, asked: ReadonlySet<string>, names: readonly string[]): boolean {
  // Back over the count phrase ("the two branch campuses") to the word before it.
  let lead = at - 1;
  while (lead > 0 && !isCount(tokens[lead]!)) lead--;
  if (lead > 0 && /^(?:the|these|those|its|their)$/i.test(tokens[lead - 1]!.raw)) lead--;
  const previous = tokens[lead - 1];
  // "St. Joseph and Allenmore, the two hospitals": set off by a comma, the count sums up the names before it.
  if (previous && startsWithCapital(previous.raw) && sentence.slice(previous.end, tokens[lead]!.start).includes(',')) return true;
  let byAgent = false;
  for (let k = at + 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    const capital = startsWithCapital(token.raw);
    if (!capital) byAgent = /^by$/i.test(token.raw) || (byAgent && /^(?:the|of|and)$/i.test(token.raw));
    if (capital && !byAgent && token.term && names.includes(token.term) && !asked.has(token.term)) return true;
  }
  return false;
}

/** "What city", "which team", "what kind of vehicle": the noun right after the question word. */
function focusPosition(tokens: Token[]): number {
  const at = tokens.findIndex((t) => /^(?:what|which)$/i.test(t.raw));
  if (at < 0) return -1;
  let next = at + 1;
  if (/^(?:kind|type|sort|form|part|name)$/i.test(tokens[next]?.raw ?? '') && /^of$/i.test(tokens[next + 1]?.raw ?? '')) next += 2;
  return ANSWER_TYPE_NOUNS.has(tokens[next]?.raw.toLowerCase() ?? '') ? next : -1;
}

/**
 * No lowercase letter: the question was typed with caps lock on ("GOALIE??", "WHO SCORED"), and says
 * nothing about names. Read in lower case, an acronym the article writes ("NATO?") is still found, as
 * in any question typed without capitals.
 */
function isShouted(text: string): boolean {
  return !HAS_LOWERCASE.test(text) && CAPITALS_RUN.test(text);
}

/** Small words a reader capitalises only when capitalising every word. */
const TITLE_CASED_SMALL_WORD =
  /^(?:The|A|An|Of|To|In|On|At|For|Is|Are|Was|Were|Did|Does|Do|Has|Have|Had|Be|Been|And|Or|With|By|From|It|They|He|She|Her|His|Their|Its|Will|Would|Can|Could|Should|Much|Many)$/;
/** How many small words, after the first word, must be capitalised to tell every word is. */
const TITLE_CASED_SMALL_WORDS = 1;

/** Words of two letters or more, as typed: not search terms, which cost more to make. */
const WORDS_OF_LETTERS = /\p{L}{2,}[\p{L}'’]*/gu;

/**
 * Every word capitalised ("How Much Is The Whole Project Gonna Cost"): the capitals say nothing about
 * names either, so it is read as a question typed without them is.
 */
function isTitleCased(text: string): boolean {
  const words = text.match(WORDS_OF_LETTERS) ?? [];
  if (words.length < 2 || words.some((word) => !startsWithCapital(word))) return false;
  return words.slice(1).filter((word) => TITLE_CASED_SMALL_WORD.test(word)).length >= TITLE_CASED_SMALL_WORDS;
}

/**
 * What asks for a measurement of one kind: "how" and an adjective, or a word naming it, which the
 * answer need not repeat. Not "how long", a duration, nor "how high": charts, prices and storeys are
 * high too.
 */
const MEASURED: readonly { dimension: Dimension; how: readonly string[]; words: readonly string[] }[] = [
  { dimension: 'mass', how: ['heavy'], words: ['weigh', 'weighs', 'weighed', 'weight', 'weights'] },
  { dimension: 'length', how: ['tall', 'deep', 'far', 'wide'], words: ['height', 'depth', 'distance', 'width', 'heights', 'depths', 'distances', 'widths'] },
  { dimension: 'speed', how: ['fast', 'quickly'], words: ['speed', 'speeds'] },
  { dimension: 'temperature', how: ['hot', 'cold', 'warm'], words: ['temperature', 'temperatures'] },
];
const MEASURED_WORDINGS = MEASURED.map(({ dimension, how, words }) => [new RegExp(`\\bhow (?:${how.join('|')})\\b|\\b(?:${words.join('|')})\\b`, 'i'), dimension] as const);
const MEASURE_WORDS: ReadonlySet<string> = new Set(MEASURED.flatMap(({ words }) => words));

/** Asks about what is still to come besides "will": "going to", "supposed to", "expected to", "planning to"... */
const FUTURE = /\b(?:going\s+to|supposed\s+to|expected\s+to|planning\s+to|plans?\s+to|scheduled\s+to)\b/i;
/** "When did", "when was": a question of the past. */
const PAST_TENSE = /\b(?:did|was|were|had)\b/i;
/** ...but not "when was it originally supposed to open": what was expected then. */
const PAST_EXPECTATION = /\b(?:was|were)\s+(?:\w+\s+){0,3}(?:going|supposed|expected|planning|scheduled)\s+to\b/i;

const TAKE = /^(?:take|takes|took|taken|taking)$/i;
const TAKE_PLACE = /^place$/i;

// "No" is left out: "who voted no" negates nothing.
const NEGATES = /\b(?:not|never|neither|nor|without)\b|n['’]t\b/i;

/** Words joining a question to the one before it: "and who was sanctioned?". */
const JOINING_WORD = String.raw`(?:and|also|plus|or|but|so|then)`;
/** Words a question opens with: after a "?", a sentence opening with one is another question. */
const OPENS_QUESTION = new RegExp(String.raw`^(?:${JOINING_WORD}\s+)?(?:who|whom|whose|what|whats|what's|when|where|why|how|which|is|are|was|were|did|do|does|can|could|will|would|has|have|had|should)\b`, 'i');
const JOINED = new RegExp(String.raw`^${JOINING_WORD}\s+`, 'i');

/** A question split off without the word that joined it to the one before: "And who was sanctioned?" is asked alone as "Who was sanctioned?". */
function withoutJoiningWord(question: string): string {
  const joined = JOINED.exec(question);
  if (!joined) return question;
  const rest = question.slice(joined[0].length);
  return startsWithCapital(question) ? rest[0]!.toUpperCase() + rest.slice(1) : rest;
}

/**
 * "Who won? What was the score?": the questions of a message, each to its "?". One search for both
 * would find neither, so the first is answered and the others are named for asking on their own.
 * "Who won? I mean the derby" is one question: only a sentence opening as a question starts another.
 */
function splitQuestions(typed: string): string[] {
  const questions: string[] = [];
  // "where was it; who hosted it; when?" asks three questions, as "where was it? who hosted it?" does;
  // "Blinken said it can't persist; what did he mean?" asks one.
  const separator = OPENS_QUESTION.test(typed) ? /(?<=\?)\s+|(?<=;)\s*/ : /(?<=\?)\s+/;
  for (const part of typed.split(separator)) {
    if (questions.length && !OPENS_QUESTION.test(part)) questions[questions.length - 1] += ` ${part}`;
    else questions.push(questions.length ? withoutJoiningWord(part) : part);
  }
  // One question is the message, small talk or not: nothing to leave out.
  if (questions.length === 1) return questions;
  // A greeting before the question ("hi? how much aid was pledged?") is no question of its own.
  const asked = questions.map((q) => q.replace(/\s*;$/, '')).filter((q) => !smallTalkIn(readerWording(q.replace(/\?+$/, ''))));
  return asked.length ? asked : [typed];
}

/** "you're wrong, it was 43": a message opening with a complaint and then asking nothing is that complaint. */
function complaintOpening(message: string, rest: string): SmallTalk | undefined {
  if (rest === message || QUESTION_WORD.test(rest) || rest.includes('?')) return undefined;
  const opening = message.slice(0, message.length - rest.length).replace(/[\s,;:!.…]+$/u, '');
  return smallTalkIn(opening) === 'complaint' ? 'complaint' : undefined;
}

/** The same words, whatever their case and punctuation. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words(a) === words(b);
}

/** The later questions that ask neither the first one again nor one before them. */
function withoutRepeats(first: string, later: readonly string[]): string[] {
  const kept: string[] = [];
  for (const question of later) if (![first, ...kept].some((asked) => sameWords(asked, question))) kept.push(question);
  return kept;
}

/** Every field of a question word, in the order `questionWord` sets them: resolve.ts compares two words field by field. */
export const QUESTION_WORD_FIELDS = ['raw', 'typed', 'term', 'isName', 'implied', 'focus', 'speaker', 'particle', 'uncased', 'bare', 'compound', 'definite', 'owner', 'means'] as const satisfies readonly (keyof QuestionWord)[];
/** A field added to QuestionWord but not listed above would let two different words share a resolution: it fails to compile here. */
const everyFieldListed: [Exclude<keyof QuestionWord, (typeof QUESTION_WORD_FIELDS)[number]>] extends [never] ? true : never = true;
void everyFieldListed;

/**
 * A question word with every field present, set or not, in one order: every word then has the same
 * shape, which keeps the code reading words (resolution, ranking, the gates) on its fast path. A field
 * left out of the literal fails to compile.
 */
function questionWord(raw: string, term: string, isName: boolean): QuestionWord {
  const word = { raw, typed: undefined, term, isName, implied: undefined, focus: undefined, speaker: undefined, particle: undefined, uncased: undefined, bare: undefined, compound: undefined, definite: undefined, owner: undefined, means: undefined } satisfies Record<keyof QuestionWord, unknown>;
  return word;
}

export function analyseQuestion(question: string): AnalysedQuestion {
  const [typed = '', ...laterQuestions] = splitQuestions(cleanQuestion(question));
  const shouted = isShouted(typed) || isTitleCased(typed);
  const cleaned = readerWording(shouted ? typed.toLowerCase() : typed);
  const wholeSmallTalk = smallTalkIn(cleaned);
  const text = wholeSmallTalk ? cleaned : withoutSmallTalkAround(cleaned);
  const smallTalk = wholeSmallTalk ?? complaintOpening(cleaned, text);
  const found = answerKind(text);
  // "How much ... in dollars": only a sum of money answers.
  // Only the first letter capitalised, or none: the reader did not bother with capitals.
  const uncased = !HAS_UPPERCASE.test(text.slice(1));
  const tokens = abbreviationsCapitalised(tokenize(text), uncased);
  // Every pattern about a name needs the word: most questions skip them all.
  const saysName = SAYS_NAME.test(text);
  const possessor = saysName ? possessorOfName(text) : undefined;
  const namesAPerson = saysName && namedPerson(text, tokens, possessor);
  const sizeOfSum = found.kind === 'measure' && SIZE_OF_SUM.test(text);
  const sizeOfGroup = found.kind === 'measure' && !sizeOfSum && SIZE_OF_GROUP.test(text);
  const kind: AnswerKind = namesAPerson
    ? 'person'
    : sizeOfGroup
      ? 'count'
      : (found.kind === 'amount' || found.kind === 'count') && IN_PERCENT.test(text)
        ? 'percent'
        : (found.kind === 'amount' && asksMoney(text)) || (found.kind === 'other' && ASKS_SUM_NOUN.test(text)) || sizeOfSum
          ? 'money'
          : found.kind;
  const { start: kindStart, end: kindEnd } = found;
  const words: QuestionWord[] = [];
  const seen = new Set<string>();
  const focusAt = focusPosition(tokens);
  const measures = kind === 'measure' || kind === 'amount' ? (LENGTH_ASKED.test(text) || PRECIPITATION_ASKED.test(text) ? 'length' : MEASURED_WORDINGS.find(([pattern]) => pattern.test(text))?.[1]) : undefined;
  const [speakerStart, speakerEnd] = speakerAsked(text);
  const asksCause = ASKS_CAUSE.test(text);
  const futureTense = /\bwill\b/i.test(text) || (text.includes(' to') && FUTURE.test(text) && !PAST_EXPECTATION.test(text));
  // Every wording of a telephone number has one of these: most questions need not be searched further.
  const asksTelephone = TELEPHONE_HINT.test(text) && ASKS_TELEPHONE_NUMBER.test(text);
  const yesOrNo = ASKS_YES_OR_NO.test(text) && !QUESTION_WORD.test(text);
  // The words of a question typed in capitals (or every word capitalised) are read in lower case, and shown to the reader as typed.
  const typedSpellings = shouted ? new Map(tokenize(typed).map((t) => [t.raw.toLowerCase(), t.raw])) : undefined;
  tokens.forEach((token, position) => {
    if (!token.term || seen.has(token.term) || words.length >= MAX_QUESTION_TERMS) return;
    // "When did the meeting take place?" asks when it happened: the place is no part of it.
    if (TAKE_PLACE.test(token.raw) && TAKE.test(tokens[position - 1]?.raw ?? '')) return;
    // "How big is the budget?" asks how much it is, "how big is the crowd" how many: "big" is no word to find ("largely unchanged").
    if ((sizeOfSum || sizeOfGroup) && token.start >= found.start && token.end <= found.end) return;
    seen.add(token.term);
    const capitalised = startsWithCapital(token.raw);
    const isAcronym = startsWithTwoCapitals(token.raw) || token.raw.includes('.');
    // "in austin", "from houston", "views on china" typed without capitals: a known place right after where
    // it happened (or after "on", "to", "visit") is a name, and so is one that is only a place ("did uganda
    // raise rates too"), unlike "north" or "ok".
    const before = tokens[position - 1]?.raw.toLowerCase() ?? '';
    const placeTypedLower = uncased && isPlaceName(token.raw) && (LOCATIVE_WORDS.has(before) || BEFORE_A_COUNTRY.has(before) || (token.raw.length > 3 && isNounOfOneSense(token.raw)));
    const word = questionWord(token.raw, token.term, isAcronym || (capitalised && position > 0) || placeTypedLower);
    if (uncased) word.uncased = true;
    const typedSpelling = typedSpellings?.get(token.raw);
    if (typedSpelling !== undefined && typedSpelling !== token.raw) word.typed = typedSpelling;
    // "pay back" and "pay it back" alike.
    const skip = OBJECT_PRONOUNS.has(tokens[position + 1]?.raw.toLowerCase() ?? '') ? 2 : 1;
    const next = tokens[position + skip]?.raw.toLowerCase();
    if (next !== undefined && PARTICLES.has(next)) word.particle = next;
    if (BARE_AFTER.has(tokens[position - 1]?.raw.toLowerCase() ?? '')) word.bare = true;
    if (introducedByThe(tokens, position)) word.definite = true;
    if (ownsAskedPerson(tokens, position)) word.owner = true;
    const namesTheKind = token.start >= kindStart && token.end <= kindEnd;
    // "What does NPWS stand for?" asks for the words of an abbreviation: the answer need not say "stand".
    const standsFor = /^stands?$/i.test(token.raw) && /^for$/i.test(tokens[position + 1]?.raw ?? '');
    // "How much does it weigh?" is answered by "180 kilograms", "Rivera's age" by "Rivera, 31": the answer
    // need not say "weigh" or "age" either.
    // "in percent" by "12%", "the hotline number" by "1-800-555-0199".
    const namesTheMeasure =
      (measures !== undefined && MEASURE_WORDS.has(token.raw.toLowerCase())) || (kind === 'age' && /^ages?$/i.test(token.raw)) || (kind === 'percent' && PERCENT_WORD.test(token.raw)) || (asksTelephone && TELEPHONE_WORD.test(token.raw));
    // "What is the club called?" asks for a name: the answer need not say "called" ("the Cadiz Diving Club").
    const asksCalled = /^called$/i.test(token.raw) && CALLED.test(text);
    if ((position === focusAt || namesTheKind || standsFor || namesTheMeasure || asksCalled) && !word.isName) word.focus = true;
    if (token.start >= speakerStart && token.end <= speakerEnd) word.speaker = true;
    if (AGE_GROUP_WORDS.has(token.raw.toLowerCase())) word.means = 'age';
    else if (asksTitle(tokens, position)) word.means = 'title';
    // "What caused the fire?" is answered by "sparked by", "blamed on", "due to".
    else if (asksCause && /^caus(?:e|es|ed|ing)$/i.test(token.raw)) word.means = 'cause';
    else if (yesOrNo && !word.isName && !NOT_BEFORE_PREDICATE.has(tokens[position - 1]?.raw.toLowerCase() ?? '') && newsOpposites(token.raw).length) word.means = 'opposite';
    words.push(word);
  });
  // "United States" also asks for "US", and "Syrian Democratic Forces" for "SDF", in case the article uses those.
  for (const { alias, covers } of aliases(tokens)) {
    // "on board" is "aboard": the noun typed bare is the one word, met in either spelling.
    const bare = covers.length > 1 && LOWERCASE_WORD.test(alias) ? words.find((w) => w.bare && w.term === covers.at(-1)) : undefined;
    if (bare) {
      bare.compound = alias;
      continue;
    }
    if (seen.has(alias) || words.length >= MAX_QUESTION_TERMS) continue;
    seen.add(alias);
    const implied = questionWord(alias, alias, false);
    implied.implied = covers;
    words.push(implied);
  }
  // "Which two countries", "what three things": the number counts the answers asked for, not a figure stated.
  const answersCounted = new Set(tokens.filter((_, at) => /^(?:what|which)$/i.test(tokens[at - 1]?.raw ?? '')).map((t) => t.raw.toLowerCase()));
  const spelledNumbers = new Map(
    words.flatMap((w) => {
      const spelled = SPELLED_NUMBERS.get(w.raw.toLowerCase());
      return spelled === undefined || answersCounted.has(w.raw.toLowerCase()) ? [] : [[w, spelled] as const];
    }),
  );
  const sourceOf = ASKS_SOURCE_OF_NAMED.exec(text)?.[1]?.trim();
  const hasQuestionWord = QUESTION_WORD.test(text);
  const onlyNumbers = words.every((w) => NUMBER_WORD.test(w.raw));
  const hasDigit = /\d/.test(text);
  // Reading figures is costly: only a figure typed alone needs them here; the rest is read when asked (`ReadWhenAsked`).
  const figures = !hasQuestionWord && (hasDigit || onlyNumbers) ? typedFiguresOf(text) : undefined;
  const nameOf = saysName ? namedThing(text, tokens, possessor) : undefined;
  const whichOf = NAME_KINDS.has(kind) || kind === 'other' ? chosenThing(text, tokens, kind) : undefined;
  const holderTerm = kind === 'person' && OPENS_ON_WHO.test(text) ? words.find((w) => !w.isName && HOLDER_WORDS.has(w.raw.toLowerCase()))?.term : undefined;
  const analysed: Omit<AnalysedQuestion, keyof ReadWhenAsked> = {
    text,
    // A reader counts no more characters than the text holds code units: a short text needs no counting.
    tooLong: question.length > MAX_QUESTION_LENGTH && readerLength(question) > MAX_QUESTION_LENGTH,
    laterQuestions: withoutRepeats(text, laterQuestions),
    negates: NEGATES.test(text),
    kind,
    counted: kind === 'count' ? countedTerm(text, tokens) : undefined,
    attribute: attributeTerms(text, tokens),
    wantsSomeoneNamed: namesAPerson || WHO_SOMEONE_IS.test(text),
    // Opening on "who" or "what is the name of": "...renamed after whom?" names its President Johnson; "who runs" or "who owns" may be a company.
    asksHolder: holderTerm !== undefined,
    holderTerm,
    // "What other projectiles" may be answered by things no capital marks; "besides the Hollis family" asks for other names.
    asksOthers: ((kind === 'person' || kind === 'name') && ASKS_OTHERS.test(text)) || (kind === 'other' && BESIDES_NAMED.test(text)),
    asksWhoNamedIs: NAME_ASKED_ABOUT.test(text) && namesSomeoneOnly(words, uncased),
    wantsName: saysName && (NAME_OF.test(text) || ASKS_NAME.test(text)),
    nameOf,
    whichOf,
    asksSeveral: asksSeveralOf(tokens, nameOf ?? whichOf),
    causeOf: causedThing(text, tokens, asksCause),
    asksTelephoneNumber: asksTelephone,
    asksColour: ASKS_COLOUR.test(text),
    // Every headed name has two capitals, which a question typed without them lacks.
    headedNames: uncased || !HEADED_NAME_WORD.test(text) ? NO_HEADED_NAMES : headedNamesIn(text),
    predicateTerms: predicateTermsOf(tokens),
    sumAsked: kind === 'money' && HOW_MUCH.test(text) ? SUM_VERBS.find(([pattern]) => pattern.test(text))?.[1] : undefined,
    abbreviation: abbreviationAsked(text),
    dateUnit: DATE_UNITS.find(([pattern]) => pattern.test(text))?.[1],
    smallTalk,
    hasQuestionWord,
    onlyLink: text === '' && LINK_MARK.test(question),
    placing: kind === 'person' ? placingAsked(text) : undefined,
    ordinalThing: ordinalThingOf(tokens),
    onlyNumbers,
    figuresAlone: hasQuestionWord ? undefined : figuresAloneIn(text, figures ?? []),
    saidAbout: speakerStart >= 0 ? saidAbout(text, tokens) : undefined,
    aboutArticle: ASKS_GIST.test(text) ? 'gist' : ASKS_SOURCE.test(text) || sourceOf ? 'source' : ASKS_QUOTES.test(text) ? 'quotes' : ASKS_FIGURES.test(text) ? 'figures' : undefined,
    sourceOf,
    namesByMention: namedByMention(question),
    asksWhatHappenedTo: WHAT_HAPPENED_TO.test(text),
    futureTense,
    pastTense: !futureTense && PAST_TENSE.test(text) && !FUTURE.test(text),
    namesRelativeTime: RELATIVE_TIME_WORD.test(text),
    measures,
    lengthToo: kind === 'duration' && HOW_LONG.test(text) && !HOW_LONG_OF_TIME.test(text),
    numberWords: wordsWhere(words, (w) => NUMBER_WRITTEN.test(w.raw) || spelledNumbers.has(w)),
    spelledNumbers,
    possessiveWords: wordsWhere(words, (w) => /['’]s$/.test(w.raw)),
    locatedTerms: locatedTermsOf(tokens),
    owned: ownedByName(tokens, uncased),
    words,
    tokens,
  };
  Object.setPrototypeOf(analysed, ReadWhenAsked.prototype);
  if (figures) readingsOf(analysed as AnalysedQuestion).figures = figures;
  return analysed as AnalysedQuestion;
}

/** What `ReadWhenAsked` has worked out of a question, kept with it. */
interface LaterReadings {
  figures?: FoundFigure[];
  stated?: FoundFigure[];
  ageOf?: { subject: string | undefined };
  events?: ReadonlySet<QuestionWord>;
}
const laterReadings = new WeakMap<AnalysedQuestion, LaterReadings>();

function readingsOf(question: AnalysedQuestion): LaterReadings {
  let readings = laterReadings.get(question);
  if (!readings) laterReadings.set(question, (readings = {}));
  return readings;
}

function typedFiguresKept(question: AnalysedQuestion): FoundFigure[] {
  return (readingsOf(question).figures ??= typedFiguresOf(question.text));
}

/**
 * What a question tells only when first asked for, shared by every analysed question as its
 * prototype: getters written in a question's object literal would make V8 keep each question as a
 * dictionary, slow at every one of the hundred-odd times answering reads it.
 */
class ReadWhenAsked implements Pick<AnalysedQuestion, 'statedFigures' | 'statedFigure' | 'asksAgeOf' | 'eventWords' | 'asksAboutPast'> {
  /** One rule reads it, and only when the best sentence is background from a year gone by. */
  get asksAboutPast(): boolean {
    const question = asAnalysed(this);
    return question.kind === 'time' || question.kind === 'duration' || PAST_ASKED.test(question.text);
  }

  /** The numbers restated in a question asking for a figure: one gate reads them, late. */
  get statedFigures(): FoundFigure[] {
    const question = asAnalysed(this);
    return (readingsOf(question).stated ??= KIND_FIGURES[question.kind].length > 0 && /\d/.test(question.text) ? typedFiguresKept(question).filter((f) => typeof f.value === 'number') : []);
  }

  statedFigure(word: QuestionWord): FoundFigure | undefined {
    const question = asAnalysed(this);
    return /\d/.test(question.text) ? typedFiguresKept(question).find((f) => tokenize(f.text).some((t) => t.raw === word.raw)) : undefined;
  }

  /** Only a question asking an age reads it. */
  get asksAgeOf(): string | undefined {
    const question = asAnalysed(this);
    return (readingsOf(question).ageOf ??= { subject: ageSubject(question.text, question.tokens) }).subject;
  }

  /** Looking a verb up is costly, and only one gate asks, late. */
  get eventWords(): ReadonlySet<QuestionWord> {
    const question = asAnalysed(this);
    return (readingsOf(question).events ??= eventWordsOf(question.words, question.kind));
  }
}

/** The question a `ReadWhenAsked` getter is read of: every analysed question has it as prototype. */
function asAnalysed(readings: ReadWhenAsked): AnalysedQuestion {
  return readings as unknown as AnalysedQuestion;
}

/** The article itself, as a reader points at it: "this", "it", "this article", "the story". */
const THE_ARTICLE = String.raw`(?:this|it|(?:this|the)\s+(?:article|story|piece|report|news\s+story))`;
const ASKS_GIST = new RegExp(
  String.raw`^(?:(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:(?:summari[sz]e|sum\s+up)(?:\s+${THE_ARTICLE})?|sum\s+${THE_ARTICLE}\s+up)|give\s+(?:me\s+)?(?:a\s+|the\s+)?(?:summary|gist|tl;?dr)(?:\s+of\s+${THE_ARTICLE})?|tl;?dr|(?:the\s+)?(?:gist|summary)|what(?:['’]s|\s+is)\s+${THE_ARTICLE}\s+about|` +
    // "What's the gist?", "what are the main points?", "what happened?", "tell me everything".
    String.raw`what(?:['’]s|\s+is)\s+the\s+(?:gist|summary|main\s+point|bottom\s+line)(?:\s+of\s+${THE_ARTICLE})?|what\s+are\s+the\s+(?:main|key)\s+points(?:\s+of\s+${THE_ARTICLE})?|what\s+happened|tell\s+me\s+(?:everything|all)(?:\s+about\s+${THE_ARTICLE})?)(?:\s+for\s+me)?(?:\s+please)?[\s?.!]*$`,
  'i',
);
const ASKS_SOURCE = new RegExp(
  String.raw`^(?:who\s+(?:wrote|authored|published|reported)\s+${THE_ARTICLE}|who(?:['’]s|\s+is|\s+was)\s+the\s+(?:author|writer|reporter)(?:\s+of\s+${THE_ARTICLE})?|(?:which|what)\s+(?:articles|stories)\s+(?:do\s+(?:you|u)\s+(?:know|have)(?:\s+about)?|are\s+(?:there|loaded|available))|what(?:['’]s|\s+is)\s+the\s+source\s+of\s+${THE_ARTICLE}|(?:what(?:['’]s|\s+is)\s+(?:the|your)\s+source|where\s+(?:is|was)\s+${THE_ARTICLE}\s+from|where\s+(?:does|did)\s+${THE_ARTICLE}\s+come\s+from)|when\s+(?:was|is)\s+${THE_ARTICLE}\s+(?:written|published|posted|dated|from)|what\s+(?:year|date|day)\s+(?:was|is)\s+${THE_ARTICLE}(?:\s+(?:written|published|posted|dated|from))?|what(?:['’]s|\s+is)\s+the\s+(?:title|headline)\s+of\s+${THE_ARTICLE}|what\s+is\s+${THE_ARTICLE}\s+(?:called|titled))(?:\s+please)?[\s?.!]*$`,
  'i',
);

/** "Who wrote the airline story?", "who is the author of the library article": the source of the article those words name. */
const ASKS_SOURCE_OF_NAMED = new RegExp(
  String.raw`^(?:who\s+(?:wrote|authored|published|reported)|who(?:['’]s|\s+is|\s+was)\s+the\s+(?:author|writer|reporter)\s+of)\s+(?:the|this)\s+((?:[\p{L}\p{N}'’-]+\s+){1,4})(?:article|story|piece|report)(?:\s+please)?[\s?.!]*$`,
  'iu',
);

/** "Give me the quotes", "list all the numbers": what the /quote and /figures commands list. */
const LIST_REQUEST = String.raw`^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:give|show|list|tell|get)(?:\s+me)?\s+(?:all\s+)?(?:of\s+)?(?:the\s+|its\s+)?(?:`;
const ASKS_QUOTES = new RegExp(String.raw`${LIST_REQUEST}quotes|quotations|direct\s+quotes)(?:\s+(?:in|from|of)\s+${THE_ARTICLE})?(?:\s+please)?[\s?.!]*$|^what\s+are\s+the\s+(?:quotes|quotations)(?:\s+(?:in|from|of)\s+${THE_ARTICLE})?[\s?.!]*$`, 'i');
const ASKS_FIGURES = new RegExp(String.raw`${LIST_REQUEST}numbers|figures|stats|statistics)(?:\s+(?:in|from|of)\s+${THE_ARTICLE})?(?:\s+please)?[\s?.!]*$|^what\s+are\s+the\s+(?:numbers|figures|stats)(?:\s+(?:in|from|of)\s+${THE_ARTICLE})?[\s?.!]*$`, 'i');

const QUESTION_WORD = /\b(?:what|when|where|who|whom|whose|which|why|how)\b/i;
const NUMBER_WORD = /^(?:\p{N}[\p{N},.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)$/iu;
const RELATIVE_TIME_WORD = /\b(?:ago|last|next|previous|yesterday|tomorrow)\b/i;
const PAST_ASKED = /\b(?:(?:1[89]|20)\d{2}s?|ago|last|before|previous(?:ly)?|prior|past|earlier|history|historic(?:al)?|ever|first|once|former(?:ly)?|used\s+to|since|record)\b/i;
/** "How old is Melnyk?", "how old was the CEO": the age of someone the question names. */
const AGE_OF = /\bhow old (?:is|was|are|were) (?:the )?/iu;

const NO_WORDS: ReadonlySet<QuestionWord> = new Set();

/** The words after a name's possessive, up to the first small word: "yearly revenue" in "what is Quillon's yearly revenue". */
function ownedByName(tokens: readonly Token[], uncased: boolean): string[] {
  // Typed without capitals, any possessive may be a name's: the article tells.
  const at = tokens.findIndex((t, n) => n > 0 && /['’]s$/.test(t.raw) && (uncased || startsWithCapital(t.raw)));
  if (at < 0) return [];
  const owned: string[] = [];
  for (const token of tokens.slice(at + 1, at + 4)) {
    if (!token.term || startsWithCapital(token.raw)) break;
    owned.push(token.term);
  }
  return owned;
}

/** "came third", "finished 2nd", "second place": a place in a race or a vote. */
const PLACING = /\b(?:(?:came|come|finished|finish|placed|place|was|were|ended|end)\s+(?:up\s+)?(?:in\s+)?(\w+)|(\w+)\s+place)\b/i;

function placingAsked(text: string): number | undefined {
  const match = PLACING.exec(text);
  const word = match?.[1] ?? match?.[2];
  const value = word ? ordinalValue(word) : undefined;
  return value !== undefined && value >= 2 ? value : undefined;
}

/**
 * "the fourth quarter", "4th-quarter profit": the ordinal and the word after it. Not "first": "the
 * first Doctor to travel with..." is the earliest one, not the one numbered 1.
 */
function ordinalThingOf(tokens: readonly Token[]): AnalysedQuestion['ordinalThing'] {
  for (let at = 0; at + 1 < tokens.length; at++) {
    const value = ordinalValue(tokens[at]!.raw);
    if (value === 1) continue;
    const next = tokens[at + 1]!;
    if (value !== undefined && next.term) return { value, term: next.term, typed: `${tokens[at]!.raw} ${next.raw}` };
  }
  return undefined;
}

/** "fourth" and "4th" are 4; "first" and "1st" are 1. */
export function ordinalValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower === 'first') return 1;
  const at = ORDINAL_WORDS.indexOf(lower);
  if (at >= 0) return at + 2;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(lower);
  return digits ? Number(digits[1]) : undefined;
}

/** The ordinals from "second" (2) to "twentieth" (20), in order. */
export const ORDINAL_WORDS: readonly string[] = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/**
 * Numbers spelled out that state a figure: "the six inmate deaths", "the fourth woman". "One" and
 * "first" are left out: "which one", "when did it first open" state no figure.
 */
const SPELLED_NUMBERS: ReadonlyMap<string, SpelledNumber> = new Map<string, SpelledNumber>([
  ...[...SMALL_NUMBERS].filter(([, value]) => value >= 2 && value <= 20).map(([w, value]) => [w, { value, ordinal: false }] as const),
  ...ORDINAL_WORDS.map((w, i) => [w, { value: i + 2, ordinal: true }] as const),
]);

/** "four", "fourth": a number spelled out, which means that number and nothing WordNet relates to it ("quarter"). */
export function isSpelledNumber(word: string): boolean {
  return SPELLED_NUMBERS.has(word.toLowerCase());
}

/**
 * The words naming the event a question asks about: only "when" questions ask about one (looking a
 * verb up is costly). "Why was the horse disqualified?" asks about an event too, but only its
 * participle is sure to name it: "why did the ferry stop running" is answered by "out of service".
 */
function eventWordsOf(words: readonly QuestionWord[], kind: AnswerKind): ReadonlySet<QuestionWord> {
  if (kind === 'time' || kind === 'clock') return wordsWhere(words, (w) => /ed$/i.test(w.raw) || isInflectedVerb(w.raw));
  return kind === 'reason' ? wordsWhere(words, (w) => /\p{L}{3}ed$/iu.test(w.raw)) : NO_WORDS;
}

/** Most questions have none of a kind of word: they share one empty set. */
function wordsWhere(words: readonly QuestionWord[], test: (word: QuestionWord) => boolean): ReadonlySet<QuestionWord> {
  const found = words.filter(test);
  return found.length ? new Set(found) : NO_WORDS;
}

const MONTHS_TYPED = [...MONTH_NAMES, MONTH_ABBREVIATIONS].join('|').toLowerCase();
/** A month typed in lower case right after a day ("31 march", "1st of april") or right before a day or year ("march 31", "june 2025"). */
const MONTH_BESIDE_NUMBER = new RegExp(String.raw`(?<=\b\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:of\s+)?)(?:${MONTHS_TYPED})\b|\b(?:${MONTHS_TYPED})(?=\.?\s{1,3}\d)`, 'g');

/**
 * Readers type dates in lower case ("what happens on 31 march 2025"); articles, and the figures read
 * from them, capitalise the month. The question's figures are read with such months capitalised, so
 * that "31 march 2025" is the date it is and not a 31 the article gives only in a date. Same length as
 * `text`, so a figure's place in it is its place in the question.
 */
export function withMonthsCapitalised(text: string): string {
  return /\d/.test(text) ? text.replace(MONTH_BESIDE_NUMBER, (month) => month[0]!.toUpperCase() + month.slice(1)) : text;
}

/** The figures a question types, its months read as dates. */
function typedFiguresOf(text: string): FoundFigure[] {
  return extractFigures(withMonthsCapitalised(text));
}

/** The figures found in `text` when it is nothing else: undefined for "million" or "10,000 fighters". */
function figuresAloneIn(text: string, figures: readonly FoundFigure[]): FoundFigure[] | undefined {
  const typed = figures.filter((f) => f.value !== null);
  const rest = typed.reduceRight((left, f) => left.slice(0, f.start) + left.slice(f.end), text);
  return typed.length && !/[\p{L}\p{N}]/u.test(rest) ? typed : undefined;
}

function ageSubject(text: string, tokens: Token[]): string | undefined {
  const at = AGE_OF.exec(text);
  return at ? tokens.find((token) => token.start >= at.index + at[0].length)?.raw : undefined;
}

/**
 * The times relative to the article's own that the question names ("last year", "two days ago"), as
 * the article would date them. "This year" and "today" are the article's own time, which it need not name.
 */
export function relativeTimesAsked(question: AnalysedQuestion, articleYear: number | undefined): FoundFigure[] {
  // Reading figures is costly; most questions name no time that could be relative.
  if (!question.namesRelativeTime) return [];
  return extractFigures(question.text, { year: articleYear }).filter((f) => f.kind === 'relative-date' && !/^(?:this|today|tonight)/i.test(f.text) && !ASKED_HOW_LONG_AGO.test(question.text.slice(0, f.end)));
}

/** "How many years ago did Trump threaten...": the time asked for, which the question does not give. */
const ASKED_HOW_LONG_AGO = /\bhow\s+(?:many\s+\S+|long)\s+ago$/i;

const ASKS_FOR_ATTRIBUTE = /^(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+/i;
const ATTRIBUTE_PHRASE_ENDS = new Set(
  'of for in on at to from with by about that who which when after before during now today currently then still already ever'.split(' '),
);

/**
 * What "what is the X of Y" asks for: the words of the noun phrase after "what is" ("salary" in
 * "What is Superintendent Hale's salary?", "new revenue outlook" in "What is the new revenue outlook
 * for the year?"), as search terms. Undefined when the question is not of that form, or the phrase
 * ends in a name or in a noun naming the kind of answer ("name", "job").
 */
function attributeTerms(text: string, tokens: Token[]): string[] | undefined {
  const opening = ASKS_FOR_ATTRIBUTE.exec(text);
  if (!opening) return undefined;
  const phrase: Token[] = [];
  for (const token of tokens.filter((t) => t.start >= opening[0].length)) {
    const lower = token.raw.toLowerCase();
    if (ATTRIBUTE_PHRASE_ENDS.has(lower)) break;
    // Articles and possessors ("the", "Hale's") come before the noun; other function words end the phrase.
    if (!token.term) {
      if (phrase.length) break;
      continue;
    }
    phrase.push(token);
  }
  const head = phrase.at(-1);
  if (!head || startsWithCapital(head.raw) || /['’]s$/.test(head.raw) || ANSWER_TYPE_NOUNS.has(head.raw.toLowerCase())) return undefined;
  // "What is happening on Saturday?", "what's causing the delays": a verb right after "is", no thing of something.
  if (phrase.length === 1 && head.start === opening[0].length && /ing$/i.test(head.raw)) return undefined;
  // Possessors and names before the noun ("Hale's salary") are not part of what is asked for.
  return phrase.filter((token) => !startsWithCapital(token.raw) && !/['’]s$/.test(token.raw)).map((token) => token.term!);
}
