/**
 * The per-article index: BM25 statistics over sentences and over paragraphs, plus what the ranker
 * needs to know about each sentence (its terms in order, names, kinds of figure, speaker).
 *
 * Statistics are kept per article on purpose: a word that is everywhere in one article tells
 * nothing within it, however rare it is elsewhere.
 */
import { aliasTerms, nameAcronyms } from './aliases.ts';
import { termOf, tokenize } from './terms.ts';
import type { Article, FigureKind } from './types.ts';

/** BM25 saturation and length normalisation (the usual defaults). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export interface SentenceFacts {
  /** Content terms in reading order, then alias terms. */
  terms: string[];
  /** Terms of capitalised words past the sentence's first word: the names it mentions. */
  names: readonly string[];
  /** Uses a personal pronoun ("he", "their"), so it may be about someone named just before. */
  refersBack: boolean;
  figureKinds: ReadonlySet<FigureKind>;
  /** 0-based index of its paragraph. */
  paragraph: number;
}

const NO_KINDS: ReadonlySet<FigureKind> = new Set();
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'they', 'their', 'them']);

interface Postings {
  ids: number[];
  counts: number[];
  scored?: ScoredIds;
  paragraphs?: ScoredIds;
}

export interface ScoredIds {
  ids: readonly number[];
  scores: readonly number[];
}

const NONE: ScoredIds = { ids: [], scores: [] };

export class ArticleIndex {
  readonly article: Article;
  readonly facts: SentenceFacts[] = [];
  readonly averageLength: number;
  readonly averageParagraphLength: number;
  readonly paragraphLengths: number[];
  /** Sentence ids (0-based) of each paragraph. */
  readonly paragraphSentences: number[][];
  /** Lowercase written word -> its term, for spelling correction and synonyms. */
  readonly vocabulary = new Map<string, string>();
  /** Acronym -> the name it stands for, from capitalised names in the article. */
  readonly acronyms = new Map<string, string>();
  /** Misspelt word -> the article's word it was corrected to (null: none), since readers repeat typos. */
  readonly spellingCache = new Map<string, string | null>();
  private readonly nameTerms = new Set<string>();
  /** Speaker's name term -> sentences quoting that speaker without naming them. */
  readonly speakerSentences = new Map<string, number[]>();
  private readonly postings = new Map<string, Postings>();
  private readonly paragraphFrequency = new Map<string, number>();

  constructor(article: Article) {
    this.article = article;
    const kindsBySentence = new Map<number, Set<FigureKind>>();
    for (const figure of article.figures) {
      const kinds = kindsBySentence.get(figure.sentence) ?? new Set<FigureKind>();
      kinds.add(figure.kind);
      kindsBySentence.set(figure.sentence, kinds);
    }
    this.paragraphLengths = article.paragraphs.map(() => 0);
    this.paragraphSentences = article.paragraphs.map(() => []);
    const capitalisedUses = new Map<string, number>();
    const plainUses = new Map<string, number>();
    const paragraphTerms = article.paragraphs.map(() => new Set<string>());
    let totalLength = 0;
    for (const sentence of article.sentences) {
      const tokens = tokenize(sentence.text);
      const terms: string[] = [];
      const names: string[] = [];
      tokens.forEach((token, position) => {
        if (!token.term) return;
        terms.push(token.term);
        const lower = token.raw.toLowerCase();
        if (!this.vocabulary.has(lower)) this.vocabulary.set(lower, token.term);
        if (position > 0 && /^\p{Lu}/u.test(token.raw)) {
          if (!names.includes(token.term)) names.push(token.term);
          capitalisedUses.set(token.term, (capitalisedUses.get(token.term) ?? 0) + 1);
        } else if (position > 0 || !/^\p{Lu}/u.test(token.raw)) {
          // A capital opening the sentence says nothing about being a name.
          plainUses.set(token.term, (plainUses.get(token.term) ?? 0) + 1);
        }
      });
      for (const acronym of nameAcronyms(tokens)) if (!this.acronyms.has(acronym.acronym)) this.acronyms.set(acronym.acronym, acronym.name);
      terms.push(...aliasTerms(tokens));
      const id = this.facts.length;
      if (sentence.speaker) {
        // Direct speech is about its speaker even when the sentence says only "he said".
        for (const word of sentence.speaker.split(/\s+/)) {
          const term = termOf(word);
          if (!term || terms.includes(term)) continue;
          const list = this.speakerSentences.get(term) ?? [];
          list.push(id);
          this.speakerSentences.set(term, list);
        }
      }
      const paragraph = sentence.paragraph - 1;
      this.paragraphSentences[paragraph]?.push(id);
      const refersBack = tokens.some((t) => PERSONAL_PRONOUNS.has(t.raw.toLowerCase()));
      this.facts.push({ terms, names, refersBack, figureKinds: kindsBySentence.get(sentence.index) ?? NO_KINDS, paragraph });
      totalLength += terms.length;
      this.paragraphLengths[paragraph] = (this.paragraphLengths[paragraph] ?? 0) + terms.length;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { ids: [], counts: [] }));
        list.ids.push(id);
        list.counts.push(count);
        paragraphTerms[paragraph]?.add(term);
      }
    }
    for (const [term, uses] of capitalisedUses) if (uses > (plainUses.get(term) ?? 0)) this.nameTerms.add(term);
    for (const terms of paragraphTerms) for (const term of terms) this.paragraphFrequency.set(term, (this.paragraphFrequency.get(term) ?? 0) + 1);
    this.averageLength = totalLength / Math.max(1, this.facts.length) || 1;
    this.averageParagraphLength = totalLength / Math.max(1, article.paragraphs.length) || 1;
  }

  /** The term is mostly written as (part of) a name here: "Great" in "Great Britain". */
  isName(term: string): boolean {
    return this.nameTerms.has(term);
  }

  get size(): number {
    return this.facts.length;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  frequency(term: string): number {
    return this.postings.get(term)?.ids.length ?? 0;
  }

  /** Inverse sentence frequency; a term the article lacks gets the value of a term seen once. */
  idf(term: string): number {
    const n = this.facts.length;
    const df = Math.max(1, this.frequency(term));
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  paragraphIdf(term: string): number {
    const n = this.article.paragraphs.length;
    const df = Math.max(1, this.paragraphFrequency.get(term) ?? 0);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** BM25 contribution of `term` to each sentence containing it; static, so computed once per term. */
  sentenceScores(term: string): ScoredIds {
    const list = this.postings.get(term);
    if (!list) return NONE;
    if (!list.scored) {
      const idf = this.idf(term);
      const scores = list.ids.map((id, i) => {
        const count = list.counts[i]!;
        const norm = count + BM25_K1 * (1 - BM25_B + (BM25_B * this.facts[id]!.terms.length) / this.averageLength);
        return (idf * count * (BM25_K1 + 1)) / norm;
      });
      list.scored = { ids: list.ids, scores };
    }
    return list.scored;
  }

  /** BM25 contribution of `term` to each paragraph containing it (0-based paragraph index), computed once per term. */
  paragraphScores(term: string): ScoredIds {
    const list = this.postings.get(term);
    if (!list) return NONE;
    if (!list.paragraphs) {
      const counts = new Map<number, number>();
      for (let i = 0; i < list.ids.length; i++) {
        const paragraph = this.facts[list.ids[i]!]!.paragraph;
        counts.set(paragraph, (counts.get(paragraph) ?? 0) + list.counts[i]!);
      }
      const idf = this.paragraphIdf(term);
      const ids: number[] = [];
      const scores: number[] = [];
      for (const [paragraph, count] of counts) {
        const length = this.paragraphLengths[paragraph] ?? 0;
        const norm = count + BM25_K1 * (1 - BM25_B + (BM25_B * length) / this.averageParagraphLength);
        ids.push(paragraph);
        scores.push((idf * count * (BM25_K1 + 1)) / norm);
      }
      list.paragraphs = { ids, scores };
    }
    return list.paragraphs;
  }
}
