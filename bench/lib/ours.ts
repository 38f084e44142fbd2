/** Our answer engine, loaded lazily so the baseline still runs while the engine is missing or broken. */
import type { Answer, Article, AskOptions } from '../../src/core/types.ts';

export interface Engine {
  ask(question: string, options?: AskOptions): Answer;
  /** Misspellings remembered with their corrections, across every article. */
  readonly spellingCacheSize?: number;
}
export type EngineFactory = (articles: readonly Article[]) => Engine;

export interface EngineLoad {
  factory: EngineFactory | null;
  /** Why the engine could not be loaded, when it could not. */
  problem?: string;
}

const ENGINE_MODULE = '../../src/core/engine.ts';

export async function loadOurEngine(): Promise<EngineLoad> {
  try {
    const module = (await import(ENGINE_MODULE)) as {
      AnswerEngine?: new (articles: readonly Article[]) => Engine;
    };
    const AnswerEngine = module.AnswerEngine;
    if (typeof AnswerEngine !== 'function') return { factory: null, problem: 'src/core/engine.ts exports no AnswerEngine' };
    return { factory: (articles) => new AnswerEngine(articles) };
  } catch (error) {
    return { factory: null, problem: `cannot load src/core/engine.ts: ${(error as Error).message.split('\n')[0]}` };
  }
}

export interface AskOutcome {
  answer: Answer;
  /** Set when `ask` threw, which it must never do; the question then counts as missed. */
  error?: string;
}

export function askSafely(engine: Engine, question: string, options?: AskOptions): AskOutcome {
  try {
    return { answer: engine.ask(question, options) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      answer: { question, answered: false, reason: message, quotes: [], answering: 0, figures: [], sources: [] },
      error: message,
    };
  }
}
