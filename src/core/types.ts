/**
 * The plain data the whole bot speaks. Nothing here knows about Discord or the terminal:
 * renderers at the edge turn an `Answer` into an embed or terminal text.
 *
 * Offsets are UTF-16 code-unit offsets into `Article.text` (what `String.prototype.slice` uses),
 * so `article.text.slice(x.start, x.end) === x.text` holds for every sentence, quote and figure.
 */
import type { ReasonCode } from './pipeline/reasons.ts';


export interface ArticleMeta {
  /** Stable identifier; defaults to the file name without its extension. */
  id: string;
  /** Shown to readers; defaults to the id when the file has no metadata. */
  title: string;
  /** Who the article is credited to, e.g. "ABC Audio". */
  credit?: string | undefined;
  /** Who wrote it, from its metadata or its byline ("By Jane Doe"). */
  author?: string | undefined;
  year?: number | undefined;
  /** ISO date (YYYY-MM-DD), only when it is actually known. */
  date?: string | undefined;
  dateline?: string | undefined;
  url?: string | undefined;
}

export interface Paragraph {
  /** 1-based position among the article's content paragraphs. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** The Markdown heading it stands under ("What the money pays for"), when a heading below the title opens its section. */
  section?: string | undefined;
}

export interface Sentence {
  article: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based sentence number, counted across the whole article. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Who speaks when the sentence is (or contains) direct speech attributed to someone. */
  speaker?: string | undefined;
}

/** Every kind of figure, in the order lists and menus show them. */
export const FIGURE_KINDS = ['money', 'count', 'percent', 'age', 'year', 'date', 'time', 'relative-date', 'weekday', 'duration', 'measure', 'number'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface Figure {
  /** Verbatim slice of the article. */
  text: string;
  kind: FigureKind;
  /** Normalised value: 436000000 for "$436 million", 2011 for "2011", 2019 for "two years ago" in a 2021 article, "Monday" for a weekday. */
  value: number | string | null;
  /** "USD", "percent", "years", "fighters"... or null when the figure has no unit. */
  unit: string | null;
  /** Offsets in the article text. */
  start: number;
  end: number;
  paragraph: number;
  sentence: number;
}

/** A passage in quotation marks, with who said it when the article says so. */
export interface Quotation {
  article: string;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  sentence: number;
  speaker?: string | undefined;
  /** The post the article gives the speaker where it names them ("Mayor", "Head librarian", "foundation director"). */
  speakerRole?: string | undefined;
}

export interface Article {
  id: string;
  /** The file it came from, as given to the loader. */
  file: string;
  /** The file's text exactly as read, front matter and all: offsets count from its first character. */
  text: string;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  figures: Figure[];
  quotations: Quotation[];
  /** A closing copyright/credit line found in the text; shown as the source, never offered as an answer. */
  copyright?: string | undefined;
}

export interface Quote {
  text: string;
  article: string;
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
  score: number;
  /** The question's terms this sentence matched, as the reader typed them. */
  matched: string[];
  /** The matched terms the sentence writes as another word ("won" met by "beat", "kids" by "children"): typed → written. */
  matchedAs?: Record<string, string> | undefined;
  /** Matched terms the sentence writes no word for (an age met for "kids"): not shown as matched. */
  matchedLoosely?: string[] | undefined;
  /** Matched terms of `matchedAs` met by their opposite ("strengthen" by "weakened"), in a question asking yes or no. */
  matchedOpposite?: string[] | undefined;
  speaker?: string | undefined;
}

export interface AnswerSource {
  article: string;
  title: string;
  credit?: string | undefined;
  year?: number | undefined;
  copyright?: string | undefined;
}

/** Messages that are not questions: thanks, a greeting, a goodbye, an "ok", a complaint, a call for help. */
export const SMALL_TALK_KINDS = ['thanks', 'greeting', 'farewell', 'acknowledgement', 'complaint', 'help'] as const;
export type SmallTalk = (typeof SMALL_TALK_KINDS)[number];

export interface Answer {
  question: string;
  answered: boolean;
  /** Why the article does not answer, in words a reader understands. Present only when `answered` is false. */
  reason?: string | undefined;
  /** Which rule declined (the id of the gate in src/core/pipeline/gates.ts). Present only when `answered` is false. */
  reasonCode?: ReasonCode | undefined;
  /**
   * How an answer was found when it is not the passage that best answers a question ("these are the 2
   * places the article gives 10,000"), or which questions of the message are left to ask on their own.
   */
  note?: string | undefined;
  /** Best first. When not answered, these are the closest passages, not an answer. */
  quotes: Quote[];
  /**
   * How many of the first quotes make up the answer: the best sentence, plus its neighbour when the
   * answer leans on it ("..., he said"). The rest are related passages. 0 when not answered.
   */
  answering: number;
  /** Figures inside the answering quotes (empty when not answered). */
  figures: Figure[];
  /** The article(s) the quotes come from, best first. */
  sources: AnswerSource[];
  /** Set when the message was small talk ("thanks!", "hi") rather than a question; `answered` is then false. */
  smallTalk?: SmallTalk | undefined;
}

export interface AskOptions {
  /** Limit the search to one article id. */
  article?: string | undefined;
  /** How many quotes to return (default 10). */
  limit?: number | undefined;
}

/** A problem with one file in the data folder. The other articles still load. */
export interface ArticleProblem {
  file: string;
  problem: string;
}
