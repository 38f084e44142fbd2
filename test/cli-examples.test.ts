import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/articles.ts';
import { exampleQuestions } from '../src/cli/examples.ts';

describe('example questions in the console help', () => {
  it('given a name that ends a sentence, then the suggestion does not carry its full stop', () => {
    const article = parseArticle({ file: 'fair.txt', text: 'The fair opened on Saturday, said organizer Jane Roe.\nIt drew 5,000 visitors.\n' });
    const about = exampleQuestions(article).find((q) => q.startsWith('What does the article say about'));
    expect(about).toBe('What does the article say about Jane Roe?');
  });
});
