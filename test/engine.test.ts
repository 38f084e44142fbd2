import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArticles, parseArticle } from '../src/core/articles.ts';
import { AnswerEngine, MAX_QUESTION_LENGTH } from '../src/core/engine.ts';
import { matchedWording } from '../src/core/pipeline/quotes.ts';
import { ArticleIndex } from '../src/core/search-index.ts';
import { termOf } from '../src/core/terms.ts';
import type { Answer, Article } from '../src/core/types.ts';
import { loadBundledArticles } from './bundled-data.ts';

// An article on another topic, so that nothing here leans on the bundled article's wording.
const FLOOD = parseArticle({
  file: 'flood.txt',
  meta: { title: 'Valley flood', credit: 'Test Wire', year: 2023 },
  text: [
    '(LYON) — Heavy rain flooded the Rhône valley on Tuesday, forcing 3,200 residents from their homes, regional officials said.',
    'The European Union pledged €45 million in emergency relief to rebuild roads and bridges.',
    '“We have never seen water rise this quickly,” said Mayor Claire Dubois. She added that schools would stay closed for two weeks.',
    'Firefighters rescued 14 children from a flooded campsite near Vienne.',
    'The last comparable flood struck the region in 1957.',
    'Residents of Vienne were evacuated by boat overnight as the river kept rising.',
    '“Nobody expected it to climb so fast,” she said.',
    'Copyright © 2023, Test Wire. All rights reserved.',
  ].join('\n'),
});

/** A small article of the sentences given, one paragraph each. */
function articleOf(file: string, paragraphs: readonly string[]): Article {
  return parseArticle({ file, text: paragraphs.join('\n') });
}

/** Whether a small article of these paragraphs answers `question`, and the sentence it quotes first. */
function answeredBy(paragraphs: readonly string[], question: string): [boolean, number | undefined] {
  const answer = new AnswerEngine([articleOf('small.txt', paragraphs)]).ask(question);
  return [answer.answered, answer.quotes[0]?.sentence];
}

function expectVerbatim(answer: Answer, articles: readonly Article[]): void {
  for (const quote of answer.quotes) {
    const article = articles.find((a) => a.id === quote.article)!;
    expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
  }
  for (const figure of answer.figures) {
    expect(answer.quotes.some((q) => q.sentence === figure.sentence && q.start <= figure.start && figure.end <= q.end)).toBe(true);
  }
}

describe('answering questions about an article', () => {
  const engine = new AnswerEngine([FLOOD]);
  const firstSentence = (question: string) => engine.ask(question).quotes[0]?.sentence;

  it('given a "how much" question, then the sentence with the amount answers and its figure is pulled out', () => {
    const answer = engine.ask('How much money did the EU promise?');
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]!.sentence).toBe(2);
    expect(answer.figures[0]).toMatchObject({ text: '€45 million', kind: 'money', value: 45_000_000, unit: 'EUR' });
    expectVerbatim(answer, [FLOOD]);
  });
  it('given a spelled-out name the article abbreviates, or an acronym it spells out, then they meet', () => {
    expect(firstSentence('What did the European Union pledge?')).toBe(2);
    expect(firstSentence('How much did the EU pledge?')).toBe(2);
  });
  it('given a common abbreviation ("EV", "ICU", "PM") of what the article writes out, or the other way round, then they meet', () => {
    const charge = ['Drivers entering the centre will pay a daily charge of 12 pounds from March.', 'Blue badge holders and fully electric cars will be exempt until 2029.'];
    expect(answeredBy(charge, 'is an EV exempt from the charge')).toEqual([true, 2]);
    expect(answeredBy(charge, 'until when are evs exempt')).toEqual([true, 2]);
    const ward = ['The hospital opened a new ward on Monday.', 'Its ICU now has 24 beds, up from 16.'];
    expect(answeredBy(ward, 'how many beds are in intensive care')).toEqual([true, 2]);
  });
  it('given "co-op" (read as "co" and "op") of an article writing "cooperative", then they meet, and neither half is said to be missing', () => {
    const olives = ['The harvest fell by half this year.', 'Elena Morcillo, the manager of the cooperative, said prices had doubled.', 'Farmers met in the town hall on Monday.'];
    expect(answeredBy(olives, 'who manages the co-op')).toEqual([true, 2]);
    const declined = new AnswerEngine([articleOf('olives.txt', olives)]).ask('how many farmers are in the co-op');
    expect([declined.answered, declined.reason]).toEqual([false, expect.not.stringMatching(/“co”|“op”/) as unknown]);
  });
  it('given a synonym and a misspelling, then the paraphrase still finds the sentence', () => {
    expect(firstSentence('How many kids were rescued?')).toBe(5);
    expect(firstSentence('How many childern did firefigthers save?')).toBe(5);
  });
  it('given "when", then a sentence holding a date or year is preferred', () => {
    expect(firstSentence('When did the last comparable flood strike?')).toBe(6);
  });
  it('given a quotation attributed after it, then the quote carries its speaker', () => {
    const answer = engine.ask('What did the mayor say about the water?');
    expect(answer.quotes[0]!.speaker).toBe('Claire Dubois');
  });
  it('given a quotation that only says "she said", then the answer includes the sentence it leans on, and its speaker', () => {
    const answer = engine.ask('Did anyone expect the river in Vienne to climb so fast?');
    expect(answer.answered).toBe(true);
    expect(answer.answering).toBe(2);
    expect(answer.quotes.slice(0, 2).map((q) => q.sentence).sort()).toEqual([7, 8]);
    expect(answer.quotes.find((q) => q.sentence === 8)?.speaker).toBe('Claire Dubois');
  });
  it('given small talk, then it is recognised as such, with no passages offered; thanks followed by a question is answered', () => {
    for (const [message, kind] of [['thanks!', 'thanks'], ['Hello', 'greeting'], ['ok cool', 'acknowledgement'], ['👍', 'acknowledgement']] as const) {
      expect(engine.ask(message)).toMatchObject({ answered: false, smallTalk: kind, quotes: [] });
    }
    const question = engine.ask('Thanks, but how much money did the EU promise?');
    expect(question.smallTalk).toBeUndefined();
    expect(question.answered).toBe(true);
  });
  it('given chat around a question ("hey quick q ...", "can you tell me ...", "... according to the article", "... thx"), then it is answered as if asked alone, and the chat is never named as missing', () => {
    for (const question of ['How much money did the EU promise?', 'Where is the campsite?', 'how many kids were rescued']) {
      const alone = engine.ask(question);
      const bare = question.replace(/\?$/, '');
      for (const asked of [
        `hey quick q ${question}`,
        `quick question: ${question}`,
        `${question} thx`,
        `${question} thanks!`,
        `hi ${question} cheers`,
        `can you tell me ${question}`,
        `check this: ${question}`,
        `so ${question}`,
        `i want to know ${question}`,
        `According to the article, ${question}`,
        `${bare} according to the article?`,
        `/ask ${question}`,
        `/ask question: ${question}`,
      ]) {
        const answer = engine.ask(asked);
        expect({ answered: answer.answered, first: answer.quotes[0]?.sentence, reason: answer.reason }, asked).toEqual({ answered: alone.answered, first: alone.quotes[0]?.sentence, reason: alone.reason });
      }
    }
    expect(engine.ask('quick q how many hotels flooded thx').reason ?? '').not.toMatch(/“(?:quick|q|thanks|thx)”/);
  });
  it('given "what happened to X" of an article whose opening sentence speaks of X, then that sentence answers; of a detail it does not name, the search does', () => {
    const festival = [
      'The Harbour Festival in Port Ellis was called off on Saturday after a storm surge flooded the waterfront, organisers said.',
      'About 38 stalls were damaged and 340 people spent the night at the sports centre.',
      'The festival had been expected to draw 20,000 visitors over the weekend.',
    ];
    expect(answeredBy(festival, 'What happened to the festival?')).toEqual([true, 1]);
    expect(answeredBy(festival, 'what happened to the stalls')).toEqual([true, 2]);
  });
  it('given small talk opening a question, then the question is answered as if asked alone', () => {
    for (const question of ['How much money did the EU promise?', 'Who is the mayor?', 'Where is the campsite?', 'How did residents leave?']) {
      const alone = engine.ask(question);
      for (const opening of ['thanks! ', 'Thanks, but ', 'ok, and ', 'Hi there, ', 'thank you so much. ']) {
        const asked = engine.ask(opening + question);
        expect(asked.smallTalk, opening + question).toBeUndefined();
        const outcome = (answer: Answer) => ({ answered: answer.answered, first: answer.quotes[0]?.sentence, reason: answer.reason });
        expect(outcome(asked), opening + question).toEqual(outcome(alone));
      }
    }
  });

  it('given a name the article never mentions, then it declines and names what is missing', () => {
    const answer = engine.ask('How much did Germany pledge?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/Germany/);
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.figures).toEqual([]);
  });
  it('given "what is the X of Y" where the article names Y but never X, then it declines and says X is missing', () => {
    const answer = engine.ask('What is the population of Vienne?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe('Nothing in the article mentions “population”, which is what you asked for.');
  });
  it('given a year or a number the article never mentions, then it declines as for an unknown name', () => {
    const known = engine.ask('What happened to the 3,200 residents?');
    expect(known.answered).toBe(true);
    expect(known.quotes[0]).toMatchObject({ sentence: 1 });
    const other = engine.ask('How many residents were forced from their homes in the 1994 flood?');
    expect(other).toMatchObject({ answered: false, reason: 'Nothing in the article mentions “1994”.' });
  });
  it('given "last year" or "two years ago", then only an article that speaks of that time can answer', () => {
    expect(engine.ask('How many residents were evacuated last year?')).toMatchObject({ answered: false, reason: 'The article says nothing about last year.' });
    const bridge = parseArticle({ file: 'bridge.txt', meta: { year: 2024 }, text: 'The bridge closed two years ago after a flood.\nIt reopened on Monday.\n' });
    expect(new AnswerEngine([bridge]).ask('Why did the bridge close two years ago?').answered).toBe(true);
  });
  it('given "when will" and a passage giving only a past date, then it declines rather than date the future', () => {
    const strike = parseArticle({
      file: 'strike.txt',
      meta: { year: 2025 },
      text: 'Pilots walked off the job on Friday.\nThe union last struck in 2019, when talks were released to the press.\nTalks will resume on Monday, mediators said.\n',
    });
    const engine = new AnswerEngine([strike]);
    expect(engine.ask('When will the talks be released?')).toMatchObject({ answered: false, reason: 'You asked when something will happen, and the closest passage gives only a past date.' });
    expect(engine.ask('When will talks resume?').answered).toBe(true);
  });
  it('given "when are they supposed to" and a passage giving only a month of a past year ("In August 2024"), then it declines rather than date the future', () => {
    const airline = parseArticle({
      file: 'airline.txt',
      meta: { year: 2026 },
      text: 'Nordvind Air grounded all 31 of its aircraft on Tuesday after a crack was found in an engine.\nIn August 2024, Nordvind cancelled 210 flights over a week after a supplier delay.\n',
    });
    const engine = new AnswerEngine([airline]);
    expect(engine.ask('when are the flights going to come back')).toMatchObject({ answered: false, reasonCode: 'past-only-for-future' });
    expect(engine.ask('when will flights be cancelled')).toMatchObject({ answered: false, reasonCode: 'past-only-for-future' });
    expect(engine.ask('when did nordvind cancel 210 flights').answered).toBe(true);
    expect(engine.ask('when was the airline originally supposed to cancel flights').reasonCode).not.toBe('past-only-for-future');
  });
  it('given "when" about an event the article never mentions, then a date it gives for something else is no answer', () => {
    const answer = engine.ask('When was Mayor Claire Dubois elected?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe('Nothing in the article mentions “elected”, the event you asked the time of.');
  });
  it('given "which month" or "what year", then a weekday does not answer, and a year does', () => {
    expect(engine.ask('Which month did heavy rain flood the Rhône valley?')).toMatchObject({ answered: false, reason: expect.stringMatching(/the month/) });
    expect(engine.ask('In what year did the last comparable flood strike?')).toMatchObject({ answered: true, figures: [expect.objectContaining({ text: '1957' })] });
  });
  it('given "how big is the budget", then the sentence giving the sum of the budget answers, not one where "largely" meets "big"', () => {
    const council = articleOf('council.txt', [
      'Millbrook City Council approved a $412 million operating budget for the coming fiscal year early Wednesday, raising property taxes.',
      'The budget passed by a vote of 6 to 3, with councillors Dana Okafor and Helen Marsh voting against it.',
      'Funding for the bus service was left largely unchanged, as was the budget for street lighting.',
    ]);
    const answer = new AnswerEngine([council]).ask('how big is the budget millbrook just passed');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });
  it('given "how big is the workforce", then the sentence counting its people answers, not one giving a sum', () => {
    const launch = articleOf('kestrel.txt', [
      'Kestrel Launch has postponed the first flight of its Aurora rocket by three weeks.',
      'The company says each launch will cost customers about $9 million, far less than on larger rockets.',
      'Founded in 2017, Kestrel employs 380 people at its factory in Carrick.',
    ]);
    const answer = new AnswerEngine([launch]).ask("how big is kestrel's workforce");
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 3]);
  });
  it('given "why was the bridge closed", then the closing that happened answers, not the one still to come', () => {
    const bridge = articleOf('bridge.txt', [
      "Millbrook's Harbor Bridge reopened to traffic on Thursday after an 18-month repair.",
      'The 1962 steel bridge was closed in March 2025 after inspectors found corrosion in two of its support piers.',
      'The bridge will be closed again for one night on Saturday so that crews can paint the new lane markings.',
    ]);
    const answer = new AnswerEngine([bridge]).ask('Why was the bridge closed?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
    expect(new AnswerEngine([bridge]).ask('Why will the bridge be closed again?').quotes[0]?.sentence).toBe(3);
  });
  it('given "what\'s the new launch date", then a runner-up giving the date answers, not the top sentence that only speaks of it', () => {
    const launch = articleOf('kestrel.txt', [
      'Kestrel Launch has postponed the first flight of its Aurora rocket by at least three weeks.',
      'The new target date is no earlier than April 8.',
      'Kestrel said it would confirm the new launch date at least ten days in advance.',
    ]);
    const answer = new AnswerEngine([launch]).ask("what's the new launch date");
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
  });
  it('given "what day in August", then a passage giving only the month declines, saying the date is not given', () => {
    const council = articleOf('council.txt', ['The council will hold a separate vote in August on whether to reopen the pools.']);
    const engine = new AnswerEngine([council]);
    expect(engine.ask('what day in august is the pool vote happening')).toMatchObject({ answered: false, reasonCode: 'date-unit-missing' });
    expect(engine.ask('when is the pool vote')).toMatchObject({ answered: true });
  });
  it('given "how many of the 3,200", then the sentence giving only the 3,200 does not answer', () => {
    expect(engine.ask('How many of the 3,200 residents were pensioners?')).toMatchObject({ answered: false, reason: expect.stringMatching(/only gives the figure you asked about \(“3,200”\)/) });
    expect(engine.ask('How many residents were forced from their homes?')).toMatchObject({ answered: true, figures: expect.arrayContaining([expect.objectContaining({ text: '3,200' })]) });
  });
  it('given a place the article never mentions but spells like one it does ("iran", "Iraq"), then it is not read as that place; a misspelt one still is', () => {
    const grid = ['Foreign Minister Lena Sorvik met officials in Baghdad on Monday.', 'Sorvik said Iraq needed more help to rebuild its power grid.'];
    expect(new AnswerEngine([articleOf('grid.txt', grid)]).ask('what did sorvik say about iran')).toMatchObject({ answered: false, reasonCode: 'unknown-name-or-number', reason: expect.stringContaining('“iran”') });
    expect(answeredBy(grid, 'what did sorvik say about irqa')).toEqual([true, 2]);
  });
  it('given "money" among words the best passage lacks, of an article giving sums, then the reason does not say the article never mentions money', async () => {
    const { articles } = await loadBundledArticles();
    const answer = new AnswerEngine(articles).ask('how many fighters and how much money');
    expect([answer.answered, answer.reason ?? '']).toEqual([false, expect.not.stringContaining('money') as unknown]);
    const moneyless = new AnswerEngine([articleOf('harbour.txt', ['The council met about the harbour on Monday.', 'Fishermen attended the meeting in the town hall.'])]);
    expect(moneyless.ask('how many fishermen came and was there money').reason).toContain('Nothing in the article mentions “money”');
  });
  it('given several articles and a word none of them has, then the reason speaks of all of them; a word only another has, of the best passage\'s article', () => {
    const ferry = parseArticle({ file: 'ferry.txt', text: 'The Harbour Queen ferry ran aground off Port Ellis on Monday, and 12 passengers were hurt.\nCaptain Mara Quinn said fog was to blame.', meta: { id: 'ferry', title: 'Ferry runs aground' } });
    const bridge = parseArticle({ file: 'bridge.txt', text: 'A section of the Kessel Bridge collapsed on Tuesday in 2024, and 7 workers were hurt.\nEngineer Tomas Reyes said the steel had rusted.', meta: { id: 'bridge', title: 'Bridge collapses' } });
    const both = new AnswerEngine([ferry, bridge]);
    expect(both.ask('how many passengers were hurt in 2022').reason).toBe('Nothing in the articles mentions “2022”.');
    expect(both.ask('how many passengers were hurt in 2024').reason).toBe('Nothing in the article “Ferry runs aground” mentions “2024”.');
  });
  it('given a sentence of the reporter\'s that quotes a word of someone\'s, then it is not shown as said by them; a sentence mostly their words is', async () => {
    const { articles } = await loadBundledArticles();
    const seed = new AnswerEngine(articles);
    const detained = seed.ask('How many ISIS fighters has the SDF detained?').quotes[0]!;
    expect([detained.text.includes('untenable'), detained.speaker]).toEqual([true, undefined]);
    const persist = seed.ask('What did Blinken say cannot persist?').quotes.find((q) => q.text.includes('persist indefinitely'));
    expect(persist?.speaker).toBe('Antony Blinken');
  });
  it('given an off-topic question, then it declines with a reason', () => {
    const answer = engine.ask('What is the capital of Australia?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBeTruthy();
  });
  it('given the copyright line, then it is never offered as a quote', () => {
    const answer = engine.ask('Who holds the copyright? All rights reserved');
    expect(answer.quotes.every((q) => !q.text.includes('All rights reserved'))).toBe(true);
    expect(answer.sources[0]?.copyright).toMatch(/Copyright/);
  });
  it('given an empty or emoji-only question, then it explains what to ask instead of failing', () => {
    for (const question of ['', '   ', '🙂🙂🙂', '\u200b\u200b']) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.reason).toMatch(/question/i);
    }
  });
  it('given a question word alone ("and when?", "why"), then the reply says to ask the whole question, as nothing carries over from the last one', () => {
    for (const question of ['and when?', 'why', 'Who?']) {
      const answer = engine.ask(question);
      expect(answer).toMatchObject({ answered: false, reasonCode: 'no-words' });
      expect(answer.reason).toContain('each question on its own');
      expect(answer.reason).toContain(`“${question}”`);
    }
  });
  it('given only a web address, then the reply says links are not opened, not that the question is empty', () => {
    for (const question of ['https://example.com/news/story', '<https://example.com>', 'www.example.com']) {
      expect(engine.ask(question)).toMatchObject({ answered: false, reasonCode: 'only-link', reason: expect.stringContaining('I do not open links') });
    }
    expect(engine.ask('   ').reason).toContain('The question is empty');
  });
  it('given a figure typed alone, in any of its forms, then the sentences giving it answer, saying that is where it appears', () => {
    for (const [question, sentence] of [['3,200', 1], ['€45m', 2], ['45 million euros', 2], ['45 million', 2], ['1957', 6]] as const) {
      const answer = engine.ask(question);
      expect([answer.answered, answer.quotes.map((q) => q.sentence)]).toEqual([true, [sentence]]);
      expect(answer.note).toMatch(/: this is the one place the article gives/);
      expect(answer.figures.map((f) => f.sentence)).toEqual([sentence]);
      expectVerbatim(answer, [FLOOD]);
    }
  });
  it('given "how many" about the first word of what a count counts, then the count answers ("24 crew members" counts crew)', () => {
    const ferry = parseArticle({ file: 'ferry.txt', text: 'The ferry carried 212 passengers and 24 crew members when the fire broke out.\nThe crew had trained for such an emergency.' });
    const answer = new AnswerEngine([ferry]).ask('How many crew did the ferry carry?');
    expect(answer.answered).toBe(true);
    expect(answer.figures.map((f) => f.text)).toContain('24');
    expectVerbatim(answer, [ferry]);
  });
  it('given a paraphrase of a word the article writes only inside a name ("won" and "the Coalition to Defeat ISIS"), then the name does not meet it', () => {
    const article = parseArticle({ file: 'rome.txt', text: 'Ministers of the Global Coalition to Defeat ISIS met in Rome on Monday to plan their work.\nIn the evening match, Lazio defeated Roma 2-1 at the Olympic Stadium.' });
    const answer = new AnswerEngine([article]).ask('who won');
    expect(answer.quotes.map((q) => q.sentence)).toEqual([2]);
  });
  it('given "how many" and a sentence giving only a percentage of nothing ("40 percent contained"), then that is no count', () => {
    const fire = parseArticle({ file: 'fire.txt', text: 'A wildfire burned across the valley on Sunday, forcing evacuations.\nFire crews said the blaze was 40 percent contained by Sunday night.\n' });
    for (const question of ['how many crews are fighting the fire', 'how many fires were contained by sunday']) {
      expect(new AnswerEngine([fire]).ask(question)).toMatchObject({ answered: false, reasonCode: 'wanted-kind-missing' });
    }
  });
  it('given "how many" of a group and a share of that group ("18% of students"), then the share answers', () => {
    const strike = parseArticle({ file: 'strike.txt', text: 'Teachers walked out on Monday.\nOnly about 18% of students showed up at the district\'s schools, officials said.\n' });
    const answer = new AnswerEngine([strike]).ask('How many students showed up at the schools?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
  });
  it('given "who came third", then the passage writing the third place comes first, and of the women\'s race, which gives only its winner, it declines', () => {
    const race = articleOf('race.txt', [
      'Kenyan runner Daniel Rono won the Porto Marathon on Sunday in a course record of 2:04:38.',
      "Ethiopia's Tesfaye Alemu finished second in 2:05:21, and Portugal's Rui Carvalho, 31, was third in 2:06:10, a national record.",
      "In the women's race, Ethiopia's Meseret Haile, 29, won in 2:21:47, outsprinting Kenya's Grace Wanjiru over the final 400 metres.",
    ]);
    const engine = new AnswerEngine([race]);
    expect(engine.ask("who came third in the women's race")).toMatchObject({ answered: false, reasonCode: 'placing-not-given' });
    // Answered or not, the passage that writes the third place is the one offered first.
    expect(engine.ask('who came third in the marathon').quotes[0]?.sentence).toBe(2);
    expect(engine.ask('who was 3rd').quotes[0]?.sentence).toBe(2);
  });
  it('given "how much rain fell", then the depth of rain answers, not another number that fell', () => {
    const flood = parseArticle({
      file: 'flood.txt',
      text: 'Flash flooding driven by more than 11 inches of overnight rain killed six people on Friday.\nAbout 16,000 homes lost power at the peak of the storm.\nBy Saturday evening, that number had fallen to about 5,200.\n',
    });
    const answer = new AnswerEngine([flood]).ask('how much rain fell');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });
  it('given "fire" in the question and "blaze" in the article, then they meet', () => {
    const ferry = parseArticle({ file: 'ferry.txt', text: 'Passengers were evacuated from the ferry on Friday night.\nThe blaze started in the engine room at about 9:40 p.m., officials said.\nNobody was hurt.' });
    const answer = new AnswerEngine([ferry]).ask('Where did the fire start?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
  });
  it('given "worth", "headquartered" or "penalty" in the question, then "valued at", "based in" and "fines" answer', () => {
    const merger = [
      'Two regional lenders said Tuesday they have agreed to merge in an all-stock deal valued at about $2.3 billion.',
      'The combined bank will keep 214 branches.',
      'Cedar Valley, based in Cedar Rapids, Iowa, has lost money for two years.',
      'Branch managers who break the new lending rules face fines of up to $5,000.',
    ];
    expect(answeredBy(merger, 'How much is the deal worth?')).toEqual([true, 1]);
    expect(answeredBy(merger, 'where is cedar valley headquartered')).toEqual([true, 3]);
    expect(answeredBy(merger, "What's the penalty for breaking the lending rules?")).toEqual([true, 4]);
  });
  it('given "stock" or "hurt" in the question, then "shares" and "injured" answer', () => {
    const launch = [
      'The rocket broke apart two minutes after lift-off on Tuesday.',
      'The company said the launch pad was damaged.',
      'The injured technician, a 41-year-old from Adelaide, was flown home.',
      "The company's shares fell 4% in Tokyo trading.",
    ];
    expect(answeredBy(launch, 'did the stock go down')).toEqual([true, 4]);
    expect(answeredBy(launch, 'where is the hurt technician from')).toEqual([true, 3]);
  });
  it('given "houses", "merger" or "winds" in the question, then "homes", "acquisition" and "gusts" answer', () => {
    const fire = [
      'The fire has destroyed at least 312 homes since Sunday.',
      'Halvorsen said the acquisition would close next spring, after which its chief executive will retire.',
      'Gusts of up to 45 mph were expected on Wednesday.',
      'Crews from four counties are fighting the fire.',
    ];
    expect(answeredBy(fire, 'how many houses burned down?')).toEqual([true, 1]);
    expect(answeredBy(fire, 'when will the merger close')).toEqual([true, 2]);
    expect(answeredBy(fire, 'how strong will the winds be')).toEqual([true, 3]);
  });
  it('given "contract", "vote", "tix" or "allegedly" in the question, then "agreement", "election" and "tickets" answer, and "allegedly" need not be there', () => {
    const tour = [
      'The three-year agreement will cost the district about $11.8 million.',
      'The Social Alliance won the election on Saturday.',
      'She played 84 shows, selling more than 2.7 million tickets.',
      'The lawsuit says Marsh diverted about 3% of ticket revenue to his own company.',
    ];
    expect(answeredBy(tour, 'how much will the new contract cost')).toEqual([true, 1]);
    expect(answeredBy(tour, 'who won the vote')).toEqual([true, 2]);
    expect(answeredBy(tour, 'how many tix did she sell')).toEqual([true, 3]);
    expect(answeredBy(tour, 'what percent of the ticket revenue did marsh allegedly divert')).toEqual([true, 4]);
  });
  it('given "how warm" or "how far", then the sentence giving a temperature or a distance answers, though it never says "warm" or "far"', () => {
    const planet = [
      'Astronomers found water vapour on a rocky planet orbiting a small star 41 light-years from Earth.',
      'The planet circles its star once every 18 days.',
      'The planet sits in the habitable zone of its star. Its estimated surface temperature is around 15 degrees Celsius.',
      'The planet is about 1.4 times the size of Earth.',
    ];
    expect(answeredBy(planet, 'how warm is the planet')).toEqual([true, 4]);
    expect(answeredBy(planet, 'how far is the star from earth')).toEqual([true, 1]);
  });
  it('given a bare number in the question ("in yr 2 and 3") and a percentage of the same number in the answer ("3%"), then the percentage is no restated figure: it answers', () => {
    const contract = ['The deal gives teachers a 4.5% raise in the first of its three years.', 'The raises for years 2 and 3 are set at 3% each.'];
    expect(answeredBy(contract, 'how big are the raises in yr 2 and 3')).toEqual([true, 2]);
  });
  it('given "the suspect" of an article that never calls him so, then the word says who is meant and the sentence about him answers; an office ("the mayor") is still asked about', () => {
    const robbery = [
      'Police arrested Daniel Voss, 34, on Friday in connection with two bank robberies.',
      'Officers caught him at an apartment complex on Shroyer Road, police said.',
      'A judge set his bail at $250,000.',
    ];
    expect(answeredBy(robbery, 'where was the suspect caught')).toEqual([true, 2]);
    expect(answeredBy(robbery, 'what did the mayor say')[0]).toBe(false);
  });
  it('given "what was the final score?" and nothing else to look for, then the first sentence giving a score answers; "how heavy is he?" still asks who', () => {
    const final = [
      'Ingrid Solberg beat third seed Camila Restrepo 6-4, 3-6, 7-5 on Sunday to win the Halden Open.',
      'The final lasted two hours and 38 minutes in front of a crowd of 4,200.',
      'Solberg, who weighs 61 kilograms, is the first qualifier to win the title.',
    ];
    expect(answeredBy(final, 'What was the final score?')).toEqual([true, 1]);
    expect(answeredBy(final, "what's the score")).toEqual([true, 1]);
    expect(answeredBy(final, 'How heavy is he?')[0]).toBe(false);
  });
  it('given "when" and a time told as "nine days later", then that sentence answers', () => {
    const robbery = ['Police say Voss robbed a bank in Kettering on Oct. 2.', 'Nine days later, a man matching his description robbed a credit union in Dayton.'];
    expect(answeredBy(robbery, 'when was the credit union robbed')).toEqual([true, 2]);
  });
  it('given "what share" and a share written "one in three", then that sentence answers', () => {
    const tax = ['The province will tax sugary drinks from April 1.', 'Nearly one in three children in the province is overweight, officials said.'];
    expect(answeredBy(tax, 'what share of kids are overweight')).toEqual([true, 2]);
  });
  it('given "the health minister" typed in lower case, and an article writing the title before her name, then her age answers "how old is the health minister"', () => {
    const tax = [
      'Nova Scotia will impose a tax on sugary drinks from April 1, Health Minister Priya Raman said on Tuesday.',
      'Raman, 51, told reporters the tax would raise about C$38 million a year.',
    ];
    expect(answeredBy(tax, 'how old is the health minister')).toEqual([true, 2]);
  });
  it('given "what was the margin", then the sentence giving by how much answers, not a decline for an article that never says "margin"', () => {
    const race = ['Kenya’s Ruth Chepkemoi won the women’s race in 2:13:48.', 'In the men’s race, Daniel Okello won a sprint finish in 2:05:11, one second ahead of Samuel Kiprono.'];
    expect(answeredBy(race, 'what was the margin in the mens race')).toEqual([true, 2]);
  });
  it('given "when" and a time the article gives in words ("by the end of the year"), then that sentence answers', () => {
    const trial = [
      'The drug cut migraine days by about half in a trial of 1,248 patients.',
      'Corvane plans to apply for approval by the end of the year, its chief executive said.',
      'About 38% of patients saw their migraine days drop by at least three-quarters.',
    ];
    expect(answeredBy(trial, 'when will they apply for approval')).toEqual([true, 2]);
  });
  it('given a share typed in digits ("75%") that the article writes in words ("three-quarters"), then that sentence answers, not "nothing mentions 75"', () => {
    const trial = ['The drug cut migraine days by about half in a trial of 1,248 patients.', 'About 38% of patients saw their migraine days drop by at least three-quarters.'];
    expect(answeredBy(trial, 'what share of patients saw their migraine days fall by 75% or more')).toEqual([true, 2]);
  });
  it('given a question typed as keywords ("combined headcount", "superintendent name"), then the sentence giving that kind of answer answers', () => {
    const strike = [
      'Teachers in the district walked off the job on Monday.',
      'The district superintendent, Dr. Kevin Alcott, said schools would stay closed.',
      'The combined district will have about 5,800 employees.',
      'The superintendent said talks would resume on Friday.',
    ];
    expect(answeredBy(strike, 'combined headcount')).toEqual([true, 3]);
    expect(answeredBy(strike, 'superintendent name')).toEqual([true, 2]);
  });
  it('given "how much did the X cost" of an article writing the sum right before X ("a $42.7 million renovation"), then that sentence answers, though it never says "cost"', () => {
    const bridge = parseArticle({
      file: 'bridge.txt',
      text: 'The Riverside Bridge reopened to traffic on Tuesday after an 18-month, $42.7 million renovation.\nThe federal government paid for 60% of the renovation through a grant.\nTolls will not be charged on the bridge, the mayor confirmed.',
    });
    const engine = new AnswerEngine([bridge]);
    for (const question of ['How much did the renovation cost?', 'What is the cost of the renovation?']) {
      const answer = engine.ask(question);
      expect([question, answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([question, true, 1, '$42.7 million']);
    }
  });
  it('given "by how much did she beat the record", then the sentence giving the margin in seconds answers', () => {
    const race = ['CHICAGO (AP) — Ruth Chepkemoi won the Chicago Marathon on Sunday, breaking the course record by 41 seconds.', 'Each winner earned $100,000, plus a $50,000 bonus for the course record.'];
    expect(answeredBy(race, 'by how much did she beat the course record')).toEqual([true, 1]);
  });
  it('given "how long is the bridge span", then the sentence giving its length answers, not one giving how long the work took', () => {
    const bridge = parseArticle({
      file: 'bridge.txt',
      text: 'The Riverside Bridge reopened on Tuesday after an 18-month renovation.\nThe project replaced the bridge’s steel deck and repainted its 1,200-foot span.\nTolls will not be charged on the bridge.',
    });
    const answer = new AnswerEngine([bridge]).ask('How long is the bridge span?');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([true, 2, '1,200-foot']);
  });
  it('given "what is the X called" and another sentence saying "called", then the sentence naming X answers', () => {
    const zoo = parseArticle({
      file: 'zoo.txt',
      text: 'A pangolin pup was born at the city zoo on Monday.\nHer father, an eight-year-old named Jiao, came from Taipei.\nThe zoo director called the birth "a small miracle."',
    });
    const answer = new AnswerEngine([zoo]).ask("what's the dad called");
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
  });
  it('given a figure typed alone that the article gives twice, then both places answer and the note counts them', () => {
    const harbour = parseArticle({ file: 'harbour.txt', text: 'The council bought 12 boats in May.\nBy June all 12 boats were in service.\nThe harbour reopened in July.' });
    const answer = new AnswerEngine([harbour]).ask('12');
    expect([answer.answered, answer.quotes.map((q) => q.sentence)]).toEqual([true, [1, 2]]);
    expect(answer.note).toBe('You gave only a figure: these are the 2 places the article gives 12.');
    expectVerbatim(answer, [harbour]);
  });
  it('given a figure typed alone that the article never gives, then it declines saying so', () => {
    expect(engine.ask('12,345')).toMatchObject({ answered: false, reason: 'The article never gives 12,345.', quotes: [] });
    // The sum is in euros, not dollars.
    expect(engine.ask('$45 million')).toMatchObject({ answered: false, reason: 'The article never gives $45 million.' });
  });
  it('given a number word that is no figure, then it asks for words', () => {
    expect(engine.ask('million')).toMatchObject({ answered: false, reason: expect.stringMatching(/only a number/) });
  });
  it('given a number asked about with a question word, or in chat shorthand, then the sentence holding it answers', () => {
    for (const question of ['What was the €45 million for?', 'wat was the €45m for']) {
      const answer = engine.ask(question);
      expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
    }
  });
  it('given a name typed without capitals, then it is still the name: a quotation with only "she said" is hers', () => {
    const answer = engine.ask('what did dubois say about the river climbing');
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]).toMatchObject({ sentence: 8, speaker: 'Claire Dubois' });
  });
  it('given a question of dozens of unknown words, then the reason names a few and counts the rest', () => {
    const answer = engine.ask(Array.from({ length: 30 }, (_, i) => `zorblat${String.fromCharCode(97 + (i % 26))}${i}`).join(' '));
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/or \d+ more words\.$/);
    expect(answer.reason!.length).toBeLessThan(200);
    const long = engine.ask('a'.repeat(MAX_QUESTION_LENGTH));
    expect(long.reason).toMatch(/“a{39}…”/);
    expect(long.reason!.length).toBeLessThan(200);
  });
  it('given mentions and markdown around a real question, then they are ignored', () => {
    const answer = engine.ask('<@123> @everyone **how many residents** left their homes?');
    expect(answer.quotes[0]!.sentence).toBe(1);
  });
  const gist = (answer: Answer) => [answer.answered, answer.reasonCode, answer.quotes[0]?.sentence];
  it('given "where ... located", then the sentence naming the place answers without saying "located"', () => {
    expect(gist(engine.ask('Where is the flooded campsite located?'))).toEqual([true, undefined, 5]);
  });
  it('given someone named by a Discord mention inside the question, then it says it cannot tell who that is; a name typed after "@" is read as the name', () => {
    expect(engine.ask('What did <@123456789012345678> say about the campsite?')).toMatchObject({ answered: false, reasonCode: 'named-by-mention', quotes: [] });
    const typed = engine.ask('how much did the @EU pledge?');
    expect(gist(typed)).toEqual(gist(engine.ask('how much did the EU pledge?')));
  });
  it('given the bot addressed by a typed name ("@FloodBot"), then the name is not looked for', () => {
    expect(gist(engine.ask('@FloodBot how much did the EU pledge?'))).toEqual([true, undefined, 2]);
  });
  it('given a question typed with caps lock on, then it is read as if typed in lower case', () => {
    expect(gist(engine.ask('HOW MUCH DID THE EU PLEDGE'))).toEqual(gist(engine.ask('how much did the EU pledge')));
    expect(gist(engine.ask('WHO IS THE MAYOR'))).toEqual([true, undefined, 3]);
    expect(gist(engine.ask('MAYOR??'))).toEqual(gist(engine.ask('mayor??')));
    expect(gist(engine.ask('WHO PLEDGED'))).toEqual(gist(engine.ask('who pledged')));
  });
  it('given a question with every word capitalised, then it is read as if typed in lower case, and its words are shown as typed', () => {
    expect(gist(engine.ask('How Much Did The EU Pledge'))).toEqual(gist(engine.ask('how much did the EU pledge')));
    expect(gist(engine.ask('Who Is The Mayor?'))).toEqual(gist(engine.ask('who is the mayor?')));
    expect(engine.ask('How Much Did The EU Pledge').quotes[0]?.matched).toContain('Pledge');
    const court = new AnswerEngine([
      articleOf('court.txt', ['Former county treasurer Daniel Okafor, 58, was sentenced on Tuesday to six years in prison for stealing $4.1 million.', 'The judge said the victims were bus drivers and librarians.']),
    ]);
    for (const question of ['How Old Is Okafor', 'How Long Did The Ex Treasurer Get In Prison']) {
      expect([question, court.ask(question).answered]).toEqual([question, true]);
    }
  });
  it('given a title spelled out that the article abbreviates, then they meet', () => {
    const article = parseArticle({ file: 'storm.txt', text: 'Gov. Ellen Marsh declared an emergency in 12 counties on Friday.\nChief Executive Tom Reyes said the utility had restored power to 40% of homes.\n' });
    const storm = new AnswerEngine([article]);
    expect(storm.ask('What did the governor declare?').quotes[0]!.sentence).toBe(1);
    expect(storm.ask('What did the CEO say about power?').quotes[0]!.sentence).toBe(2);
  });
  it('given colour codes or zero-width spaces pasted into a question, then the words are still read', () => {
    expect(firstSentence('\u001b[31mhow many \u001b[1mresidents\u001b[0m were forced from their homes?')).toBe(1);
    expect(firstSentence('how\u200bmany residents were forced from their homes?')).toBe(1);
  });
  it('given a pasted article as the question, then it is turned away for its length, politely and without searching, and a question just within the limit is read', () => {
    const pasted = FLOOD.text.repeat(8);
    expect(pasted.length).toBeGreaterThan(5000);
    expect(engine.ask(pasted)).toMatchObject({
      answered: false,
      reasonCode: 'too-long',
      reason: `That is too long to be a question — ask about one thing, in under ${MAX_QUESTION_LENGTH} characters.`,
      quotes: [],
    });
    const padded = `How many children did firefighters rescue? ${'x'.repeat(MAX_QUESTION_LENGTH)}`.slice(0, MAX_QUESTION_LENGTH);
    expect(engine.ask(padded).reasonCode).not.toBe('too-long');
    // Spaces and line breaks run together count once: a question with a trailing blank line is not too long.
    expect(engine.ask(`${padded}\n\n   \n`).reasonCode).not.toBe('too-long');
    expect(engine.ask(`${padded}?`).reasonCode).toBe('too-long');
  });
  it('given "what did de Vries say", then the quotation found is by the whole name, particle and all', () => {
    const article = parseArticle({
      file: 'port.txt',
      text: 'The harbour at Zeebrugge will close for two years.\nHarbour master Jan de Vries said the stones were crumbling. “Nobody should walk on the quay after dark,” he said.\n',
    });
    const answer = new AnswerEngine([article]).ask('What did de Vries say about the quay?');
    expect(answer.answered).toBe(true);
    expect(answer.quotes.find((q) => q.text.includes('Nobody should walk'))?.speaker).toBe('Jan de Vries');
  });
  it('given "what did X say" about someone the passage does not quote, then it declines', () => {
    const answer = engine.ask('What did the fire chief say about the water?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/does not quote/);
  });
  it('given a word the sentence writes as another word, then the quote says which ("kids" as "children"), and a word written as typed or in another form of itself has no such note', () => {
    const kids = engine.ask('How many kids did firefighters rescue?').quotes[0]!;
    expect(kids.matched).toEqual(expect.arrayContaining(['kids', 'firefighters', 'rescue']));
    expect(kids.matchedAs).toEqual({ kids: 'children' });
    expect(engine.ask('How much money did the EU promise?').quotes[0]!.matchedAs).toEqual({ promise: 'pledged' });
    expect(engine.ask('How many children did firefighters rescue?').quotes[0]!.matchedAs).toBeUndefined();
  });
  it('given a negated question ("who did not ..."), then a passage telling only who did declines, and one that negates answers', () => {
    const court = articleOf('court.txt', ['Maria Ortiz pleaded guilty to fraud on Monday.', 'Her co-defendant, Paul Reyes, did not plead guilty and will stand trial in May.']);
    const reyes = new AnswerEngine([court]).ask('Who did not plead guilty?');
    expect([reyes.answered, reyes.quotes[0]?.sentence]).toEqual([true, 2]);
    const onlyGuilty = new AnswerEngine([parseArticle({ file: 'plea.txt', text: 'Maria Ortiz pleaded guilty to fraud on Monday.\nThe judge set sentencing for June.\n' })]);
    expect(onlyGuilty.ask('Who did not plead guilty?')).toMatchObject({ answered: false, reasonCode: 'negation-not-met' });
  });
  it('given several articles and a question none of them shares a word with, then the reason speaks of the articles', () => {
    const harbour = parseArticle({ file: 'harbour.txt', text: 'The harbour reopened on Monday after repairs.\n' });
    expect(engine.ask('Did the zeppelin land?').reason).toMatch(/^Nothing in the article mentions/);
    expect(new AnswerEngine([FLOOD, harbour]).ask('Did the zeppelin land?').reason).toMatch(/^Nothing in the articles mentions/);
  });
  it('given a match report, then "who scored" meets an equaliser and "what was the attendance" the crowd', () => {
    const match = new AnswerEngine([articleOf('match.txt', ['Harbour City beat Riverside Rovers 2-1 in front of a crowd of 18,412.', 'Rovers took the lead through Diego Ferreira.', 'Sam Okafor equalised for Harbour before half-time.'])]);
    expect(match.ask('Who scored for Harbour?').quotes[0]!.sentence).toBe(3);
    expect(match.ask('What was the attendance?').quotes[0]!.sentence).toBe(1);
  });
  it('given two questions in one message, then the first is answered as if asked alone and the note names the other to ask on its own', () => {
    const both = engine.ask('How much did the EU pledge? Who is the mayor?');
    const alone = engine.ask('How much did the EU pledge?');
    expect([both.answered, both.quotes[0]?.sentence]).toEqual([alone.answered, alone.quotes[0]?.sentence]);
    expect(both.note).toBe('You asked 2 questions; this is about the first. Ask “Who is the mayor?” on its own.');
    expect(alone.note).toBeUndefined();
    expect(engine.ask('When did the zeppelin land? Who is the mayor?').note).toMatch(/Ask “Who is the mayor\?” on its own/);
    expect(engine.ask('How much did the EU pledge? And who is the mayor?').note).toMatch(/Ask “Who is the mayor\?” on its own/);
  });
  it('given the same question typed twice in one message, then it is answered once and the reader is not told to ask it again on its own', () => {
    expect(engine.ask('How much did the EU pledge? how much did the EU pledge?').note).toBeUndefined();
    expect(engine.ask('How much did the EU pledge? Who is the mayor? How much did the EU pledge').note).toBe('You asked 2 questions; this is about the first. Ask “Who is the mayor?” on its own.');
  });
  it('given an acronym typed alone or a question typed in capitals, then the matched words are shown as typed', () => {
    const pledge = new AnswerEngine([parseArticle({ file: 'pledge.txt', text: 'The EU pledged €5 million in flood aid on Monday.\nThe mayor thanked the volunteers.\n' })]);
    expect(pledge.ask('EU').quotes[0]?.matched).toEqual(['EU']);
    expect(pledge.ask('HOW MUCH AID DID THE EU PLEDGE').quotes[0]?.matched).toEqual(['AID', 'EU', 'PLEDGE']);
    expect(pledge.ask('How much aid did the EU pledge?').quotes[0]?.matched).toEqual(['aid', 'EU', 'pledge']);
  });
  it('given a message too long to be a question that repeats one question, then it is declined as too long with no note naming the others', () => {
    const question = 'How much did the EU pledge to the towns along the river after the flood, and who is the mayor that asked for the money to rebuild? ';
    const answer = engine.ask(question.repeat(4));
    expect([answer.answered, answer.reasonCode]).toEqual([false, 'too-long']);
    expect(answer.note).toBeUndefined();
  });
  it('given a question in Spanish, French, German or Chinese, then it is declined as not English instead of naming its words as missing', () => {
    for (const question of ['¿Cuánto dinero dio Estados Unidos?', '¿Cuánta ayuda?', 'Combien d’argent les États-Unis ont-ils donné ?', 'Wie viel Geld haben die Vereinigten Staaten gegeben?', '美国给了多少钱？']) {
      const answer = engine.ask(question);
      expect([answer.answered, answer.reasonCode], question).toEqual([false, 'not-english']);
      expect(answer.reason, question).toMatch(/English/);
    }
  });
  it('given names alone, typo-laden English or chat speak, then it is not declined as not English', () => {
    for (const question of ['Blinken?', 'Okafor Mbappe Kane', 'okafor mbappe kane', 'hw much $$ 4 syrian refugees lol', 'amout anounced syria', 'gimme numbaz syrian refugees', 'lol wut', 'Estados Unidos', 'What did 習近平 say?', '¿how much aid?']) {
      expect(engine.ask(question).reasonCode, question).not.toBe('not-english');
    }
  });
  it('given a question whose only words say what is wanted ("how old is he"), then it asks who or what is meant instead of naming a missing word', () => {
    const answer = engine.ask('How old is he?');
    expect([answer.answered, answer.reasonCode]).toEqual([false, 'no-subject']);
    expect(answer.reason).toMatch(/does not say who or what/);
    expect(engine.ask('How old is the mayor?').reasonCode).not.toBe('no-subject');
    // A follow-up about "it" or "that" with nothing else to look for, not a word said to be missing.
    for (const question of ['is that a lot?', 'is it a lot']) expect([question, engine.ask(question).reasonCode]).toEqual([question, 'no-subject']);
  });
  it('given "what did X say" where X is named only for what they did, then it declines, and X\'s words answer once they are quoted', () => {
    const match = articleOf('derby.txt', [
      'City beat United 3-1 in the derby at the Etihad Stadium in front of a crowd of 53,000.',
      'Erling Haaland opened the scoring in the 12th minute with a header from a corner.',
      'Phil Foden restored the lead with a low shot in the 67th minute, and Haaland added a third deep into stoppage time.',
      '"We were patient and we deserved it," City manager Pep Guardiola said after the match.',
      'The win moves City two points clear at the top of the table with nine games left.',
      'United manager Erik ten Hag said his team had "given away two soft goals."',
    ]);
    const derby = new AnswerEngine([match]);
    const unquoted = derby.ask('What did Haaland say?');
    expect(unquoted.answered).toBe(false);
    expect(unquoted.reason).toMatch(/does not quote “Haaland”/);
    expect(derby.ask('What did Erling Haaland say?').reason).toMatch(/does not quote “Erling Haaland” on that/);
    expect(derby.ask('What did Guardiola say?').quotes[0]!.sentence).toBe(4);
  });
  it('given a place typed with what it is ("Spokane County") whose words the article writes only apart, then it declines naming it', () => {
    const outbreak = [
      'YAKIMA, Wash. (AP) — A measles outbreak in Harrow County has grown to 47 confirmed cases, health officials said Friday.',
      'A baby was treated at a children\'s hospital in Spokane and has since gone home.',
    ];
    const engine = new AnswerEngine([articleOf('measles.txt', outbreak)]);
    expect(engine.ask('How many cases has Spokane County reported?')).toMatchObject({ answered: false, reasonCode: 'unknown-name-or-number', reason: expect.stringContaining('“Spokane County”') });
    expect(engine.ask('How many cases has Harrow County reported?')).toMatchObject({ answered: true, quotes: [expect.objectContaining({ sentence: 1 })] });
    // Written only as a common noun ("the county"), the kind names no other place: the name may be this one's.
    const commonNoun = ['YAKIMA, Wash. (AP) — Spokane health officials said Friday that the county has confirmed 12 measles cases.'];
    expect(new AnswerEngine([articleOf('spokane.txt', commonNoun)]).ask('How many cases has Spokane County confirmed?').reasonCode).not.toBe('unknown-name-or-number');
  });
  it('given "why" or "how much" put the wrong way round ("strengthen" of a currency that weakened), then it declines and says what the passage says; asked yes or no, that passage answers', () => {
    const krone = [
      "OSLO, Norway (AP) — Norway's central bank cut its key interest rate on Thursday for the first time in more than five years.",
      'The krone weakened slightly after the announcement, with one euro buying 11.62 kroner, compared with 11.55 before the decision.',
    ];
    const engine = new AnswerEngine([articleOf('krone.txt', krone)]);
    const why = engine.ask('Why did the krone strengthen after the announcement?');
    expect(why).toMatchObject({ answered: false, reasonCode: 'opposite-said', reason: expect.stringContaining('“weakened”, not “strengthen”') });
    expect(engine.ask('How much did the krone weaken after the announcement?')).toMatchObject({ answered: true, quotes: [expect.objectContaining({ sentence: 2 })] });
    // Asked yes or no, the passage saying the opposite is the answer: no, it weakened.
    const rateCut = [
      "OSLO, Norway (AP) — Norway's central bank cut its key interest rate on Thursday for the first time in more than five years, a move expected to ease pressure on the krone.",
      'The krone weakened slightly after the announcement, with one euro buying 11.62 kroner.',
      'Economists said the bank could cut again in March.',
    ];
    expect(answeredBy(rateCut, 'Did the krone strengthen?')).toEqual([true, 2]);
    // The reader is told the passage says the opposite, not that it says the same in other words.
    const strengthen = new AnswerEngine([articleOf('rate.txt', rateCut)]).ask('Did the krone strengthen?');
    expect(matchedWording(strengthen.quotes[0]!)).toContain('strengthen (opposite: “weakened”)');
    // "so close" describes; it says nothing happened the other way round ("opened").
    const race = ['The polls opened at 7 a.m. on Tuesday in the Senate race between Ann Cole and Bill Dorn.', 'Cole won by 2,300 votes out of nearly 900,000 cast.'];
    expect(new AnswerEngine([articleOf('race.txt', race)]).ask('Why was the Senate race so close?').reasonCode).not.toBe('opposite-said');
  });
  it('given "what is the hotline number", then a sentence giving the number answers, and one naming the hotline without a number does not', () => {
    const recall = [
      'Brightline Appliances is recalling 40,000 space heaters sold in the United States and Canada because they can overheat.',
      "Customers should stop using the heaters and call the company's hotline, which is open from 8 a.m. to 8 p.m. on weekdays, for a refund.",
    ];
    expect(new AnswerEngine([articleOf('recall.txt', recall)]).ask('What is the hotline number?')).toMatchObject({ answered: false, reasonCode: 'no-telephone-number' });
    const withNumber = [...recall, 'The hotline, 1-800-555-0199, also takes text messages.'];
    for (const question of ['What is the hotline number?', 'hotline phone number']) expect(answeredBy(withNumber, question), question).toEqual([true, 3]);
  });
  it('given "how much ... in percent", then the sentence giving the percentage answers, not one giving the new price', () => {
    const fares = [
      'PORTLAND, Maine — The Casco Bay Island Transit District voted 7-2 on Tuesday to raise ferry fares by 12% starting March 1, the first increase since 2019, as the agency struggles with rising fuel and labor costs.',
      'The fare for a round trip to Peaks Island will rise from $7.70 to $8.60 for adults, while senior and student fares will go up by 45 cents. Monthly passes for island residents will climb to $92, up from $82.',
      'District general manager Hank Berrios said the agency ended the last fiscal year with a $1.4 million deficit.',
    ];
    expect(answeredBy(fares, 'How much did the fare go up in percent?')).toEqual([true, 1]);
  });
  it('given a question not about the past, then the lede answers it rather than background set in an earlier year; asked about that year, the background does', () => {
    const quake = [
      'AREQUIPA, Peru — A magnitude 7.1 earthquake struck southern Peru early Saturday, killing at least 47 people and flattening hundreds of adobe homes.',
      'Rescue teams were still searching collapsed buildings on Sunday.',
      'In 2007, a magnitude 8.0 quake near the coastal city of Pisco killed more than 500 people.',
    ];
    expect(answeredBy(quake, 'How many people were killed?')).toEqual([true, 1]);
    expect(answeredBy(quake, 'How many people were killed in 2007?')).toEqual([true, 3]);
  });
  it('given "who is X" (or the name alone) of someone the article introduces with a title, then the sentence introducing them answers, not a later one naming them alone', () => {
    const meeting = [
      'U.S. Secretary of State Antony Blinken called on countries to take back their citizens at a meeting in Rome on Monday.',
      'The meeting drew ministers from 80 countries.',
      'Blinken closed by praising the partnership.',
    ];
    for (const question of ['Who is Blinken?', 'who is blinken', "Who's Antony Blinken?", 'Blinken?']) expect(answeredBy(meeting, question), question).toEqual([true, 1]);
  });
  it('given "what did X say" where X is named just before someone else\'s quotation, then that quotation is not given as X\'s words', () => {
    const council = [
      'The Harbour City council voted on Tuesday to close the old ferry terminal by the end of next year.',
      'Councillor Anna Sorensen had asked for the vote to be delayed until a traffic study was finished.',
      '"We are closing a terminal that thousands of people use every day, and we have no plan for them," said Councillor Marek Wieczorek, who voted against the closure.',
      'Mayor Jill Dunn said the city would spend $12 million on a new terminal at Pier 4.',
      '"This is the right decision for the harbour," Dunn said.',
    ];
    for (const question of ['What did Sorensen say about the terminal?', 'What did Anna Sorensen say about closing the terminal?']) {
      expect(answeredBy(council, question)[1]).not.toBe(3);
    }
    expect(answeredBy(council, 'What did Wieczorek say about the terminal?')).toEqual([true, 3]);
    expect(answeredBy(council, 'What did the mayor say?')).toEqual([true, 5]);
  });
  it('given "what did X say" where X is never quoted and the next sentence reports what others did not say, then it declines', () => {
    const trial = articleOf('trial.txt', [
      'A federal jury on Thursday convicted Harlan Voss, the former chief executive of a testing startup, on nine counts of wire fraud.',
      '"Harlan Voss sold a fantasy and called it science," Assistant U.S. Attorney Rachel Kim told jurors.',
      'Voss remains free on a $5 million bond. Prosecutors did not say whether they would retry the deadlocked count.',
    ]);
    const answer = new AnswerEngine([trial]).ask('What did Voss say?');
    expect(answer).toMatchObject({ answered: false, reasonCode: 'speaker-not-quoted' });
  });
  it('given "who founded X" or "who is the CEO of X" and a passage naming no one the article shows to be a person, then it declines', () => {
    const firm = articleOf('veltrix.txt', [
      'Veltrix Systems recalled 1.2 million home cameras on Thursday after reports of batteries overheating.',
      'Veltrix, founded in 2009 in San Jose, employs about 41,000 people worldwide and sells its products under the Halo brand.',
      '"We let our customers down," chief executive Dana Whitfield, 52, said.',
    ]);
    const engine = new AnswerEngine([firm]);
    expect(engine.ask('who founded veltrix')).toMatchObject({ answered: false, reasonCode: 'holder-not-named' });
    expect(engine.ask("what's the name of the halo brand manager")).toMatchObject({ answered: false, reasonCode: 'holder-not-named' });
    const ceo = engine.ask("who's the ceo of veltrix");
    expect([ceo.answered, ceo.quotes[0]?.sentence]).toEqual([true, 3]);
  });
  it('given "what did the X say" where the article writes no X, only a word related to it, then it declines instead of quoting someone else', () => {
    const fire = articleOf('fire.txt', [
      'The Cedar Hollow fire has burned 8,600 acres since it began on Saturday.',
      'Sheriff Tom Brannigan said investigators were looking at the campground where the fire began but had not ruled anything out.',
    ]);
    const engine = new AnswerEngine([fire]);
    expect(engine.ask('what did the governor say about the fire')).toMatchObject({ answered: false, reasonCode: 'speaker-not-quoted' });
    const sheriff = engine.ask('what did the sheriff say about the fire');
    expect([sheriff.answered, sheriff.quotes[0]?.sentence]).toEqual([true, 2]);
  });
  it('given "who is the mayor of X" where the lede names no one and a close runner-up writes "Mayor Denise Okafor", then that sentence is the one shown', () => {
    const bridge = parseArticle({
      file: 'bridge.txt',
      meta: { title: "Millbrook's Harbor Bridge reopens after 18-month repair" },
      text: [
        "Millbrook's Harbor Bridge reopened to traffic on Thursday after an 18-month, $42 million repair project, city officials said.",
        'The 1962 steel bridge, which carries about 31,000 vehicles a day across the Tessel River, was closed in March 2025 after inspectors found corrosion in two of its support piers.',
        'Mayor Denise Okafor cut the ribbon at a ceremony attended by around 400 residents, many of whom had spent a year and a half on a 25-minute detour.',
        '“This bridge is the spine of our town, and today it is stronger than the day it was built,” Okafor said.',
        'The project came in $3 million under budget, according to the city’s chief engineer, Tomas Reyes.',
      ].join('\n'),
    });
    const answer = new AnswerEngine([bridge]).ask('Who is the mayor of Millbrook?');
    expect(answer.quotes[0]?.sentence).toBe(3);
    expect(answer.reasonCode).not.toBe('holder-not-named');
  });
  it('given "which is the oldest" and a passage giving only "the second-oldest", then it declines naming both; "is she the oldest" is answered by it', () => {
    const zoo = articleOf('zoo.txt', ['Mabel, an Asian elephant at the Fairhaven Zoo, celebrated her 60th birthday on Saturday.', 'Zoo officials say Mabel is believed to be the second-oldest Asian elephant living in a North American zoo.']);
    const engine = new AnswerEngine([zoo]);
    expect(engine.ask('which elephant is the oldest in north america')).toMatchObject({ answered: false, reasonCode: 'ordinal-of-another', reason: 'The closest passage speaks of the second-oldest, not the oldest.' });
    const yesOrNo = engine.ask('is mabel the oldest elephant in north america');
    expect([yesOrNo.answered, yesOrNo.quotes[0]?.sentence]).toEqual([true, 2]);
  });
  it('given "what colour" and a passage naming no colour, then it declines; one that names it answers', () => {
    const truck = articleOf('truck.txt', ['The town bought a new fire engine for $780,000.', 'The new engine will not go into service right away.', 'The old engine, painted red, served for 26 years.']);
    const engine = new AnswerEngine([truck]);
    expect(engine.ask('what color is the new engine')).toMatchObject({ answered: false, reasonCode: 'no-colour-given' });
    const old = engine.ask('what colour was the old engine');
    expect([old.answered, old.quotes[0]?.sentence]).toEqual([true, 3]);
  });
  it('given "which other donors besides X" and a passage naming only X, then it declines: the answer must name someone else', () => {
    const museum = articleOf('museum.txt', [
      'The renovation cost $58 million.',
      'The state contributed $30 million, the city $12 million, and the rest was raised from private donors, including a $10 million gift from the Hollis family.',
    ]);
    const engine = new AnswerEngine([museum]);
    expect(engine.ask('which other private donors gave money besides the hollis family')).toMatchObject({ answered: false, reasonCode: 'none-besides' });
    expect(engine.ask('which private donors gave money')).toMatchObject({ answered: true });
  });
  it('given "the mayor" of an article with no mayor but a "major" break, then "mayor" is no misspelling of "major", and it declines', () => {
    const main = articleOf('main.txt', [
      'A 90-year-old water main burst on Elm Avenue early Tuesday, flooding three blocks.',
      'The break is the third major failure on the east side this year.',
      'Water department director Paul Kessler said crews shut off the valves by a quarter past six.',
    ]);
    expect(new AnswerEngine([main]).ask('did the mayor say anything about the break')).toMatchObject({ answered: false, reasonCode: 'speaker-not-quoted' });
  });
  it('given "has X said anything about Y" where X is only mentioned, never quoted, then it declines as "what did X say" would', () => {
    const airline = articleOf('airline.txt', [
      'Nordvind Air grounded its fleet on Tuesday after engineers found a crack in a turbine blade.',
      'The engines, PW127M models built by Pratt & Whitney Canada, are inspected every 500 flight hours.',
      '"Our priority is to understand whether this is an isolated case," said chief executive Ingrid Solheim.',
    ]);
    const engine = new AnswerEngine([airline]);
    expect(engine.ask('has pratt & whitney said anything about the crack')).toMatchObject({ answered: false, reasonCode: 'speaker-not-quoted' });
    expect(engine.ask('did Solheim say anything')).toMatchObject({ answered: true, quotes: [expect.objectContaining({ sentence: 3 })] });
  });
  it('given "what did X say about Y" where one sentence reports X speaking and the next quotes X on Y, then the quotation on Y answers', () => {
    const park = [
      'The park will cover 9,000 hectares of bog and forest in the west of the county.',
      'Sheep farmer Tom McGovern, 58, whose family has grazed animals on the hills for four generations, said he feared new rules would end farming there. "They tell us we are partners. But nobody has told us what we will be allowed to do," he said.',
    ];
    expect(answeredBy(park, 'What did Tom McGovern say about being partners?')).toEqual([true, 3]);
  });
  it('given "how many X" where the article counts X elsewhere but the best passage counts something else, then it declines and says so', () => {
    const article = parseArticle({ file: 'quake.txt', text: 'The quake destroyed 300 homes in the north.\nRescuers evacuated 1,200 residents from Lanville on Sunday.\nThe homes in Lanville were built before 1950.\n' });
    const answer = new AnswerEngine([article]).ask('How many homes were evacuated in Lanville?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/counts “residents”/);
  });
  it('given a possessive name that is not where the rest of the question matches, then it declines', () => {
    const answer = engine.ask("How much relief did Vienne's council pledge?");
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/“Vienne”/);
  });
  it('given "how old" where the closest sentence gives no age but the next one does, then the one with the age answers, with its neighbour', () => {
    const article = parseArticle({ file: 'camp.txt', text: 'Firefighters rescued the children from the flooded campsite near Vienne on Tuesday. They were aged 6 to 9.\n' });
    const answer = new AnswerEngine([article]).ask('How old were the children rescued from the campsite near Vienne?');
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]!.sentence).toBe(2);
    expect(answer.answering).toBe(2);
    expect(answer.figures[0]).toMatchObject({ kind: 'age', value: '6-9' });
  });
  it('given "how much" in dollars, then only a sum of money answers', () => {
    expect(engine.ask('How much money did the flood cost in dollars?').figures.every((f) => f.kind === 'money')).toBe(true);
    expect(engine.ask('How many dollars did residents lose in the Rhône valley?').answered).toBe(false);
  });
  it('given an unknown article id, then it declines and lists the loaded ones', () => {
    const answer = engine.ask('How much?', { article: 'nope' });
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/nope.*flood/);
  });
});

describe('a word the article has, worded otherwise where the answer is', () => {
  it('given "stolen" and "worth", which the answer words as "made off with" and "valued", then the answer is still found', () => {
    const theft = articleOf('theft.txt', [
      'Thieves broke into the museum on Tuesday and made off with three paintings valued at €14 million.',
      'The stolen works include a small portrait of a young woman.',
      'The museum will stay closed until Friday.',
    ]);
    const answer = new AnswerEngine([theft]).ask('How much were the stolen paintings worth?');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([true, 1, '€14 million']);
  });
});

describe('a word the article writes as another part of speech', () => {
  it('given "abstained", which the answer writes as "abstentions", then the count answers', () => {
    const vote = articleOf('vote.txt', ['The council met on Tuesday evening.', 'The budget was passed by 29 votes to 14, with three abstentions.', 'Protesters gathered outside the hall.']);
    const answer = new AnswerEngine([vote]).ask('How many abstained?');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures.map((f) => f.text)]).toEqual([true, 2, ['29', '14', 'three']]);
  });
});

describe('a date typed in lower case', () => {
  const libraries = articleOf('libraries.txt', ['The council approved its budget on Tuesday.', 'Four libraries will close on 31 March 2025 unless volunteers take them over.', 'The new tax rates take effect on 1 April.']);
  const engine = new AnswerEngine([libraries]);

  it('given "31 march 2025", then the sentence giving that date answers, as it does for "31 March 2025"', () => {
    for (const question of ['what happens on 31 march 2025', 'What happens on 31 March 2025?']) {
      expect([engine.ask(question).answered, engine.ask(question).quotes[0]?.sentence]).toEqual([true, 2]);
    }
  });

  it('given "1 april", then the date is read as a date and not as a 1 the article gives only in one', () => {
    expect(engine.ask('what changes on 1 april')).toMatchObject({ answered: true, quotes: [expect.objectContaining({ sentence: 3 })] });
  });
});

describe('a question nothing in the article matches', () => {
  it('given light words beside the one that tells, then the reason names only the one that tells', () => {
    expect(new AnswerEngine([FLOOD]).ask('Did anyone get sent off?')).toMatchObject({ answered: false, reasonCode: 'nothing-matches', reason: 'Nothing in the article mentions “sent”.' });
  });
});

describe('a question about "he", "she" or "it" and nothing else', () => {
  const engine = new AnswerEngine([FLOOD]);
  it('given "What did he say?" of an article whose one speaker is a woman, then it asks for the name rather than quoting whoever comes first', () => {
    expect(engine.ask('What did he say?')).toMatchObject({ answered: false, reasonCode: 'pronoun-only', reason: expect.stringContaining('who “he” is') });
    expect(engine.ask('When did it happen?').answered).toBe(false);
    expect(engine.ask('What did she say about the schools?').reasonCode).not.toBe('pronoun-only');
  });
  it('given "What did she say?" of an article quoting one woman, as "she", then her words answer', () => {
    const answer = engine.ask('What did she say?');
    expect([answer.answered, answer.quotes[0]?.speaker]).toEqual([true, 'Claire Dubois']);
  });
  it('given "What did she say?" of an article quoting several people, then it asks for the name', () => {
    const council = articleOf('council-quotes.txt', ['“We had no choice,” said council leader Priya Natarajan.', '“This is vandalism,” said opposition leader Gareth Howells.', '“Reserves are too low,” said finance director Helen Okafor. She warned of cuts.']);
    expect(new AnswerEngine([council]).ask('What did she say?').reasonCode).toBe('pronoun-only');
  });
  it('given "how far down is it" of a shipwreck article, then "it" is the article\'s subject and its depth answers', () => {
    const wreck = ['Marine archaeologists have found the wreck of the barque Margaret Ashby, lost with 19 men in 1853.', 'The wreck lies at a depth of 212 meters in open water southeast of Sable Island.', 'The team used side-scan sonar mounted on an underwater robot.'];
    expect(answeredBy(wreck, 'how far down is it')).toEqual([true, 2]);
    expect(answeredBy(wreck, 'what did she say')).toEqual([false, undefined]);
    // "How big" names no measurement: "it" may be anything, so it is asked about.
    expect(new AnswerEngine([articleOf('wreck.txt', wreck)]).ask('how big is it').answered).toBe(false);
    // A depth is no temperature.
    expect(answeredBy(wreck, 'whats the water temp down at the site')[0]).toBe(false);
  });
  it('given "how hot was it out there", then the weather\'s "it" stands for no one and the temperature answers', () => {
    const stage = ['Rios won the stage on the Col du Granon after 172 kilometres.', 'Temperatures on the lower slopes reached 29 degrees Celsius, according to race organisers.', 'The race finishes on Sunday in Nice.'];
    expect(answeredBy(stage, 'how hot was it out there')).toEqual([true, 2]);
    expect(answeredBy(stage, 'how long was it')).toEqual([false, undefined]);
    // "What was X like" asks about X: a decline names no "like".
    expect(new AnswerEngine([articleOf('stage.txt', stage)]).ask('what was the crowd like').reason).not.toContain('like');
  });
});

describe('a name the article writes with accents, typed without them', () => {
  it('given "Dvorak" for "Dvořák", then the sentence naming Dvořák answers', () => {
    expect(answeredBy(['Turnout was 61 percent.', 'A recount was ordered after the Alliance candidate, Pavel Dvořák, won by just 17 votes.'], 'By how many votes did Dvorak win?')).toEqual([true, 2]);
  });
});

describe('a verdict asked about in other words', () => {
  it('given "convicted", then the sentence finding someone guilty answers', () => {
    expect(answeredBy(['The trial lasted seven weeks.', 'A jury on Thursday found the former council leader guilty of misconduct in public office.'], 'What was the council leader convicted of?')).toEqual([true, 2]);
  });
});

describe('a word the article never writes, whose only other spellings are slang', () => {
  it('given "dad" and "mom", then the sentence about the father and the mother answers', () => {
    const zoo = articleOf('zoo-parents.txt', [
      'A pangolin pup was born at the city zoo on Tuesday.',
      'The mother, a six-year-old named Lin, and the father, an eight-year-old named Jiao, came to the zoo on loan from Taipei.',
      'Visitors will not be able to see the pup until spring.',
    ]);
    const answer = new AnswerEngine([zoo]).ask('where did mom and dad pangolin come from');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
  });
});

describe('phrasal verbs', () => {
  it('given "bring back", then a sentence saying "return" answers', () => {
    const summit = articleOf('summit.txt', ['Italy is one of the few countries willing to return nationals from the region, the minister said.', 'Leaders will meet again in Paris next spring.']);
    const answer = new AnswerEngine([summit]).ask('Which country will bring back its nationals?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });
});

describe('a passage that shares no word with the question', () => {
  it('given a "how many" question whose only sentence with a number matches nothing of it, then it declines', async () => {
    const { articles } = await loadArticles('bench/news/articles');
    const engine = new AnswerEngine(articles.filter((a) => a.id === 'harbor-ferry-2024'));
    expect(engine.ask('How many passengers ride the ferry each year?').answered).toBe(false);
    expect(engine.ask('How much diesel did they use last year?')).toMatchObject({ answered: true, quotes: expect.arrayContaining([expect.objectContaining({ sentence: 7 })]) });
  });
});

describe('the kind of figure asked for', () => {
  it('given "how long" and a date in the best sentence but a duration in the next, then the duration answers', () => {
    const refit = articleOf('refit.txt', ['The district approved a $3.2 million contract on Tuesday to refit the ferry, which broke down in October. The work is expected to take about eight months.']);
    const answer = new AnswerEngine([refit]).ask('How long will the refit take?');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([true, 2, 'eight months']);
  });

  it('given "how many years" and only a lone year, then it is not answered; dates bounding a span answer', () => {
    const bail = ['Police arrested Daniel Voss, 27, on Tuesday and charged him with robbing two banks.', "Voss's attorney asked Judge Harriet Osei to lower his bail."];
    const conviction = [...bail, 'Osei refused, citing a 2019 conviction for burglary.', 'The two robbery counts each carry a possible sentence of three to 11 years.'];
    expect(answeredBy(conviction, 'how many years did he serve for the burglary')[0]).toBe(false);
    const served = [...bail, 'Voss was jailed for burglary in 2019 and released in 2023.'];
    expect(answeredBy(served, 'how many years did he serve for the burglary')).toEqual([true, 3]);
    const since = ['The Harbour Queen is the oldest ferry on the route.', 'Captain Mara Quinn has commanded the ferry since 2011.'];
    expect(answeredBy(since, 'how long has quinn commanded the ferry')).toEqual([true, 2]);
  });

  it('given "how long" and a passage whose second sentence gives only a month, then it declines: a month is no span', () => {
    const match = [
      'The match, which began Nov. 23 at the Marina Convention Centre, is played under classical time controls. If the match is tied 7-7, it goes to rapid tiebreaks on Dec. 15.',
      'Mehrotra would become the second-youngest world champion in history if he wins. He earned the right to challenge Lindqvist by winning the Candidates Tournament in Toronto in April.',
    ];
    const engine = new AnswerEngine([articleOf('match.txt', match)]);
    expect(engine.ask('how long has lindqvist been world champ')).toMatchObject({ answered: false, reasonCode: 'wanted-kind-missing' });
    expect(answeredBy([...match, 'Lindqvist has been world champion since 2021.'], 'how long has lindqvist been world champ')).toEqual([true, 5]);
  });

  it('given "when did" and a passage giving only a time still ahead, then it declines saying so; "when will" is answered by it', () => {
    const ferry = ['Storm damage closed the harbour at Port Ellis for a week.', 'Ferry service to Port Ellis resumed on Monday with two daily crossings.', 'Full ferry service to Port Ellis, with hourly crossings, will resume next spring, the operator said.'];
    const engine = new AnswerEngine([articleOf('ferry.txt', ferry)]);
    expect(engine.ask('When did hourly ferry service to Port Ellis resume?')).toMatchObject({ answered: false, reasonCode: 'future-only-for-past', reason: expect.stringContaining('only a time still to come') });
    expect(answeredBy(ferry, 'When will hourly crossings resume?')).toEqual([true, 3]);
    expect(answeredBy(ferry, 'When did ferry service resume?')).toEqual([true, 2]);
  });

  it('given "how long" of a thing with nothing about time, then a length answers; of a time, a length does not', () => {
    const park = ['Plans include a visitor centre and a 42-kilometre walking loop, with construction due to start in September.', 'The park opened in 1962.'];
    expect(answeredBy(park, 'How long is the walking loop?')).toEqual([true, 1]);
    const eruption = ['The Mount Talabok volcano erupted on Sunday, sending ash 9 kilometres into the sky.', 'About 18,000 people were evacuated from nearby villages.', 'Mount Talabok, which stands 2,180 meters tall, last erupted in 2014.'];
    expect(answeredBy(eruption, 'How long did the eruption last?')[0]).toBe(false);
  });
});

describe('questions of what goes on', () => {
  it('given "what is happening on Saturday", then the sentence of Saturday answers: "happening" is no thing asked of it', () => {
    const fire = ['A fire broke out at the Lakeside Public Library late Tuesday night.', 'No one was injured, Fire Chief Dana Ortiz said.', 'Volunteers will sort the rescued books on Saturday.'];
    expect(answeredBy(fire, 'What is happening on Saturday?')).toEqual([true, 3]);
    expect(answeredBy(fire, "what's happening saturday")).toEqual([true, 3]);
  });
});

describe('ages of people named by their role', () => {
  it('given "what\'s the name of Voss\'s son" of an article that mentions his son but never his name, then it says so; a son it names answers', () => {
    const arrest = ['Police arrested Daniel Voss, 41, on Tuesday.', "Voss's attorney said his client has lived in the area all his life and has a 3-year-old son.", 'The judge set bail at $250,000.'];
    expect(new AnswerEngine([articleOf('arrest.txt', arrest)]).ask("whats the name of voss's son")).toMatchObject({ answered: false, reasonCode: 'role-not-named', reason: 'The article mentions the son but never gives their name.' });
    const named = [...arrest.slice(0, 2), 'His son, Mark Voss, was not at the hearing.'];
    const answer = new AnswerEngine([articleOf('arrest.txt', named)]).ask("whats the name of voss's son");
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 3]);
  });
  it('given "how old is" one rider of a sentence giving another rider\'s age, then it is declined; each rider\'s own age answers', () => {
    const stage = articleOf('stage.txt', [
      'Ríos, 24, of the Bogotá-based team Andes Pro Cycling, covered the stage in 4 hours, 51 minutes and 7 seconds.',
      'Danish rider Jonas Vestergaard crossed the line 38 seconds later in second place, while 31-year-old Italian Luca Ferraresi finished third.',
      "Britain's Thomas Ashworth kept the leader's yellow jersey after finishing fifth on the stage, 1:22 down on Ríos. The 27-year-old now leads the general classification by 46 seconds.",
    ]);
    const engine = new AnswerEngine([stage]);
    const ageIn = (question: string) => {
      const answer = engine.ask(question);
      return answer.answered ? answer.quotes[0]?.sentence : 'declined';
    };
    expect([ageIn('how old is vestergaard'), ageIn('how old is ferraresi'), ageIn('how old is rios'), ageIn('how old is ashworth')]).toEqual(['declined', 2, 1, 4]);
  });
  it('given "how old is the rovers manager", then the age after "Rovers manager Elaine Corrigan" is hers, and answers', () => {
    const final = articleOf('cup.txt', ['Ashbury Rovers won the cup on Saturday, beating Kingsmere 2-1.', 'Rovers manager Elaine Corrigan, 47, became the first woman to win the final.', 'Kingsmere manager Paolo Ferri said his side lacked energy.']);
    const answer = new AnswerEngine([final]).ask('how old is the rovers manager');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([true, 2, '47']);
  });
  it('given "how old is the new state champ" and a sentence opening on the champion\'s age before a capitalised event, then that age answers', () => {
    const chess = articleOf('chess.txt', [
      'Fourteen-year-old Amara Osei of Duluth became the youngest player to win the Minnesota State Chess Championship on Sunday.',
      'She beat 112 players over six rounds in St. Paul.',
    ]);
    const answer = new AnswerEngine([chess]).ask('how old is the new state chess champ');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([true, 1, 'Fourteen-year-old']);
  });
});

describe('asking for an age with the word "age"', () => {
  const cup = articleOf('cup.txt', [
    'Teenage goalkeeper Tomás Rivera, 19, saved two spot kicks in the shootout.',
    'Harbour City manager Gemma Ward, 46, said her players never stopped running.',
    'The club last won the cup in 1998, when Ward’s father, Tom Ward, was the team’s captain.',
    'The club’s youth league serves about 1,200 children between the ages of 5 and 14.',
  ]);
  const engine = new AnswerEngine([cup]);
  it.each(["rivera's age", 'What is Rivera’s age?', 'age of the goalkeeper'])('given "%s", then the sentence giving his age answers, not one that only says "ages"', (question) => {
    const answer = engine.ask(question);
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([true, 1, '19']);
  });
  it('given the age of someone\'s father, then the owner\'s own age is no answer', () => {
    expect(engine.ask('How old is Gemma Ward’s father?')).toMatchObject({ answered: false, reasonCode: 'wanted-kind-missing' });
    expect(engine.ask('How old is Gemma Ward?').figures[0]?.text).toBe('46');
  });
});

describe('what a word means', () => {
  const zoo = articleOf('zoo.txt', [
    'A pangolin pup was born at the city zoo on Tuesday.',
    'Keepers have named her Mei, which means "beautiful" in Mandarin.',
    'Zoo director Andreas Pohl called the birth "a small miracle" and thanked the keepers.',
  ]);
  it('given "what does her name mean", then the sentence giving the meaning answers, not a quotation that "calls" something', () => {
    expect(new AnswerEngine([zoo]).ask('What does her name mean?').quotes[0]?.sentence).toBe(2);
  });
});

describe('a measurement of the kind asked for', () => {
  const launch = articleOf('launch.txt', [
    'The satellite was insured for about $34 million, the company said.',
    'The rocket and its payload, a 180-kilogram satellite, fell into the sea 600 kilometers east of the pad.',
  ]);
  const engine = new AnswerEngine([launch]);
  it('given "how heavy" or "what was its weight", then the sentence giving a weight comes first, not the one giving a sum of money', () => {
    expect(engine.ask('how heavy was the satellite').quotes[0]?.sentence).toBe(2);
    expect(engine.ask("what was the satellite's weight").quotes[0]?.sentence).toBe(2);
  });
  it('given "how far" and a sentence giving only money, then the distance answers', () => {
    expect(engine.ask('How far from the pad did the satellite fall?').quotes[0]?.sentence).toBe(2);
  });
});

describe('people a question names by the role the article gave them', () => {
  const match = articleOf('chess.txt', [
    'OSLO (AP) — Challenger Ines Varga beat defending champion Tomas Holm in 38 moves on Sunday to lead the match.',
    'Holm, 34, spent 40 minutes on one move.',
    '"I was ready for anything," said Varga, 23.',
    'The prize fund is $2 million.',
  ]);
  const engine = new AnswerEngine([match]);
  it('given "how old is the champion", then the age given after his surname alone answers', () => {
    const answer = engine.ask('how old is the champion');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures.find((f) => f.kind === 'age')?.text]).toEqual([true, 2, '34']);
  });
  it('given a role written lowercase after a name ("said Varga, 23"), then "the challenger" reaches it too', () => {
    const answer = engine.ask('How old is the challenger?');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures.find((f) => f.kind === 'age')?.text]).toEqual([true, 3, '23']);
  });
  it('given a role the article gives to three people, then it stands for none of them', () => {
    const council = parseArticle({
      file: 'council.txt',
      text: 'Councillor Ana Pires voted yes.\nCouncillor Rui Matos voted no.\nCouncillor Eva Lobo abstained.\nThe mayor is Carla Neves, a lawyer.',
    });
    const index = new ArticleIndex(council);
    expect([index.peopleCalled(termOf('councillor')!), index.peopleCalled(termOf('lawyer')!)]).toEqual([[], [termOf('Neves')]]);
  });
  it('given "which" before the role, then the role asks who it is and is not taken for anyone', () => {
    const answer = engine.ask('Which champion lost?');
    expect(answer.quotes[0]?.sentence).toBe(1);
  });
});

describe('age groups and titles', async () => {
  // Made up, so that nothing here leans on the bundled article's wording: no "children", no "job".
  const collapse = articleOf('collapse.txt', [
    'Rescuers pulled 40 people from the collapsed school in Dravik on Monday.',
    'Among them were pupils aged 11 and 12, who were taken to the regional hospital.',
    "Education Minister Halvard Brekke promised an inquiry into the building's safety.",
    'The school had last been inspected in 2019.',
  ]);
  const madeUp = new AnswerEngine([collapse]);
  const { articles } = await loadBundledArticles();
  const seed = new AnswerEngine(articles);
  const seedSentence = (words: string) => articles[0]!.sentences.find((s) => s.text.includes(words))!.index;
  const answeredBy = (engine: AnswerEngine, question: string) => {
    const answer = engine.ask(question);
    return [answer.answered, answer.quotes[0]?.sentence];
  };

  it.each(['How old are the children?', 'How old were the kids?', 'how old are the minors', 'How old were the youngest?'])('given "%s" of an article giving ages but not the word, then the sentence with the ages answers', (question) => {
    expect(answeredBy(madeUp, question)).toEqual([true, 2]);
  });
  it.each(["What is Brekke's job?", "What is Brekke's title?", 'What is the role of Brekke?'])('given "%s", then the sentence giving a title before the name answers', (question) => {
    expect(answeredBy(madeUp, question)).toEqual([true, 3]);
  });
  it.each(['How old are the teenagers?', 'How old are the children?', 'How old are the minors?', 'How old are the kids?', 'How old are the youngest fighters?'])(
    'given "%s" of the bundled article, then the sentence giving the fighters\' ages answers',
    (question) => {
      const withAges = articles[0]!.figures.filter((f) => f.kind === 'age').map((f) => f.sentence);
      expect(withAges.length).toBeGreaterThan(0);
      const [answered, sentence] = answeredBy(seed, question);
      expect(answered).toBe(true);
      expect(withAges).toContain(sentence);
    },
  );
  it.each(['Who is the Secretary of State?', "What is Blinken's title?", "What is Blinken's job?", "What is Blinken's role?"])('given "%s" of the bundled article, then "Secretary of State Antony Blinken" answers', (question) => {
    expect(answeredBy(seed, question)).toEqual([true, seedSentence('Secretary of State Antony Blinken')]);
  });
  it('given an age group asked of an article that gives no age, then it declines', () => {
    const noAges = parseArticle({ file: 'fair.txt', text: 'The county fair opened on Friday with 200 stalls.\nOrganisers expect 30,000 visitors.\n' });
    expect(new AnswerEngine([noAges]).ask('How old are the teenagers?').answered).toBe(false);
  });
});

describe('what an abbreviation stands for', () => {
  it('given "what does NPWS stand for", then the sentence spelling it out answers', () => {
    const park = articleOf('park.txt', ['The National Parks and Wildlife Service (NPWS) will manage the new park from May.', 'NPWS rangers will patrol the trails.']);
    const answer = new AnswerEngine([park]).ask('What does NPWS stand for?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });
  it('given "what is AEMET" of an article writing it in brackets after words of other initials, then that sentence answers, not a later one naming it', () => {
    const heat = articleOf('heat.txt', [
      'Spain sweltered on Saturday as temperatures passed 45 C in Seville.',
      'The State Meteorological Agency (AEMET) said the heat would last until Tuesday.',
      '"We are seeing nights that simply do not cool down," said a spokesman for AEMET.',
    ]);
    const engine = new AnswerEngine([heat]);
    for (const question of ['what is aemet', 'What does AEMET stand for?', 'What does AEMET mean?']) {
      const answer = engine.ask(question);
      expect([question, answer.answered, answer.quotes[0]?.sentence]).toEqual([question, true, 2]);
    }
  });
});

describe('where a sentence names places', () => {
  it('given names after "in", "at" or "from", a list of them, or a dateline, then they are places; a month or a speaker is not', () => {
    const article = articleOf('summit.txt', [
      'MADRID — Leaders met in January at the Royal Palace, President Ana Ruiz said.',
      'Troops from France will deploy in Niger, Mali and Burkina Faso.',
      'The summit praised Italy and the Rhône valley on Monday.',
    ]);
    const index = new ArticleIndex(article);
    const places = (sentence: number) => index.facts[sentence - 1]!.places;
    expect(places(1)).toEqual(expect.arrayContaining(['MADRID', termOf('Royal'), termOf('Palace')]));
    expect(places(1)).not.toContain(termOf('January'));
    expect(places(1)).not.toContain(termOf('Ruiz'));
    expect(places(2)).toEqual(['France', 'Niger', 'Mali', 'Burkina', 'Faso'].map((name) => termOf(name)));
    // Known place names are places wherever they stand, accents or not; a weekday is no name at all.
    expect(places(3)).toEqual(['Italy', 'Rhône'].map((name) => termOf(name)));
    expect(index.facts[2]!.names).not.toContain(termOf('Monday'));
  });
  it('given a sentence opening with a name after a dateline, or with a word no dictionary has, then it names someone', () => {
    const article = articleOf('final.txt', ['(BOSTON) — Carter scored 38 points, coach Greg Hollins said.', 'Okafor said the crowd was loud.', 'Fans cheered for Carter.']);
    const index = new ArticleIndex(article);
    expect(index.facts[0]!.names).toContain(termOf('Carter'));
    expect(index.facts[1]!.names).toEqual([termOf('Okafor')]);
  });
});

describe('paraphrases met through the stemmer', () => {
  it('given a word the stemmer makes the same as a relative of the question word, then it is met only when it is a form of that relative', () => {
    const article = articleOf('talks.txt', ['Negotiators said the talks ended with positive signs.', 'Both sides kept their positions.', 'The singer rose to fame at 19.']);
    const index = new ArticleIndex(article);
    // "positive" and "position" share the stem "posit"; "positions" is a form of "position".
    expect(termOf('positive')).toBe(termOf('position'));
    expect(index.writesFormOf(termOf('position')!, 'position')).toBe(true);
    expect(index.writesFormOf(termOf('famed')!, 'famed')).toBe(true);
    const onlyPositive = new ArticleIndex(articleOf('mood.txt', ['Negotiators said the talks ended with positive signs.']));
    expect(onlyPositive.writesFormOf(termOf('position')!, 'position')).toBe(false);
    const answer = new AnswerEngine([articleOf('mood.txt', ['The ferry was stuck in the harbour for a week.', 'Negotiators said the talks ended with positive signs.'])]).ask('What is the situation of the ferry?');
    for (const quote of answer.quotes) expect(Object.values(quote.matchedAs ?? {})).not.toContain('positive');
  });
});

describe('asking who someone is', () => {
  const article = articleOf('sanctions.txt', [
    'ROME — Officials announced sanctions on Friday against a senior commander operating in Niger and Mali.',
    'Firefighters rescued 14 children from a flooded campsite near Vienne.',
    'Carter, a 27-year-old forward, was named Finals MVP after the game in Boston, coach Greg Hollins said of Carter.',
  ]);
  const engine = new AnswerEngine([article]);
  it('given "who is the X", or "the name of" a person, and a passage naming only places, then it declines: the passage names no one', () => {
    for (const question of ['Who is the senior commander operating in Niger?', 'What is the name of the sanctioned commander?']) {
      expect(engine.ask(question)).toMatchObject({ answered: false, reason: expect.stringMatching(/You asked who/) });
    }
  });
  it('given "what is the name of" something a passage mentions without naming, then it declines; named, it answers', () => {
    const theft = new AnswerEngine([
      articleOf('theft.txt', ['Thieves broke into the Museum of Fine Arts in Ghent on Tuesday.', 'The museum\'s insurer has offered a reward of €250,000.']),
    ]);
    expect(theft.ask('What is the name of the insurer offering the reward?')).toMatchObject({ answered: false, reason: expect.stringMatching(/for a name/) });
    expect(theft.ask('What is the name of the museum the thieves broke into?').answered).toBe(true);
  });
  it('given "the name of" a thing, then a passage mentioning the thing beside other names (places, a speaker) does not answer; one naming it does', () => {
    const unnamed = new AnswerEngine([
      articleOf('crossing.txt', [
        'A fire broke out on a passenger ferry crossing the strait on Tuesday night, Captain Maria Lopez said.',
        'The ferry was carrying 310 passengers from Port Carrick to Dunmore.',
        'The National Transportation Safety Board said it would send investigators.',
      ]),
    ]);
    for (const question of ['What is the name of the ferry?', 'What was the ferry\'s name?']) {
      expect(unnamed.ask(question)).toMatchObject({ answered: false, reason: expect.stringMatching(/for a name/) });
    }
    for (const named of ['the Island Star ferry', 'the ferry Island Star', 'a ferry called the Island Star']) {
      const engine = new AnswerEngine([
        articleOf('crossing.txt', [`A fire broke out on ${named} on Tuesday night.`, 'The ferry was carrying 310 passengers from Port Carrick to Dunmore.']),
      ]);
      for (const question of ['What is the name of the ferry?', 'What was the ferry\'s name?']) {
        expect([named, question, engine.ask(question).answered, engine.ask(question).quotes[0]?.sentence]).toEqual([named, question, true, 1]);
      }
    }
  });
  it('given "the name of" a thing, then a name the passage gives to another noun ("the probe, named Hesper") does not answer it', () => {
    const mission = [
      'The European Space Agency launched a probe on Friday to study a comet that passes close to the sun every 76 years.',
      'The probe, named Hesper, will take four years to reach the comet.',
    ];
    expect(answeredBy(mission, "What is the comet's name?")[0]).toBe(false);
    expect(answeredBy(mission, 'What is the name of the probe?')).toEqual([true, 2]);
  });
  it('given "the name of" a thing with a name of its own, then a passage naming another such thing without that name does not answer', () => {
    const engine = new AnswerEngine([
      articleOf('ferries.txt', ['A fire broke out on the Island Star ferry on Tuesday night.', 'Passengers for Dunmore were moved to other boats.']),
    ]);
    expect(engine.ask('What is the name of the Dunmore ferry?').answered).toBe(false);
    expect(engine.ask('What is the name of the ferry?').answered).toBe(true);
  });
  it('given "who is the X" and a passage naming someone, or "who did X" answered by a group, then it answers', () => {
    expect(engine.ask('Who was the Finals MVP?')).toMatchObject({ answered: true, quotes: expect.arrayContaining([expect.objectContaining({ sentence: 3 })]) });
    expect(engine.ask('Who rescued the children?').answered).toBe(true);
  });
  it('given a place only the dateline names, in any case, then the question still meets it', () => {
    expect(engine.ask('What happened in Rome?').quotes[0]).toMatchObject({ sentence: 1, matched: expect.arrayContaining(['Rome']) });
  });
});

describe('a figure typed alone, asked of the bundled article', async () => {
  const { articles } = await loadBundledArticles();
  const engine = new AnswerEngine(articles);
  const sentencesGiving = (value: number) => [...new Set(articles[0]!.figures.filter((f) => f.value === value).map((f) => f.sentence))];

  it.each([
    ['$436m', 436e6],
    ['$436 million', 436e6],
    ['436 million dollars', 436e6],
    ['10,000', 10_000],
    ['2011', 2011],
    ['13.5 billion', 13.5e9],
  ])('given "%s", then the sentences where the article gives it answer, verbatim', (question, value) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.quotes.map((q) => q.sentence)).toEqual(sentencesGiving(value));
    expect(answer.figures.length).toBeGreaterThan(0);
    expect(answer.figures.every((f) => f.value === value)).toBe(true);
    expectVerbatim(answer, articles);
  });
  it('given a figure the article never gives, then it declines naming it', () => {
    expect(engine.ask('10,001')).toMatchObject({ answered: false, reason: 'The article never gives 10,001.' });
  });
  it('given a bare number the article writes only inside a larger figure, then that figure answers', () => {
    const answer = engine.ask('436');
    expect(answer.answered).toBe(true);
    expect(answer.figures.map((f) => f.text)).toEqual(['$436 million']);
    expectVerbatim(answer, articles);
  });
});

describe('asking why, where the closest sentence gives no reason', () => {
  it('given "why" and a sentence that attributes what happened to a cause, then that sentence answers, not one sharing more words', () => {
    const bridge = [
      'The project came in about $3.1 million over its original budget of $39.6 million, which the city engineer attributed to a spike in steel prices.',
      'Council member Dev Raman, who voted against the final budget increase, said he would ask for an independent audit of the project.',
    ];
    expect(answeredBy(bridge, 'why was the project over budget')).toEqual([true, 1]);
  });
  it('given a close runner-up that gives a reason, then it answers', () => {
    const engine = new AnswerEngine([articleOf('repatriation.txt', [
      'Italy is one of the few European nations willing to take back its citizens from the camps, the minister said.',
      'Britain and France have been hesitant to repatriate their citizens, amid concerns about domestic terrorism.',
    ])]);
    const answer = engine.ask('Why are European nations hesitant to take back their citizens?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
  });
});

describe('what someone said about something', () => {
  const engine = new AnswerEngine([FLOOD]);
  it('given a topic the article never mentions, then it declines naming the topic, not quoting the speaker on something else', () => {
    expect(engine.ask('What did Claire Dubois say about the tourists?')).toMatchObject({ answered: false, reasonCode: 'topic-not-quoted', reason: expect.stringContaining('“tourists”') });
  });
  it('given a topic the article mentions, then the speaker\'s words answer', () => {
    const answer = engine.ask('What did Claire Dubois say about the water?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 3]);
  });
  it('given a topic the article mentions only far from anything the speaker said, then it declines rather than quote them on something else', () => {
    const deal = articleOf('bakery-deal.txt', [
      'Halvorsen Foods said Tuesday it will buy Brightmill Bakeries for $410 million.',
      '"This is the right home for our bakers and our brands," Brightmill chief executive Tom Avery said.',
      'Brightmill, founded in 1952, runs eleven bakeries in four states.',
      'Analysts expect Halvorsen to close two plants, and unions have warned of layoffs.',
    ]);
    const engine = new AnswerEngine([deal]);
    expect(engine.ask('what did tom avery say about layoffs')).toMatchObject({
      answered: false,
      reasonCode: 'topic-not-quoted',
      reason: 'The article mentions “layoffs”, but nowhere near anything “tom avery” is reported saying.',
    });
    const answer = engine.ask('what did tom avery say about the bakers');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
  });
});

describe('a capital standing for its country', () => {
  const engine = new AnswerEngine([articleOf('talks.txt', ['France rejected the proposal on Tuesday, its foreign ministry said.', 'The talks will resume in Geneva next month.'])]);
  it('given "what did Paris reject", then the country answers for its capital', () => {
    const answer = engine.ask('What did Paris reject?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });
  it('given "in Paris", then the city is meant, and an article that never names it declines', () => {
    expect(engine.ask('What was rejected in Paris?')).toMatchObject({ answered: false, reasonCode: 'unknown-name-or-number' });
  });
});

describe('questions about the article itself', async () => {
  const { articles } = await loadBundledArticles();
  const engine = new AnswerEngine([FLOOD]);
  it.each(['Summarize the article', 'what is this story about?', "what's this about?", 'tl;dr', 'give me a summary please', "what's the gist?", 'What happened?', 'tell me everything', 'What are the main points?', 'can you summarise the article for me', 'sum it up for me please'])('given "%s", then the article\'s first sentence answers, verbatim', (question) => {
    const answer = engine.ask(question);
    expect([answer.answered, answer.quotes.map((q) => q.sentence)]).toEqual([true, [1]]);
    expect(answer.note).toContain('how the article opens');
    expectVerbatim(answer, [FLOOD]);
  });
  it.each(['Who wrote this article?', 'When was this published?', 'What is the source?', 'where is this story from', 'what year was this', 'what date is this article from?', 'what is the title of this?', 'whats the headline of the article', 'what is this story called'])('given "%s", then the reply gives the metadata, not a sentence', (question) => {
    expect(engine.ask(question)).toMatchObject({ answered: false, reasonCode: 'about-the-article', quotes: [], reason: expect.stringContaining('“Valley flood”, Test Wire, 2023') });
  });
  it('given an article with a byline, then "who wrote this article?" names its author beside its title', () => {
    const bylined = parseArticle({ file: 'ferry.txt', text: 'Ferry to cut winter trips\nBy Jane Doe, Staff Writer\nThe ferry will run fewer trips this winter.\n' });
    expect(new AnswerEngine([bylined]).ask('Who wrote this article?').reason).toContain('“Ferry to cut winter trips”, by Jane Doe');
  });
  it('given "who is X" of the author an article never names in its text, then the reply says X wrote it; of an author it names, the text answers', () => {
    const bylined = parseArticle({ file: 'ferry.txt', text: 'Ferry to cut winter trips\nBy Jane Doe, Staff Writer\nThe ferry will run fewer trips this winter, said manager Hank Lowell.\n' });
    const engine = new AnswerEngine([bylined]);
    for (const question of ['Who is Jane Doe?', 'who is Doe']) {
      expect(engine.ask(question)).toMatchObject({ answered: false, reasonCode: 'about-the-article', reason: expect.stringContaining('by Jane Doe') });
    }
    expect(engine.ask('Who is Hank Lowell?').reasonCode).not.toBe('about-the-article');
  });
  it('given a request for every quotation or figure ("give me the quotes", "list all the numbers"), then the reply points to /quote or /figures', () => {
    expect(engine.ask('give me the quotes')).toMatchObject({ answered: false, reasonCode: 'about-the-article', reason: expect.stringMatching(/^\/quote lists/) });
    expect(engine.ask('list all the numbers')).toMatchObject({ answered: false, reasonCode: 'about-the-article', reason: expect.stringMatching(/^\/figures lists/) });
    expect(engine.ask('give me the money').reasonCode).not.toBe('about-the-article');
  });
  it('given questions that only mention writing, a source or what something is about, then they are asked of the text', () => {
    for (const question of ['Who wrote the letter?', 'What is the source of the relief money?', 'What did Dubois say about the schools?']) expect(engine.ask(question).reasonCode).not.toBe('about-the-article');
  });
  it('given a gist asked of several articles at once, then it asks for one', () => {
    const answer = new AnswerEngine([...articles, FLOOD]).ask('summarize it');
    expect(answer).toMatchObject({ answered: false, reasonCode: 'about-the-article', reason: expect.stringContaining('Pick one') });
  });
  it('given "who wrote this article?" asked of several articles at once, then the reply points to their sources, not to a gist', () => {
    const answer = new AnswerEngine([...articles, FLOOD]).ask('Who wrote this article?');
    expect(answer.reasonCode).toBe('about-the-article');
    expect(answer.reason).toContain('sources and dates');
    expect(answer.reason).not.toContain('sum up');
  });
});

describe('a figure of the question that the article gives otherwise', () => {
  const engine = new AnswerEngine([FLOOD]);
  it('given a sum whose number the article writes with another scale, then the reason says which figure it gives instead', () => {
    expect(engine.ask('Did the EU pledge €45 billion?')).toMatchObject({ answered: false, reasonCode: 'figure-given-otherwise', reason: 'The article gives “€45 million”, not “€45 billion”.' });
  });
  it('given a number the article writes only in a figure of another kind, then the reason names where it writes it', () => {
    expect(engine.ask('Did rents rise 45% after the flood?')).toMatchObject({ answered: false, reason: 'The article gives “€45 million”, not “45%”.' });
  });
  it('given a bare number with its scale and no sign ("45 million"), then the sum the article writes with that number answers', () => {
    const answer = engine.ask('what is the 45 million for');
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]!.text).toContain('€45 million');
  });
  it('given a number that counts something ("45 million people") after a capitalised "Were", then a sum of the same number is still another figure', () => {
    expect(engine.ask('Were 45 million people flooded?')).toMatchObject({ answered: false, reasonCode: 'figure-given-otherwise' });
  });
});

describe('several articles', async () => {
  const { articles } = await loadBundledArticles();
  const engine = new AnswerEngine([...articles, FLOOD]);
  it('given a question about one article, then its quotes come from that article', () => {
    expect(engine.ask('How many residents were forced from their homes?').quotes[0]!.article).toBe('flood');
  });
  it('given a name only one article knows, then the answer comes from that article', () => {
    const answer = engine.ask('What did Claire Dubois say?');
    expect(answer.quotes[0]!.article).toBe('flood');
  });
  it('given a word no dictionary holds, typed in lower case ("velorimab"), that only one article has, then that article answers or declines, not one sharing a commoner word', () => {
    const trial = articleOf('trial.txt', ['Patients who received the drug, called velorimab, had 7.8 fewer headache days a month.', 'The trial ran at 41 hospitals.']);
    const deal = articleOf('deal.txt', ['Halvorsen expects to save $275 million a year in costs within three years.', 'The deal closes in March.']);
    const both = new AnswerEngine([deal, trial]);
    const answer = both.ask('how much does velorimab cost');
    expect(answer.quotes[0]!.article).toBe('trial');
    expect(answer.reason).not.toContain('deal');
  });
  it('given a word of little meaning no dictionary lists ("anyone"), then it does not pick the article: the one about the question answers', () => {
    const museum = articleOf('museum.txt', ['Anyone can visit the museum for free on Sundays.']);
    const crane = articleOf('crane.txt', ['Two workers were hurt when the crane fell on Tuesday.']);
    expect(new AnswerEngine([museum, crane]).ask('was anyone hurt').quotes[0]).toMatchObject({ article: 'crane', sentence: 1 });
  });
  it('given a name the closest article never mentions, then the reason names that article by its title', () => {
    expect(engine.ask('What did Blinken say about the children rescued from the flooded campsite near Vienne?')).toMatchObject({ answered: false, reasonCode: 'unknown-name-or-number', reason: 'Nothing in the article “Valley flood” mentions “Blinken”.' });
  });
  it('given a question limited to the wrong article, then it declines', () => {
    expect(engine.ask('How many residents were forced from their homes by the flood?', { article: articles[0]!.id }).answered).toBe(false);
  });
  it('given an acronym of a phrase the article writes in lower case, or two letters swapped in a short word, then they still meet', () => {
    const transit = articleOf('transit.txt', [
      'The council approved three bus rapid transit lines on Monday.',
      'A sales tax will raise $90 million a year for the plan.',
      'The city also plans a new airport road.',
      'It really seems fair, the mayor said.',
      'The plan keeps most bus routes intact.',
    ]);
    const engine = new AnswerEngine([transit]);
    expect(engine.ask('How many BRT lines were approved?').quotes[0]).toMatchObject({ sentence: 1, matched: expect.arrayContaining(['BRT']) });
    expect(engine.ask('How much will the tax raise each yaer?').quotes[0]).toMatchObject({ sentence: 2, matched: expect.arrayContaining(['yaer']) });
    // Words that carry no meaning never spell an acronym: "it really seems" is no "IRS"; nor do words
    // that only follow each other once function words are dropped, or a run of verbs.
    expect(engine.ask('What does PKB do?').answered).toBe(false);
    expect(engine.ask('What did the IRS say?').answered).toBe(false);
  });
  it('given "how old is X", then only an age written for X answers: not a coach\'s age, nor ages X spoke of', () => {
    const final = articleOf('final.txt', [
      'Chief Executive Officer Dana Katrin Vogel of Halvern spoke after the final on Saturday.',
      'Ukraine’s Daria Melnyk beat top-seeded Camille Rousseau to win the title.',
      '“I was 8 years old when I first held a racket,” Melnyk said.',
      'Melnyk’s coach, Andriy Koval, 45, said the pair had worked on her serve.',
      'Vogel, 54, handed over the trophy.',
      'Melnyk, 21, is ranked 14th in the world.',
    ]);
    const engine = new AnswerEngine([final]);
    const melnyk = engine.ask('How old is Melnyk?');
    expect(melnyk.answered).toBe(true);
    expect(melnyk.quotes[0]).toMatchObject({ sentence: 6 });
    expect(engine.ask('How old is Katrin Vogel?').quotes[0]).toMatchObject({ sentence: 5 });
    expect(engine.ask('How old is Rousseau?').answered).toBe(false);
  });
  it('given "how many" of a unit, then a measurement in that unit answers, and a counted noun ends before an irregular verb', () => {
    const fire = articleOf('fire.txt', [
      'The wildfire has burned 14,200 acres and destroyed at least 87 homes since Sunday.',
      'Pacific Gas and Electric shut off power to about 3,200 customers as a precaution.',
      'Crews expect to contain the fire by Friday.',
    ]);
    const engine = new AnswerEngine([fire]);
    const acres = engine.ask('How many acres has the fire burned?');
    expect(acres.answered).toBe(true);
    expect(acres.quotes[0]).toMatchObject({ sentence: 1 });
    expect(acres.figures[0]).toMatchObject({ text: '14,200 acres', kind: 'measure' });
    // "PG&E" is the initialism of the name spelled out; "lost" ends what is counted.
    const customers = engine.ask('How many PG&E customers lost power?');
    expect(customers.answered).toBe(true);
    expect(customers.quotes[0]).toMatchObject({ sentence: 2 });
  });
  it('given "what did X say about Y", then X\'s own words beat a sentence that only reports on Y', () => {
    const game = articleOf('game.txt', [
      'Phoenix led 58-49 at halftime behind 22 points from guard Marcus Webb.',
      'Webb finished with 35 points but missed a 28-foot shot at the buzzer that would have forced overtime.',
      '“I had a good look and it just didn’t go down,” said Webb, 31. “That one is going to stay with me.”',
      'Boston won the title for the first time since 2008.',
    ]);
    const answer = new AnswerEngine([game]).ask('What did Webb say about his missed shot?');
    expect(answer.quotes[0]).toMatchObject({ paragraph: 3, speaker: 'Marcus Webb' });
  });
  it('given "what did X say about Y" and a sentence reporting X on Y without quotes, then that sentence beats a quote of X on something else', () => {
    const talks = articleOf('talks.txt', [
      'The ministers met in Rome on Monday to discuss the coalition.',
      'Blinken closed by praising the partnership against ISIS in the Middle East.',
      '“We have made great progress because we have been working together,” he said.',
    ]);
    expect(new AnswerEngine([talks]).ask('What did Blinken say about the Middle East?').quotes[0]).toMatchObject({ sentence: 2 });
  });
  it('given a word the article also uses as typed, then a sentence wording it as a newsroom paraphrase ("died" for "death") still answers', () => {
    const storm = articleOf('storm.txt', [
      'At least 23 people have died and more than 400,000 homes lost power after Hurricane Delia tore across the coast.',
      'The governor said 14 of the deaths occurred in Bay County.',
      'Insurers estimated losses at $9 billion, which would make Delia the costliest hurricane to hit the state.',
    ]);
    const answer = new AnswerEngine([storm]).ask('What is the death toll from the hurricane?');
    expect(answer.quotes[0]).toMatchObject({ sentence: 1 });
  });
  it('given "got sick" of an outbreak that "sickened" people, or the "study" of "findings", then the sentence saying so answers', () => {
    const outbreak = ['An outbreak of listeria linked to packaged salads has sickened 47 people in 14 states, killing three.', 'The company employs about 1,400 people.', 'Retailers have pulled the products from shelves.'];
    expect(answeredBy(outbreak, 'how many ppl got sick')).toEqual([true, 1]);
    const battery = ['Researchers said they had built a battery cell that kept 91 percent of its capacity.', 'The findings, published in the journal Nature Energy, describe a cell that stores about 380 watt-hours per kilogram.', 'The team spent nearly four years on the project.'];
    expect(answeredBy(battery, 'where was the study published')).toEqual([true, 2]);
  });
  it('given "tomorrow" of an article dated Thursday, then "Friday\'s stage" answers; a day it does not write is still declined', () => {
    const stage = parseArticle({
      file: 'stage.txt',
      meta: { title: 'Rios wins stage six', credit: 'Test Wire', year: 2026, date: '2026-06-11' },
      text: ['Mateo Rios won the sixth stage on Thursday, attacking on the final climb.', 'Temperatures reached 29 degrees Celsius.', "Friday's seventh stage is a 38-kilometre individual time trial around Embrun."].join('\n'),
    });
    const engine = new AnswerEngine([stage]);
    const tomorrow = engine.ask('whats on tomorrow');
    expect([tomorrow.answered, tomorrow.quotes[0]?.sentence]).toEqual([true, 3]);
    expect(engine.ask("who won yesterday's stage")).toMatchObject({ answered: false, reasonCode: 'unmentioned-time' });
  });
  it('given "tomorrow" of an article with no date, then the decline says there is no date to count from, not that the article never speaks of it', () => {
    const festival = ['The festival opens on Friday with a parade through the old town.', 'On Saturday the main stage hosts three bands.'];
    expect(new AnswerEngine([articleOf('festival.txt', festival)]).ask('what happens at the festival tomorrow')).toMatchObject({
      answered: false,
      reasonCode: 'unmentioned-time',
      reason: 'The article gives no date to count tomorrow from: ask about a day it names (“on Saturday”) instead.',
    });
  });
  it('given "what\'s the new interest rate", then the sentence giving the rate as a percentage answers, not one that only speaks of rates', () => {
    const hike = [
      "Kenya's central bank raised its benchmark lending rate by 75 basis points to 11.25% on Tuesday.",
      'The Monetary Policy Committee voted 7-2 to lift the rate from 10.50%.',
      'The Kenya Bankers Association said its members would review their lending rates in the coming weeks.',
    ];
    expect(answeredBy(hike, "what's the new interest rate in kenya")).toEqual([true, 1]);
  });
  it('given "how did the stock react" or the "sales" of an article writing "revenue", then the sentence saying so answers', () => {
    const earnings = [
      'Lumentra Systems said on Tuesday it would cut about 640 jobs after a sharp drop in quarterly profit.',
      'The company posted revenue of $412.6 million for the third quarter, down 7.4 percent.',
      'Shares of Lumentra fell 14.8 percent to $31.07 in after-hours trading.',
    ];
    expect(answeredBy(earnings, 'how did the stock react')).toEqual([true, 3]);
    expect(answeredBy(earnings, 'what were third quarter sales')).toEqual([true, 2]);
  });
  it('given "the airline spokesperson" of an article quoting "the airline\'s head of communications", then her words answer', () => {
    const grounding = [
      'Cantabria Air grounded all 22 of its aircraft on Tuesday after an inspection found cracked turbine blades.',
      '"Safety is not something we negotiate on," Lucía Ferrer, the airline\'s head of communications, told reporters.',
      '"The operator acted correctly," said Tomás Ibarra, director of airworthiness at the aviation safety agency.',
    ];
    expect(answeredBy(grounding, 'what did the airline spokesperson say')).toEqual([true, 2]);
  });
  it('given a place the answer writes only as its people\'s word ("Syria" for "Syrian refugees"), then the sentence still answers, typed in capitals or not', () => {
    for (const question of ['How much aid did the US give to Syria?', 'how much aid did the us give to syria']) {
      const answer = engine.ask(question, { article: articles[0]!.id });
      expect([question, answer.answered, answer.quotes[0]?.sentence]).toEqual([question, true, 9]);
    }
  });
  it('given a place the article never mentions, typed without capitals after "in", then it says so rather than answer for another place', () => {
    expect(engine.ask('how much aid did the us give in jordan', { article: articles[0]!.id })).toMatchObject({ answered: false, reason: 'Nothing in the article mentions “jordan”.' });
  });
  it('given a word that is only a place typed in lower case ("uganda"), wherever it stands, then the article not mentioning it is said', () => {
    expect(engine.ask('did uganda give aid too', { article: articles[0]!.id })).toMatchObject({ answered: false, reason: 'Nothing in the article mentions “uganda”.' });
  });
  it('given an abbreviation typed in lower case in a question without capitals ("usa"), then it stands for what it stands for in capitals ("US")', () => {
    const answer = engine.ask('how much did the usa pledge', { article: articles[0]!.id });
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 9]);
  });
  it('given a sentence opening "The 24-year-old" after one naming the winner, then "how old is" the winner is answered by it', () => {
    const race = parseArticle({
      file: 'race.txt',
      text: 'CHICAGO (AP) — Ruth Chepkemoi of Kenya won the Chicago Marathon on Sunday in a course record.\nThe 24-year-old pulled away after the 35-kilometer mark.\nSamuel Okello won the men\'s race in 2:05:11.',
    });
    const engine = new AnswerEngine([race]);
    for (const question of ['How old is Ruth Chepkemoi?', 'how old is chepkemoi']) {
      const answer = engine.ask(question);
      expect([question, answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([question, true, 2, '24-year-old']);
    }
    expect(engine.ask('How old is Samuel Okello?').answered).toBe(false);
  });
  it('given "how many years ago", then the time is asked for, not named: the sentence saying "two years ago" answers', () => {
    const answer = engine.ask('how many years ago did trump threaten', { article: articles[0]!.id });
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 5]);
  });
  it('given "what was the date of the meeting", then the sentence saying when it met answers, not one where "date" and "meeting" meet "seeing" as distant relatives', () => {
    const answer = engine.ask('What was the date of the meeting?', { article: articles[0]!.id });
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });
  it('given a verb that frames the question ("want", "happening"), a misspelt name or verb, or the subject written as "the group", then nothing counts as missing', () => {
    const seed = articles[0]!.id;
    for (const [question, sentence] of [
      ['Where does Blinken want the coalition to do more?', 7],
      ['is the flow of foreign fighters into syria still happening', 10],
      ['what did blinkin say about italy', 6],
      // A misspelling nearer the stem of the article's word than the word: "anounce", "announced".
      ['did blinkn anounce any sanctions', 11],
      // The sentence calls ISIS "the terror group": the article's subject still counts there.
      ['How does Blinken want to stop ISIS from getting new recruits?', 7],
    ] as const) {
      const answer = engine.ask(question, { article: seed });
      expect([question, answer.answered, answer.quotes[0]?.sentence]).toEqual([question, true, sentence]);
    }
  });
  it('given a name the title gives and a later sentence calling it "the storm", then that sentence answers for the name; without the title it is the name of no subject', () => {
    const text = [
      'At least 23 people have died after Hurricane Delia slammed into the Florida Panhandle early Thursday, officials said.',
      'The storm made landfall near Mexico Beach at about 4:15 a.m. Thursday as a Category 4 hurricane.',
      'Gov. Ellen Marsh said 14 of the deaths occurred in Bay County.',
      'More than 400,000 homes remain without power.',
      'Crews from six states are helping to restore electricity.',
    ].join('\n');
    const ask = (title: string) => new AnswerEngine([parseArticle({ file: 'delia.txt', text, meta: { title } })]).ask('When did Delia make landfall?');
    const titled = ask('Hurricane Delia kills 23 in Florida');
    expect([titled.answered, titled.quotes[0]?.sentence]).toEqual([true, 2]);
    expect(ask('Florida counts the dead').answered).toBe(false);
  });
  it('given "how old is" a person named in lower case, then the ages of others are no answer', () => {
    expect(engine.ask('how old is antony blinken', { article: articles[0]!.id }).answered).toBe(false);
  });
  it('given a word the article only meets as a distant relative ("string" and "in the long run"), then it declines', () => {
    for (const question of ['just a string', 'string']) expect(engine.ask(question, { article: articles[0]!.id }).answered).toBe(false);
  });
  it('given a word no article uses, then an article with its synonym beats one with a far-fetched relative', () => {
    const parade = parseArticle({ file: 'parade.txt', text: 'The team won the title on Monday.\nThe parade starts downtown on Wednesday.\nOfficials expect more than 1 million people to attend.' });
    const storm = parseArticle({ file: 'storm.txt', text: 'The storm made landfall on Friday.\nThe White House approved a disaster declaration for 11 Florida counties on Friday, making residents eligible for federal assistance.\nCrews restored power to 200,000 homes.' });
    const answer = new AnswerEngine([parade, storm]).ask('How much aid?');
    expect(answer.quotes[0]).toMatchObject({ article: 'storm', sentence: 2 });
  });
});

describe('properties that hold for any question', () => {
  const engine = new AnswerEngine([FLOOD]);
  it('given arbitrary text, then answering never throws, quotes are verbatim slices and figures lie in quoted sentences', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom('How many?', 'Who said what?', 'when')), (question) => {
        const answer = engine.ask(question);
        expect(typeof answer.answered).toBe('boolean');
        if (!answer.answered) expect(answer.reason).toBeTruthy();
        expect(answer.quotes.length).toBeLessThanOrEqual(10);
        expectVerbatim(answer, [FLOOD]);
      }),
      { numRuns: 300 },
    );
  });
  it('given a question as long as the limit allows, then it still answers within the usual shape', () => {
    const answer = engine.ask('flood '.repeat(Math.floor(MAX_QUESTION_LENGTH / 6)));
    expect(answer.quotes.length).toBeGreaterThan(0);
  });
});

describe('distant synonyms of very common verbs', () => {
  const crash = articleOf('bus-crash.txt', [
    'A school bus left the road near Dunmore on Monday morning and rolled into a ditch, police said.',
    'Nine pupils were taken to hospital with cuts and bruises, and the driver went home the same evening.',
    '"The children got out through the emergency door," said Sergeant Ruth Hale.',
  ]);
  const engine = new AnswerEngine([crash]);
  it('given "die", which WordNet also lists as "go", then "went home" does not answer whether anyone died', () => {
    for (const question of ['Did anyone die in the crash?', 'Who died?']) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(false);
      expect(answer.quotes.flatMap((q) => q.matched)).not.toContain(question.includes('died') ? 'died' : 'die');
    }
  });
  it('given the common verb itself, then it still meets the article', () => {
    const answer = engine.ask('Where did the driver go after the crash?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
  });
});

describe('what a count counts', () => {
  const article = (file: string, ...lines: string[]) => new AnswerEngine([parseArticle({ file, text: lines.join('\n') })]);
  const fire = article(
    'ferry-fire.txt',
    'A fire broke out on the ferry Northern Star on Tuesday evening as it crossed the strait, the coastguard said.',
    'Eleven people were taken to hospital with smoke inhalation.',
    'The ferry was carrying 212 passengers and 24 crew members when the fire started in the engine room.',
  );
  const crash = article(
    'bus-crash.txt',
    'A school bus left the road near Dunmore on Monday morning and rolled into a ditch, police said.',
    'Nine pupils were treated for cuts and bruises at the scene.',
    'The driver was questioned by officers.',
  );
  it('given "how many X died" where the article counts X for another event, then it declines and names the event asked about', () => {
    const noneKilled = article('ferry-fire.txt', 'Eleven people were taken to hospital with smoke inhalation.', 'No one was killed, officials said.');
    for (const [engine, question, event] of [
      [fire, 'How many people died?', 'died'],
      [noneKilled, 'How many people died?', 'died'],
      [fire, 'How many people were killed in the fire?', 'killed'],
      [crash, 'How many pupils were killed?', 'killed'],
    ] as const) {
      const answer = engine.ask(question);
      expect([question, answer.answered, answer.reasonCode]).toEqual([question, false, 'counts-other-event']);
      expect(answer.reason).toContain(`“${event}”`);
    }
  });
  it('given "how many people" and a passage counting a kind of person, then the count answers', () => {
    const quake = article(
      'quake.txt',
      'The quake destroyed 300 homes in the north, where many people lost power.',
      'Rescuers evacuated 1,200 residents from Lanville on Sunday.',
      'The army sent 400 troops and 30 trucks to the valley.',
    );
    for (const [engine, question, figures] of [
      [fire, 'How many people did the ferry carry?', ['212', '24']],
      [quake, 'How many people were evacuated from Lanville?', ['1,200']],
      [quake, 'How many people did the army send?', ['400']],
    ] as const) {
      const answer = engine.ask(question);
      expect([question, answer.answered]).toEqual([question, true]);
      expect(answer.figures.map((f) => f.text)).toEqual(expect.arrayContaining([...figures]));
    }
  });
  it('given "how many people work from home", then the people are what is counted (not "work"), and the count of people answers', () => {
    const survey = article(
      'survey.txt',
      'The survey of 9,000 households was published on Tuesday by the statistics office.',
      'About 2 million people now work from home at least three days a week, the office said.',
    );
    const answer = survey.ask('how many people work from home?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 2]);
    expect(answer.figures.map((f) => f.text)).toContain('2 million');
  });
  it('given "how many people" and a passage counting only things, then it still declines', () => {
    const ferry = article('ferry.txt', 'The new ferry carries 40 cars on each crossing.', 'People in the town welcomed the ferry on Monday.');
    expect(ferry.ask('How many people does the ferry carry?')).toMatchObject({ answered: false, reasonCode: 'counts-something-else', reason: expect.stringContaining('“cars”') });
  });
  it('given "how many X" of a thing the article writes in no form, and a passage counting something else, then it declines; a misspelt X or "how many times" still answers', () => {
    const marathon = article(
      'marathon.txt',
      'More than 40,000 runners started the city marathon on Sunday in heavy heat.',
      'Medical staff treated 312 runners for heat exhaustion on Sunday.',
      'The course was closed four times during the race to let ambulances through.',
    );
    expect(marathon.ask('how many spectators were treated by medical staff')).toMatchObject({ answered: false, reasonCode: 'counts-something-else', reason: expect.stringContaining('“runners”') });
    for (const [question, sentence] of [
      ['how many runers were treated by medical staff', 2],
      ['how many times was the course closed', 3],
    ] as const) {
      const answer = marathon.ask(question);
      expect([question, answer.answered, answer.quotes[0]?.sentence]).toEqual([question, true, sentence]);
    }
  });
  it('given "how many X" and a passage giving only measures ("4,000 tonnes"), then it declines, naming the measures', () => {
    const wheat = article(
      'wheat.txt',
      'Farmers across the state have been waiting for the new drought-tolerant wheat.',
      'She said seed would initially be limited to about 4,000 tonnes, enough to sow roughly 40,000 hectares.',
    );
    expect(wheat.ask('how many farmers have ordered seed so far')).toMatchObject({
      answered: false,
      reasonCode: 'counts-something-else',
      reason: 'You asked how many farmers; the closest passage gives only a measure (“4,000 tonnes” and “40,000 hectares”), no count of them.',
    });
    expect(wheat.ask('how many tonnes of seed will there be').answered).toBe(true);
  });
  it('given "how many X" where the closest sentence counts other things, then a close runner-up counting X answers', () => {
    const wreck = article(
      'wreck.txt',
      'Divers exploring a reef have found the wreck of a cargo ship that sank in 1718.',
      'So far they have brought up four iron cannons and two anchors from the wreck.',
      'Divers also recovered 23 silver coins, the newest of them dated 1717.',
    );
    const answer = wreck.ask('How many coins have been brought up so far?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 3]);
    expect(answer.figures.map((f) => f.text)).toContain('23');
  });
  it('given "how many X" where the closest sentence counts nothing, then a close runner-up counting X answers', () => {
    // A whole article: which sentence leads depends on how rare each word is across it.
    const meta = { title: 'Monthly migraine shot cuts headache days nearly in half, trial finds', credit: 'Test Wire', year: 2024, dateline: 'Boston' };
    const trial = new AnswerEngine([parseArticle({ file: 'migraine-trial.txt', text: readFileSync('test/fixtures/migraine-trial.txt', 'utf8'), meta })]);
    // The closest sentence names the side effects and counts none; the runner-up counts the patients who stopped.
    const answer = trial.ask('how many ppl dropped out because of side effects');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 9]);
    expect(answer.figures.map((f) => f.text)).toContain('Nine');
  });
  it('given "how many X" with the event the passage tells of, then the count answers', () => {
    expect(fire.ask('How many people were taken to hospital?')).toMatchObject({ answered: true, figures: [expect.objectContaining({ text: 'Eleven' })] });
    expect(crash.ask('How many pupils were treated?')).toMatchObject({ answered: true, figures: [expect.objectContaining({ text: 'Nine' })] });
  });
});

describe('a preposition and a noun written as one word', () => {
  const ship = (onBoard: string) =>
    new AnswerEngine([
      articleOf('aground.txt', [
        'A cargo ship ran aground off Port Carrick on Sunday, the coastguard said.',
        `Nineteen sailors were ${onBoard} when the hull struck the reef.`,
        'The Maritime Safety Board said 40 containers fell into the sea.',
        'Three dockworkers were hurt during the salvage, a spokesman for the Safety Board said.',
      ]),
    ]);
  it('given "on board" or "aboard", then the sentence with either spelling answers, not the "Safety Board" ones', () => {
    for (const article of [ship('aboard'), ship('on board')]) {
      for (const question of ['How many were on board?', 'how many were on board', 'How many were aboard?']) {
        const answer = article.ask(question);
        expect([question, answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([question, true, 2, 'Nineteen']);
      }
    }
  });
  it('given a name after "in" that the article never mentions, then it is not read as one word with the name before it', () => {
    const beer = new AnswerEngine([parseArticle({ file: 'beer.txt', text: 'The Newcastle Beer Festival, organised by volunteers, takes place in April.\nTickets are sold at the Arts Venue, next to the station.' })]);
    expect(beer.ask('What festival takes place in April in V&A?')).toMatchObject({ answered: false, reason: expect.stringContaining('V&A') });
  });
  it('given the name typed without capitals, then it still meets the name', () => {
    expect(ship('aboard').ask('what did the safety board say').quotes[0]?.sentence).toBe(3);
  });
});

describe('asking what caused something', () => {
  const ferry = (...extra: string[]) =>
    new AnswerEngine([
      articleOf('ferry-fire.txt', [
        'A fire broke out on a passenger ferry crossing the strait on Tuesday night, officials said.',
        'The fire broke out in the engine room shortly after 9 p.m., according to the operator.',
        'Eleven people were taken to hospital.',
        ...extra,
      ]),
    ]);
  it('given "what caused the fire" and passages that only say the fire broke out, then it declines: they give no cause', () => {
    for (const question of ['What caused the fire?', 'What was the cause of the fire?', "What was the fire's cause?"]) {
      expect([question, ferry().ask(question).answered]).toEqual([question, false]);
    }
  });
  it('given "after" following a time ("minutes after leaving port"), then it says when, not why: no cause is given', () => {
    const answer = ferry('The engine stopped 20 minutes after leaving port.').ask('What caused the engine to stop?');
    expect(answer).toMatchObject({ answered: false, reasonCode: 'no-cause-given' });
  });
  it('given a passage giving the cause in other words ("sparked", "blamed on", "due to"), then that passage answers', () => {
    for (const cause of ['Investigators believe a leaking fuel line sparked the blaze.', 'Investigators blamed the blaze on a leaking fuel line.', 'Investigators said the blaze was due to a leaking fuel line.']) {
      const answer = ferry(cause).ask('What caused the fire?');
      expect([cause, answer.answered, answer.quotes[0]?.sentence]).toEqual([cause, true, 4]);
    }
  });
});

describe('asking why', () => {
  const plant = (...extra: string[]) =>
    new AnswerEngine([
      articleOf('plant.txt', ['The Corbin Mills company will close its paper plant in Ashford next month, cutting 300 jobs.', 'The mayor of Ashford met the company’s managers on Friday.', ...extra]),
    ]);
  it('given "why" and a passage that only tells what happened, then it declines: it gives no reason', () => {
    expect(plant().ask('Why will Corbin Mills close the Ashford plant?')).toMatchObject({ answered: false, reasonCode: 'reason-not-given' });
    expect(plant().ask('Why did the mayor meet the managers?')).toMatchObject({ answered: false, reasonCode: 'reason-not-given' });
  });
  it('given "why" and a passage giving a cause, a purpose or what a worry is about, then that passage answers', () => {
    for (const reason of [
      'The company is closing the plant because demand for paper has fallen.',
      'The company is closing the plant to cut its costs.',
      'The company is closing the plant, worried about falling demand for paper.',
    ]) {
      const answer = plant(reason).ask('Why is the company closing the plant?');
      expect([reason, answer.answered, answer.quotes[0]?.sentence]).toEqual([reason, true, 3]);
    }
  });
  it('given "since" before a date or a clause of someone\'s life ("since she was 12"), then it says when, not why', () => {
    const answer = plant('“We will miss the mill,” said Ann Lee, who has worked at the plant since she was 19.').ask('Why did Ann Lee leave the plant?');
    expect(answer).toMatchObject({ answered: false, reasonCode: 'reason-not-given' });
  });
  it('given "why was X disqualified" and an article that never mentions it, then it declines, naming the event', () => {
    expect(plant().ask('Why was Corbin Mills disqualified?')).toMatchObject({ answered: false, reasonCode: 'unmentioned-event', reason: expect.stringContaining('the event you asked the reason for') });
  });
  it('given a "to" that says what a verb does ("voted to close"), then it is no purpose', () => {
    expect(plant('The board voted to close the plant on Monday.').ask('Why did the board vote to close the plant?')).toMatchObject({ answered: false, reasonCode: 'reason-not-given' });
  });
});

describe('asking how much, answered only by counts of other things', () => {
  const zoo = (...extra: string[]) =>
    new AnswerEngine([articleOf('zoo.txt', ['The Harwick Zoo, which opened in 1961, draws about 900,000 visitors a year.', 'The zoo keeps 40 penguins.', ...extra])]);
  it('given "how much" and a passage that only counts things the question never names, then it declines', () => {
    expect(zoo().ask('How much is a ticket to the Harwick Zoo?')).toMatchObject({ answered: false, reasonCode: 'figure-of-another', reason: expect.stringContaining('“visitors”') });
  });
  it('given "how much" and a count of what the question names, then the count answers', () => {
    const answer = zoo().ask('How much of a crowd of visitors does the zoo draw?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });
  it('given "how much" and a count of time ("two hours a day"), then it is no count of another thing', () => {
    const answer = zoo('Keeper Ana Ruiz trains the penguins about two hours a day.').ask('how much does ruiz train the penguins daily');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 3]);
  });
  it('given "how much" and a sum in a currency written as a word, then it is no count of another thing', () => {
    expect(zoo('The zoo expects to save 1.1 billion crowns a year.').ask('How much does the zoo expect to save?')).toMatchObject({ answered: true });
  });
});

describe('a number the question spells out', () => {
  const jail = (...lines: string[]) => new AnswerEngine([parseArticle({ file: 'jail.txt', text: lines.join('\n') })]);
  it('given a number spelled out ("six", "fourth") that the article never gives, then it declines, naming it', () => {
    const article = jail('The county jail has had four inmate deaths since 2022.', 'Ann Reyes became the third woman to run the jail.');
    expect(article.ask('What caused the six inmate deaths at the jail?')).toMatchObject({ answered: false, reasonCode: 'unknown-name-or-number', reason: expect.stringContaining('“six”') });
    expect(article.ask('Who was the fourth woman to run the jail?')).toMatchObject({ answered: false, reasonCode: 'unknown-name-or-number', reason: expect.stringContaining('“fourth”') });
  });
  it('given the article writes the number in digits ("6", "4th"), then the number is one it gives', () => {
    const article = jail('The county jail has had 6 inmate deaths since 2022.', 'Ann Reyes became the 4th woman to run the jail.');
    expect(article.ask('Since when has the jail had six inmate deaths?')).toMatchObject({ answered: true });
    expect(article.ask('Who was the fourth woman to run the jail?')).toMatchObject({ answered: true });
  });
  it('given "which two", then the number counts the answers asked for and need not be written', () => {
    const article = jail('Inmates were moved to jails in Salem and Eugene.');
    expect(article.ask('Which two cities were the inmates moved to?').reasonCode).not.toBe('unknown-name-or-number');
  });
});

describe('a figure the question states that the article gives only as something else', () => {
  const cap = new AnswerEngine([
    articleOf('cap.txt', ['The state capped insulin at $35 a month for insured residents.', 'More than 25 states have capped insulin costs.', 'The train left at 4:40 a.m. with 23 cars.', 'Game 8 is on Friday.']),
  ]);
  it('given "$25" and an article giving 25 only as a count, then it declines, naming the figure and the count it gives instead', () => {
    expect(cap.ask('Who qualifies for the $25 insulin cap?')).toMatchObject({ answered: false, reasonCode: 'figure-given-otherwise', reason: expect.stringContaining('not “$25”') });
  });
  it('given "40 cars" and an article writing 40 only inside a time, then it declines', () => {
    expect(cap.ask('What was in the 40 cars of the train?')).toMatchObject({ answered: false, reasonCode: 'unknown-name-or-number' });
  });
  it('given a number the article writes as part of a name ("Game 8"), then the number is given', () => {
    expect(cap.ask('When is game 8?')).toMatchObject({ answered: true });
  });
});

describe('asking which one', () => {
  const strike = (...lines: string[]) => new AnswerEngine([parseArticle({ file: 'strike.txt', text: lines.join('\n') })]);
  it('given "which X" and a passage that mentions an X without naming it, then it declines', () => {
    const article = strike('The hospital signed a contract with a staffing agency to bring in replacement nurses.', 'The wreck was found by a diving club from Cadiz.');
    expect(article.ask('Which staffing agency was hired to send replacement nurses?')).toMatchObject({ answered: false, reasonCode: 'which-not-named' });
    expect(article.ask('What is the diving club called?')).toMatchObject({ answered: false, reasonCode: 'which-not-named' });
  });
  it('given "which X" and a passage mentioning an X beside only a date and the place it comes from, then it declines: neither names it', () => {
    const article = strike(
      'The wreck was spotted on Aug. 9 by three members of a diving club from the town of Conil de la Frontera.',
      'The outbreak spread through two elementary schools, a church and a youth basketball tournament held in Yakima on the weekend of Feb. 14.',
    );
    for (const question of ['What is the diving club called?', 'which diving club found it', 'which church was the outbreak linked to']) {
      expect(article.ask(question)).toMatchObject({ answered: false, reasonCode: 'which-not-named' });
    }
  });
  it('given "which X" and a passage naming the X, then that passage answers', () => {
    const article = strike('The hospital signed a contract with the staffing agency Medirex to bring in replacement nurses.');
    expect(article.ask('Which staffing agency was hired to send replacement nurses?')).toMatchObject({ answered: true });
  });
  it('given "which Xs" and a passage that only counts the Xs, then it declines: a count names none of them', () => {
    const article = strike('The ferry line said its boats will stop calling at four harbours operated by Pellow Marine next spring.', 'The council also closed two ferry piers owned by the port for repairs.');
    expect(article.ask('Which harbours will the boats stop calling at?')).toMatchObject({ answered: false, reasonCode: 'which-not-named' });
    expect(article.ask('What are the names of the four harbours?')).toMatchObject({ answered: false, reasonCode: 'thing-not-named' });
  });
  it('given "which Xs" and a passage that counts the Xs and names them with the count, then that passage answers', () => {
    const article = strike('The ferry line said its boats will stop calling at two harbours, Dunmore and Port Carrick, next spring.', 'Kilrush and Ardfern, the two piers the port owns, closed for repairs.');
    expect(article.ask('Which harbours will the boats stop calling at?')).toMatchObject({ answered: true });
    expect(article.ask('Which piers closed for repairs?')).toMatchObject({ answered: true });
  });
  it('given "which X" (one) and a passage naming it beside a count of others, then that passage answers', () => {
    const article = strike('Harbour Elementary will close in June, and its 80 pupils will move to two nearby schools.');
    expect(article.ask('Which elementary school is going to close?')).toMatchObject({ answered: true });
  });
  it('given "which countries" and a passage naming a country, then the place names it', () => {
    const article = strike('Italy is one of the few Western European countries willing to take back its nationals.');
    expect(article.ask('Which Western European countries are willing to take back nationals?')).toMatchObject({ answered: true });
  });
});

describe('asking for a measurement the answer leans on a neighbour for', () => {
  it('given "how tall" and a neighbour giving only a sum of money, then it declines: a sum is no height', () => {
    const club = new AnswerEngine([
      parseArticle({ file: 'club.txt', text: 'Davi Nogueira signed for the club on Friday, the club said. Fans called the tall forward a bargain at 92 million euros.' }),
    ]);
    expect(club.ask('How tall is Davi Nogueira?')).toMatchObject({ answered: false, reasonCode: 'wanted-kind-missing' });
  });
});

describe('asking how much something costs or someone earns', () => {
  const strike = new AnswerEngine([
    articleOf('strike.txt', [
      "Pilots at Lakeside Air walked off the job on Friday, grounding most of the airline's flights.",
      'Analysts said each day of the strike could cost Lakeside Air about $20 million in lost revenue.',
      'The railroad said it would give $1,000 to each evacuated family while crews clean up the spill.',
      'Senior captains earn about $240,000 a year, the union said.',
      'The firm bought the rival terminal for $45 million.',
      'The city will provide another $3 million in aid to the families.',
    ]),
  ]);
  it('given "how much do Xs earn" and a passage giving a sum as a cost, then it declines: a cost is no pay', () => {
    expect(strike.ask('How much do Lakeside Air pilots earn?')).toMatchObject({ answered: false, reasonCode: 'sum-not-as-asked' });
  });
  it('given "how much will X cost" and a passage giving a sum as a gift, then it declines: a gift is no price', () => {
    expect(strike.ask('How much will the spill cleanup cost the railroad?')).toMatchObject({ answered: false, reasonCode: 'sum-not-as-asked' });
    expect(strike.ask('how much is the spill cleanup gonna cost the railroad')).toMatchObject({ answered: false, reasonCode: 'sum-not-as-asked' });
  });
  it('given a sum given as pay, a price "for" it, or money given away asked as spent, then that passage answers', () => {
    expect(strike.ask('How much do senior captains earn?')).toMatchObject({ answered: true });
    expect(strike.ask('How much did the firm pay for the terminal?')).toMatchObject({ answered: true });
    expect(strike.ask('How much has the city spent on the families?')).toMatchObject({ answered: true });
    expect(strike.ask('How much will the strike cost Lakeside Air?')).toMatchObject({ answered: true });
  });
});

describe('a word typed in lower case that the article writes only in a name', () => {
  const sdf = new AnswerEngine([
    articleOf('sdf.txt', [
      'The Syrian Democratic Forces have detained 10,000 ISIS fighters, a situation Blinken described as untenable.',
      'Blinken spoke in Rome on Monday.',
    ]),
  ]);
  it('given "is blinken a democrat?", then "Democratic" of the name does not answer it', () => {
    expect(sdf.ask('is blinken a democrat?').answered).toBe(false);
  });
  it('given the name\'s own word in lower case ("the democratic forces"), then the name still answers', () => {
    const answer = sdf.ask('how many fighters do the democratic forces hold');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });
});

describe('very common verbs the article does not write', () => {
  it('given "going" or "happened" of an article writing neither, then no passage is matched through their relatives ("trips")', () => {
    const ferry = new AnswerEngine([
      articleOf('ferry.txt', [
        'The district said the reduced schedule would run 14 round trips a day to Peaks Island instead of 21.',
        'The late-night boat leaving Portland would be dropped entirely until at least April.',
      ]),
    ]);
    for (const question of ['is the ferry going to stop running completely?', 'what happens to the late boat?']) {
      const matchedAs = ferry.ask(question).quotes.flatMap((quote) => Object.keys(quote.matchedAs ?? {}));
      expect([question, matchedAs.filter((typed) => /^(?:going|happens)$/.test(typed))]).toEqual([question, []]);
    }
  });
});

describe('questions of the bundled article that read figures, titles and sums', async () => {
  const { articles } = await loadBundledArticles();
  const engine = new AnswerEngine(articles);
  it('given a figure spelled in words ("ten thousand", "four hundred thirty six million"), then the sentence giving it in digits answers', () => {
    expect(engine.ask('did the SDF detain ten thousand fighters?').figures.map((f) => f.text)).toContain('10,000');
    expect(engine.ask('how much aid is four hundred thirty six million').figures.map((f) => f.text)).toContain('$436 million');
  });
  it('given "is the total 13 billion?", then the reason names the figure of about that size ("$13.5 billion"), not another holding 13', () => {
    expect(engine.ask('is the total 13 billion?')).toMatchObject({ answered: false, reasonCode: 'figure-given-otherwise', reason: 'The article gives “$13.5 billion”, not “13 billion”.' });
  });
  it('given "the secretary", whom the article names "Secretary of State Antony Blinken", then his words answer "what did the secretary say about kids"', () => {
    const answer = engine.ask('what did the secretary say about kids');
    expect([answer.answered, answer.quotes[0]?.text]).toEqual([true, expect.stringContaining('fighters of 13 and 14 years old')]);
  });
  it('given "how much did blinken pledge", then the close runner-up giving the aid answers, not the count of fighters ("how much" of a sentence that only counts things)', () => {
    const answer = engine.ask('how much did blinken pledge');
    expect(answer.answered).toBe(true);
    expect(answer.figures.map((f) => f.text)).toContain('$436 million');
  });
});

describe('measurements given in other terms', () => {
  const library = new AnswerEngine([
    articleOf('library.txt', [
      'The Riverside library reopened on Saturday, eight months after a flood filled its basement with nearly a metre of water.',
      'The repairs added a flood barrier that can be raised in 20 minutes.',
      'Director Ana Ruiz said the building was safer now.',
    ]),
  ]);
  it('given "how fast can the barrier go up", then how long it takes answers', () => {
    const answer = library.ask('how fast can the flood barrier go up?');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures.map((f) => f.text)]).toEqual([true, 2, ['20 minutes']]);
  });
  it('given "how deep was the water", then "nearly a metre of water" answers', () => {
    const answer = library.ask('how deep was the flood water?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
    expect(answer.figures.map((f) => f.text)).toContain('a metre');
  });
});

describe('an answer opening a list', () => {
  it('given the best sentence opens a list ("The renovated library includes:"), then its items are quoted with it, verbatim, in order', () => {
    const text = 'The library reopened on Monday after a flood.\n\nThe renovated library includes:\n\n- 40 new computers\n- a children\'s wing with 12 study rooms\n- free Wi-Fi hotspots for 500 households\n\nThe work cost $3 million.\n';
    const library = parseArticle({ file: 'library.md', text });
    const answer = new AnswerEngine([library]).ask('what does the renovated library include?');
    expect(answer.answered).toBe(true);
    expect(answer.quotes.slice(0, answer.answering).map((q) => q.text)).toEqual(['The renovated library includes:', '40 new computers', "a children's wing with 12 study rooms", 'free Wi-Fi hotspots for 500 households']);
    expectVerbatim(answer, [library]);
    expect(answer.figures.map((f) => f.text)).toEqual(['40', '12', '500']);
  });
});

describe('asking about one of a series ("the fourth quarter")', () => {
  const airline = new AnswerEngine([
    articleOf('airline.txt', [
      'SkyBridge Airlines on Tuesday reported a third-quarter net profit of $412 million, up 23% from a year earlier.',
      'Labor costs climbed 15% after pilots won a new four-year contract in June.',
      'There was no scoring in the first half, but early in the fourth, the Broncos drove to the 41-yard line.',
    ]),
  ]);
  it('given the answer writes another ordinal before the word asked ("third-quarter"), then it declines, naming both', () => {
    expect(airline.ask("what was skybridge's fourth-quarter profit?")).toMatchObject({ answered: false, reasonCode: 'ordinal-of-another', reason: 'The closest passage speaks of the third quarter, not the fourth quarter.' });
    const third = airline.ask('what was the third quarter profit?');
    expect([third.answered, third.quotes[0]?.sentence]).toEqual([true, 1]);
  });
  it('given the one asked is written too, if not before the word ("early in the fourth"), then it answers', () => {
    const fourth = airline.ask('where did the Broncos drive to early in the fourth quarter?');
    expect([fourth.answered, fourth.quotes[0]?.sentence]).toEqual([true, 3]);
  });
});

describe('a post typed as its short form ("ceo")', () => {
  const engine = new AnswerEngine([
    articleOf('airline.txt', ['SkyBridge Airlines reported a record profit on Tuesday.', 'Chief executive Rebecca Lindqvist, 54, said the bet on smaller cities was paying off.']),
    articleOf('solar.txt', ['Greenleaf Energy opened a solar farm in Nevada.', '“We are proud of every worker,” said Greenleaf CEO Dana Whitfield.']),
  ]);
  it('given "how old is the ceo" and "Chief executive Rebecca Lindqvist, 54", then the age is hers', () => {
    const answer = engine.ask('how old is the ceo', { article: 'airline' });
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures.map((f) => f.text)]).toEqual([true, 2, ['54']]);
  });
  it('given "the ceo\'s salary" of an article writing "CEO", then the decline does not say the CEO is never mentioned', () => {
    const answer = engine.ask("what is the ceo's salary?", { article: 'solar' });
    expect(answer.answered).toBe(false);
    expect(answer.reason).not.toMatch(/mentions “ceo/);
  });
});

describe('a day of the week asked in the plural ("on sundays")', () => {
  it('given the passage names only other days, then "is the library open on sundays" is declined as another day\'s news', () => {
    const library = new AnswerEngine([
      articleOf('library.txt', ['The library will reopen to the public on Saturday after a two-year renovation.', 'It will open until 9 p.m. on Thursday.', 'Mayor Luis Ferreira will cut the ribbon.']),
    ]);
    expect(library.ask('is the library open on sundays')).toMatchObject({ answered: false, reasonCode: 'other-day' });
    expect(library.ask('is the library open on saturdays')).toMatchObject({ answered: true });
  });
});

describe('several articles, the best passage in one that lacks the words asked', () => {
  it('given another article writes the words missed ("solar"), then its passages are judged and the reply speaks of it', () => {
    const solar = articleOf('solar.txt', [
      'Greenleaf Energy opened the Desert Bloom solar farm near Pahrump on Monday.',
      'The solar farm will power about 45,000 homes.',
      'The $210 million solar project covers 1,100 acres and uses 340,000 solar panels.',
      'Greenleaf sells the solar power to NV Energy under a 25-year agreement.',
    ]);
    const library = articleOf('library.txt', ['The Riverside library will reopen on Saturday after a renovation that cost $48.5 million.', 'The building has a rooftop garden.']);
    const answer = new AnswerEngine([solar, library]).ask('how much does the solar power cost per kwh');
    expect(answer.answered).toBe(false);
    expect(answer.quotes[0]?.article).toBe('solar');
    expect(answer.reason).not.toContain('Library');
  });
});

describe('questions about the articles themselves, with several loaded', () => {
  const airline = parseArticle({ file: 'airline-profit.txt', text: 'SkyBridge Airlines reported a record profit on Tuesday.\n', meta: { title: 'SkyBridge profit jumps', author: 'Alan Petrov' } });
  const library = parseArticle({ file: 'riverside-library.txt', text: 'The Riverside library reopens on Saturday.\n', meta: { title: 'Riverside Library reopens', author: 'Marta Okafor' } });
  const engine = new AnswerEngine([airline, library]);
  it('given "who wrote the airline story?", then the source of the article those words name is given', () => {
    expect(engine.ask('Who wrote the airline story?')).toMatchObject({ reasonCode: 'about-the-article', reason: expect.stringContaining('by Alan Petrov') });
    expect(engine.ask('who is the author of the library article')).toMatchObject({ reasonCode: 'about-the-article', reason: expect.stringContaining('by Marta Okafor') });
  });
  it('given "how much did it cost?" and a word both articles write, then it asks what "it" is; one article alone answers it', () => {
    const bridge = parseArticle({ file: 'bridge.txt', text: 'The Harbour Road bridge reopened on Monday.\nThe repairs cost $9 million.\n' });
    const ferry = parseArticle({ file: 'ferry.txt', text: 'The town bought a new ferry on Friday.\nThe ferry cost $12 million.\n' });
    expect(new AnswerEngine([bridge, ferry]).ask('How much did it cost?')).toMatchObject({ answered: false, reasonCode: 'pronoun-of-several', reason: expect.stringContaining('what “it” is') });
    const named = new AnswerEngine([bridge, ferry]).ask('How much did the ferry cost?');
    expect([named.answered, named.quotes[0]?.article]).toEqual([true, 'ferry']);
    expect(new AnswerEngine([ferry]).ask('How much did it cost?')).toMatchObject({ answered: true });
  });
  it.each(['Who is the author?', 'which articles do you know about?', 'what articles do you have'])('given "%s", then the reply points to /article, not to a passage', (question) => {
    expect(engine.ask(question)).toMatchObject({ answered: false, reasonCode: 'about-the-article', quotes: [], reason: expect.stringContaining('/article') });
  });
});

describe('an article\'s subject spoken of again with a figure before its noun ("The 9,000-seat stadium")', () => {
  it('given "how many seats does Seaview Park have?", then the sentence calling the park "the 9,000-seat stadium" answers', () => {
    const stadium = parseArticle({
      file: 'stadium.txt',
      meta: { title: 'Gulls to stay at Seaview Park' },
      text: ['The Harbor Gulls will stay at Seaview Park, the city announced on Monday.', 'Council members backed the deal after a long meeting.', 'The 9,000-seat stadium was built in 1994 and needs a new roof.'].join('\n'),
    });
    const answer = new AnswerEngine([stadium]).ask('How many seats does Seaview Park have?');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([true, 3, '9,000']);
  });
});

describe('an article\'s subject spoken of again as "the race"', () => {
  it('given "first rotterdam marathon year", then the sentence calling it "the race, first held in 1981" answers', async () => {
    const { articles } = await loadArticles('bench/train/articles');
    const marathon = articles.find((a) => a.id === 'rotterdam-marathon-course-record')!;
    const answer = new AnswerEngine([marathon]).ask('first rotterdam marathon year');
    expect([answer.answered, answer.quotes[0]?.text]).toEqual([true, 'The race, first held in 1981, is one of the oldest big-city marathons in Europe.']);
  });
});

describe('a name called again by the word it ends on ("the project" of the Desert Bloom Solar Project)', () => {
  it('given the name is not the article\'s subject, then "the $210 million project" is still the Desert Bloom project', () => {
    const solar = parseArticle({
      file: 'solar.txt',
      meta: { title: 'Greenleaf opens a solar farm in Nevada' },
      text: [
        'LAS VEGAS — Greenleaf Energy today opened the Desert Bloom Solar Project, a 150-megawatt solar farm near Pahrump.',
        'The $210 million project covers 1,100 acres and uses 340,000 solar panels.',
        '“Clean power can be built fast,” said Greenleaf CEO Dana Whitfield.',
        'Greenleaf sells the power to NV Energy under a 25-year agreement.',
        'The company operates wind farms in nine states.',
      ].join('\n'),
    });
    const answer = new AnswerEngine([solar]).ask('How much did the Desert Bloom project cost?');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([true, 2, '$210 million']);
  });
});

describe('a deed done again ("reopen")', () => {
  it('given "when does the library open?" and "will reopen on Saturday", then that sentence answers, not another using "open"', () => {
    const library = new AnswerEngine([
      articleOf('library.txt', [
        'The Riverside Central Library will reopen to the public on Saturday, April 6, after a two-year renovation.',
        'The renovated building has a rooftop garden.',
        'The city says it plans to open a smaller Eastgate branch in 2026.',
      ]),
    ]);
    const answer = library.ask('when does the library open?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });
});

describe('an article with a table', () => {
  const text = 'The Desert Bloom solar farm opened on Monday near Pahrump.\n\nKey figures:\n\n| Item | Value |\n|------|-------|\n| Capacity | 150 MW |\n| Battery storage | 60 MW / 240 MWh |\n| Homes powered | 45,000 |\n\nThe farm will sell its power to NV Energy under a 25-year agreement.\n';
  const farm = parseArticle({ file: 'farm.md', text });
  const engine = new AnswerEngine([farm]);
  it('given a question one row answers, then that row is quoted, not the whole table', () => {
    const answer = engine.ask('how big is the battery storage?');
    expect([answer.answered, answer.quotes[0]?.text]).toEqual([true, 'Battery storage | 60 MW / 240 MWh']);
    expectVerbatim(answer, [farm]);
  });
  it('given the line opening the table answers, then the rows are quoted with it', () => {
    const answer = engine.ask('what are the key figures?');
    expect(answer.quotes.slice(0, answer.answering).map((q) => q.text)).toEqual(['Key figures:', 'Item | Value', 'Capacity | 150 MW', 'Battery storage | 60 MW / 240 MWh', 'Homes powered | 45,000']);
  });
});

describe('an article in sections under Markdown headings', () => {
  const text = [
    '# Harbor fund approved',
    'The Port Ellis council approved a $4 million harbor fund on Tuesday after a three-hour debate.',
    'Mayor Dana Ruiz said the fund would keep the fishing fleet in town.',
    '## What the money pays for',
    'About $2.5 million will go to dredging the channel, which has silted up since 2019.',
    'The rest is set aside for repairs listed by the harbor master.',
    '## Who opposed it ##',
    'Councillor Mara Voss voted against the plan, saying it was rushed.',
  ].join('\n\n');
  const harbor = parseArticle({ file: 'harbor.md', text });
  const engine = new AnswerEngine([harbor]);
  it('given a question the heading asks ("what will the money pay for?"), then the sentence opening that section answers it', () => {
    const answer = engine.ask('What will the money pay for?');
    expect([answer.answered, answer.quotes[0]?.text]).toEqual([true, 'About $2.5 million will go to dredging the channel, which has silted up since 2019.']);
    expectVerbatim(answer, [harbor]);
    const opposed = engine.ask('who opposed the fund?');
    expect([opposed.answered, opposed.quotes[0]?.text]).toEqual([true, 'Councillor Mara Voss voted against the plan, saying it was rushed.']);
  });
  it('given a question about a later sentence of a section, then the heading does not pull it to the opening one', () => {
    expect(engine.ask('what is the rest set aside for?').quotes[0]?.text).toBe('The rest is set aside for repairs listed by the harbor master.');
  });
});

describe('asking what a thing costs, of a sum written before it', () => {
  const plan = new AnswerEngine([
    articleOf('plan.txt', [
      'The council approved the capital plan on Tuesday by a vote of 5-2.',
      'The single largest item is a $9.2 million replacement of the Harbor Road bridge, which inspectors rated poor in 2023.',
      'The library received a $2 million grant for the new reading room.',
    ]),
  ]);
  it('given "how much will the X cost" and "a $9.2 million replacement of the X", then that sum is what it costs', () => {
    const answer = plan.ask('How much will the Harbor Road bridge cost?');
    expect([answer.answered, answer.quotes[0]?.sentence, answer.figures[0]?.text]).toEqual([true, 2, '$9.2 million']);
  });
  it('given a sum for something else before the thing asked ("a $2 million grant for the reading room"), then it is no price of it', () => {
    expect(plan.ask('How much will the reading room cost?')).toMatchObject({ answered: false, reasonCode: 'sum-not-as-asked' });
  });
});

describe('asking "what is the X" of a sum of money', () => {
  const plant = new AnswerEngine([
    articleOf('plant.txt', [
      'Harwell Appliances will close its plant in Dunmore by June, eliminating 640 jobs at the plant.',
      'The company will report third-quarter results on Nov. 6.',
      'Workers at its other plant earn an average wage of $24 an hour.',
    ]),
  ]);
  it('given "what was the profit" and a passage with no sum of money, then it declines: only a sum answers', () => {
    expect(plant.ask('What was third-quarter profit?')).toMatchObject({ answered: false, reasonCode: 'wanted-kind-missing' });
  });
  it('given "what is the average wage" and a passage giving the wage as a sum, then that passage answers', () => {
    expect(plant.ask('What is the average wage at the other plant?')).toMatchObject({ answered: true });
  });
});

describe('asking of what a name owns', () => {
  const ruling = new AnswerEngine([
    parseArticle({
      file: 'ruling.txt',
      text: 'A judge ruled that Brightwave infringed patents held by its rival Quillon. The pads account for 11% of Brightwave’s annual revenue of $6.4 billion, analysts said.',
    }),
  ]);
  it('given "X\'s revenue" and a passage giving another name\'s revenue, then it declines, naming both', () => {
    expect(ruling.ask("What is Quillon's yearly revenue?")).toMatchObject({ answered: false, reasonCode: 'owned-by-another', reason: expect.stringContaining('Brightwave’s, not Quillon’s') });
    expect(ruling.ask("what is quillon's yearly revenue")).toMatchObject({ answered: false, reasonCode: 'owned-by-another', reason: expect.stringContaining('not quillon’s') });
  });
  it('given "X\'s revenue" and a passage giving X\'s own, then that passage answers', () => {
    expect(ruling.ask("What is Brightwave's yearly revenue?")).toMatchObject({ answered: true });
  });
  const launch = new AnswerEngine([
    parseArticle({
      file: 'launch.txt',
      text: 'NASA is paying Lumen Lunar $118 million for the flight. Lumen Lunar’s shares rose 18% in after-hours trading, while Meridian Aerospace’s shares fell 2%.',
    }),
  ]);
  it('given "X\'s shares" and a passage where a name of several words ending in a possessive holds X, then that name is X', () => {
    const rose = launch.ask("how much did lumen's stock go up");
    expect(rose.answered).toBe(true);
    expect(rose.quotes[0]?.sentence).toBe(2);
    expect(rose.figures.map((f) => f.text)).toContain('18%');
  });
  it('given "X\'s shares" and a passage giving only another name of several words, then it declines, naming that whole name', () => {
    const twoCompanies = new AnswerEngine([parseArticle({ file: 'two.txt', text: 'On Thursday, Meridian Aerospace’s shares fell 2%. Engineers at Lumen Lunar build landers in Texas.' })]);
    expect(twoCompanies.ask("how much did lumen's shares fall")).toMatchObject({ answered: false, reasonCode: 'owned-by-another', reason: expect.stringContaining('Meridian Aerospace’s, not lumen’s') });
  });
});
