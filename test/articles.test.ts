import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_ID_MAX_LENGTH, loadArticles, parseArticle, parseMeta } from '../src/core/articles.ts';
import { splitSentences } from '../src/core/sentences.ts';
import { reportsSpeechBy } from '../src/core/speakers.ts';
import { quotationMatches } from '../src/core/quotation-search.ts';
import { loadBundledArticles } from './bundled-data.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence boundaries in news prose', () => {
  it('given "U.S." before a name, then the sentence is not broken', () => {
    expect(split('On Monday, U.S. Secretary of State Antony Blinken spoke. He left.')).toEqual(['On Monday, U.S. Secretary of State Antony Blinken spoke.', 'He left.']);
  });
  it('given titles, initials and decimals, then none of them ends a sentence', () => {
    expect(split('Dr. Jane A. Smith met Mr. Lee about $13.5 billion. It was late.')).toEqual(['Dr. Jane A. Smith met Mr. Lee about $13.5 billion.', 'It was late.']);
  });
  it('given a quotation closing after the full stop, then the quote mark stays with its sentence', () => {
    expect(split('He said, “We will win.” Then he left.')).toEqual(['He said, “We will win.”', 'Then he left.']);
  });
  it('given a quotation followed by "he said", then it is one sentence', () => {
    expect(split('“It just can’t go on,” he said. Next.')).toEqual(['“It just can’t go on,” he said.', 'Next.']);
  });
  it('given a sentence in parentheses, then it is a sentence of its own with its brackets', () => {
    expect(split('Prices rose. (Officials denied it.) Markets fell.')).toEqual(['Prices rose.', '(Officials denied it.)', 'Markets fell.']);
  });
  it('given an initialism that really ends a sentence, then a following "The" starts a new one', () => {
    expect(split('The talks moved to the U.S. The delegates agreed.')).toEqual(['The talks moved to the U.S.', 'The delegates agreed.']);
  });
  it('given "p.m." or "Inc." ending a sentence, then the next sentence starts, but not before a weekday, a time zone or a title', () => {
    expect(split('Results came out at 4:05 p.m. Eastern time. Shares rose 6%.')).toEqual(['Results came out at 4:05 p.m. Eastern time.', 'Shares rose 6%.']);
    expect(split('The meeting ran past 11 p.m. Several residents left.')).toEqual(['The meeting ran past 11 p.m.', 'Several residents left.']);
    expect(split('Landfall came at 4:15 a.m. Thursday near the town.')).toHaveLength(1);
    expect(split('The patent belongs to Teravolt Inc. Teravolt had sought damages.')).toHaveLength(2);
    expect(split('Acme Inc. Chief Executive Jane Doe spoke.')).toHaveLength(1);
  });
  it('given a dateline with a state abbreviation and an agency credit, then the dateline stays with its sentence', () => {
    expect(split('TACOMA, Wash. (AP) — Nurses approved a contract. The deal runs three years.')).toEqual([
      'TACOMA, Wash. (AP) — Nurses approved a contract.',
      'The deal runs three years.',
    ]);
    expect(split('WILMINGTON, Del. (Reuters) - A judge ruled Tuesday. It was final.')).toHaveLength(2);
    expect(split('Officials in Albany, N.Y. said the plan would cost $3 million. It passed.')).toHaveLength(2);
  });
  it('given a state abbreviation that really ends a sentence, then a following "The" starts a new one', () => {
    expect(split('The company moved to Portland, Ore. The move cost $2 million.')).toHaveLength(2);
  });
  it('given a dateline whose state is abbreviated before a news agency\'s credit, then the dateline stays with its sentence', () => {
    expect(split('OMAHA, Neb. (AP) — Two lenders agreed to merge. Shares rose.')).toEqual(['OMAHA, Neb. (AP) — Two lenders agreed to merge.', 'Shares rose.']);
    expect(split('Prices rose. (Officials denied it.) Markets fell.')).toHaveLength(3);
  });
  it('given question and exclamation marks, then each ends a sentence', () => {
    expect(split('Why now? Because it matters! Fine.')).toEqual(['Why now?', 'Because it matters!', 'Fine.']);
  });
});

describe('the bundled article', async () => {
  const { articles, problems } = await loadBundledArticles();
  const seed = articles.find((a) => a.id === 'abc-blinken-isis-rome-2021')!;

  it('given the bundled article, then it loads without problems', () => {
    expect(problems).toEqual([]);
    expect(seed).toBeDefined();
  });
  it('given the seed, then it has 12 content paragraphs and 13 sentences, paragraph 4 holding two', () => {
    expect(seed.paragraphs).toHaveLength(12);
    expect(seed.sentences).toHaveLength(13);
    expect(seed.sentences.filter((s) => s.paragraph === 4)).toHaveLength(2);
  });
  it('given the closing copyright line, then it is credit and not a sentence', () => {
    expect(seed.copyright).toMatch(/^Copyright © 2021, ABC Audio/);
    expect(seed.sentences.some((s) => s.text.includes('All rights reserved'))).toBe(false);
    expect(seed.meta.credit).toBe('ABC Audio');
    expect(seed.meta.year).toBe(2021);
  });
  it('given every loaded article, then each sentence, quotation and figure is a verbatim slice at its offsets', () => {
    for (const article of articles) {
      for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
      for (const q of article.quotations) expect(article.text.slice(q.start, q.end)).toBe(q.text);
      for (const f of article.figures) {
        expect(article.text.slice(f.start, f.end)).toBe(f.text);
        const sentence = article.sentences[f.sentence - 1]!;
        expect(f.start).toBeGreaterThanOrEqual(sentence.start);
        expect(f.end).toBeLessThanOrEqual(sentence.end);
      }
    }
  });
  it('given a quotation followed by "he said", then it is attributed to the person named before it', () => {
    const quote = seed.quotations.find((q) => q.text.startsWith('“It just'))!;
    expect(quote.speaker).toBe('Antony Blinken');
  });
  it('given an aside in parentheses naming someone else, then the next "he" still means the main speaker', () => {
    const aside = seed.sentences.find((s) => s.text.startsWith('(Former President'))!;
    const next = seed.sentences[aside.index]!;
    expect(next.speaker).toBe('Antony Blinken');
  });
});

describe('direct speech', () => {
  it('given a plural title before the speaker ("Councilmembers Ray Delgado said"), then the title is no part of the name', () => {
    const council = parseArticle({ file: 'council.txt', text: 'Councilmembers Ray Delgado said the fund was too small.\n“We are spending the rainy-day fund on salaries,” he said.\n' });
    expect(council.sentences[1]!.speaker).toBe('Ray Delgado');
  });
  it('given a quotation running on into the next sentence, then that sentence keeps the speaker', () => {
    const article = parseArticle({ file: 'x.txt', text: '“We will rebuild,” said Mayor Ann Lee. “It will take years.”\nThe council met on Monday.\n' });
    expect(article.sentences.map((s) => s.speaker)).toEqual(['Ann Lee', 'Ann Lee', undefined]);
  });
  it('given one quotation running over two sentences, then it is one quotation and both sentences are the speaker\'s', () => {
    const article = parseArticle({
      file: 'x.txt',
      text: '“We expect most customers back by Sunday. Crews are working around the clock,” said spokeswoman Ana Pruitt.\nThe storm passed on Friday.\n',
    });
    expect(article.sentences.map((s) => s.speaker)).toEqual(['Ana Pruitt', 'Ana Pruitt', undefined]);
    expect(article.quotations).toHaveLength(1);
    expect(article.quotations[0]).toMatchObject({ sentence: 1, speaker: 'Ana Pruitt', text: '“We expect most customers back by Sunday. Crews are working around the clock,”' });
  });
  const speakersOf = (lines: string[]) => parseArticle({ file: 'x.txt', text: lines.join('\n') }).quotations.map((q) => q.speaker);
  it('given a role in lower case between "said" and the name, then the name is the speaker, and the next "he" is them too', () => {
    expect(
      speakersOf([
        '"Winds are not giving us any breaks," said Chief Lena Morales.',
        '"I grabbed my dog, and that\'s all," said resident Tom Becker, 68. "Everything else is gone," he said.',
      ]),
    ).toEqual(['Lena Morales', 'Tom Becker', 'Tom Becker']);
  });
  it('given a long aside between the name and "called", then the name is the speaker, and the next "he" is them, not the last one quoted', () => {
    expect(
      speakersOf([
        '“That is a meaningful change,” said Dr. Helen Marsh, who led the study.',
        'Dr. Raymond Okafor, a headache specialist at the University of Toronto who was not involved in the research, called the results “solid but not revolutionary.”',
        '“It works about as well as the drugs we already have,” he said.',
      ]),
    ).toEqual(['Helen Marsh', 'Raymond Okafor', 'Raymond Okafor']);
  });
  it('given "said the council\'s president, Marc Thibodeau" or "said her attorney, Naomi Feld", then the name after the role and comma is the speaker', () => {
    expect(
      speakersOf([
        '"This is a regressive tax," said the council\'s president, Marc Thibodeau.',
        '"She trusted him like family," said her attorney, Naomi Feld, in a statement.',
      ]),
    ).toEqual(['Marc Thibodeau', 'Naomi Feld']);
  });
  it('given the post the article gives a speaker, before the name or between commas after it, then the quotation carries it; a courtesy title is none', () => {
    const article = parseArticle({
      file: 'library.txt',
      text: [
        'Mayor Luis Ferreira cut the ribbon at 10 a.m.',
        'Mayor Ferreira called the library "the living room of Riverside."',
        '"We wanted every child to have a room," said Priya Natarajan, the foundation\'s director.',
        '"It was worth the wait," said Dr. Elena Marsh.',
      ].join('\n'),
    });
    expect(article.quotations.map((q) => [q.speaker, q.speakerRole])).toEqual([
      ['Luis Ferreira', 'Mayor'],
      ['Priya Natarajan', "foundation's director"],
      ['Elena Marsh', undefined],
    ]);
    expect(article.quotations.filter((q) => quotationMatches(q, 'mayor')).map((q) => q.speaker)).toEqual(['Luis Ferreira']);
  });
  it('given a search, then each of its words must begin a word of the quotation or its speaker: "may" finds the Mayor, "he" not "the"', () => {
    const quotation = { article: 'a', text: '"the living room of Riverside."', start: 0, end: 31, paragraph: 1, sentence: 1, speaker: 'Luis Ferreira', speakerRole: 'Mayor' };
    expect(['may', 'river', 'ferreira living', 'he', 'iverside'].map((search) => quotationMatches(quotation, search))).toEqual([true, true, true, false, false]);
  });
  it('given a post written out ("Chief executive"), then its short form finds the quotation too ("ceo"), as a question would meet it', () => {
    const quotation = { article: 'a', text: '"We let our customers down."', start: 0, end: 28, paragraph: 1, sentence: 1, speaker: 'Dana Whitfield', speakerRole: 'Chief executive' };
    expect(['ceo', 'chief', 'cfo'].map((search) => quotationMatches(quotation, search))).toEqual([true, true, false]);
  });
  it('given a long title before the name, then only the name is the speaker', () => {
    expect(
      speakersOf([
        '"We have crews working around the clock," said Cal Fire Battalion Chief Lena Morales.',
        'Chief Financial Officer Raj Patel warned that "costs will rise."',
        '“We are proud of every worker,” said Greenleaf CEO Dana Whitfield.',
        'Analyst Tomas Reyes of Halverson Securities said the quarter was "about as good as it gets".',
      ]),
    ).toEqual(['Lena Morales', 'Raj Patel', 'Dana Whitfield', 'Tomas Reyes']);
  });
  it('given a short title with a full stop, a body after "of the", a rank of several words or a Spanish double surname, then the person is the speaker', () => {
    expect(
      speakersOf([
        '“We saw it coming,” said Dr. Lorraine Okafor.',
        'Analyst Marta Kowalczyk of the Institute for Baltic Studies said: “The market will not recover this year.”',
        '“Stay indoors,” Chief Inspector Hilde Vermeulen told reporters.',
        '“We are ready,” said Councillor Fatima Begum.',
        '“It is over,” said Dr. María García de la Vega y Ortiz.',
      ]),
    ).toEqual(['Lorraine Okafor', 'Marta Kowalczyk', 'Hilde Vermeulen', 'Fatima Begum', 'María García de la Vega y Ortiz']);
  });
  it('given "said" then the body a role is held in, the role and the name, then the person speaks, not the body', () => {
    expect(
      speakersOf([
        '"It is a huge night for the tour," said WTA spokesperson Hannah Keller.',
        '"Losing three years of work is painful," said Polarsyn\'s chief technology officer, Henrik Aasland.',
        '"This is a statement to Europe," said Ribeira president Joaquim Serrano at a news conference.',
      ]),
    ).toEqual(['Hannah Keller', 'Henrik Aasland', 'Joaquim Serrano']);
    expect(speakersOf(['"It is over," said Smith on Tuesday.', '"We won," said Jones in London.'])).toEqual(['Smith', 'Jones']);
  });
  it('given "Nobody" opening a quoted sentence, a title such as "Regent" or "Grandmaster", or a firm written with "&", then the speaker is the person or the firm', () => {
    expect(
      speakersOf([
        '"Everybody told me he was too small," Ellen Marsh said. "He didn\'t know that. Nobody told him."',
        '"We are balancing the budget on the backs of students," said Regent Paul Gustafsen.',
        '"How he responds will tell us everything," said Grandmaster Elena Moroz.',
        'Castellan & Reed said "Harbor at Dusk" would be shipped in the coming weeks.',
      ]),
    ).toEqual(['Ellen Marsh', 'Ellen Marsh', 'Paul Gustafsen', 'Elena Moroz', 'Castellan & Reed']);
  });
  it('given a name followed by an age and a second aside before "said", then that person speaks, not a place named before them', () => {
    expect(
      speakersOf([
        'Sheep farmer Tom McGovern, 58, whose family has farmed the hills for generations, said he feared the rules. "They tell us we are partners," he said.',
        'At the branch in central Leeds, retired teacher Margaret Dunn, 71, said she had waited an hour. "Nobody could tell me anything," she said.',
      ]),
    ).toEqual(['Tom McGovern', 'Margaret Dunn']);
  });
  it('given someone introduced with their age in the sentence before a "he said", then the quotation is theirs, not the last speaker\'s', () => {
    expect(
      speakersOf([
        '"The refuge did exactly what it was built to do," said Mining Minister Claudia Ferreira.',
        'The first miner to emerge was Héctor Carvajal, 49, the shift foreman.',
        '"We kept each other calm," he told reporters.',
        'For Lalu Ahmad Zainuddin, 71, a descendant of a noble family, the day was deeply personal.',
        '"My grandmother told us stories about it," he said.',
      ]),
    ).toEqual(['Claudia Ferreira', 'Héctor Carvajal', 'Lalu Ahmad Zainuddin']);
  });
  it('given "he said" many sentences after the last person named speaking, then the quotation is left without a speaker rather than given to them', () => {
    const between = Array.from({ length: 9 }, (_, i) => `The reform went on in its ${i + 1}th year across the region.`);
    expect(speakersOf(['"It will work," said historian Hans Weber.', ...between, '"Faith alone justifies," he wrote.'])).toEqual(['Hans Weber', undefined]);
    expect(speakersOf(['"It will work," said historian Hans Weber.', ...between.slice(0, 3), '"Faith alone justifies," he wrote.'])).toEqual(['Hans Weber', 'Hans Weber']);
  });
  it('given a title alone before "of the ... argued", then it names no speaker', () => {
    expect(speakersOf(['MacCulloch, Professor of the History of the Church at Oxford argued that it was “a blueprint.”'])).not.toContain('Professor');
  });
  it('given a sentence that reports what someone said without quoting it, then it is known as their speech', () => {
    expect(reportsSpeechBy('Blinken closed by praising the partnership against ISIS.', 'Blinken')).toBe(true);
    expect(reportsSpeechBy('Chief Financial Officer Raj Patel warned that costs would rise.', 'Patel')).toBe(true);
    expect(reportsSpeechBy('Webb finished with 35 points but missed a shot.', 'Webb')).toBe(false);
    expect(reportsSpeechBy('Blinken closed by praising the partnership.', 'Trump')).toBe(false);
  });
  it('given a person introduced by full name and quoted by surname before and after a full attribution, then every quote shows the full name', () => {
    expect(
      speakersOf([
        'The fire broke out in the engine room shortly after 9 p.m., according to Captain Maria Lopez.',
        '"Everyone knew the drill," Lopez said.',
        '"The crew did everything right," said Captain Maria Lopez, who has run the route for 12 years.',
        'Lopez said later: "We were lucky."',
      ]),
    ).toEqual(['Maria Lopez', 'Maria Lopez', 'Maria Lopez']);
  });
  it('given two people of the same surname, then a quote by surname alone is not given either full name', () => {
    expect(
      speakersOf([
        'Maria Lopez and her brother Juan Lopez both work on the ferry.',
        '"We were lucky," Lopez said.',
      ]),
    ).toEqual(['Lopez']);
  });
  it('given the speaker set off by commas, then the name is found on either side of the aside', () => {
    expect(
      speakersOf([
        'Maria Okafor, a 34-year-old nurse from Oak Park, said the fees would hurt. "I already pay $200 a month," she said.',
        'Teravolt\'s CEO, Michael R. Osei, said the verdict "sends a clear message."',
        'Several residents asked for more buses. "We need them," they said.',
      ]),
    ).toEqual(['Maria Okafor', 'Michael R. Osei', undefined]);
  });
  it('given a surname with a particle ("de Vries", "van Beethoven", "da Silva"), then the whole name is one speaker, however it is later shortened', () => {
    expect(
      speakersOf([
        '“We cannot keep the old quay standing,” Jan de Vries said.',
        '“Nobody should walk on it,” said de Vries.',
        'De Vries said the berth would move. “It is only for a while,” he said.',
        'The concert was given in memory of Ludwig van Beethoven.',
        '“Music heals,” Beethoven said.',
        'Maria da Silva, a skipper, said the move was hard. “We will manage,” she said.',
      ]),
    ).toEqual(['Jan de Vries', 'Jan de Vries', 'Jan de Vries', 'Ludwig van Beethoven', 'Maria da Silva']);
  });
});

describe('parsing article files', () => {
  it('given paragraphs separated by blank lines, then wrapped lines join into one paragraph', () => {
    const article = parseArticle({ file: 'x.txt', text: 'First line\nwraps here.\n\nSecond paragraph.\n' });
    expect(article.paragraphs.map((p) => p.text)).toEqual(['First line\nwraps here.', 'Second paragraph.']);
  });
  it('given a Markdown list, then each item is a sentence quoted without its bullet or number, and a heading with no blank line after it is no part of the text below', () => {
    const text = '## What the money pays for\nThe plan includes:\n- a new building on Main Street\n- a children\'s wing with 12 study rooms\n\nSteps:\n1. Pack a bag\n2. Leave early\n\nThe river crested on March\n15. Nobody was hurt.\n';
    const article = parseArticle({ file: 'levy.md', text });
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      "The plan includes:\n- a new building on Main Street\n- a children's wing with 12 study rooms",
      'Steps:\n1. Pack a bag\n2. Leave early',
      'The river crested on March\n15. Nobody was hurt.',
    ]);
    expect(article.sentences.map((s) => s.text)).toEqual([
      'The plan includes:',
      'a new building on Main Street',
      "a children's wing with 12 study rooms",
      'Steps:',
      'Pack a bag',
      'Leave early',
      'The river crested on March\n15.',
      'Nobody was hurt.',
    ]);
    for (const sentence of article.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    // The numbers of a numbered list are no figures.
    expect(article.figures.map((f) => f.text)).toEqual(['12', '15']);
  });
  it('given headings below the first, then each paragraph knows the section it stands under; the first heading titles the article', () => {
    const article = parseArticle({ file: 'fund.md', text: '# Harbor fund approved\n\nThe council approved the fund.\n\n## What the money pays for ##\n\nDredging comes first.\n\nThen repairs.\n\n### Who opposed it\nOne councillor voted no.\n' });
    expect(article.meta.title).toBe('Harbor fund approved');
    expect(article.paragraphs.map((p) => [p.text, p.section])).toEqual([
      ['The council approved the fund.', undefined],
      ['Dredging comes first.', 'What the money pays for'],
      ['Then repairs.', 'What the money pays for'],
      ['One councillor voted no.', 'Who opposed it'],
    ]);
  });
  it('given a pasted press release, then its markers are no paragraphs, its headline titles it and "About X" above the boilerplate heads a section', () => {
    const text = [
      'FOR IMMEDIATE RELEASE',
      '',
      '',
      'Greenleaf Energy Opens Solar Farm in Nevada',
      '',
      'LAS VEGAS – June 3, 2024 – Greenleaf Energy Inc. today opened a 150-megawatt solar farm.',
      '',
      'About Greenleaf Energy',
      'Greenleaf Energy Inc. is a renewable energy developer based in Denver, Colorado.',
      '',
      '###',
      '',
      'Contact:',
      'Sam Ortega',
      'Greenleaf Energy',
    ].join('\r\n');
    const release = parseArticle({ file: 'greenleaf.txt', text });
    expect(release.meta.title).toBe('Greenleaf Energy Opens Solar Farm in Nevada');
    expect(release.paragraphs.map((p) => [p.text.replace(/\r\n/g, ' / '), p.section])).toEqual([
      ['LAS VEGAS – June 3, 2024 – Greenleaf Energy Inc. today opened a 150-megawatt solar farm.', undefined],
      ['Greenleaf Energy Inc. is a renewable energy developer based in Denver, Colorado.', 'About Greenleaf Energy'],
      ['Contact: / Sam Ortega / Greenleaf Energy', 'About Greenleaf Energy'],
    ]);
    for (const sentence of release.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    // A first line ending on a full stop, or a dateline in capitals, is the article's text.
    expect(parseArticle({ file: 'a.txt', text: 'WASHINGTON —\nThe Senate voted on Friday.\n' }).paragraphs).toHaveLength(2);
    expect(parseArticle({ file: 'a.txt', text: 'The Senate voted on Friday.\nThe bill now goes to the House.\n' }).paragraphs).toHaveLength(2);
  });
  it('given a Markdown table, then each row is a sentence quoted without its bars, and the row of dashes is none', () => {
    const text = 'Key figures:\n\n| Item | Value |\n|------|-------|\n| Capacity | 150 MW |\n| Homes powered | 45,000 |\n\nThe farm opened on Monday.\n';
    const article = parseArticle({ file: 'farm.md', text });
    expect(article.sentences.map((s) => s.text)).toEqual(['Key figures:', 'Item | Value', 'Capacity | 150 MW', 'Homes powered | 45,000', 'The farm opened on Monday.']);
    for (const sentence of article.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
  it('given a numbered list a blank line below the line opening it, or items numbered in a row, then its numbers are markers, not figures', () => {
    const text = 'The ceremony will run in this order:\n\n1. a ribbon-cutting at 10 a.m.\n2. free tours until 4 p.m.\n\nSteps\n\n1. Pack a bag\n2. Leave early\n';
    const article = parseArticle({ file: 'day.md', text });
    expect(article.sentences.map((s) => s.text)).toEqual(['The ceremony will run in this order:', 'a ribbon-cutting at 10 a.m.', 'free tours until 4 p.m.', 'Steps', 'Pack a bag', 'Leave early']);
    expect(article.figures.map((f) => f.text)).toEqual(['10 a.m.', '4 p.m.']);
  });
  it('given a byline with a date, then that is the date of the article unless its metadata gives another year', () => {
    const text = '# Library reopens\n\n*By Marta Okafor — March 14, 2024*\n\nThe library reopens on Saturday.\n';
    expect(parseArticle({ file: 'library.md', text }).meta).toMatchObject({ author: 'Marta Okafor', date: '2024-03-14', year: 2024 });
    expect(parseArticle({ file: 'library.md', text, meta: { year: 2023 } }).meta).toMatchObject({ date: undefined, year: 2023 });
    expect(parseArticle({ file: 'library.md', text: text.replace('March 14', 'February 30') }).meta.date).toBeUndefined();
  });
  it('given a byline near the top, then it is no paragraph but the author (unless the metadata names one), and a headline above it titles the article', () => {
    const pasted = parseArticle({ file: 'ferry.txt', text: 'Ferry to cut winter trips\nBy Jane Doe, Staff Writer\nThe ferry will run fewer trips this winter.\n' });
    expect([pasted.meta.title, pasted.paragraphs.map((p) => p.text)]).toEqual(['Ferry to cut winter trips', ['The ferry will run fewer trips this winter.']]);
    const markdown = parseArticle({ file: 'levy.md', text: '# Voters approve levy\n\n*By Jordan Reyes, Eastfield Courier — November 6, 2024*\n\nVoters approved the levy on Tuesday.\n' });
    expect([markdown.meta.title, markdown.paragraphs.map((p) => p.text)]).toEqual(['Voters approve levy', ['Voters approved the levy on Tuesday.']]);
    expect([pasted.meta.author, markdown.meta.author]).toEqual(['Jane Doe', 'Jordan Reyes']);
    const credited = parseArticle({ file: 'ferry.txt', text: 'By Jane Doe\nThe ferry will run fewer trips.\n', meta: { author: 'J. Doe and R. Roe' } });
    expect(credited.meta.author).toBe('J. Doe and R. Roe');
    // A sentence opening on "By" is news, not a byline.
    const news = parseArticle({ file: 'flood.txt', text: 'By Tuesday, officials had evacuated 300 homes.\nThe river crested at 31 feet.\n' });
    expect(news.paragraphs).toHaveLength(2);
  });
  it('given front matter, then it becomes metadata and the id defaults to the file name', () => {
    const article = parseArticle({ file: 'data/harbour-bridge.md', text: '---\ntitle: Bridge reopens\nyear: 2024\n---\n# Heading\n\nThe bridge reopened on Monday.\n' });
    expect(article.id).toBe('harbour-bridge');
    expect(article.meta.title).toBe('Bridge reopens');
    expect(article.meta.year).toBe(2024);
    expect(article.sentences.map((s) => s.text)).toEqual(['The bridge reopened on Monday.']);
  });
  it('given front matter or a byte-order mark, then offsets still count from the first character of the file', () => {
    for (const raw of ['---\ntitle: Reef survey\n---\n\nDivers surveyed 40 reefs. Most were healthy.\n', '\uFEFFDivers surveyed 40 reefs. Most were healthy.\n']) {
      const article = parseArticle({ file: 'reef.md', text: raw });
      expect(article.text).toBe(raw);
      for (const s of article.sentences) expect(raw.slice(s.start, s.end)).toBe(s.text);
      expect(article.sentences.map((s) => s.text)).toEqual(['Divers surveyed 40 reefs.', 'Most were healthy.']);
    }
  });
  it('given front matter that is never closed, then the file is refused with a reason', () => {
    expect(() => parseArticle({ file: 'x.md', text: '---\ntitle: Open\nThe text.\n' })).toThrow(/no closing/);
  });
  it('given empty front matter, then it is read as no metadata, and nothing after it is refused as having no text', () => {
    expect(parseArticle({ file: 'x.md', text: '---\n---\nThe text.\n' }).paragraphs).toHaveLength(1);
    expect(() => parseArticle({ file: 'x.md', text: '---\n---\n' })).toThrow(/no paragraphs/);
  });
  it('given a file holding only a copyright line, then it is refused rather than offered as an article', () => {
    expect(() => parseArticle({ file: 'x.txt', text: 'Copyright © 2024, The Herald. All rights reserved.\n' })).toThrow(/only a copyright line/);
  });
  it('given no metadata, then the title comes from the file name and the credit and year from the copyright line', () => {
    const article = parseArticle({ file: 'data/bridge-reopens.txt', text: 'The bridge reopened.\nCopyright © 2019-2020, The Herald. All rights reserved.\n' });
    expect(article.meta).toMatchObject({ id: 'bridge-reopens', title: 'Bridge reopens', credit: 'The Herald', year: 2020 });
  });
  it('given invalid metadata, then the error says which field and why', () => {
    expect(() => parseArticle({ file: 'x.md', text: '---\nyear: soon\n---\nText.' })).toThrow(/year: expected a year such as 2021/);
    expect(() => parseArticle({ file: 'x.md', text: '---\nwriter: me\n---\nText.' })).toThrow(/unknown field "writer" \(the fields are id, title,/);
    expect(() => parseArticle({ file: 'x.md', text: '---\ntittle: Council meets\n---\nText.' })).toThrow(/unknown field "tittle"; did you mean "title"\? \(the fields are id, title,/);
    expect(() => parseArticle({ file: 'x.md', text: '---\ndate: June 28, 2021\n---\nText.' })).toThrow(/date must look like 2021-06-28/);
  });
  it('given a title too long, an empty dateline or a credit that is a number, then the error says so in plain words, with the length allowed', () => {
    const problemOf = (meta: unknown) => {
      try {
        parseMeta(meta);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(problemOf({ title: 'A'.repeat(262) })).toBe('invalid metadata: title must be at most 200 characters long, and is 262');
    expect(problemOf({ dateline: '  ' })).toMatch(/^invalid metadata: dateline must not be empty/);
    expect(problemOf({ credit: 5 })).toMatch(/^invalid metadata: credit must be text in quotes/);
    for (const message of [problemOf({ title: 'A'.repeat(262) }), problemOf({ dateline: '' }), problemOf({ credit: 5 }), problemOf({ id: 7 })]) {
      expect(message).not.toMatch(/Too (?:big|small)|expected string|Invalid input/);
    }
  });
  it('given a url, then a web address is kept and anything else is refused, saying what to write', () => {
    const withUrl = (url: string) => parseArticle({ file: 'x.md', text: `---\nurl: ${url}\n---\nText.` });
    expect(withUrl('https://example.com/story').meta.url).toBe('https://example.com/story');
    for (const url of ['javascript:alert(1)', 'ftp://example.com/story', 'example.com/story']) {
      expect(() => withUrl(url)).toThrow(/url: expected a web address starting with http:\/\/ or https:\/\//);
    }
  });
});

describe('loading a data folder', () => {
  const made: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'articles-'));
    made.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  it('given one broken file among good ones, then the good ones load and the problem names the file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'good.txt'), 'The council approved 12 new parks.\n');
    await writeFile(join(dir, 'empty.txt'), '   \n');
    await writeFile(join(dir, 'bad-meta.txt'), 'Some text here.\n');
    await writeFile(join(dir, 'bad-meta.meta.json'), '{ "year": ');
    await writeFile(join(dir, 'notes.json'), '{}');
    await writeFile(join(dir, 'gone.meta.json'), '{ "title": "Removed" }');
    const { articles, problems } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(problems.map((p) => p.file).sort()).toEqual([join(dir, 'bad-meta.txt'), join(dir, 'empty.txt'), join(dir, 'gone.meta.json')]);
    expect(problems.find((p) => p.file.endsWith('gone.meta.json'))!.problem).toMatch(/no article file beside it/);
    expect(problems.find((p) => p.file.endsWith('bad-meta.txt'))!.problem).toMatch(/not valid JSON/);
    expect(problems.find((p) => p.file.endsWith('empty.txt'))!.problem).toBe('the file holds only blank space, no text');
  });
  it('given "bridge.json" beside "bridge.txt", then it is named as not read, with the name metadata must have; other JSON files are left alone', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bridge.txt'), 'The bridge reopened on Monday.\n');
    await writeFile(join(dir, 'bridge.json'), '{ "title": "Bridge reopens" }');
    await writeFile(join(dir, 'notes.json'), '{}');
    const { articles, problems } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['bridge']);
    expect(problems).toEqual([{ file: join(dir, 'bridge.json'), problem: 'not read: an article\'s metadata goes in "bridge.meta.json"; rename it' }]);
  });
  it('given a metadata file whose date is not year-month-day, then the problem names that file and shows the form a date must take', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'good.txt'), 'The council approved 12 new parks.\n');
    await writeFile(join(dir, 'council.txt'), 'The council met on Monday.\n');
    await writeFile(join(dir, 'council.meta.json'), '{ "title": "Council meets", "date": "28/06/2021" }');
    const { articles, problems } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(problems).toEqual([{ file: join(dir, 'council.txt'), problem: expect.stringContaining('council.meta.json') }]);
    expect(problems[0]!.problem).toMatch(/date must look like 2021-06-28 \(year-month-day\), not "28\/06\/2021"/);
    expect(() => parseArticle({ file: 'x.md', text: '---\ndate: 2026-13-45\n---\nText.' })).toThrow(/date must be a real day of the calendar, and "2026-13-45" is not/);
    expect(() => parseArticle({ file: 'x.md', text: '---\nyear: 2026\ndate: 2024-01-01\n---\nText.' })).toThrow(/year: 2026 disagrees with date 2024-01-01/);
    expect(parseArticle({ file: 'x.md', text: '---\nyear: 2024\ndate: 2024-01-01\n---\nText.' }).meta.year).toBe(2024);
  });
  it('given a metadata file holding a JSON array or a string, then the problem names the file and says it must be a JSON object', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'council.txt'), 'The council met on Monday.\n');
    await writeFile(join(dir, 'council.meta.json'), '[{ "title": "Council meets" }]');
    await writeFile(join(dir, 'parks.txt'), 'The council approved 12 new parks.\n');
    await writeFile(join(dir, 'parks.meta.json'), '"Parks"');
    const { problems } = await loadArticles(dir);
    expect(problems.map((p) => p.problem).sort()).toEqual([
      'skipped: its metadata file council.meta.json must be a JSON object ({ "title": … }), not an array',
      'skipped: its metadata file parks.meta.json must be a JSON object ({ "title": … }), not a string',
    ]);
  });
  it('given an empty metadata file, or both "credit" and its other name "source", then the problem says so rather than dropping a value', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'council.txt'), 'The council met on Monday.\n');
    await writeFile(join(dir, 'council.meta.json'), ' \n');
    await writeFile(join(dir, 'parks.txt'), 'The council approved 12 new parks.\n');
    await writeFile(join(dir, 'parks.meta.json'), '{ "credit": "City Desk", "source": "Wire" }');
    const { problems } = await loadArticles(dir);
    expect(problems.map((p) => p.problem).sort()).toEqual([
      'skipped: its metadata file council.meta.json is empty: write a JSON object such as { "title": … }, or remove the file',
      expect.stringMatching(/parks\.meta\.json.*source.*another name for "credit", which is given too: keep one of them/),
    ]);
    expect(parseArticle({ file: 'x.md', text: '---\ncredit: Wire\nsource: Wire\n---\nText.' }).meta.credit).toBe('Wire');
  });
  it('given a date that cannot be read beside a year, then only the date is reported, not that the year disagrees with it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'council.txt'), 'The council met on Monday.\n');
    await writeFile(join(dir, 'council.meta.json'), '{ "year": 2023, "date": "13/06/2024" }');
    const { problems } = await loadArticles(dir);
    expect(problems[0]!.problem).toBe('skipped: its metadata file council.meta.json has invalid metadata: date must look like 2021-06-28 (year-month-day), not "13/06/2024"');
    expect(() => parseArticle({ file: 'x.md', text: '---\nyear: 2023\ndate: 2024-13-45\n---\nText.' })).toThrow(/^invalid metadata: date must be a real day of the calendar, and "2024-13-45" is not$/);
  });
  it('given a metadata file that is not JSON, then the problem says the article is skipped and which file is at fault', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'council.txt'), 'The council met on Monday.\n');
    await writeFile(join(dir, 'council.meta.json'), '{ "title": ');
    const { problems } = await loadArticles(dir);
    expect(problems[0]!.problem).toMatch(/^skipped: its metadata file council\.meta\.json is not valid JSON/);
  });
  it('given a metadata file with a trailing comma, then the problem names the comma and its line, not the bracket after it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'council.txt'), 'The council met on Monday.\n');
    await writeFile(join(dir, 'council.meta.json'), '{\n  "title": "Council meets",\n  "year": 2024,\n}\n');
    const { problems } = await loadArticles(dir);
    expect(problems[0]!.problem).toBe('skipped: its metadata file council.meta.json is not valid JSON (a comma after the last entry on line 3: remove it, JSON allows none there)');
  });
  it('given a metadata file with a name not in quotes, then the problem gives the line where reading it failed, not only a character offset', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'council.txt'), 'The council met on Monday.\n');
    await writeFile(join(dir, 'council.meta.json'), '{\n  "title": "Council meets",\n  year: 2024\n}\n');
    const { problems } = await loadArticles(dir);
    expect(problems[0]!.problem).toMatch(/^skipped: its metadata file council\.meta\.json is not valid JSON \(.*line 3, column 3\)\)$/);
  });
  it('given file names that make no plain id, then each is a problem with a name to rename it to, and the others load', async () => {
    const dir = await tempDir();
    const longest = 'a'.repeat(ARTICLE_ID_MAX_LENGTH);
    const refused: Record<string, string> = {
      '\u001b[31mred.txt': '31mred.txt',
      'café "news".md': 'cafe-news.md',
      '-rf.txt': 'rf.txt',
      '🌉.txt': 'article.txt',
      [`${longest}b.txt`]: `${longest}.txt`,
    };
    for (const name of [...Object.keys(refused), 'Bridge  reopens.txt', `${longest}.txt`, 'named-in-meta !.txt']) await writeFile(join(dir, name), 'The bridge reopened.\n');
    await writeFile(join(dir, 'named-in-meta !.meta.json'), '{ "id": "named-in-meta" }');
    const { articles, problems } = await loadArticles(dir);
    expect(articles.map((a) => a.id).sort()).toEqual(['Bridge-reopens', longest, 'named-in-meta']);
    expect(problems).toHaveLength(Object.keys(refused).length);
    for (const [name, suggestion] of Object.entries(refused)) {
      expect(problems).toContainEqual({ file: join(dir, name), problem: expect.stringContaining(`rename it, e.g. to "${suggestion}"`) as unknown });
    }
  });
  it('given metadata whose id starts with "-" or holds a space, then the metadata is refused', () => {
    for (const id of ['-x', 'a b']) expect(() => parseArticle({ file: 'x.md', text: `---\nid: ${id}\n---\nText.\n` })).toThrow(/id: use letters, digits/);
  });
  it('given a file holding a typed replacement character or a byte-order mark, then it loads as written, and given bytes that are not UTF-8, then it is refused', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'typed.txt'), '\uFEFFThe caf\uFFFD sign was misprinted.\n');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('The caf\xe9 reopened.\n', 'latin1'));
    const { articles, problems } = await loadArticles(dir);
    expect(articles.map((a) => a.text)).toEqual(['\uFEFFThe caf\uFFFD sign was misprinted.\n']);
    expect(problems).toEqual([{ file: join(dir, 'latin1.txt'), problem: 'the file is not valid UTF-8 text; save it again with UTF-8 encoding' }]);
  });
  it('given a metadata file saved with a byte-order mark (as Notepad does), then its fields are read', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'ferry.txt'), 'The ferry resumed service on Monday.\n');
    await writeFile(join(dir, 'ferry.meta.json'), '\uFEFF{ "title": "Ferry cuts", "year": 2024 }\n');
    const { articles, problems } = await loadArticles(dir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.meta.title)).toEqual(['Ferry cuts']);
  });
  it('given binary data, or text saved as UTF-16 with or without a byte-order mark, then each is refused saying what it is, and the other articles load', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'good.txt'), 'The council approved 12 new parks.\n');
    await writeFile(join(dir, 'zeros.txt'), Buffer.alloc(3000));
    await writeFile(join(dir, 'notepad.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The bridge reopened.\n', 'utf16le')]));
    await writeFile(join(dir, 'no-bom.txt'), Buffer.from('The bridge reopened.\n', 'utf16le'));
    const { articles, problems } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    const problemOf = (name: string) => problems.find((p) => p.file === join(dir, name))?.problem;
    expect(problemOf('zeros.txt')).toMatch(/binary data/);
    expect(problemOf('notepad.txt')).toBe('the file is UTF-16 text, not UTF-8; save it again with UTF-8 encoding');
    expect(problemOf('no-bom.txt')).toMatch(/UTF-16/);
  });
  it('given an article saved as .markdown, .text or .html, then each is reported with what to rename it to or save it as, rather than passed over in silence', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'good.txt'), 'The council approved 12 new parks.\n');
    await writeFile(join(dir, 'notes.markdown'), 'The bridge reopened.\n');
    await writeFile(join(dir, 'wire.text'), 'The bridge reopened.\n');
    await writeFile(join(dir, 'page.html'), '<p>The bridge reopened.</p>\n');
    await writeFile(join(dir, 'data.csv'), 'a,b\n');
    const { articles, problems } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(problems).toEqual([
      { file: join(dir, 'notes.markdown'), problem: expect.stringContaining('rename it to "notes.md"') as unknown },
      { file: join(dir, 'page.html'), problem: expect.stringContaining('save its text as "page.txt"') as unknown },
      { file: join(dir, 'wire.text'), problem: expect.stringContaining('rename it to "wire.txt"') as unknown },
    ]);
  });
  it('given two files with the same id, then the second is reported as a duplicate', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), 'One.\n');
    await writeFile(join(dir, 'a.md'), 'Two.\n');
    const { articles, problems } = await loadArticles(dir);
    expect(articles).toHaveLength(1);
    expect(problems[0]!.problem).toMatch(/duplicate article id "a"/);
  });
  it('given another file whose metadata claims an id, then the file named after the id keeps it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'good.txt'), 'The real article.\n');
    await writeFile(join(dir, 'dupid.txt'), 'A stray one.\n');
    await writeFile(join(dir, 'dupid.meta.json'), '{ "id": "good" }');
    const { articles, problems } = await loadArticles(dir);
    expect(articles.map((a) => a.file)).toEqual([join(dir, 'good.txt')]);
    expect(problems).toEqual([{ file: join(dir, 'dupid.txt'), problem: expect.stringMatching(/duplicate article id "good" \(already used by .*good\.txt\)/) }]);
  });
});
