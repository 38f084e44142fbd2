import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../src/core/engine.ts';
import { STOPWORDS } from '../src/core/terms.ts';
import { answerQuestion } from '../src/discord/answering.ts';
import type { BotContext } from '../src/discord/context.ts';
import { Cooldown, cooldownMessage } from '../src/discord/cooldown.ts';
import { articleKey, decodeCustomId, encodeListPage, encodeMore, encodeParagraph, findByKey, findScope, scopeKey } from '../src/discord/custom-id.ts';
import { sameCommands } from '../src/discord/deploy-commands.ts';
import { inviteLinks } from '../src/discord/invite.ts';
import type { Library } from '../src/discord/library.ts';
import { silentLogger } from '../src/discord/log.ts';
import { choiceViolations, messageViolations } from '../src/discord/limits.ts';
import { RecentArticles, RECENT_ARTICLE_TTL_MS } from '../src/discord/recent-articles.ts';
import { articleChoices, exampleQuestions, questionChoices, resolveArticle } from '../src/discord/suggestions.ts';
import { escapeText, oneLine, splitToFit, truncate } from '../src/discord/text.ts';
import { articleFrom, bundledArticle, shownText } from './discord-helpers.ts';

function libraryOf(...articles: ReturnType<typeof bundledArticle>[]): Library {
  const engine = new AnswerEngine(articles);
  return { articles, version: 1, getArticle: (id) => engine.getArticle(id), ask: (q, o) => engine.ask(q, o) };
}

describe('button custom ids', () => {
  const article = bundledArticle();
  const key = articleKey(article);

  it('given sentence references, then the id holds as many as fit in 100 characters and decodes to the same ones, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 60 }), fc.boolean(), (sentences, notAnswer) => {
        const refs = sentences.map((sentence) => ({ articleKey: key, sentence }));
        const { customId, count } = encodeMore(notAnswer, refs);
        expect(customId.length).toBeLessThanOrEqual(100);
        expect(count).toBeGreaterThan(0);
        expect(decodeCustomId(customId)).toEqual({ kind: 'more', notAnswer, refs: refs.slice(0, count) });
      }),
    );
  });

  it('given references into several articles, then each decodes to its own article', () => {
    const other = articleFrom(['Other text. More of it.'], { id: 'other' });
    const refs = [
      { articleKey: key, sentence: 3 },
      { articleKey: articleKey(other), sentence: 1 },
      { articleKey: key, sentence: 7 },
    ];
    expect(decodeCustomId(encodeMore(false, refs).customId)).toEqual({ kind: 'more', notAnswer: false, refs });
  });

  it('given a paragraph button, then it decodes to the paragraph and sentence', () => {
    expect(decodeCustomId(encodeParagraph(key, 12, 40))).toEqual({ kind: 'paragraph', articleKey: key, paragraph: 12, sentence: 40 });
  });

  it('given an edited article, then its key changes so old buttons no longer find it', () => {
    const edited = { ...article, text: `${article.text} ` };
    expect(findByKey([edited], key)).toBeUndefined();
    expect(findByKey([article], key)).toBe(article);
  });

  it('given a list page, then its id decodes to the same list, articles, page and filter (colons and all), or is refused when too long', () => {
    const other = articleFrom(['Other text. More of it.'], { id: 'other' });
    const scope = scopeKey([article, other]);
    const ref = { list: 'quote' as const, scope, page: 41, filter: 'said: “roads”' };
    expect(decodeCustomId(encodeListPage(ref) ?? '')).toEqual({ kind: 'list', ...ref });
    expect(encodeListPage({ ...ref, filter: 'word '.repeat(20) })).toBeUndefined();
    expect(findScope([article, other], scope)).toEqual([article, other]);
    expect(findScope([article, other], scopeKey([other]))).toEqual([other]);
    expect(findScope([article], scope)).toBeUndefined();
  });

  it('given ids this bot did not make, then they decode to nothing', () => {
    for (const id of ['', 'more', 'more:x:abc:1', 'para:short:1:1', 'more:a:0000000:', 'para:0000000:0:1', 'other:thing', 'list:x:0000000:0:', 'list:f:short:0:']) expect(decodeCustomId(id)).toBeUndefined();
  });
});

describe('text', () => {
  it('given any text and length, then truncate fits, and ends in an ellipsis exactly when it cut', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(cut).toBe(text);
        else expect(cut.endsWith('…')).toBe(true);
      }),
    );
  });

  it('given words, then truncate cuts between them rather than inside one', () => {
    expect(truncate('alpha beta gamma delta', 14)).toBe('alpha beta…');
  });

  it('given text with markdown and mentions, then escaped it shows the same characters and pings nobody', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab *_~`|>#-[]()<@!&:\\\n1.'.split('')), maxLength: 80 }), (text) => {
        const escaped = escapeText(text);
        expect(shownText(escaped)).toBe(text);
        expect(escaped).not.toMatch(/<@|@everyone|@here/);
      }),
    );
    expect(escapeText('@everyone <@123> **x**')).not.toMatch(/<@\d|@everyone|(^|[^\\])\*\*/);
  });

  it('given a question with a right-to-left override, then a one-line slot (the reply\'s title) drops it and reads as typed', () => {
    expect(oneLine('how much \u202Edia\u202C did the US give?')).toBe('how much dia did the US give?');
    expect(oneLine('a \u2067b\u2069  c')).toBe('a b c');
  });

  it('given a measure, then splitToFit covers the text with pieces that each fit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 1, maxLength: 500 }), fc.integer({ min: 5, max: 60 }), (text, max) => {
        const spans = splitToFit(text, max, (span, first, last) => span.end - span.start + (first ? 0 : 1) + (last ? 0 : 1));
        spans.forEach((span, i) => expect(span.end - span.start + (i ? 1 : 0) + (i < spans.length - 1 ? 1 : 0)).toBeLessThanOrEqual(max));
        expect(spans.map((s) => text.slice(s.start, s.end)).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });
});

describe('limits', () => {
  it('given a message over any limit, then the checker names it', () => {
    const embed = (n: number) => ({ description: 'x'.repeat(n) });
    expect(messageViolations({ content: 'x'.repeat(2001) })).toEqual(['content is 2001 characters (max 2000)']);
    expect(messageViolations({ embeds: [embed(4000), embed(2001)] })).toEqual(['all embeds together is 6001 characters (max 6000)']);
    expect(messageViolations({ embeds: [{ title: 't', fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] })[0]).toMatch(/26 fields/);
    expect(messageViolations({ embeds: [{ title: 't', fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] })[0]).toMatch(/value is 1025/);
    expect(messageViolations({ embeds: [{ title: 't'.repeat(257) }] })[0]).toMatch(/title is 257/);
    expect(messageViolations({ embeds: [{ title: 't', footer: { text: 'f'.repeat(2049) } }] })[0]).toMatch(/footer is 2049/);
    expect(messageViolations({})).toEqual(['message is empty']);
  });

  it('given autocomplete choices, then more than 25 or names over 100 characters are refused', () => {
    expect(choiceViolations(Array.from({ length: 26 }, () => ({ name: 'a', value: 'a' })))).toEqual(['26 choices (max 25)']);
    expect(choiceViolations([{ name: 'n'.repeat(101), value: 'v' }])[0]).toMatch(/name is 101/);
  });
});

describe('cooldown', () => {
  it('given questions faster than the cooldown, then the second waits, is told how long once, and the next after the wait is allowed', () => {
    let now = 0;
    const cooldown = new Cooldown(5, () => now);
    expect(cooldown.take('u1')).toEqual({ ok: true });
    now = 2_000;
    expect(cooldown.take('u1')).toEqual({ ok: false, retryAfterMs: 3_000, alreadyWarned: false });
    expect(cooldown.take('u1')).toMatchObject({ ok: false, alreadyWarned: true });
    expect(cooldown.take('u2')).toEqual({ ok: true });
    now = 5_000;
    expect(cooldown.take('u1')).toEqual({ ok: true });
    expect(cooldownMessage(2_100)).toBe("You're asking a little fast. Try again in 3 seconds.");
  });

  it('given the wait already told in one channel, then a question sent too fast in another (a DM) is told it there too, once', () => {
    let now = 0;
    const cooldown = new Cooldown(5, () => now);
    expect(cooldown.take('u1', 'server-channel')).toEqual({ ok: true });
    now = 1_000;
    expect(cooldown.take('u1', 'server-channel')).toMatchObject({ ok: false, alreadyWarned: false });
    expect(cooldown.take('u1', 'dm-channel')).toMatchObject({ ok: false, alreadyWarned: false });
    expect(cooldown.take('u1', 'dm-channel')).toMatchObject({ ok: false, alreadyWarned: true });
  });

  it('given a message a little too soon ("thanks!" then a question), then it is held until its turn and allowed; a second held meanwhile, or a long wait, is refused', async () => {
    let now = 0;
    const slept: number[] = [];
    let wake = () => {};
    const cooldown = new Cooldown(3, () => now, (ms) => {
      slept.push(ms);
      return new Promise((resolve) => (wake = () => ((now += ms), resolve())));
    });
    expect(await cooldown.waitForTurn('u1', 'dm')).toEqual({ ok: true });
    now = 1_000;
    const held = cooldown.waitForTurn('u1', 'dm');
    // While one message waits, another from the same person is refused and told so.
    expect(await cooldown.waitForTurn('u1', 'dm')).toMatchObject({ ok: false, alreadyWarned: false });
    wake();
    expect(await held).toEqual({ ok: true });
    expect(slept).toEqual([2_000]);
    const patient = new Cooldown(60, () => now, () => Promise.reject(new Error('a minute is too long to hold a message')));
    expect(await patient.waitForTurn('u2')).toEqual({ ok: true });
    expect(await patient.waitForTurn('u2')).toMatchObject({ ok: false });
  });

  it('given a cooldown of zero, then nobody waits', () => {
    const cooldown = new Cooldown(0);
    expect([cooldown.take('u'), cooldown.take('u')]).toEqual([{ ok: true }, { ok: true }]);
  });
});

describe('the article each conversation was last answered from', () => {
  const here = { channelId: 'c1', userId: 'u1' };

  it('given an answer in a channel, then that person there recalls its article, and nobody else, nor they elsewhere', () => {
    const recent = new RecentArticles();
    recent.remember(here, 'ferry');
    expect(recent.recall(here)).toBe('ferry');
    expect(recent.recall({ channelId: 'c1', userId: 'u2' })).toBeUndefined();
    expect(recent.recall({ channelId: 'c2', userId: 'u1' })).toBeUndefined();
    recent.remember(here, 'bridge');
    expect(recent.recall(here)).toBe('bridge');
  });

  it('given the time-to-live gone by since the last answer, then the article is forgotten; each answer starts the wait again', () => {
    let now = 0;
    const recent = new RecentArticles(RECENT_ARTICLE_TTL_MS, 10, () => now);
    recent.remember(here, 'ferry');
    now = RECENT_ARTICLE_TTL_MS - 1;
    expect(recent.recall(here)).toBe('ferry');
    recent.remember(here, 'ferry');
    now += RECENT_ARTICLE_TTL_MS - 1;
    expect(recent.recall(here)).toBe('ferry');
    now += 1;
    expect(recent.recall(here)).toBeUndefined();
  });

  it('given more conversations than the limit, then the one answered longest ago is forgotten first', () => {
    const recent = new RecentArticles(RECENT_ARTICLE_TTL_MS, 2);
    const place = (userId: string) => ({ channelId: 'c', userId });
    recent.remember(place('a'), 'ferry');
    recent.remember(place('b'), 'ferry');
    recent.remember(place('a'), 'bridge');
    recent.remember(place('c'), 'ferry');
    expect([recent.recall(place('a')), recent.recall(place('b')), recent.recall(place('c'))]).toEqual(['bridge', undefined, 'ferry']);
  });
});

describe('questions asked in a conversation', () => {
  const ferry = articleFrom(['The Harbour Queen ferry ran aground off Port Ellis on Monday, and 12 passengers were hurt.', '“We hit the rocks in thick fog,” said Captain Mara Quinn.'], { id: 'ferry', title: 'Ferry runs aground' });
  const bridge = articleFrom(['A section of the Kessel Bridge collapsed on Tuesday, and 7 workers were hurt.', '“The steel had rusted through,” said engineer Tomas Reyes.'], { id: 'bridge', title: 'Bridge collapses' });
  const place = { channelId: 'c1', userId: 'u1' };
  function contextOf(articles: ReturnType<typeof bundledArticle>[]): BotContext {
    const library = libraryOf(...articles);
    return { library, logger: silentLogger, cooldown: new Cooldown(0), recentArticles: new RecentArticles(), cooldownSeconds: 0, deferAfterMs: 1_500 };
  }

  it('given the article last answered from is no longer loaded, then the next question is asked of every article and answered', async () => {
    const context = contextOf([ferry, bridge]);
    context.recentArticles.remember(place, 'no-longer-loaded');
    const { answer } = await answerQuestion(context, 'How many workers were hurt?', 'dm', { place });
    expect([answer.answered, answer.quotes[0]?.article]).toEqual([true, 'bridge']);
    expect(context.recentArticles.recall(place)).toBe('bridge');
  });

  it('given "who wrote this article?" after an answer from one of several articles, then the reply is about that article', async () => {
    const context = contextOf([ferry, bridge]);
    context.recentArticles.remember(place, 'bridge');
    const { answer } = await answerQuestion(context, 'who wrote this article?', 'dm', { place });
    expect(answer).toMatchObject({ answered: false, reasonCode: 'about-the-article', reason: expect.stringContaining('“Bridge collapses”') });
  });

  it('given an article chosen that does not answer while another does, then the reply stays with the chosen one and names the other', async () => {
    const context = contextOf([ferry, bridge]);
    const { answer, page } = await answerQuestion(context, 'How many workers were hurt?', 'slash', { articleId: 'ferry' });
    expect(answer.answered).toBe(false);
    expect(answer.quotes.every((q) => q.article === 'ferry')).toBe(true);
    expect(answer.note).toBe('Another article answers this: “Bridge collapses”. Ask without choosing an article to see it.');
    expect(JSON.stringify(page)).toContain('Another article answers this');
    const chosenAnswers = await answerQuestion(context, 'How many workers were hurt?', 'slash', { articleId: 'bridge' });
    expect(chosenAnswers.answer.note).toBeUndefined();
  });
});

describe('suggestions', () => {
  const article = bundledArticle();
  const library = libraryOf(article);

  it('given the article, then every example question is answered by it', async () => {
    const examples = await exampleQuestions(library);
    expect(examples.length).toBeGreaterThan(0);
    for (const question of examples) expect(library.ask(question)).toMatchObject({ answered: true });
  });

  it('given an article with figures and speakers of its own, then examples come from its content, not from a fixed list', async () => {
    const other = articleFrom(['The council approved 42 new buses on Tuesday, the mayor said.', '“We will run them all night,” said Maria Lopez.', 'The budget grew by $3 million in transport funding.']);
    const examples = await exampleQuestions(libraryOf(other), 10);
    expect(examples.length).toBeGreaterThan(0);
    const words = new Set(other.text.toLowerCase().match(/[\p{L}\d]+/gu));
    for (const example of examples) {
      const content = example.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
      expect(content.filter((w) => words.has(w)).length).toBeGreaterThan(0);
    }
  });

  it('given sums followed by a verb, a rate or an adverb, and times with and without a day, then the example questions read as plain English', async () => {
    const other = articleFrom([
      'Pensioners will get £150 to help with the rise in council tax.',
      'A Band D household will pay £1,842 a year under the plan.',
      'The opposition proposed drawing £2 million from reserves instead.',
      'The probe was launched in March 2021 on an Ariane rocket.',
      'The library reopens on Thursday after repairs, Mayor Jo Bloggs said.',
      'Work on the new bridge starts in September.',
    ]);
    const examples = await exampleQuestions(libraryOf(other), 25);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(example).not.toMatch(/^How much (?:help|year|reserves instead)\b/);
      expect(example).not.toMatch(/^What happened on (?:March 2021|September)\?/);
      expect(example).not.toMatch(/^What about (?:Thursday|March|September)\?/);
    }
    expect(examples.filter((q) => q.startsWith('What happened '))).toEqual(expect.arrayContaining(['What happened on Thursday?']));
  });

  it('given sums and shares followed by a verb, by what they were spent on or by when, then no example question ends on a grammatical word or asks "how much" of something that is not the sum', async () => {
    const other = articleFrom([
      'A court heard that £2.3 million of regeneration money was steered to friends of the leader.',
      'In all, 14 contracts worth £1.1 million were awarded without tendering.',
      'The council spent £410,000 on an independent review of its rules.',
      'The Alliance had 38.6 per cent of the vote against 37.9 per cent for the governing Union.',
      'Shares in the maker fell 6.2 per cent in New York trading, to $41.18 in afternoon trading.',
      'Japan pledged $2 million in emergency aid on Friday.',
    ]);
    const examples = await exampleQuestions(libraryOf(other), 25);
    const sums = examples.filter((q) => /^(?:How much|What share)\b/.test(q));
    expect(sums.length).toBeGreaterThan(0);
    for (const question of sums) {
      const last = question.replace(/\?$/, '').split(' ').at(-1) ?? '';
      expect(STOPWORDS.has(last.toLowerCase())).toBe(false);
      expect(question).not.toMatch(/\b(?:was|were|without|independent review|governing Union|trading)\b|^How much vote\b/);
    }
  });

  it('given times that carry their own preposition, a speaker found only as a title, and a name with a possessive, then the examples read as plain English', async () => {
    const other = articleFrom([
      'Prices have risen by 4 per cent since January, the agency said.',
      '"Patient safety is our first priority," said Dr. Lorraine Okafor, the chief medical officer.',
      'Shares of Halvorsen Group fell after the recall, and Halvorsen\'s board met on Monday.',
    ]);
    const examples = await exampleQuestions(libraryOf(other), 25);
    for (const example of examples) {
      expect(example).not.toMatch(/\b(?:in|on) (?:since|by|until)\b/);
      expect(example).not.toMatch(/^What did (?:Dr|Mr|Mrs|Ms)\.? say\?$/);
      expect(example).not.toMatch(/['’]s\?$/);
    }
  });

  it('given several articles, then the examples take turns between them, each answered from its own article as asked without one, and no two quote one sentence', async () => {
    const airline = articleFrom(['SkyBridge Airlines on Tuesday reported a third-quarter profit of $412 million.', 'The carrier flew 14.3 million passengers in the quarter.', '“We were there first,” said Rebecca Lindqvist.'], { id: 'airline' });
    const library = articleFrom(['The Riverside library reopens on Saturday after a renovation that cost $48.5 million.', 'It has 120 public computers.', '“It is the living room of Riverside,” said Luis Ferreira.'], { id: 'library' });
    const both = libraryOf(airline, library);
    const examples = await exampleQuestions(both, 4);
    const answers = await Promise.all(examples.map((question) => both.ask(question)));
    expect(answers.map((a) => a.quotes[0]?.article)).toEqual(['airline', 'library', 'airline', 'library']);
    expect(answers.every((a) => a.answered)).toBe(true);
    expect(new Set(answers.map((a) => `${a.quotes[0]?.article}:${a.quotes[0]?.sentence}`)).size).toBe(answers.length);
  });

  it('given anything typed, then question suggestions are at most 25, each 1 to 100 characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), async (typed) => {
        expect(choiceViolations(await questionChoices(library, typed))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('given the start of a word from the article, then suggestions contain it', async () => {
    const word = article.sentences[0]?.text.split(/\s+/).find((w) => /^\p{L}{6,}$/u.test(w)) ?? '';
    const choices = await questionChoices(library, word.slice(0, 4));
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(choice.value.toLowerCase()).toContain(word.slice(0, 4).toLowerCase());
  });

  it('given part of a title, then the article is offered by id and can be resolved from its title', () => {
    const choices = articleChoices(library, article.meta.title.split(' ')[0] ?? '');
    expect(choices).toEqual([{ name: article.meta.title, value: article.id }]);
    expect(resolveArticle(library, article.meta.title.toUpperCase())).toBe(article);
    expect(resolveArticle(library, 'no such article at all')).toBeUndefined();
  });
});

describe('command registration and invite', () => {
  const local = [{ name: 'ask', description: 'Ask', options: [{ type: 3, name: 'q', description: 'Q', required: true }], contexts: [0, 1, 2], integration_types: [0, 1] }];

  it('given Discord already holds the same commands (with its own ids and defaults), then nothing needs registering', () => {
    const remote = [{ ...local[0], id: '1', application_id: '2', version: '3', type: 1, nsfw: false, default_member_permissions: null, options: [{ type: 3, name: 'q', description: 'Q', required: true, autocomplete: false }] }];
    expect(sameCommands(local as never, remote)).toBe(true);
  });

  it('given a changed description, a removed option or an extra remote command, then registration is needed', () => {
    expect(sameCommands(local as never, [{ ...local[0], description: 'Other' }])).toBe(false);
    expect(sameCommands(local as never, [{ ...local[0], options: [] }])).toBe(false);
    expect(sameCommands(local as never, [local[0], { name: 'old', description: 'x' }])).toBe(false);
  });

  it('given an application id, then the server invite asks for bot and commands scopes with the needed permissions, and the user install for commands only', () => {
    const links = inviteLinks('123456789012345678');
    const server = new URL(links.server).searchParams;
    expect(server.get('scope')).toBe('bot applications.commands');
    expect(server.get('integration_type')).toBe('0');
    expect(BigInt(server.get('permissions') ?? '0') & 0x800n).toBe(0x800n); // Send Messages
    expect(BigInt(server.get('permissions') ?? '0') & 0x4000n).toBe(0x4000n); // Embed Links
    const user = new URL(links.user).searchParams;
    expect([user.get('scope'), user.get('integration_type'), user.get('permissions')]).toEqual(['applications.commands', '1', null]);
  });
});
