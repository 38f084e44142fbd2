/** What every benchmark part receives: options, the engine under test, and shared, lazily built data. */
import type { Article } from '../../src/core/types.ts';
import { BaselineIndex } from './baseline.ts';
import { loadSeedArticle, loadSeedQuestions, loadSquad, type SeedQuestion, type SquadArticle } from './corpus.ts';
import type { Engine, EngineFactory } from './ours.ts';

export interface BenchOptions {
  /** Subsample everything for fast iteration. */
  quick: boolean;
}

export interface PartOutcome {
  /** Lines for the one-screen summary at the end. */
  summary: string[];
  /** The same figures, for bench/results/*.json. */
  results: Record<string, unknown>;
}

export interface BenchPart {
  name: string;
  title: string;
  run(context: BenchContext): Promise<PartOutcome>;
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

export class BenchContext {
  constructor(
    readonly options: BenchOptions,
    /** Null when the engine is missing; parts then report the baseline alone. */
    readonly ourEngine: EngineFactory | null,
  ) {}

  readonly squad = once<SquadArticle[]>(loadSquad);
  readonly seedArticle = once<Article>(loadSeedArticle);
  readonly seedQuestions = once<SeedQuestion[]>(loadSeedQuestions);

  /** One engine over all SQuAD articles; questions are asked with `article: id`. */
  readonly squadEngine = once<Engine | null>(async () => {
    const articles = (await this.squad()).map((s) => s.article);
    return this.ourEngine ? this.ourEngine(articles) : null;
  });

  /** One baseline index per SQuAD article, as the published baseline was measured. */
  readonly squadBaselines = once<Map<string, BaselineIndex>>(async () => {
    const squad = await this.squad();
    return new Map(squad.map((s) => [s.article.id, new BaselineIndex(s.article.sentences)]));
  });

  /** The seed article alone, as the bot ships. */
  readonly seedEngine = once<Engine | null>(async () => {
    const article = await this.seedArticle();
    return this.ourEngine ? this.ourEngine([article]) : null;
  });

  readonly seedBaseline = once<BaselineIndex>(async () => new BaselineIndex((await this.seedArticle()).sentences));

  print(text = ''): void {
    console.log(text);
  }
}
