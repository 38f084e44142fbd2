import { describe, expect, it } from 'vitest';
import { capitalisedNames, makeHardNegatives } from '../bench/lib/hard-negatives.ts';
import { containsAnswer, firstCorrectRank, percentile, ratio, summariseRanks } from '../bench/lib/metrics.ts';
import { pick, shuffled } from '../bench/lib/sample.ts';

describe('benchmark scoring', () => {
  it('given ranks of the first right quote, then top-1, top-3 and MRR count them', () => {
    const summary = summariseRanks([1, 2, null, 4]);
    expect(summary.questions).toBe(4);
    expect(summary.top1).toBeCloseTo(0.25);
    expect(summary.top3).toBeCloseTo(0.5);
    expect(summary.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4) / 4);
  });

  it('given no questions, then every score is zero rather than NaN', () => {
    expect(summariseRanks([])).toEqual({ questions: 0, top1: 0, top3: 0, mrr: 0 });
  });

  it('given a passage and answers, then it is right when it contains an answer in any case', () => {
    expect(containsAnswer('Denver Broncos won the AFC.', ['denver broncos'])).toBe(true);
    expect(containsAnswer('The Panthers won the NFC.', ['Denver Broncos', ''])).toBe(false);
  });

  it('given ranked items, then the first right one is reported 1-based', () => {
    expect(firstCorrectRank(['a', 'b', 'c'], (x) => x === 'b')).toBe(2);
    expect(firstCorrectRank(['a'], (x) => x === 'z')).toBeNull();
  });

  it('given latency samples, then percentiles use the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('given a zero or missing baseline, then there is no ratio', () => {
    expect(ratio(2, 4)).toBe(0.5);
    expect(ratio(2, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
  });
});

describe('deterministic sampling', () => {
  it('given the same seed, then the same sample comes back; another seed gives another order', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(pick(items, 10, 42)).toEqual(pick(items, 10, 42));
    expect(shuffled(items, 1)).not.toEqual(shuffled(items, 2));
    expect([...shuffled(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('hard negatives', () => {
  it('given a question, then names are capitalised runs after its first word, without possessives or punctuation', () => {
    expect(capitalisedNames('Which NFL team represented the AFC at Super Bowl 50?')).toEqual(['NFL', 'AFC', 'Super Bowl']);
    expect(capitalisedNames("What is ESPN's streaming service?")).toEqual(['ESPN']);
    expect(capitalisedNames('Where is Newcastle upon Tyne?')).toEqual(['Newcastle upon Tyne']);
    expect(capitalisedNames('Which books, Quran, Torah, were read in August?')).toEqual(['Quran', 'Torah']);
    expect(capitalisedNames('Why did the U.S. sanction Mali.')).toEqual(['U.S.', 'Mali']);
  });

  it('given two articles, then a name from the article is swapped for one the article never mentions', () => {
    const articles = [
      { id: 'tesla', text: 'Nikola Tesla was born in Smiljan in 1856.', questions: [{ id: 't1', question: 'Where was Nikola Tesla born?' }] },
      { id: 'khan', text: 'Genghis Khan founded the Mongol Empire.', questions: [{ id: 'k1', question: 'What did Genghis Khan found?' }] },
    ];
    const negatives = makeHardNegatives(articles, 5);
    expect(negatives).toHaveLength(2);
    const forTesla = negatives.find((n) => n.article === 'tesla');
    expect(forTesla?.question).toBe('Where was Genghis Khan born?');
    for (const negative of negatives) {
      const article = articles.find((a) => a.id === negative.article)!;
      expect(article.text.toLowerCase()).not.toContain(negative.replacement.toLowerCase());
    }
  });
});
