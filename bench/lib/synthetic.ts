/**
 * A large synthetic corpus made from the shared articles: numbered copies of every SQuAD article and
 * the seed article, each copy with its paragraphs in a different (seeded) order, each copy its own
 * article. Copy 0 keeps the original order.
 */
import type { Article } from '../../src/core/types.ts';
import { loadSeedArticle, loadSquad, squadToArticle } from './corpus.ts';
import { hashString, shuffled } from './sample.ts';

/** Marks the one stdout line of bench/scale.ts that carries its result. */
export const SCALE_RESULT_PREFIX = 'SCALE_RESULT ';

export interface SyntheticCorpus {
  articles: Article[];
  sentences: number;
  characters: number;
  copies: number;
}

/** The id of copy `n` of an article. */
export function copyId(articleId: string, n: number): string {
  return `${articleId}.copy${n}`;
}

export async function buildSyntheticCorpus(targetSentences: number): Promise<SyntheticCorpus> {
  const squad = await loadSquad();
  const seed = await loadSeedArticle();
  const sources = [
    ...squad.map((s) => ({ id: s.record.id, title: s.record.title, paragraphs: s.record.paragraphs })),
    { id: seed.id, title: seed.meta.title, paragraphs: seed.paragraphs.map((p) => p.text) },
  ];
  const articles: Article[] = [];
  let sentences = 0;
  let characters = 0;
  let copies = 0;
  while (sentences < targetSentences) {
    for (const source of sources) {
      const id = copyId(source.id, copies);
      const paragraphs = copies === 0 ? source.paragraphs : shuffled(source.paragraphs, hashString(id));
      const article = squadToArticle({ id, title: `${source.title} (copy ${copies})`, paragraphs, questions: [] }, id, paragraphs);
      articles.push(article);
      sentences += article.sentences.length;
      characters += article.text.length;
    }
    copies++;
  }
  return { articles, sentences, characters, copies };
}
