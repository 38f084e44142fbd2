import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/articles.ts';
import { AnswerEngine } from '../src/core/engine.ts';
import { matchedWording } from '../src/core/pipeline/quotes.ts';
import type { Answer, Article, Quote } from '../src/core/types.ts';
import { decodeCustomId } from '../src/discord/custom-id.ts';
import { DISCORD_LIMITS, embedLength, messageViolations } from '../src/discord/limits.ts';
import {
  MAX_PAGES,
  fieldPages,
  renderAnswer,
  renderArticleInfo,
  renderFigures,
  renderHelp,
  renderMoreQuotes,
  renderParagraph,
  renderQuotations,
  type MessagePage,
} from '../src/discord/render.ts';
import { listPage } from '../src/discord/list-pages.ts';
import { commandsJSON, loadCommands } from '../src/discord/commands.ts';
import { articleFrom, blockQuotes, bundledArticle, lookupOf, shownText } from './discord-helpers.ts';

function expectWithinLimits(pages: readonly MessagePage[]): void {
  for (const page of pages) expect(messageViolations(page)).toEqual([]);
}

function quoteOf(article: Article, sentenceIndex: number, matched: string[] = []): Quote {
  const s = article.sentences[sentenceIndex - 1];
  if (!s) throw new Error(`no sentence ${sentenceIndex}`);
  return { text: s.text, article: s.article, paragraph: s.paragraph, sentence: s.index, start: s.start, end: s.end, score: 1, matched, speaker: s.speaker };
}

function answerFrom(article: Article, sentenceIndexes: number[], overrides: Partial<Answer> = {}): Answer {
  const quotes = sentenceIndexes.map((i) => quoteOf(article, i, ['term']));
  const inFirst = article.figures.filter((f) => f.sentence === sentenceIndexes[0]);
  return {
    question: 'A question?',
    answered: true,
    quotes,
    answering: quotes.length,
    figures: inFirst,
    sources: [{ article: article.id, title: article.meta.title, credit: article.meta.credit, year: article.meta.year, copyright: article.copyright }],
    ...overrides,
  };
}

/** Pieces of a quote, in order, put back together: ellipses at cuts removed, cut points rejoined with a space. */
function reassemble(pieces: string[]): string {
  return pieces.map((p) => p.replace(/^…/, '').replace(/…$/, '')).join(' ');
}

const words = fc.stringMatching(/^[A-Za-z*_~`|>#@<:-]{1,12}$/);
// A line opening with "#" and a space is a heading in the article format, not a sentence: such a word is not put first.
// Nor is punctuation alone (":.") a sentence: every sentence has a letter.
const sentence = fc
  .oneof(fc.array(words, { minLength: 1, maxLength: 30 }), fc.array(words, { minLength: 500, maxLength: 900 }))
  .map((ws) => (ws.some((w) => /[A-Za-z]/.test(w)) ? ws : ['Word', ...ws]))
  .map((ws) => `${ws.join(' ')}.`.replace(/^#+(?=\s|\.)/, 'Hash').replace(/^./, (c) => c.toUpperCase()));
const longArticle = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });

describe('renderAnswer', () => {
  const article = bundledArticle();
  const lookup = lookupOf(article);

  it('given an answer from an article whose metadata has a url, then the title links to the article; without one, it links nowhere', () => {
    const published = { ...article, meta: { ...article.meta, url: 'https://example.com/blinken-rome' } };
    expect(renderAnswer(answerFrom(published, [2]), lookupOf(published)).embeds[0]?.url).toBe('https://example.com/blinken-rome');
    expect(renderAnswer(answerFrom(article, [2]), lookup).embeds[0]).not.toHaveProperty('url');
    expect(renderArticleInfo(published, [published])[0]?.embeds[0]?.url).toBe('https://example.com/blinken-rome');
  });
  const withFigure = article.figures[0];

  it('given a figure typed alone, then the reply says the quotes are where the article gives it, above them', () => {
    const answer = new AnswerEngine([article]).ask('10,000');
    const description = renderAnswer(answer, lookup).embeds[0]?.description ?? '';
    expect(description).toMatch(/^\*You gave only a figure: this is the one place the article gives 10,000\.\*\n/);
    expect(blockQuotes(description)[0]).toContain('10,000');
  });

  it('given a question word the quote writes otherwise, then the matched terms show the word the article uses', () => {
    const answer = new AnswerEngine([article]).ask('How many ISIS figthers are held?');
    const matched = renderAnswer(answer, lookup).embeds[0]?.fields?.find((f) => f.name === 'Matched terms')?.value ?? '';
    expect(matched).toContain('figthers (as “fighters”)');
  });

  it('given a question word met by what a sentence gives in its place (an age for "kids"), then it is not listed as matched there', () => {
    const answer = new AnswerEngine([article]).ask('How many kids were returned by Italy?');
    const ages = answer.quotes.find((q) => q.text.includes('13 and 14 years old'))!;
    expect(ages.matched).toContain('kids');
    expect(matchedWording(ages)).not.toContain('kids');
    const italy = answer.quotes.find((q) => q.text.includes('Italy'))!;
    expect(matchedWording(italy)).toContain('kids (as “children”)');
  });

  it('given two questions in one message, then the reply says it answers the first and names the other, answered or not', () => {
    const engine = new AnswerEngine([article]);
    for (const message of ['How many ISIS fighters are detained? Who is the mayor?', 'Did the zeppelin land? Who is the mayor?']) {
      const description = renderAnswer(engine.ask(message), lookup).embeds[0]?.description ?? '';
      expect(description).toContain('*You asked 2 questions; this is about the first. Ask “Who is the mayor?” on its own.*');
    }
  });

  it('given an answer, then each quote appears verbatim as a block quote with paragraph, sentence and article title', () => {
    const answer = answerFrom(article, [2, 3]);
    const [embed] = renderAnswer(answer, lookup).embeds;
    const description = embed?.description ?? '';
    expect(blockQuotes(description)).toEqual([article.sentences[1]?.text, article.sentences[2]?.text]);
    for (const q of answer.quotes) expect(shownText(description)).toContain(`¶${q.paragraph} · sentence ${q.sentence}`);
    expect(shownText(description)).toContain(article.meta.title.slice(0, 40));
  });

  it('given a quote of direct speech, then its speaker is named beside it', () => {
    const spoken = article.sentences.find((s) => s.speaker);
    if (!spoken) throw new Error('the bundled article has direct speech');
    const [embed] = renderAnswer(answerFrom(article, [spoken.index]), lookup).embeds;
    expect(shownText(embed?.description ?? '')).toContain(`said by ${spoken.speaker}`);
  });

  it('given figures in the answering quote, then they are listed in bold with their kind and bolded inside the quote', () => {
    if (!withFigure) throw new Error('the bundled article has figures');
    const [embed] = renderAnswer(answerFrom(article, [withFigure.sentence]), lookup).embeds;
    const figures = embed?.fields?.find((f) => f.name === 'Figures')?.value ?? '';
    expect(figures).toContain(`(${withFigure.kind})`);
    expect(shownText(figures)).toContain(withFigure.text);
    expect(embed?.description).toMatch(/\*\*[^*]+\*\*/);
  });

  it('given matched terms, then they are shown, escaped, and the footer names the source and its credit', () => {
    const answer = answerFrom(article, [1], { quotes: [{ ...quoteOf(article, 1), matched: ['*bold*', 'aid'] }] });
    const [embed] = renderAnswer(answer, lookup).embeds;
    expect(embed?.fields?.find((f) => f.name === 'Matched terms')?.value).toBe('\\*bold\\*, aid');
    expect(embed?.footer?.text).toContain(article.meta.title);
    expect(embed?.footer?.text).toContain(article.meta.credit ?? '');
  });

  it('given an answer that is not one, then it says so with the reason and labels the closest passages as not an answer', () => {
    const answer = answerFrom(article, [4, 5], { answered: false, reason: 'Nothing mentions the weather.', figures: [] });
    const page = renderAnswer(answer, lookup);
    const description = page.embeds[0]?.description ?? '';
    expect(description).toContain('does not answer');
    expect(description).toContain('Nothing mentions the weather.');
    expect(description).toMatch(/not an answer/);
    expect(description.indexOf('not an answer')).toBeLessThan(description.indexOf('> '));
    expect(page.embeds[0]?.fields ?? []).toEqual([]);
  });

  it('given a decline from the judge finding the passage unlikely to answer, then it says no sure answer was found and asks the reader to check the closest passages', () => {
    const answer = answerFrom(article, [4, 5], { answered: false, reason: 'Nothing in the article mentions “planes”.', reasonCode: 'unlikely-missing-words', figures: [] });
    const description = renderAnswer(answer, lookup).embeds[0]?.description ?? '';
    expect(description).toContain('No sure answer in the article.');
    expect(description).toContain('Closest passages — not a sure answer, check them:');
    expect(description).not.toContain('does not answer this');
    expect(description).not.toMatch(/not an answer/);
  });

  it('given a decline whose reason speaks of every article searched, then the lead speaks of the articles too', () => {
    const answer = answerFrom(article, [4, 5], { answered: false, reason: 'Nothing in the articles mentions “2022”.', reasonCode: 'unknown-name-or-number', figures: [] });
    const description = renderAnswer(answer, lookup).embeds[0]?.description ?? '';
    expect(shownText(description)).toMatch(/^The articles do not answer this\. Nothing in the articles mentions “2022”\./);
  });

  it('given closest passages from more articles than the page shows, then the footer names only the articles of the passages shown, and the title links to the one shown', () => {
    const ferry = articleFrom(['The ferry sank near the harbour on Monday.', 'Nobody was hurt.'], { id: 'ferry', title: 'Ferry sinks' });
    const shownArticle: Article = { ...ferry, meta: { ...ferry.meta, url: 'https://example.com/ferry' } };
    const hidden = articleFrom(['The bridge reopened after repairs.'], { id: 'bridge', title: 'Bridge reopens' });
    const quotes = [quoteOf(shownArticle, 1), quoteOf(shownArticle, 2), quoteOf(hidden, 1)];
    const sources = [shownArticle, hidden].map((a) => ({ article: a.id, title: a.meta.title, credit: a.meta.credit, year: a.meta.year, copyright: a.copyright }));
    const both = lookupOf(shownArticle, hidden);
    const [declined] = renderAnswer({ question: 'Why did it sink?', answered: false, reason: 'No reason is given.', quotes, answering: 0, figures: [], sources }, both, 2).embeds;
    expect(blockQuotes(declined?.description ?? '')).toEqual([shownArticle.sentences[0]?.text, shownArticle.sentences[1]?.text]);
    expect(declined?.footer?.text).toContain('Ferry sinks');
    expect(declined?.footer?.text).not.toContain('Bridge reopens');
    expect(declined?.url).toBe('https://example.com/ferry');
    const [all] = renderAnswer({ question: 'Why did it sink?', answered: false, reason: 'No reason is given.', quotes, answering: 0, figures: [], sources }, both, 3).embeds;
    expect(all?.footer?.text).toContain('Bridge reopens');
    expect(all).not.toHaveProperty('url');
  });

  it('given a question about where the article comes from, or one with nothing to look up, then the reply gives the reason without claiming the article does not answer', () => {
    const engine = new AnswerEngine([article]);
    for (const question of ['Who wrote this article?', '???', 'How heavy is he?']) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(false);
      const description = shownText(renderAnswer(answer, lookup).embeds[0]?.description ?? '');
      expect(description.startsWith(answer.reason ?? '')).toBe(true);
      expect(description).not.toContain('does not answer this');
    }
    expect(shownText(renderAnswer(engine.ask('Who wrote this article?'), lookup).embeds[0]?.description ?? '')).toContain(article.meta.credit ?? '');
  });

  it('given more quotes than one page shows, then "More quotes" carries the rest and "Show paragraph" the first quote', () => {
    const indexes = article.sentences.map((s) => s.index);
    const page = renderAnswer(answerFrom(article, indexes, { answering: 2 }), lookup);
    const buttons = page.components.flatMap((row) => row.components);
    expect(buttons.map((b) => b.label)).toEqual(['More quotes', 'Show paragraph']);
    const more = decodeCustomId(buttons[0]?.custom_id ?? '');
    expect(more?.kind === 'more' && more.refs.map((r) => r.sentence)).toEqual(indexes.slice(blockQuotes(page.embeds[0]?.description ?? '').length));
    const paragraph = decodeCustomId(buttons[1]?.custom_id ?? '');
    expect(paragraph).toMatchObject({ kind: 'paragraph', paragraph: article.sentences[0]?.paragraph, sentence: 1 });
  });

  it('given an answer made of one quote among several ranked ones, then only it is shown as the answer and the others wait behind "More quotes"', () => {
    const answer = answerFrom(article, [2, 3, 4], { answering: 1 });
    const page = renderAnswer(answer, lookup);
    expect(blockQuotes(page.embeds[0]?.description ?? '')).toEqual([article.sentences[1]?.text]);
    const more = decodeCustomId(page.components[0]?.components[0]?.custom_id ?? '');
    expect(more?.kind === 'more' && more.refs.map((r) => r.sentence)).toEqual([3, 4]);
  });

  it('given user text with markdown and mentions as the question, then the title shows it literally, a mention as it reads ("@someone"), and mentions nobody', () => {
    const [embed] = renderAnswer(answerFrom(article, [1], { question: '**hi** @everyone <@123456789012345678> <#42> <:party:77> check this' }), lookup).embeds;
    expect(embed?.title).not.toMatch(/(^|[^\\])\*\*/);
    expect(embed?.title).not.toContain('@everyone');
    expect(embed?.title).not.toContain('<@1');
    expect(shownText(embed?.title ?? '')).toBe('**hi** @everyone @someone #channel :party: check this');
  });

  it('given any article with long sentences and markdown characters, then the answer stays within every limit and no quote is cut without an ellipsis', () => {
    let cut = 0;
    fc.assert(
      fc.property(longArticle, fc.string({ maxLength: 600 }), (paragraphs, question) => {
        const generated = articleFrom(paragraphs.map((p) => p.join(' ')), { title: 'T'.repeat(200), credit: 'C'.repeat(200) });
        const indexes = generated.sentences.map((s) => s.index);
        const answer = answerFrom(generated, indexes, { question });
        const page = renderAnswer(answer, lookupOf(generated));
        expectWithinLimits([page]);
        const quotes = blockQuotes(page.embeds[0]?.description ?? '');
        expect(quotes.length).toBeGreaterThan(0);
        for (const [i, quote] of quotes.entries()) {
          const original = generated.sentences[i]?.text ?? '';
          if (quote !== original) {
            // Only the first quote may be shortened, and then visibly.
            expect(i).toBe(0);
            expect(quote.endsWith('…')).toBe(true);
            expect(original.startsWith(quote.slice(0, -1).trimEnd())).toBe(true);
            cut++;
          }
        }
      }),
      { numRuns: 60 },
    );
    // The generator must reach the case that matters.
    expect(cut).toBeGreaterThan(0);
  });
});

describe('renderMoreQuotes', () => {
  const article = bundledArticle();

  it('given the next sentences, then they are quoted verbatim with citations, and the ones after them are behind another button', () => {
    const page = renderMoreQuotes(article.sentences, [], false, lookupOf(article), 3);
    expect(blockQuotes(page.embeds[0]?.description ?? '')).toEqual(article.sentences.slice(0, 3).map((s) => s.text));
    const next = page.components[0]?.components.find((b) => b.label === 'More quotes');
    const action = decodeCustomId(next?.custom_id ?? '');
    expect(action?.kind === 'more' && action.refs.map((r) => r.sentence)).toEqual(article.sentences.slice(3).map((s) => s.index));
  });

  it('given passages that are not an answer, then the page says so in its title', () => {
    const page = renderMoreQuotes(article.sentences.slice(0, 2), [], true, lookupOf(article));
    expect(page.embeds[0]?.title).toMatch(/not an answer/);
  });
});

describe('renderParagraph', () => {
  it('given a paragraph longer than a page, then it is split into pages at sentence boundaries and every sentence appears whole, in order', () => {
    const sentences = Array.from({ length: 60 }, (_, i) => `Sentence number ${i + 1} says something long enough ${'to fill the page '.repeat(10)}here.`);
    const article = articleFrom([sentences.join(' ')]);
    const pages = renderParagraph(article, 1, 5);
    expect(pages.length).toBeGreaterThan(1);
    expectWithinLimits(pages);
    const shown = pages.map((p) => shownText(p.embeds[0]?.description ?? ''));
    for (const text of shown) {
      expect(text).toMatch(/^Sentence number \d+/);
      expect(text).toMatch(/here\.$/);
    }
    expect(shown.join(' ')).toBe(article.paragraphs[0]?.text);
    expect(pages.map((p) => p.embeds[0]?.title)).toEqual(pages.map((_, i) => expect.stringContaining(`(${i + 1}/${pages.length})`)));
  });

  it('given the quoted sentence, then it stands out in bold within the paragraph', () => {
    const article = bundledArticle();
    const target = article.sentences.find((s) => article.sentences.filter((o) => o.paragraph === s.paragraph).length > 1) ?? article.sentences[0];
    if (!target) throw new Error('no sentences');
    const [page] = renderParagraph(article, target.paragraph, target.index);
    expect(page?.embeds[0]?.description).toContain('**');
    expect(shownText(page?.embeds[0]?.description ?? '')).toBe(article.paragraphs[target.paragraph - 1]?.text);
  });

  it('given a table, then its paragraph is shown whole, up to the bar closing its last row', () => {
    const text = 'Key figures:\n\n| Item | Value |\n|------|-------|\n| Capacity | 150 MW |\n| Homes powered | 45,000 |\n';
    const article = parseArticle({ file: 'farm.md', text });
    const [page] = renderParagraph(article, 2, 4);
    expect(shownText(page?.embeds[0]?.description ?? '')).toBe(article.paragraphs[1]?.text);
  });

  it('given a line opening a list a blank line above it ("The library includes:"), then the list is shown with it', () => {
    const text = 'The library reopened on Saturday.\n\nThe renovated library includes:\n\n- 40 new computers\n- a quiet reading room\n\nThe mayor cut the ribbon.\n';
    const article = parseArticle({ file: 'library.txt', text });
    const [page] = renderParagraph(article, 2, 2);
    expect(page?.embeds[0]?.title).toMatch(/^¶2–3 — /);
    expect(shownText(page?.embeds[0]?.description ?? '')).toBe(text.slice(text.indexOf('The renovated'), text.indexOf('\n\nThe mayor')));
    expect(renderParagraph(article, 1)[0]?.embeds[0]?.title).toMatch(/^¶1 — /);
  });

  it('given one sentence longer than a page, then it is cut at spaces with an ellipsis on each side of every cut', () => {
    const article = articleFrom([`${'word '.repeat(3000)}end.`]);
    const pages = renderParagraph(article, 1);
    expectWithinLimits(pages);
    const shown = pages.map((p) => shownText(p.embeds[0]?.description ?? ''));
    expect(shown.length).toBeGreaterThan(1);
    shown.forEach((text, i) => {
      if (i > 0) expect(text.startsWith('…')).toBe(true);
      if (i < shown.length - 1) expect(text.endsWith('…')).toBe(true);
    });
    expect(reassemble(shown).replace(/\s+/g, ' ')).toBe(article.sentences[0]?.text);
  });
});

describe('lists: figures, quotations, articles, help', () => {
  const article = bundledArticle();

  it('given the article, then /figures lists every figure with its kind, its sentence and a citation', () => {
    const pages = renderFigures([article]);
    expectWithinLimits(pages);
    const fields = pages.flatMap((p) => p.embeds[0]?.fields ?? []);
    expect(fields).toHaveLength(article.figures.length);
    article.figures.forEach((figure, i) => {
      expect(fields[i]?.name).toBe(`${figure.text} · ${figure.kind}`);
      expect(blockQuotes(fields[i]?.value ?? '')).toEqual([article.sentences[figure.sentence - 1]?.text]);
      expect(fields[i]?.value).toContain(`¶${figure.paragraph} · sentence ${figure.sentence}`);
    });
  });

  it('given a kind, then only figures of that kind are listed', () => {
    const kind = article.figures[0]?.kind ?? 'money';
    const fields = renderFigures([article], kind).flatMap((p) => p.embeds[0]?.fields ?? []);
    expect(fields).toHaveLength(article.figures.filter((f) => f.kind === kind).length);
    for (const field of fields) expect(field.name.endsWith(`· ${kind}`)).toBe(true);
  });

  it('given far more figures than fit, then pages stay within limits and the last one says how many were left out', () => {
    const many = articleFrom(Array.from({ length: 400 }, (_, i) => `In ${1900 + (i % 100)} the group spent $${i + 1} million on ${'very '.repeat(20)}long things.`));
    const pages = renderFigures([many]);
    expectWithinLimits(pages);
    expect(pages).toHaveLength(MAX_PAGES);
    expect(pages.at(-1)?.embeds[0]?.footer?.text).toMatch(/\d+ more not shown/);
    for (const page of pages) expect(embedLength(page.embeds[0] ?? {})).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
  });

  it('given a list over many pages, then each page has Previous and Next buttons with distinct ids that show the pages beside it, within every limit', () => {
    const many = articleFrom(Array.from({ length: 120 }, (_, i) => `In ${1900 + i} the group spent $${i + 1} million on ${'very '.repeat(20)}long things.`));
    const { pageCount } = listPage({ list: 'figures', filter: '' }, [many], 0);
    expect(pageCount).toBeGreaterThan(MAX_PAGES);
    for (let index = 0; index < pageCount; index++) {
      const { page } = listPage({ list: 'figures', filter: '' }, [many], index);
      expectWithinLimits([page]);
      expect(page.embeds[0]?.title).toBe(`Figures (${index + 1}/${pageCount})`);
      const [previous, next] = page.components.flatMap((row) => row.components);
      expect(new Set([previous?.custom_id, next?.custom_id]).size).toBe(2);
      expect(previous?.disabled).toBe(index === 0);
      expect(next?.disabled).toBe(index === pageCount - 1);
      if (index > 0) expect(decodeCustomId(previous?.custom_id ?? '')).toMatchObject({ kind: 'list', page: index - 1 });
      if (index < pageCount - 1) expect(decodeCustomId(next?.custom_id ?? '')).toMatchObject({ kind: 'list', page: index + 1 });
    }
  });

  it('given a quotation search too long to fit in a button, then the first page alone is shown and says how many more there are', () => {
    const search = `said ${'x'.repeat(60)} ${'y'.repeat(40)}`;
    const quoted = articleFrom(Array.from({ length: 80 }, (_, i) => `“We said ${'x'.repeat(60)} ${'y'.repeat(40)} ${'long words '.repeat(20)} ${i},” said Ada Quill.`));
    const { page, pageCount } = listPage({ list: 'quote', filter: search }, [quoted], 0);
    expect(pageCount).toBeGreaterThan(1);
    expect(page.components).toEqual([]);
    expect(page.embeds[0]?.footer?.text).toMatch(/\d+ more not shown/);
    expectWithinLimits([page]);
  });

  it('given a search, then /quote shows only the quotations that contain it, with speaker and citation', () => {
    const quotation = article.quotations.find((q) => q.speaker);
    if (!quotation) throw new Error('the bundled article has attributed quotations');
    const word = quotation.text.replace(/[“”"]/g, '').split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
    const fields = renderQuotations([article], word.toUpperCase()).flatMap((p) => p.embeds[0]?.fields ?? []);
    const expected = article.quotations.filter((q) => `${q.text} ${q.speaker ?? ''} ${q.speakerRole ?? ''}`.toLowerCase().includes(word.toLowerCase()));
    expect(fields.map((f) => blockQuotes(f.value)[0])).toEqual(expected.map((q) => q.text));
    expect(fields.map((f) => f.name)).toEqual(expected.map((q) => (q.speaker ? [q.speaker, q.speakerRole].filter(Boolean).join(', ') : 'Speaker not named')));
    for (const [i, field] of fields.entries()) expect(field.value).toContain(`sentence ${expected[i]?.sentence}`);
  });

  it('given a speaker searched by full name or by surname, in any case, then /quote lists that speaker\'s quotations only', () => {
    const quoted = articleFrom(['“The berth moves on Monday,” said Maria da Silva.', '“We are ready,” said Rubén del Olmo.']);
    const speakersFound = (search: string) => renderQuotations([quoted], search).flatMap((p) => p.embeds[0]?.fields ?? []).map((f) => f.name);
    for (const search of ['Maria da Silva', 'maria da silva', 'SILVA', 'da Silva']) expect(speakersFound(search)).toEqual(['Maria da Silva']);
    for (const search of ['Rubén del Olmo', 'ruben del olmo', 'Olmo']) expect(speakersFound(search)).toEqual(['Rubén del Olmo']);
  });

  it('given speakers whose names have letters no accent can be stripped from (ø, ł, ß), then /quote finds them typed in plain letters', () => {
    const quoted = articleFrom(['“We will not waste a day,” said Ingrid Sørensen.', '“The port stays open,” said Paweł Wróbel.', '“It is done,” said Jens Großmann.']);
    const speakersFound = (search: string) => renderQuotations([quoted], search).flatMap((p) => p.embeds[0]?.fields ?? []).map((f) => f.name);
    for (const search of ['Sørensen', 'sorensen', 'ingrid SORENSEN']) expect(speakersFound(search)).toEqual(['Ingrid Sørensen']);
    for (const search of ['Pawel Wrobel', 'wrobel']) expect(speakersFound(search)).toEqual(['Paweł Wróbel']);
    expect(speakersFound('Grossmann')).toEqual(['Jens Großmann']);
  });

  it('given a search nothing matches, then /quote says there are none rather than sending an empty embed', () => {
    const [page] = renderQuotations([article], 'zzzqqq');
    expect(page?.embeds[0]?.description).toMatch(/No direct quotations/);
    expectWithinLimits(page ? [page] : []);
  });

  it('given an article, then /article shows its title, credit, year and counts, and lists every loaded article', () => {
    const other = articleFrom(['Another article. It has two sentences.'], { id: 'other', title: 'Other' });
    const [page] = renderArticleInfo(article, [article, other]);
    const embed = page?.embeds[0];
    expect(embed?.title).toBe(article.meta.title);
    expect(embed?.description).toContain(`**Paragraphs:** ${article.paragraphs.length}`);
    expect(embed?.description).toContain(`**Sentences:** ${article.sentences.length}`);
    expect(embed?.description).toContain(String(article.meta.year));
    expect(embed?.description).toContain(article.meta.credit ?? '');
    expect(embed?.fields?.map((f) => f.name)).toEqual([article.meta.title, 'Other']);
    const bylined = articleFrom(['By Jane Doe, Staff Writer', 'The ferry will run fewer trips.'], { id: 'ferry', title: 'Ferry' });
    expect(renderArticleInfo(bylined, [bylined])[0]?.embeds[0]?.description).toContain('**Author:** Jane Doe');
  });

  it('given one article asked about among more loaded articles than fit beside its details, then the reply is its details in one message, pointing to /article for the list', () => {
    const many = Array.from({ length: 60 }, (_, i) => articleFrom([`Story ${i} happened.`], { id: `story-${i}`, title: `Story number ${i}` }));
    const pages = renderArticleInfo(article, [article, ...many]);
    expect(pages).toHaveLength(1);
    expectWithinLimits(pages);
    const description = pages[0]?.embeds[0]?.description ?? '';
    expect(description).toContain(`${article.paragraphs.length}`);
    expect(description).toMatch(/61 articles are loaded: `\/article` without an article lists them/);
    expect(renderArticleInfo(undefined, [article, ...many]).length).toBeGreaterThan(1);
  });

  it('given a one-sentence article among the loaded ones, then /article counts it as 1 paragraph and 1 sentence, not "1 paragraphs"', () => {
    const short = articleFrom(['A single short sentence.'], { id: 'short', title: 'Short' });
    const listed = renderArticleInfo(undefined, [article, short])[0]?.embeds[0]?.fields?.find((f) => f.name === 'Short')?.value ?? '';
    expect(listed).toContain('1 paragraph · 1 sentence');
    expect(listed).not.toMatch(/\b1 (?:paragraphs|sentences)\b/);
  });

  it('given example questions, then /help lists them and the commands', () => {
    const page = renderHelp({ examples: ['How many things?'], articles: [article], cooldownSeconds: 3 });
    expectWithinLimits([page]);
    const fields = page.embeds[0]?.fields ?? [];
    expect(fields.find((f) => f.name === 'Try asking')?.value).toContain('How many things?');
    for (const command of ['/ask', '/figures', '/quote', '/article', 'Ask the article']) expect(fields[0]?.value).toContain(command);
  });

  it('given the command modules, then /help names every slash command and each of its options', async () => {
    const listed = renderHelp({ examples: [], articles: [article], cooldownSeconds: 3 }).embeds[0]?.fields?.[0]?.value ?? '';
    for (const command of commandsJSON(await loadCommands())) {
      if (!('options' in command) || (command.type ?? 1) !== 1) continue;
      const line = listed.split('\n').find((entry) => entry.startsWith(`\`/${command.name}`)) ?? '';
      expect(line, `/${command.name}`).not.toBe('');
      for (const option of command.options ?? []) expect(line, `/${command.name} ${option.name}`).toContain(option.name);
    }
  });

  it('given /article without an article while several are loaded, then it shows the list of them, as its option says, not the first one', async () => {
    const other = articleFrom(['Another article. It has two sentences.'], { id: 'other', title: 'Other' });
    const [page] = renderArticleInfo(undefined, [article, other]);
    expect(page?.embeds[0]?.title).toBe('Articles');
    const command = commandsJSON(await loadCommands()).find((c) => c.name === 'article');
    const option = command && 'options' in command ? command.options?.find((o) => o.name === 'article') : undefined;
    expect(option?.description).toMatch(/list of loaded articles/);
    expect(option?.description).not.toMatch(/first/);
  });

  it('given items whose text exceeds a field, then they continue in further fields instead of being cut', () => {
    const blocks = Array.from({ length: 6 }, (_, i) => `block ${i} ${'x'.repeat(400)}`);
    const pages = fieldPages({ title: 'T', color: 0 }, [{ name: 'Long item', blocks }]);
    expectWithinLimits(pages);
    const values = pages.flatMap((p) => p.embeds[0]?.fields ?? []);
    expect(values.length).toBeGreaterThan(1);
    expect(values.slice(1).every((f) => f.name.endsWith('(continued)'))).toBe(true);
    expect(values.map((f) => f.value).join('\n')).toBe(blocks.join('\n'));
  });
});

describe('answers from the engine', () => {
  it('given an answer that opens a list, then every item is quoted on the first page, each verbatim, within limits', () => {
    const items = ['40 new computers', "a children's wing with 12 study rooms", 'free Wi-Fi hotspots for 500 households', 'a cafe on the ground floor', 'a maker space with 3D printers'];
    const library = articleFrom(['The library reopened on Monday after a flood.', 'The renovated library includes:', ...items.map((item) => `- ${item}`), 'The work cost $3 million.'], { id: 'library', title: 'Library' });
    const page = renderAnswer(new AnswerEngine([library]).ask('what does the renovated library include?'), lookupOf(library));
    expect(blockQuotes(page.embeds[0]?.description ?? '').map(shownText)).toEqual(['The renovated library includes:', ...items]);
    expectWithinLimits([page]);
  });
  it('given every sentence of the article asked back as a question, then each reply is within Discord limits', () => {
    const article = bundledArticle();
    const engine = new AnswerEngine([article]);
    for (const s of article.sentences) expectWithinLimits([renderAnswer(engine.ask(s.text, { limit: 25 }), engine)]);
  });
});

describe('the Discord example in the README', () => {
  it('given the README\'s question, then the reply shows the citation, figures, matched terms and source lines the README shows', () => {
    const block = /```\n\/ask question: (.+)\n\n([\s\S]*?)\n\n\/ask/.exec(readFileSync('README.md', 'utf8'));
    expect(block).not.toBeNull();
    const [, question = '', shown = ''] = block!;
    const article = bundledArticle();
    const [embed] = renderAnswer(new AnswerEngine([article]).ask(question), lookupOf(article)).embeds;
    const rendered = shownText([embed!.description, ...(embed!.fields ?? []).map((f) => `${f.name}: ${f.value}`), embed!.footer?.text].join('\n')).replace(/(^|[ ,])\*([^*\n]+)\*/g, '$1$2');
    const lines = shown.split('\n').map((line) => line.trim()).filter((line) => /^(?:— ¶|Figures:|Matched terms:|Source:)/.test(line));
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(rendered).toContain(line);
    expect(embed!.title).toBe(question);
  });
});

describe('the /figures header', () => {
  it('given one figure of a kind, then the header counts it in the singular', () => {
    const article = articleFrom(['The mayor, 54, opened the bridge on Monday.'], { id: 'one-age', title: 'One age' });
    const header = renderFigures([article], 'age')[0]?.embeds[0]?.description ?? '';
    expect(header).toMatch(/^1 age figure in /);
  });
});

describe('who a sentence is said by', () => {
  it('given /figures, then a figure in the reporter\'s sentence quoting one word of a speaker is not shown as said by them', () => {
    const article = bundledArticle();
    const text = renderFigures([article]).flatMap((page) => page.embeds.flatMap((embed) => (embed.fields ?? []).map((field) => `${field.name}\n${field.value}`)));
    const detained = text.find((field) => field.includes('untenable'));
    expect(detained).toBeDefined();
    expect(detained).not.toContain('said by');
  });
});
