/**
 * The bot end to end: the real discord.js client, logged in to the local Discord stand-in, which
 * checks every request against Discord's OpenAPI description and documented limits.
 */
import { GatewayOpcodes, InteractionResponseType, MessageFlags, type APIEmbed, type APIMessage } from 'discord.js';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnswerEngine, MAX_QUESTION_LENGTH } from '../src/core/engine.ts';
import type { Answer, Article } from '../src/core/types.ts';
import { startClient } from '../src/discord/bot.ts';
import { EVERY_CONTEXT, EVERY_INSTALL } from '../src/discord/command.ts';
import { commandsJSON } from '../src/discord/commands.ts';
import { decodeCustomId } from '../src/discord/custom-id.ts';
import { deployCommands, sameCommands } from '../src/discord/deploy-commands.ts';
import { TokenRejectedError } from '../src/discord/errors.ts';
import type { Library } from '../src/discord/library.ts';
import { silentLogger } from '../src/discord/log.ts';
import { QUOTES_PER_PAGE } from '../src/discord/render.ts';
import { exampleQuestions } from '../src/discord/suggestions.ts';
import { unansweredEntrySchema, type UnansweredEntry } from '../src/unanswered-log.ts';
import { articleFrom, blockQuotes, shownText } from './discord-helpers.ts';
import { bundledLibrary, connectedBot, type Harness } from './discord-e2e-support.ts';

const EPHEMERAL = MessageFlags.Ephemeral;

function embedOf(body: { embeds?: APIEmbed[] } | undefined): APIEmbed {
  const embed = body?.embeds?.[0];
  if (!embed) throw new Error(`no embed in ${JSON.stringify(body)}`);
  return embed;
}

function buttonsOf(body: { components?: unknown } | undefined): { label: string; custom_id: string }[] {
  const rows = (body?.components ?? []) as { components: { label: string; custom_id: string }[] }[];
  return rows.flatMap((row) => row.components);
}

/** A word that many sentences of the loaded article share, so a question about it has more quotes than one page. */
async function widelyUsedWord(): Promise<string> {
  const library = await bundledLibrary();
  const counts = new Map<string, number>();
  for (const sentence of library.articles.flatMap((a) => a.sentences)) {
    for (const word of new Set(sentence.text.match(/\p{Lu}[\p{L}]{3,}/gu))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

describe('the bot connected to Discord', () => {
  let h: Harness;
  let library: Library;
  let example: string;

  beforeAll(async () => {
    h = await connectedBot();
    library = h.library;
    [example = ''] = await exampleQuestions(library);
  });
  afterEach(() => h.discord.assertNoViolations());
  afterAll(async () => h?.close());

  it('given it logged in, then it registered every command, usable in servers, DMs and group DMs under both installs, and registering again writes nothing', async () => {
    const registered = h.discord.commands();
    expect(registered.map((c) => c.name).sort()).toEqual([...h.commands.keys()].sort());
    expect(sameCommands(commandsJSON(h.commands), registered)).toBe(true);
    for (const command of registered) {
      expect(command.contexts).toEqual([...EVERY_CONTEXT]);
      expect(command.integration_types).toEqual([...EVERY_INSTALL]);
    }
    const puts = () => h.discord.requests.filter((r) => r.method === 'PUT').length;
    const before = puts();
    const again = await deployCommands({ config: { token: h.discord.token, apiUrl: h.discord.apiUrl, clientId: h.discord.applicationId, guildId: undefined }, logger: silentLogger, commands: h.commands });
    expect(again.changed).toBe(false);
    expect(puts()).toBe(before);
  });

  it('given /ask in a server, then the reply quotes what the engine found verbatim, with citation, figures and source, for everyone to see', async () => {
    const expected = await library.ask(example, { limit: 25 });
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: example }));
    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect((reply.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    const embed = embedOf(reply.data);
    expect(blockQuotes(embed.description ?? '')[0]).toBe(expected.quotes[0]?.text);
    expect(embed.description).toContain(`¶${expected.quotes[0]?.paragraph} · sentence ${expected.quotes[0]?.sentence}`);
    expect(embed.footer?.text).toContain(expected.sources[0]?.title);
    for (const figure of expected.figures.filter((f) => f.sentence === expected.quotes[0]?.sentence)) expect(shownText(embed.fields?.[0]?.value ?? '')).toContain(figure.text);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('given /ask private:true, then only the asker sees the answer', async () => {
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: example, private: true }));
    expect((reply.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('given /ask about something the article does not cover, then it says so with the reason', async () => {
    const question = 'What did the zorblax quintuplet vote for?';
    const expected = await library.ask(question);
    expect(expected.answered).toBe(false);
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question }));
    const description = embedOf(reply.data).description ?? '';
    expect(description).toContain('does not answer');
    expect(shownText(description)).toContain(expected.reason ?? '');
  });

  it('given /ask with a question that cannot be read (only mentions, emoji, another language), then the reply about it goes to the asker alone; a decline about the article stays public', async () => {
    for (const question of ['<@123456789012345678> @everyone', '🌉🌉', '¿Cuánto dinero dio Estados Unidos?']) {
      const reply = await h.discord.interact(h.discord.slashCommand('ask', { question }));
      expect([question, (reply.data?.flags ?? 0) & EPHEMERAL]).toEqual([question, EPHEMERAL]);
    }
    const declined = await h.discord.interact(h.discord.slashCommand('ask', { question: 'What did the zorblax quintuplet vote for?' }));
    expect((declined.data?.flags ?? 0) & EPHEMERAL).toBe(0);
  });

  it('given /ask with an article picked from autocomplete, then it asks that article; with an unknown one, it says which exist', async () => {
    const choices = await h.discord.interact(h.discord.autocomplete('ask', { question: example, article: '' }, 'article'));
    const article = choices.data?.choices?.[0]?.value as string;
    expect(article).toBe(library.articles[0]?.id);
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: example, article }));
    expect(blockQuotes(embedOf(reply.data).description ?? '').length).toBeGreaterThan(0);
    const unknown = await h.discord.interact(h.discord.slashCommand('ask', { question: example, article: 'no-such-article' }));
    expect((unknown.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(unknown.data).description).toContain(article);
  });

  it('given /ask in a DM with the bot and in a group DM through a user install, then both are answered', async () => {
    for (const context of [{ where: 'dm' as const }, { where: 'group-dm' as const, install: 'user' as const }]) {
      const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: example }, context));
      expect(blockQuotes(embedOf(reply.data).description ?? '').length).toBeGreaterThan(0);
    }
  });

  it('given the question being typed, then autocomplete offers up to 25 suggestions of at most 100 characters drawn from the article', async () => {
    const typed = example.split(' ').slice(0, 2).join(' ');
    const reply = await h.discord.interact(h.discord.autocomplete('ask', { question: typed }, 'question'));
    expect(reply.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = reply.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.name)).toContain(example);
    for (const choice of choices) expect(String(choice.value).length).toBeLessThanOrEqual(100);
  });

  it('given a question with more quotes than one page, then "More quotes" shows the next ranked sentences, privately', async () => {
    const question = await widelyUsedWord();
    const expected = await library.ask(question, { limit: 25 });
    expect(expected.quotes.length).toBeGreaterThan(QUOTES_PER_PAGE);
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question }));
    const shown = blockQuotes(embedOf(reply.data).description ?? '').length;
    const more = buttonsOf(reply.data).find((b) => b.label === 'More quotes' || b.label === 'More passages');
    expect(more).toBeDefined();
    const page = await h.discord.interact(h.discord.buttonPress(more?.custom_id ?? ''));
    expect((page.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(blockQuotes(embedOf(page.data).description ?? '')).toEqual(expected.quotes.slice(shown, shown + QUOTES_PER_PAGE).map((q) => q.text));
  });

  it('given "Show paragraph", then the whole paragraph around the quote is shown', async () => {
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: example }));
    const button = buttonsOf(reply.data).find((b) => b.label === 'Show paragraph');
    const action = decodeCustomId(button?.custom_id ?? '');
    if (action?.kind !== 'paragraph') throw new Error('no paragraph button');
    const page = await h.discord.interact(h.discord.buttonPress(button?.custom_id ?? ''));
    expect(shownText(embedOf(page.data).description ?? '')).toBe(library.articles[0]?.paragraphs[action.paragraph - 1]?.text);
  });

  it('given the bot restarted, then buttons on answers from before still work', async () => {
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: example }));
    const button = buttonsOf(reply.data).find((b) => b.label === 'Show paragraph');
    await h.restart();
    const page = await h.discord.interact(h.discord.buttonPress(button?.custom_id ?? ''));
    expect(embedOf(page.data).title).toMatch(/^¶\d+/);
  });

  it('given "Ask the article" on a message, then the message is answered privately', async () => {
    const target = h.discord.userMessage({ content: example });
    const reply = await h.discord.interact(h.discord.messageContextMenu('Ask the article', target));
    expect((reply.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(blockQuotes(embedOf(reply.data).description ?? '')[0]).toBe((await library.ask(example)).quotes[0]?.text);
  });

  it('given /figures, /figures with a kind, /quote with a search and /article, then each lists what the article holds', async () => {
    const article = library.articles[0];
    if (!article) throw new Error('no article');
    const figures = await h.discord.interact(h.discord.slashCommand('figures'));
    expect(embedOf(figures.data).fields?.length).toBe(article.figures.length);
    const kind = article.figures[0]?.kind ?? 'money';
    const ofKind = await h.discord.interact(h.discord.slashCommand('figures', { kind }));
    expect(embedOf(ofKind.data).fields?.length).toBe(article.figures.filter((f) => f.kind === kind).length);
    const speaker = article.quotations.find((q) => q.speaker)?.speaker ?? '';
    const quotes = await h.discord.interact(h.discord.slashCommand('quote', { search: speaker }));
    expect(embedOf(quotes.data).fields?.length).toBe(article.quotations.filter((q) => q.speaker === speaker).length);
    const info = await h.discord.interact(h.discord.slashCommand('article', { article: article.id }));
    expect(embedOf(info.data).title).toBe(article.meta.title);
    expect(embedOf(info.data).description).toContain(`**Sentences:** ${article.sentences.length}`);
  });

  it('given /help, then it explains the bot with example questions that the article answers', async () => {
    const reply = await h.discord.interact(h.discord.slashCommand('help'));
    const examples = (embedOf(reply.data).fields?.find((f) => f.name === 'Try asking')?.value ?? '').split('\n').map((line) => shownText(line.replace(/^• /, '')));
    expect(examples.length).toBeGreaterThan(0);
    for (const question of examples) expect((await library.ask(question)).answered).toBe(true);
  });

  it('given a direct message, then it is answered as a question in the DM', async () => {
    const sent = h.discord.sendMessage({ content: example, where: 'dm' });
    const answer = await h.discord.waitForBotMessage({ channelId: sent.channel_id });
    expect(blockQuotes(embedOf(answer).description ?? '').length).toBeGreaterThan(0);
  });

  it('given server messages, then only the one that mentions the bot is answered, as a reply to it', async () => {
    h.discord.sendMessage({ content: example });
    const mention = h.discord.sendMessage({ content: example, mentionBot: true });
    const answer = await h.discord.waitForBotMessage({ channelId: mention.channel_id });
    expect(answer.message_reference?.message_id).toBe(mention.id);
    expect(embedOf(answer).title).toBe(example);
    const request = h.discord.requests.find((r) => r.method === 'POST' && (r.response as { id?: string } | undefined)?.id === answer.id);
    expect((request?.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  /** The bot's reply to one message (a DM or a mention), whatever else it has posted in the channel. */
  async function replyTo(message: { id: string }): Promise<{ embeds?: APIEmbed[] }> {
    const request = await h.discord.waitForRequest((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === message.id);
    return request.response as { embeds?: APIEmbed[] };
  }

  it('given an empty DM, one of only spaces and one with only a sticker, then each is asked for a question in DM words; an empty mention in mention words', async () => {
    const sticker = { ...h.discord.userMessage({ content: '', where: 'dm' }), sticker_items: [{ id: '749054660769218631', name: 'Wave', format_type: 1 }] };
    for (const message of [h.discord.userMessage({ content: '', where: 'dm' }), h.discord.userMessage({ content: ' \n ', where: 'dm' }), sticker]) {
      h.discord.sendMessage(message);
      const hint = embedOf(await replyTo(message));
      expect(hint.description).toMatch(/^Send me a question about the article, for example/);
      expect(hint.description).not.toContain('mention');
    }
    const mention = h.discord.sendMessage({ content: '', mentionBot: true });
    expect(embedOf(await replyTo(mention)).description).toMatch(/after the mention/);
  });

  it('given thanks in a DM and a greeting in a mention, then each gets a short kind reply instead of a refusal', async () => {
    for (const [message, reply] of [
      [h.discord.sendMessage({ content: 'thanks!', where: 'dm' }), /^You’re welcome! Ask me anything else about the article/],
      [h.discord.sendMessage({ content: 'hi 👋', mentionBot: true }), /^Hello! Ask me anything about the article/],
    ] as const) {
      const embed = embedOf(await replyTo(message));
      expect(embed.description).toMatch(reply);
      expect(embed.description).not.toMatch(/does not (?:answer|say)/);
    }
  });

  it('given /ask, then Discord holds its question to the engine\'s length limit; given an article pasted in a DM, then the bot says it is too long to be a question', async () => {
    const ask = h.discord.commands().find((c) => c.name === 'ask');
    expect(ask?.options?.find((o) => o.name === 'question')).toMatchObject({ max_length: MAX_QUESTION_LENGTH });
    const pasted = library.articles[0]?.text ?? '';
    expect(pasted.length).toBeGreaterThan(MAX_QUESTION_LENGTH);
    const reply = await replyTo(h.discord.sendMessage({ content: pasted.slice(0, 4000), where: 'dm' }));
    expect(shownText(embedOf(reply).description ?? '')).toContain(`That is too long to be a question — ask about one thing, in under ${MAX_QUESTION_LENGTH} characters.`);
    expect(blockQuotes(embedOf(reply).description ?? '')).toEqual([]);
  });

  it('given the gateway connection drops, then the bot resumes its session and answers what was sent meanwhile', async () => {
    h.discord.dropConnection(4000);
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: example }));
    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    await h.discord.waitForGateway((entry) => entry.from === 'bot' && entry.op === GatewayOpcodes.Resume);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'gateway session resumed' }));
  });

  it('given Discord answers 429, then the reply is retried and arrives', async () => {
    h.discord.failNext({ route: /callback/, status: 429, retryAfter: 0.2 });
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: example }));
    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const [limited, retried] = h.discord.requests.filter((r) => r.route.endsWith('/callback')).slice(-2);
    expect(limited?.status).toBe(429);
    expect(retried?.status).toBeLessThan(300);
  });

  it('given Discord keeps failing with 5xx, then the user gets a private error with a reference that is in the log, and the bot keeps answering', async () => {
    h.discord.failNext({ route: /callback/, status: 500, times: 4 });
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: example }));
    expect((reply.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const reference = /`([A-Z0-9]{6})`/.exec(embedOf(reply.data).description ?? '')?.[1];
    expect(reference).toBeDefined();
    expect(h.logs).toContainEqual(expect.objectContaining({ level: 'error', msg: 'interaction failed', reference }));
    const next = await h.discord.interact(h.discord.slashCommand('ask', { question: example }));
    expect(blockQuotes(embedOf(next.data).description ?? '').length).toBeGreaterThan(0);
  });

  it('given everything it logged, then the token never appears and questions carry latency and outcome but not the asker', () => {
    expect(JSON.stringify(h.logs)).not.toContain(h.discord.token);
    expect(h.logs.filter((l) => l.msg === 'question').every((l) => typeof l.latencyMs === 'number' && typeof l.answered === 'boolean' && !('user' in l))).toBe(true);
  });
});

describe('the bot under trouble', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    h?.discord.assertNoViolations();
    await h?.close();
    h = undefined;
  });

  /** The library, answering `delayMs` later than it would. */
  const slowBy =
    (delayMs: number) =>
    (library: Library): Library => ({
      get articles() {
        return library.articles;
      },
      version: library.version,
      getArticle: (id) => library.getArticle(id),
      ask: async (question, options) => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return library.ask(question, options);
      },
    });

  it('given a slow answer, then the reply is deferred within the deadline and the answer edited in', async () => {
    h = await connectedBot({ deferAfterMs: 50, library: slowBy(300) });
    const [question = ''] = await exampleQuestions(await bundledLibrary());
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question }));
    expect(reply.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await reply.waitForEdit();
    expect(blockQuotes(embedOf(edit.body).description ?? '').length).toBeGreaterThan(0);
  });

  it("given an interaction Discord created 2.4 s before it reached the bot, then the reply is deferred at once, within Discord's 3 s, and the answer edited in", async () => {
    // The answer takes 1 s: ready well within the bot's own defer delay, but past Discord's deadline.
    h = await connectedBot({ library: slowBy(1_000) });
    const [question = ''] = await exampleQuestions(await bundledLibrary());
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question }, { ageMs: 2_400 }));
    expect(reply.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edit = await reply.waitForEdit();
    expect(blockQuotes(embedOf(edit.body).description ?? '').length).toBeGreaterThan(0);
  });

  it('given a handler that throws, then the user gets a private error with a reference and the bot keeps serving', async () => {
    let failing = true;
    const flaky = (library: Library): Library => ({
      get articles() {
        return library.articles;
      },
      version: library.version,
      getArticle: (id) => library.getArticle(id),
      ask: (question, options) => {
        if (failing) throw new Error('engine exploded');
        return library.ask(question, options);
      },
    });
    h = await connectedBot({ library: flaky });
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: 'anything' }));
    expect((reply.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(reply.data).description).toMatch(/Something went wrong.*`[A-Z0-9]{6}`/);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'interaction failed', error: expect.objectContaining({ message: 'engine exploded' }) }));
    failing = false;
    const next = await h.discord.interact(h.discord.slashCommand('ask', { question: 'anything at all' }));
    expect(next.type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });

  it('given questions faster than the cooldown, then the second is refused kindly, for slash commands and DMs alike', async () => {
    h = await connectedBot({ cooldownSeconds: 60 });
    const [question = ''] = await exampleQuestions(h.library);
    await h.discord.interact(h.discord.slashCommand('ask', { question }));
    const second = await h.discord.interact(h.discord.slashCommand('ask', { question }));
    expect((second.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(second.data).description).toMatch(/Try again in \d+ seconds?/);
    const other = h.discord.addUser('other');
    const nextBotMessage = async () => {
      const before = h?.discord.requests.length ?? 0;
      return (
        await h?.discord.waitForRequest((r) => r.method === 'POST' && r.route === '/channels/{channel_id}/messages' && (h?.discord.requests.indexOf(r) ?? 0) >= before)
      )?.response as { embeds?: APIEmbed[] };
    };
    const firstAnswer = nextBotMessage();
    h.discord.sendMessage({ content: question, where: 'dm', author: other });
    expect(blockQuotes(embedOf(await firstAnswer).description ?? '').length).toBeGreaterThan(0);
    const secondAnswer = nextBotMessage();
    h.discord.sendMessage({ content: question, where: 'dm', author: other });
    const refused = await secondAnswer;
    expect(embedOf(refused).description).toMatch(/Try again in \d+ seconds?/);
  });

  it('given a DM sent a moment after another ("thanks!" and then a question), then it waits for its turn and is answered, not dropped', async () => {
    h = await connectedBot({ cooldownSeconds: 1 });
    const [question = ''] = await exampleQuestions(h.library);
    const botMessages = () => h?.discord.requests.filter((r) => r.method === 'POST' && r.route === '/channels/{channel_id}/messages') ?? [];
    const user = h.discord.addUser('quick');
    h.discord.sendMessage({ content: 'thanks!', where: 'dm', author: user });
    await h.discord.waitForRequest(() => botMessages().length >= 1);
    h.discord.sendMessage({ content: question, where: 'dm', author: user });
    await h.discord.waitForRequest(() => botMessages().length >= 2);
    const answer = botMessages()[1]?.response as { embeds?: APIEmbed[] };
    expect(embedOf(answer).description ?? '').not.toMatch(/Try again/);
    expect(blockQuotes(embedOf(answer).description ?? '').length).toBeGreaterThan(0);
  });

  it('given a token Discord rejects, then starting fails with a message that says so and does not contain the token', async () => {
    h = await connectedBot();
    const wrong = `${h.discord.token}x`;
    const attempt = startClient({ config: { token: wrong, apiUrl: h.discord.apiUrl, cooldownSeconds: 0 }, library: h.library, logger: silentLogger, commands: h.commands });
    await expect(attempt).rejects.toBeInstanceOf(TokenRejectedError);
    await expect(attempt).rejects.toThrow(/rejected DISCORD_TOKEN/);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).not.toContain(wrong);
  });
});

describe('long lists, paged in one message', () => {
  const ledger = articleFrom(
    Array.from({ length: 60 }, (_, i) => `In ${1900 + i} the fund spent $${i + 1} million. “We spent ${i + 1} million on roads,” said Ada Quill.`),
    { id: 'ledger', title: 'The ledger' },
  );
  let articles: Article[] = [ledger];
  const engine = () => new AnswerEngine(articles);
  const switchable: Library = {
    get articles() {
      return articles;
    },
    version: 0,
    getArticle: (id) => articles.find((a) => a.id === id),
    ask: (question, options) => engine().ask(question, options),
  };
  let h: Harness;

  beforeAll(async () => {
    h = await connectedBot({ library: () => switchable });
  });
  afterEach(() => {
    h.discord.assertNoViolations();
    articles = [ledger];
  });
  afterAll(async () => h?.close());

  const fieldNames = (body: { embeds?: APIEmbed[] } | undefined) => (embedOf(body).fields ?? []).map((f) => f.name);

  it('given /figures longer than one page, then it is one private message whose Next and Previous turn its page in place', async () => {
    const reply = await h.discord.interact(h.discord.slashCommand('figures'));
    expect((reply.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(reply.data).title).toMatch(/^Figures \(1\/\d+\)$/);
    const [previous, next] = buttonsOf(reply.data) as { label: string; custom_id: string; disabled?: boolean }[];
    expect([previous?.label, next?.label]).toEqual(['◀ Previous', 'Next ▶']);
    expect(previous?.disabled).toBe(true);
    const firstPage = fieldNames(reply.data);

    const turned = await h.discord.interact(h.discord.buttonPress(next?.custom_id ?? ''));
    expect(turned.type).toBe(InteractionResponseType.UpdateMessage);
    expect(embedOf(turned.data).title).toMatch(/^Figures \(2\/\d+\)$/);
    const secondPage = fieldNames(turned.data);
    expect([...firstPage, ...secondPage]).toEqual(ledger.figures.slice(0, firstPage.length + secondPage.length).map((f) => `${f.text} · ${f.kind}`));
    expect(reply.followUps()).toEqual([]);

    const back = await h.discord.interact(h.discord.buttonPress(buttonsOf(turned.data)[0]?.custom_id ?? ''));
    expect(fieldNames(back.data)).toEqual(firstPage);
  });

  it('given private:false, then a long list is public; given private:true, then a short one is private', async () => {
    const open = await h.discord.interact(h.discord.slashCommand('quote', { private: false }));
    expect((open.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(buttonsOf(open.data).map((b) => b.label)).toEqual(['◀ Previous', 'Next ▶']);
    const short = await h.discord.interact(h.discord.slashCommand('quote', { search: 'spent 7 million', private: true }));
    expect((short.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(buttonsOf(short.data)).toEqual([]);
    const shortPublic = await h.discord.interact(h.discord.slashCommand('quote', { search: 'spent 7 million' }));
    expect((shortPublic.data?.flags ?? 0) & EPHEMERAL).toBe(0);
  });

  it('given no articles loaded, then /ask and /figures tell the asker privately there is nothing to ask about yet, without asking them to add files they cannot reach', async () => {
    articles = [];
    for (const interaction of [h.discord.slashCommand('ask', { question: 'Who won?' }), h.discord.slashCommand('figures')]) {
      const reply = await h.discord.interact(interaction);
      expect((reply.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
      const description = embedOf(reply.data).description ?? '';
      expect(description).toMatch(/^No articles are loaded yet/);
      expect(description).not.toMatch(/data folder and try again/);
    }
  });

  it('given an article option that is part of several articles\' names, then the asker is told privately which it could be, not that there is no such article', async () => {
    articles = [ledger, articleFrom(['The fund closed in 2024.'], { id: 'ledger-2024', title: 'The ledger, 2024' })];
    const reply = await h.discord.interact(h.discord.slashCommand('figures', { article: 'ledg' }));
    expect((reply.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    const description = embedOf(reply.data).description ?? '';
    expect(description).toMatch(/^“ledg” could be any of 2 articles/);
    expect(description).toContain('ledger-2024');
    const unknown = await h.discord.interact(h.discord.slashCommand('figures', { article: 'zebra' }));
    expect(embedOf(unknown.data).description).toMatch(/^There is no article “zebra”/);
  });

  it('given the bot restarted, then the list still pages; given its articles changed, then the button says so', async () => {
    const reply = await h.discord.interact(h.discord.slashCommand('quote', { search: 'Quill' }));
    const next = buttonsOf(reply.data)[1]?.custom_id ?? '';
    await h.restart();
    const turned = await h.discord.interact(h.discord.buttonPress(next));
    expect(embedOf(turned.data).title).toMatch(/^Quotations \(2\/\d+\)$/);
    articles = [articleFrom(['The fund spent nothing. “Nothing at all,” said Ada Quill.'], { id: 'ledger', title: 'The ledger' })];
    const stale = await h.discord.interact(h.discord.buttonPress(buttonsOf(turned.data)[1]?.custom_id ?? ''));
    expect((stale.data?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(stale.data).description).toMatch(/changed since/);
  });
});

describe('follow-up questions', () => {
  const ferry = articleFrom(['The Harbour Queen ferry ran aground off Port Ellis on Monday, and 12 passengers were hurt.', '“We hit the rocks in thick fog,” said Captain Mara Quinn.'], { id: 'ferry', title: 'Ferry runs aground' });
  const bridge = articleFrom(['A section of the Kessel Bridge collapsed on Tuesday, and 7 workers were hurt.', '“The steel had rusted through,” said engineer Tomas Reyes.'], { id: 'bridge', title: 'Bridge collapses' });
  const engine = new AnswerEngine([ferry, bridge]);
  const library: Library = { articles: [ferry, bridge], version: 0, getArticle: (id) => engine.getArticle(id), ask: (question, options) => engine.ask(question, options) };
  const both = 'How many were hurt?';
  /** A question only the article's own speaker answers, so its answer quotes that article. */
  const asksOf = (article: Article) => `What did ${article.quotations[0]?.speaker ?? ''} say?`;
  let h: Harness;

  beforeAll(async () => {
    h = await connectedBot({ library: () => library });
  });
  afterEach(() => h.discord.assertNoViolations());
  afterAll(async () => h?.close());

  const citedArticle = (message: { embeds?: APIEmbed[] }) => [ferry, bridge].find((a) => blockQuotes(embedOf(message).description ?? '')[0] && a.sentences.some((s) => s.text === blockQuotes(embedOf(message).description ?? '')[0]));

  async function botReplyTo(message: { id: string }): Promise<APIMessage> {
    const request = await h.discord.waitForRequest((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === message.id);
    return request.response as APIMessage;
  }

  it('given a question both articles answer, asked as a reply to an answer from the one the bot would not pick, then it is answered from that answer\'s article; so is the same person\'s next question there, but not someone else\'s', async () => {
    const first = library.ask(both) as Answer;
    expect(first.answered).toBe(true);
    const other = first.quotes[0]?.article === ferry.id ? bridge : ferry;
    const about = h.discord.sendMessage({ content: asksOf(other), mentionBot: true });
    const answer = await botReplyTo(about);
    expect(citedArticle(answer)).toBe(other);
    const followUp = h.discord.sendMessage({ content: both, replyTo: answer });
    expect(citedArticle(await botReplyTo(followUp))).toBe(other);
    const again = h.discord.sendMessage({ content: both, mentionBot: true });
    expect(citedArticle(await botReplyTo(again))).toBe(other);
    const someoneElse = h.discord.sendMessage({ content: both, mentionBot: true, author: h.discord.addUser('newcomer') });
    expect(citedArticle(await botReplyTo(someoneElse))).not.toBe(other);
  });

  it('given a slash question answered from one article, then the same person\'s next slash question naming neither is asked of it first, and one only the other article answers is still answered from that one', async () => {
    const other = (library.ask(both) as Answer).quotes[0]?.article === ferry.id ? bridge : ferry;
    const asker = h.discord.addUser('slash-asker');
    const slash = async (question: string) => (await h.discord.interact(h.discord.slashCommand('ask', { question }, { user: asker }))).data ?? {};
    expect(citedArticle(await slash(asksOf(other)))).toBe(other);
    expect(citedArticle(await slash(both))).toBe(other);
    const elsewhere = other === ferry ? bridge : ferry;
    expect(citedArticle(await slash(asksOf(elsewhere)))).toBe(elsewhere);
    expect(citedArticle(await slash(both))).toBe(elsewhere);
  });

  it('given a thread opened on an answer, then a question mentioning the bot there is answered from that answer\'s article, also after a restart', async () => {
    const other = (library.ask(both) as Answer).quotes[0]?.article === ferry.id ? bridge : ferry;
    const answer = await botReplyTo(h.discord.sendMessage({ content: asksOf(other), mentionBot: true }));
    const thread = h.discord.openThread(answer, 'follow-ups');
    const reply = await botReplyTo(h.discord.sendMessage({ content: both, channelId: thread, mentionBot: true }));
    expect(reply.channel_id).toBe(thread);
    expect(citedArticle(reply)).toBe(other);
    await h.restart();
    h.discord.dispatch('THREAD_CREATE', { ...h.discord.channel(thread), newly_created: false }, h.discord.guilds[0]?.id);
    const afterRestart = await botReplyTo(h.discord.sendMessage({ content: both, channelId: thread, mentionBot: true }));
    expect(citedArticle(afterRestart)).toBe(other);
  });

  it('given a reply to an answer asking what only the other article says, then it is answered from the other article rather than declined', async () => {
    const answer = await botReplyTo(h.discord.sendMessage({ content: asksOf(ferry), mentionBot: true }));
    expect(citedArticle(answer)).toBe(ferry);
    const followUp = h.discord.sendMessage({ content: asksOf(bridge), replyTo: answer });
    expect(citedArticle(await botReplyTo(followUp))).toBe(bridge);
  });
});

describe('the log of unanswered questions', () => {
  let h: Harness | undefined;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unanswered-'));
  });
  afterEach(async () => {
    h?.discord.assertNoViolations();
    await h?.close();
    h = undefined;
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function linesOf(file: string, count: number): Promise<UnansweredEntry[]> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean);
      if (lines.length >= count) return lines.map((line) => unansweredEntrySchema.parse(JSON.parse(line)));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${file} never had ${count} lines`);
  }

  it('given UNANSWERED_LOG, then each unanswered question is appended with its article and reason, and never who asked', async () => {
    const file = join(dir, 'logs', 'unanswered.jsonl');
    h = await connectedBot({ unansweredLog: file });
    const [answerable = ''] = await exampleQuestions(h.library);
    const article = h.library.articles[0]?.id ?? '';
    const unanswered = 'What did the zorblax quintuplet vote for?';
    await h.discord.interact(h.discord.slashCommand('ask', { question: answerable }));
    await h.discord.interact(h.discord.slashCommand('ask', { question: unanswered, article }));
    const pasted = h.discord.sendMessage({ content: `${'The zorblax quintuplet voted. '.repeat(40)}`, where: 'dm' });
    await h.discord.waitForRequest((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === pasted.id);
    const dm = h.discord.sendMessage({ content: 'thanks!', where: 'dm' });
    await h.discord.waitForBotMessage({ channelId: dm.channel_id });
    h.discord.sendMessage({ content: 'What did <@123456789012345678> say about the weather on Mars?', where: 'dm' });

    const [slash, direct] = await linesOf(file, 2);
    expect(slash).toMatchObject({ scope: article, article, question: unanswered, reason: (await h.library.ask(unanswered)).reason });
    expect(direct).toMatchObject({ scope: '*', question: 'What did @… say about the weather on Mars?' });
    expect(direct?.reason).toMatch(/\S/);
    const written = await readFile(file, 'utf8');
    for (const secret of [h.discord.tester.id, h.discord.tester.username, '123456789012345678']) expect(written).not.toContain(secret);
    expect(written).not.toContain(answerable);
    expect(written).not.toContain('thanks');
    expect(written).not.toContain('The zorblax quintuplet voted.');
  });

  it('given UNANSWERED_LOG cannot be written, then questions are still answered and the log says why', async () => {
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, '');
    h = await connectedBot({ unansweredLog: join(blocker, 'unanswered.jsonl') });
    const reply = await h.discord.interact(h.discord.slashCommand('ask', { question: 'What did the zorblax quintuplet vote for?' }));
    expect(embedOf(reply.data).description).toContain('does not answer');
    await vi.waitFor(() => expect(h?.logs).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'could not write to UNANSWERED_LOG' })));
  });
});
