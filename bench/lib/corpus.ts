/** Loads the benchmark data (validated at the boundary) and turns it into parsed articles. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadArticleFile, parseArticle } from '../../src/core/articles.ts';
import type { Article } from '../../src/core/types.ts';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export const SQUAD_FILE = here('../data/squad11-dev13.jsonl');
export const SEED_ARTICLE_FILE = here('../../data/abc-blinken-isis-rome-2021.txt');
export const SEED_QUESTIONS_FILE = here('../questions/seed.jsonl');

const squadQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string(),
  answers: z.array(z.string()).min(1),
  para: z.number().int().nonnegative(),
});
const squadArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  paragraphs: z.array(z.string()).min(1),
  questions: z.array(squadQuestionSchema),
});
export type SquadQuestion = z.infer<typeof squadQuestionSchema>;
export type SquadRecord = z.infer<typeof squadArticleSchema>;

export interface SquadArticle {
  record: SquadRecord;
  article: Article;
}

const seedQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  /** Accepted 1-based sentence numbers; empty when the article does not answer the question. */
  sentences: z.array(z.number().int().positive()),
  tags: z.array(z.string()).default([]),
});
export type SeedQuestion = z.infer<typeof seedQuestionSchema>;

async function readJsonLines<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  return lines.map((line, i) => {
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}

/**
 * One article per SQuAD record, one paragraph per line, as the bot would read it from a file. A few
 * SQuAD paragraphs contain a line break of their own; it becomes a space so that line n is still
 * paragraph n (strict scoring compares paragraph numbers).
 */
export function squadToArticle(record: SquadRecord, id = record.id, paragraphs = record.paragraphs): Article {
  return parseArticle({
    file: `${id}.txt`,
    text: paragraphs.map((p) => p.replace(/[ \t]*\r?\n[ \t]*/g, ' ')).join('\n'),
    meta: { id, title: record.title },
  });
}

export async function loadSquad(): Promise<SquadArticle[]> {
  const records = await readJsonLines(SQUAD_FILE, squadArticleSchema);
  return records.map((record) => ({ record, article: squadToArticle(record) }));
}

/** The bundled article, read the way the bot reads its data folder (file plus sidecar metadata). */
export async function loadSeedArticle(): Promise<Article> {
  return loadArticleFile(SEED_ARTICLE_FILE);
}

export async function loadSeedQuestions(): Promise<SeedQuestion[]> {
  return readJsonLines(SEED_QUESTIONS_FILE, seedQuestionSchema);
}
