import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures, previousWord, UNIT_DIMENSIONS, withSpelledNumbersInDigits, type FoundFigure } from '../src/core/figures.ts';

type Seen = Pick<FoundFigure, 'text' | 'kind' | 'value' | 'unit'>;

function figuresIn(text: string, year?: number): Seen[] {
  return extractFigures(text, { year }).map(({ text: figureText, kind, value, unit }) => ({ text: figureText, kind, value, unit }));
}

function expectWellFormed(text: string, figures: readonly FoundFigure[]): void {
  let previousEnd = 0;
  for (const figure of figures) {
    expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
    expect(figure.end).toBeGreaterThan(figure.start);
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    previousEnd = figure.end;
  }
}

describe('extractFigures on the bundled article', () => {
  const paragraphs = readFileSync(new URL('../data/abc-blinken-isis-rome-2021.txt', import.meta.url), 'utf8').split('\n');
  const { year } = JSON.parse(readFileSync(new URL('../data/abc-blinken-isis-rome-2021.meta.json', import.meta.url), 'utf8')) as {
    year: number;
  };
  const all = paragraphs.flatMap((paragraph) => figuresIn(paragraph, year));
  const find = (text: string): Seen | undefined => all.find((figure) => figure.text === text);

  it('given the article, then its money keeps scale and currency and drops "roughly"', () => {
    expect(find('$436 million')).toEqual({ text: '$436 million', kind: 'money', value: 436_000_000, unit: 'USD' });
    expect(find('$13.5 billion')).toEqual({ text: '$13.5 billion', kind: 'money', value: 13_500_000_000, unit: 'USD' });
  });

  it('given the article, then the fighters are counted with their noun', () => {
    expect(find('10,000')).toEqual({ text: '10,000', kind: 'count', value: 10_000, unit: 'fighters' });
  });

  it('given the article year, then "two years ago" resolves to a year', () => {
    expect(find('two years ago')).toEqual({ text: 'two years ago', kind: 'relative-date', value: 2019, unit: 'year' });
  });

  it('given the article, then the year, weekday and age phrase are each one figure', () => {
    expect(find('since 2011')).toEqual({ text: 'since 2011', kind: 'year', value: 2011, unit: null });
    expect(find('Monday')).toEqual({ text: 'Monday', kind: 'weekday', value: 'Monday', unit: null });
    expect(find('13 and 14 years old')).toEqual({ text: '13 and 14 years old', kind: 'age', value: '13-14', unit: 'years' });
  });

  it('given the article prose, then nothing else is taken for a figure', () => {
    const content = paragraphs.slice(0, -1).flatMap((paragraph) => figuresIn(paragraph, year));
    expect(content.map((figure) => figure.text)).toEqual([
      'Monday',
      '10,000',
      'two years ago',
      '13 and 14 years old',
      '$436 million',
      '$13.5 billion',
      'since 2011',
    ]);
  });

  it('given every paragraph, then each figure is a verbatim, ordered, non-overlapping slice', () => {
    for (const paragraph of paragraphs) expectWellFormed(paragraph, extractFigures(paragraph, { year }));
  });
});

describe('extractFigures on news sentences', () => {
  const cases: Array<[topic: string, sentence: string, expected: Seen[]]> = [
    [
      'football result',
      'Manchester City beat Chelsea 3-1 on Saturday, their 12th win in the 2022-23 season.',
      [
        { text: '3-1', kind: 'number', value: '3-1', unit: null },
        { text: 'Saturday', kind: 'weekday', value: 'Saturday', unit: null },
        { text: '2022-23', kind: 'year', value: '2022-23', unit: null },
      ],
    ],
    [
      'basketball',
      'LeBron James scored 31 points as the Lakers won 112–104 in front of about 18,000 fans.',
      [
        { text: '31', kind: 'count', value: 31, unit: 'points' },
        { text: '112–104', kind: 'number', value: '112-104', unit: null },
        { text: '18,000', kind: 'count', value: 18_000, unit: 'fans' },
      ],
    ],
    [
      'city budget',
      'The council approved a €2bn budget, up 12.5 per cent from last year, including £5.2m for roads.',
      [
        { text: '€2bn', kind: 'money', value: 2_000_000_000, unit: 'EUR' },
        { text: '12.5 per cent', kind: 'percent', value: 12.5, unit: 'percent' },
        { text: 'last year', kind: 'relative-date', value: 2023, unit: 'year' },
        { text: '£5.2m', kind: 'money', value: 5_200_000, unit: 'GBP' },
      ],
    ],
    [
      'earthquake',
      'About 300 people were killed and tens of thousands of residents fled after the magnitude 7.8 earthquake on Feb. 6, 2023.',
      [
        { text: '300', kind: 'count', value: 300, unit: 'people' },
        { text: 'tens of thousands', kind: 'count', value: null, unit: 'residents' },
        { text: '7.8', kind: 'number', value: 7.8, unit: null },
        { text: 'Feb. 6, 2023', kind: 'date', value: '2023-02-06', unit: null },
      ],
    ],
    [
      'election',
      'Turnout was 66.2%, and the Democrats won 52 seats to the Republicans’ 48 in the 2020 elections.',
      [
        { text: '66.2%', kind: 'percent', value: 66.2, unit: 'percent' },
        { text: '52', kind: 'count', value: 52, unit: 'seats' },
        { text: '48', kind: 'count', value: 48, unit: null },
        { text: '2020', kind: 'year', value: 2020, unit: null },
      ],
    ],
    [
      'company deal',
      'The company paid US$40 a share, or 5 million dollars in all, three weeks ago.',
      [
        { text: 'US$40', kind: 'money', value: 40, unit: 'USD' },
        { text: '5 million dollars', kind: 'money', value: 5_000_000, unit: 'USD' },
        { text: 'three weeks ago', kind: 'relative-date', value: null, unit: 'week' },
      ],
    ],
    [
      'accident',
      'A 12-year-old boy and a woman aged 40 were among two dozen injured; the youngest was age 7.',
      [
        { text: '12-year-old', kind: 'age', value: 12, unit: 'years' },
        { text: 'aged 40', kind: 'age', value: 40, unit: 'years' },
        { text: 'two dozen', kind: 'count', value: 24, unit: null },
        { text: 'age 7', kind: 'age', value: 7, unit: 'years' },
      ],
    ],
    [
      'court case',
      'The trial lasted 10 days; he got six months for 20 years of fraud committed since 5 March 2020.',
      [
        { text: '10 days', kind: 'duration', value: 10, unit: 'days' },
        { text: 'six months', kind: 'duration', value: 6, unit: 'months' },
        { text: '20 years', kind: 'duration', value: 20, unit: 'years' },
        { text: 'since 5 March 2020', kind: 'date', value: '2020-03-05', unit: null },
      ],
    ],
    [
      'national budget',
      'In June 2021 the ministry pledged ¥300 billion, part of a $1.2 trillion plan due by March 5, 2022.',
      [
        { text: 'June 2021', kind: 'date', value: '2021-06', unit: null },
        { text: '¥300 billion', kind: 'money', value: 300_000_000_000, unit: 'JPY' },
        { text: '$1.2 trillion', kind: 'money', value: 1_200_000_000_000, unit: 'USD' },
        { text: 'by March 5, 2022', kind: 'date', value: '2022-03-05', unit: null },
      ],
    ],
    [
      'town history',
      'Three decades ago the town had ten thousand residents, and a dozen shops closed yesterday.',
      [
        { text: 'Three decades ago', kind: 'relative-date', value: 1994, unit: 'year' },
        { text: 'ten thousand', kind: 'count', value: 10_000, unit: 'residents' },
        { text: 'a dozen', kind: 'count', value: 12, unit: 'shops' },
        { text: 'yesterday', kind: 'relative-date', value: null, unit: 'day' },
      ],
    ],
    [
      'army',
      'The U.S. sent five hundred and fifty soldiers, twenty-five tanks and 2,000 troops to the border.',
      [
        { text: 'five hundred and fifty', kind: 'count', value: 550, unit: 'soldiers' },
        { text: 'twenty-five', kind: 'count', value: 25, unit: 'tanks' },
        { text: '2,000', kind: 'count', value: 2000, unit: 'troops' },
      ],
    ],
    [
      'inflation',
      'Inflation eased to 3.5 in March, while twelve percent of firms expect rises of 10-15% by 2030.',
      [
        { text: '3.5', kind: 'number', value: 3.5, unit: null },
        { text: 'March', kind: 'date', value: '--03', unit: null },
        { text: 'twelve percent', kind: 'percent', value: 12, unit: 'percent' },
        { text: '10-15%', kind: 'percent', value: '10-15', unit: 'percent' },
        { text: 'by 2030', kind: 'year', value: 2030, unit: null },
      ],
    ],
    [
      'flood relief',
      'Officials set aside $5-10 million for 1.5 million people displaced in the 1990s floods.',
      [
        { text: '$5-10 million', kind: 'money', value: '5000000-10000000', unit: 'USD' },
        { text: '1.5 million', kind: 'count', value: 1_500_000, unit: 'people' },
        { text: '1990s', kind: 'year', value: 1990, unit: 'decade' },
      ],
    ],
    [
      'transfer fee',
      'The striker, who weighs 170 pounds, joined for 45 million pounds on a five-year deal next month.',
      [
        { text: '170 pounds', kind: 'measure', value: 170, unit: 'lb' },
        { text: '45 million pounds', kind: 'money', value: 45_000_000, unit: 'GBP' },
        { text: 'five-year', kind: 'duration', value: 5, unit: 'years' },
        { text: 'next month', kind: 'relative-date', value: null, unit: 'month' },
      ],
    ],
    [
      'hurricane',
      'Jane Smith, 45, fled the 150 mph winds with half a million people and 1 in 3 residents of the county.',
      [
        { text: '45', kind: 'age', value: 45, unit: 'years' },
        { text: '150 mph', kind: 'measure', value: 150, unit: 'mph' },
        { text: 'half a million', kind: 'count', value: 500_000, unit: 'people' },
        { text: '1 in 3', kind: 'percent', value: 33.3, unit: 'fraction' },
      ],
    ],
    [
      'quoted keeper',
      '"We waited for this in 2023," said Katrin Vollmer, 47.',
      [
        { text: '2023', kind: 'year', value: 2023, unit: null },
        { text: '47', kind: 'age', value: 47, unit: 'years' },
      ],
    ],
    [
      'league table',
      'Their No. 7 seed lost by 4 percentage points of the vote in 1998, two-thirds of fans said.',
      [
        { text: 'No. 7', kind: 'number', value: 7, unit: null },
        { text: '4 percentage points', kind: 'percent', value: 4, unit: 'percentage points' },
        { text: '1998', kind: 'year', value: 1998, unit: null },
        { text: 'two-thirds', kind: 'percent', value: 66.7, unit: 'fraction' },
      ],
    ],
  ];

  it.each(cases)('given a sentence about a %s, then exactly its figures are found', (_topic, sentence, expected) => {
    expect(figuresIn(sentence, 2024)).toEqual(expected);
  });

  it('given a share written in words ("nearly a third of its customers", "half the residents"), then it is a percentage marked as a fraction; "the third quarter", "half the time" are not', () => {
    expect(figuresIn('The store lost nearly a third of its customers, and half the residents left.')).toEqual([
      { text: 'a third', kind: 'percent', value: 33.3, unit: 'fraction' },
      { text: 'half', kind: 'percent', value: 50, unit: 'fraction' },
    ]);
    expect(figuresIn('Three quarters of the budget went on staff.')).toEqual([{ text: 'Three quarters', kind: 'percent', value: 75, unit: 'fraction' }]);
    expect(figuresIn('Sales rose in the third quarter of the year, though half the time the shop was shut.')).toEqual([]);
  });

  it('given a change by a share in words ("drop by at least three-quarters"), then it is a percentage; "half past" and "a quarter to nine" are clock times, "the first half of next year" a time', () => {
    expect(figuresIn('Patients saw their migraine days drop by at least three-quarters.')).toEqual([{ text: 'three-quarters', kind: 'percent', value: 75, unit: 'fraction' }]);
    expect(figuresIn('Prices were cut by half to 10%.')).toEqual([
      { text: 'half', kind: 'percent', value: 50, unit: 'fraction' },
      { text: '10%', kind: 'percent', value: 10, unit: 'percent' },
    ]);
    expect(figuresIn('The doors opened by half past.')).toEqual([]);
    expect(figuresIn('Sales should recover in the first half of next year.', 2024)).toEqual([{ text: 'next year', kind: 'relative-date', value: 2025, unit: 'year' }]);
  });

  it('given "nine days later" or "a week earlier", then it is a time counted from something told before, not a length of time; "two years later" stays a duration', () => {
    expect(figuresIn('Nine days later, a man robbed a credit union, a week earlier than police expected.')).toEqual([
      { text: 'Nine days later', kind: 'relative-date', value: null, unit: 'day' },
      { text: 'a week earlier', kind: 'relative-date', value: null, unit: 'week' },
    ]);
    expect(figuresIn('Two years later the band split.').map((f) => f.kind)).toEqual(['duration']);
  });

  it('given "one in three children" or "1 in 4 adults", then it is a share as a percentage; "3 in 2020" and "three in a row" are not', () => {
    expect(figuresIn('Nearly one in three children are overweight, and 1 in 4 adults.')).toEqual([
      { text: 'one in three', kind: 'percent', value: 33.3, unit: 'fraction' },
      { text: '1 in 4', kind: 'percent', value: 25, unit: 'fraction' },
    ]);
    expect(figuresIn('She ranked 3 in 2020 and won three in a row.').map((f) => f.kind)).toEqual(['count', 'year', 'count']);
  });

  it('given a distance in nautical miles, then it is a length measure, not a count of miles', () => {
    expect(figuresIn('Each jet can fly about 4,000 nautical miles without refuelling.')).toEqual([{ text: '4,000 nautical miles', kind: 'measure', value: 4000, unit: 'nmi' }]);
  });
  it('given a span of months ("from May to September", "between June and August"), then both months are dates; "Theresa May and June Carter" holds none', () => {
    expect(figuresIn('The garden is open from May to September.').map((f) => f.text)).toEqual(['May', 'September']);
    expect(figuresIn('Work stops between June and August.').map((f) => f.text)).toEqual(['June', 'August']);
    expect(figuresIn('Theresa May and June Carter met.')).toEqual([]);
  });
  it('given a distance in light-years or parsecs, then it is a length measure, not a count of years', () => {
    expect(figuresIn('The star is 41 light-years from Earth, or about 12.6 parsecs.')).toEqual([
      { text: '41 light-years', kind: 'measure', value: 41, unit: 'ly' },
      { text: '12.6 parsecs', kind: 'measure', value: 12.6, unit: 'pc' },
    ]);
  });

  it('given a time in words ("by the end of the year", "next spring", "in the coming months", "mid-2026"), then it is a time of the article\'s year when it says which', () => {
    expect(figuresIn('The company plans to apply for approval by the end of the year.', 2025)).toEqual([{ text: 'the end of the year', kind: 'relative-date', value: 2025, unit: 'year' }]);
    expect(figuresIn('The dig is scheduled to begin next spring, and talks ended last fall.', 2025)).toEqual([
      { text: 'next spring', kind: 'relative-date', value: 2026, unit: 'season' },
      { text: 'last fall', kind: 'relative-date', value: 2024, unit: 'season' },
    ]);
    expect(figuresIn('A ruling is expected in the coming months, with a launch by mid-2026.')).toEqual([
      { text: 'in the coming months', kind: 'relative-date', value: null, unit: 'month' },
      { text: 'mid-2026', kind: 'year', value: 2026, unit: null },
    ]);
    expect(figuresIn('The fall of the city came after the summer of protests, a story told in the spring issue.')).toEqual([]);
  });

  it('given no article year, then relative dates keep their unit but no value', () => {
    expect(figuresIn('The bridge opened two years ago and closed last year.')).toEqual([
      { text: 'two years ago', kind: 'relative-date', value: null, unit: 'year' },
      { text: 'last year', kind: 'relative-date', value: null, unit: 'year' },
    ]);
  });

  it('given a month alone after "in" or "since", then it is a date, but a capitalised "May" elsewhere is not', () => {
    expect(extractFigures('May Smith said the bridge will reopen in May.').map((f) => [f.text, f.kind, f.value])).toEqual([['May', 'date', '--05']]);
    expect(extractFigures('Prices have risen since March.').map((f) => f.text)).toEqual(['since March']);
  });
  it('given a date without a year, then the value is a month-day and not guessed from the article', () => {
    expect(figuresIn('The vote is on March 5th.', 2021)).toEqual([{ text: 'March 5th', kind: 'date', value: '--03-05', unit: null }]);
  });
});

describe('extractFigures on what a number counts', () => {
  it.each([
    ['Construction could begin in the spring of 2026 if permits are approved on schedule.', '2026', 'year', null],
    ['He scored 12 while teammates watched from the bench.', '12', 'count', null],
    ['The crews cleared 40 homes.', '40', 'count', 'homes'],
  ])('given "%s", then no noun across a conjunction is taken for what it counts', (sentence, text, kind, unit) => {
    expect(figuresIn(sentence).find((f) => f.text === text)).toMatchObject({ kind, unit });
  });
});

describe('numbers spelled in several words', () => {
  it.each([
    ['did they detain ten thousand fighters?', 'did they detain 10000 fighters?'],
    ['is the aid four hundred thirty six million', 'is the aid 436000000'],
    ['were there thirty-six boats', 'were there 36 boats'],
    ['one of the two ships', 'one of the two ships'],
    ['five twenty', 'five twenty'],
  ])('given "%s", then it reads "%s"', (text, digits) => {
    expect(withSpelledNumbersInDigits(text)).toBe(digits);
  });
});

describe('extractFigures on one of a unit', () => {
  it('given "nearly a metre of water" or "half a mile", then it is a measure of 1 or 0.5 of the unit; "a foot away" is none', () => {
    expect(figuresIn('Nearly a metre of water filled the basement.')).toContainEqual({ text: 'a metre', kind: 'measure', value: 1, unit: 'm' });
    expect(figuresIn('She ran half a mile.')).toContainEqual({ text: 'half a mile', kind: 'measure', value: 0.5, unit: 'mi' });
    expect(figuresIn('He stood a foot away in the yard.')).toEqual([]);
  });
});

describe('extractFigures on figures below zero', () => {
  it.each([
    ['The temperature was minus 5 degrees at noon.', 'minus 5 degrees', -5],
    ['Lows fell to −5°C overnight.', '−5°C', -5],
    ['Lows of -12 degrees Fahrenheit were recorded.', '-12 degrees Fahrenheit', -12],
    ['Sales changed by -4.2% in March.', '-4.2%', -4.2],
    ['The firm reported -$5 million in operating cash flow.', '-$5 million', -5_000_000],
  ])('given "%s", then the figure keeps its minus, in its text and its value', (sentence, text, value) => {
    const figures = extractFigures(sentence);
    expect(figures.find((f) => f.text === text)?.value).toBe(value);
    expectWellFormed(sentence, figures);
  });
  it('given a hyphen inside a code or range, or "plus or minus", then no figure turns negative', () => {
    const all = [
      ...figuresIn('The F-16 flew 10-12 sorties.'),
      ...figuresIn('The poll has a margin of error of plus or minus 3 percentage points.'),
      ...figuresIn('Growth in mid-2020 was 5%.'),
    ];
    expect(all.filter((f) => typeof f.value === 'number' && f.value < 0)).toEqual([]);
  });
});

describe('extractFigures in ordinary prose', () => {
  it.each([
    'He was one of the few who stayed; no one else did, and someone said one day it would change.',
    'U.S. and U.N. officials met in N.Y. and Washington, D.C., with a senior adviser.',
    'COVID-19 cases fell as G7 leaders met to discuss the F-16 deal and Section 230.',
    'They drove Route 66 in an iPhone 12 advert, then flew a Boeing 737 to the Tokyo 2020 Games.',
    'The 24/7 service opened on 9/11 in John 3:16 Church.',
    'Most voters backed a three-point plan.',
    'May she march on, he said, as the sun set.',
    'The Six Million Dollar Man and Three’s Company aired before World News Tonight and This Week.',
    'Protesters gathered outside 10 Downing Street and at 7 West 66th Street.',
  ])('given "%s", then no figure is invented', (sentence) => {
    expect(figuresIn(sentence, 2021)).toEqual([]);
  });

  it.each([
    ['Were 45 people hurt?', 45],
    ['Did 3 ships sink?', 3],
    ['How 12 miners got out', 12],
  ])('given a question opening on a capitalised word before its number ("%s"), then the number is a count, not part of a name', (text, value) => {
    expect(figuresIn(text)).toMatchObject([{ kind: 'count', value }]);
  });

  it('given "a" or a bare "one", then neither is a count, but "a dozen" and "one million" are', () => {
    expect(figuresIn('A man and one of his sons saw a dozen boats and one million birds.')).toEqual([
      { text: 'a dozen', kind: 'count', value: 12, unit: 'boats' },
      { text: 'one million', kind: 'count', value: 1_000_000, unit: 'birds' },
    ]);
  });

  it('given a number word opening the sentence, then it is a figure even though it is capitalised', () => {
    expect(figuresIn('Ten years later, the show Today was still on the air.')).toEqual([
      { text: 'Ten years', kind: 'duration', value: 10, unit: 'years' },
    ]);
  });

  it('given constant dollars of a year, then the year is not read as money', () => {
    expect(figuresIn('The program cost $170 billion in 2005 dollars.')).toEqual([
      { text: '$170 billion', kind: 'money', value: 170_000_000_000, unit: 'USD' },
      { text: '2005', kind: 'year', value: 2005, unit: null },
    ]);
  });

  it('given a geological "years ago", then no calendar year is invented', () => {
    expect(figuresIn('Early humans lived here 2.5 million years ago.', 2021)).toEqual([
      { text: '2.5 million years ago', kind: 'relative-date', value: null, unit: 'year' },
    ]);
  });

  it('given a rejected range, then the figures inside it are still found', () => {
    expect(figuresIn('It cost A$ 7 and 4 percent more.')).toEqual([
      { text: 'A$ 7', kind: 'money', value: 7, unit: 'AUD' },
      { text: '4 percent', kind: 'percent', value: 4, unit: 'percent' },
    ]);
  });
});

describe('extractFigures on times of day, measurements and ranges', () => {
  it('given the article\'s date, then "yesterday", "today" and "tomorrow" are its days; without it they stay unresolved', () => {
    const days = 'The mayor resigned yesterday, speaks today and leaves tomorrow, on the last day of February.';
    expect(extractFigures(days, { year: 2021, date: '2021-03-01' }).filter((f) => f.kind === 'relative-date').map((f) => [f.text, f.value])).toEqual([
      ['yesterday', '2021-02-28'],
      ['today', '2021-03-01'],
      ['tomorrow', '2021-03-02'],
    ]);
    expect(figuresIn('He left yesterday.', 2021)).toEqual([{ text: 'yesterday', kind: 'relative-date', value: null, unit: 'day' }]);
  });
  it('given the minute of a match, then it is a time written as match reports write it, and a count of minutes stays a duration', () => {
    expect(figuresIn('Foden scored in the 67th minute and Haaland in the 1st minute of stoppage time, after a 12-minute delay.')).toEqual([
      { text: '67th minute', kind: 'time', value: "67'", unit: null },
      { text: '1st minute', kind: 'time', value: "1'", unit: null },
      { text: '12-minute', kind: 'duration', value: 12, unit: 'minutes' },
    ]);
  });
  it('given "six days a week" or "12 hours a day", then it says how often, and is no duration', () => {
    const durations = (text: string) => figuresIn(text).filter((f) => f.kind === 'duration').map((f) => f.text);
    expect(durations('Crews worked in two shifts, six days a week, and finished three weeks ahead of schedule.')).toEqual(['three weeks']);
    expect(durations('Nurses work 12 hours a day, 40 hours per week and 8-hour-a-day shifts, for two years.')).toEqual(['two years']);
    expect(durations('It will take six days to repair.')).toEqual(['six days']);
  });
  it('given "a third straight year" or "the 5th consecutive month", then it is how long something has gone on, and "the first" is no run', () => {
    expect(figuresIn('A third straight year of drought left the reservoir low.')).toEqual([{ text: 'third straight year', kind: 'duration', value: 3, unit: 'years' }]);
    expect(figuresIn('It was the 5th consecutive month of losses.')).toEqual([{ text: '5th consecutive month', kind: 'duration', value: 5, unit: 'months' }]);
    expect(figuresIn('It was its 1st consecutive year of growth.')).toEqual([]);
  });
  it('given clock times, then each is one figure on the 24-hour clock with its time zone', () => {
    expect(figuresIn('The quake struck at 4:15 a.m., polls close at 8 p.m. ET and the curfew starts at 22:30 GMT.')).toEqual([
      { text: '4:15 a.m.', kind: 'time', value: '04:15', unit: null },
      { text: '8 p.m. ET', kind: 'time', value: '20:00', unit: 'ET' },
      { text: '22:30 GMT', kind: 'time', value: '22:30', unit: 'GMT' },
    ]);
    expect(figuresIn('Results came out at 4:05 p.m. Eastern time and at 9 a.m. Pacific Standard Time.').map((f) => [f.text, f.unit])).toEqual([
      ['4:05 p.m. Eastern time', 'ET'],
      ['9 a.m. Pacific Standard Time', 'PT'],
    ]);
    expect(figuresIn('Talks ran from noon until midnight, and again at 10am and 11 PM.').map((f) => f.value)).toEqual(['12:00', '00:00', '10:00', '23:00']);
  });

  it('given an hour of the day in words ("six in the morning", "9 at night", "ten o\'clock"), then it is a time, not a count', () => {
    expect(figuresIn('Dockworkers walked out at six in the morning and met again at 9 at night.').map((f) => [f.kind, f.text, f.value])).toEqual([
      ['time', 'six in the morning', '06:00'],
      ['time', '9 at night', '21:00'],
    ]);
    expect(figuresIn('The vote began at seven in the evening and ended before twelve at night; the bells rang at ten o\'clock.').map((f) => f.value)).toEqual(['19:00', '00:00', '10:00']);
    expect(figuresIn('Crews shut off the valves by a quarter past six; the pumps ran from half past seven in the evening to a quarter to five.').map((f) => f.value)).toEqual(['06:15', '19:30', '04:45']);
    expect(figuresIn('Six in the crew were rescued in the morning, and six past champions came.').map((f) => f.kind)).toEqual(['count', 'count']);
  });

  it('given "now in its seventh year", then it has run seven years', () => {
    expect(figuresIn('The festival, now in its seventh year, draws crowds; the league is in its 12th season.').map((f) => [f.kind, f.text, f.value, f.unit])).toEqual([
      ['duration', 'seventh year', 7, 'years'],
      ['duration', '12th season', 12, 'seasons'],
    ]);
  });

  it('given "her 60th birthday", then 60 is an age; an anniversary is no age', () => {
    expect(figuresIn('Mabel celebrated her 60th birthday on Saturday.').map((f) => [f.kind, f.value])).toEqual([['age', 60], ['weekday', 'Saturday']]);
    expect(figuresIn("The club marked its 100th anniversary.").filter((f) => f.kind === 'age')).toEqual([]);
  });

  it('given "John 3:16" or a ratio, then no time is invented', () => {
    expect(figuresIn('He quoted John 3:16 to the crowd.')).toEqual([]);
  });

  it('given measurements, then the unit is part of the figure and given in its short form', () => {
    expect(figuresIn('Winds of 140 mph pushed the storm 12 kilometres inland, where 45°C heat and 1,000 square miles of fire met a 5-mile convoy.')).toEqual([
      { text: '140 mph', kind: 'measure', value: 140, unit: 'mph' },
      { text: '12 kilometres', kind: 'measure', value: 12, unit: 'km' },
      { text: '45°C', kind: 'measure', value: 45, unit: '°C' },
      { text: '1,000 square miles', kind: 'measure', value: 1000, unit: 'sq mi' },
      { text: '5-mile', kind: 'measure', value: 5, unit: 'mi' },
    ]);
    expect(figuresIn('The plant makes 500 megawatts from 3.5 tonnes of fuel a day.').map((f) => [f.text, f.unit])).toEqual([
      ['500 megawatts', 'MW'],
      ['3.5 tonnes', 't'],
    ]);
  });

  it('given a sum followed by the name of its currency in words, then it is money in that currency', () => {
    expect(figuresIn('Damage reached 4.8 billion pesos, the hotel charged 120 francs and 5 million dollars went unspent.').map((f) => [f.text, f.kind, f.unit])).toEqual([
      ['4.8 billion pesos', 'money', 'pesos'],
      ['120 francs', 'money', 'CHF'],
      ['5 million dollars', 'money', 'USD'],
    ]);
  });

  it('given the ages of two people in one apposition ("Tomás and Rafael Ibarra, 19 and 23,"), then both are ages', () => {
    expect(figuresIn('The prize was shared by brothers Tomás and Rafael Ibarra, 19 and 23, who play boxers.').map((f) => [f.text, f.kind])).toEqual([
      ['19', 'age'],
      ['23', 'age'],
    ]);
  });

  it('given a sum in a country\'s currency written out ("20 million Kenyan shillings"), then it is money in that currency, not a count', () => {
    expect(figuresIn('Each was fined 20 million Kenyan shillings; the driver was paid 3,500 shillings. It cost 2.4 million Canadian dollars.').map((f) => [f.text, f.kind, f.unit])).toEqual([
      ['20 million Kenyan shillings', 'money', 'KES'],
      ['3,500 shillings', 'money', 'shillings'],
      ['2.4 million Canadian dollars', 'money', 'CAD'],
    ]);
    // A capitalised word that is no country's is not read as one: a year before "Canadian dollars" stays a year.
    expect(figuresIn('In 2020 Canadian dollars rose.').map((f) => [f.text, f.kind])).toEqual([['2020', 'year']]);
  });

  it('given telephone numbers in several styles, then no figure is read inside them, while the figures beside them stay', () => {
    for (const phone of ['1-800-555-0199', '860-555-0142', '(555) 123-4567', '0800 123 456', '+44 20 7946 0958']) {
      expect(figuresIn(`About 1,200 customers called the hotline, ${phone}, on Monday.`).map((f) => f.text), phone).toEqual(['1,200', 'Monday']);
    }
    expect(figuresIn('City won 3-1 in 1999, and 2-2 in 2000.').map((f) => f.text)).toEqual(['3-1', '1999', '2-2', '2000']);
  });
  it('given a number that labels one thing ("section 114", "flight 370", "route 66"), then it is no figure, unlike the counts beside it', () => {
    expect(figuresIn('A section 114 notice grounded flight 370 and closed route 66, stranding 239 people.').map((f) => f.text)).toEqual(['239']);
  });

  it('given a speed per second, then it is one speed, not a distance followed by a time', () => {
    expect(figuresIn('The probe flew at 14.6 kilometres per second, its camera panning at 2 m/s and the dust at 3 miles a second.').map((f) => [f.text, f.unit])).toEqual([
      ['14.6 kilometres per second', 'km/s'],
      ['2 m/s', 'm/s'],
      ['3 miles a second', 'mi/s'],
    ]);
    expect(['km/s', 'm/s', 'mi/s', 'ft/s'].map((unit) => UNIT_DIMENSIONS[unit])).toEqual(['speed', 'speed', 'speed', 'speed']);
  });

  it('given cents, basis points and a measurement joined by hyphens, then each reads as the money, share or area it is', () => {
    expect(figuresIn('Earnings rose 5 cents to 48 cents a share, margins fell 150 basis points and a 400,000-square-foot plant opened.')).toEqual([
      { text: '5 cents', kind: 'money', value: 0.05, unit: 'USD' },
      { text: '48 cents', kind: 'money', value: 0.48, unit: 'USD' },
      { text: '150 basis points', kind: 'percent', value: 150, unit: 'basis points' },
      { text: '400,000-square-foot', kind: 'measure', value: 400_000, unit: 'sq ft' },
    ]);
  });

  it('given a count of a two-word plural, then the second word is what is counted', () => {
    expect(figuresIn('The city will hire 12 additional police officers.')).toEqual([{ text: '12', kind: 'count', value: 12, unit: 'officers' }]);
  });

  it('given "between ... and ...", then the range is one figure, whatever it measures', () => {
    expect(figuresIn('It expects €14.2 billion to €14.8 billion; income rose from $268 million to $312 million.').map((f) => [f.text, f.value])).toEqual([
      ['€14.2 billion to €14.8 billion', '14200000000-14800000000'],
      ['$268 million', 268_000_000],
      ['$312 million', 312_000_000],
    ]);
    expect(figuresIn('Insured losses are between $9.1 billion and $9.3 billion.')).toEqual([
      { text: 'between $9.1 billion and $9.3 billion', kind: 'money', value: '9100000000-9300000000', unit: 'USD' },
    ]);
    expect(figuresIn('He served between 10 and 15 years after prices rose between 2 and 3 percent between 2010 and 2015.')).toEqual([
      { text: 'between 10 and 15 years', kind: 'duration', value: '10-15', unit: 'years' },
      { text: 'between 2 and 3 percent', kind: 'percent', value: '2-3', unit: 'percent' },
      { text: 'between 2010 and 2015', kind: 'year', value: '2010-2015', unit: null },
    ]);
    expect(figuresIn('Between 200 and 300 people fled, between the two towns.')).toEqual([{ text: 'Between 200 and 300', kind: 'count', value: '200-300', unit: 'people' }, { text: 'two', kind: 'count', value: 2, unit: 'towns' }]);
  });
});

describe('extractFigures on awkward text', () => {
  it('given curly quotes, dashes, emoji and invisible characters, then offsets still slice the figures exactly', () => {
    const text = '“We saw 10,000 people” 🎉 — 2011–2015,\u200b $436\u00a0million 👍🏽 in 5\u00a0days, 12\u202f%.';
    const figures = extractFigures(text);
    expectWellFormed(text, figures);
    expect(figures.map(({ text: figureText, value }) => [figureText, value])).toEqual([
      ['10,000', 10_000],
      ['2011–2015', '2011-2015'],
      ['$436\u00a0million', 436_000_000],
      ['5\u00a0days', 5],
      ['12\u202f%', 12],
    ]);
  });

  it('given thousands grouped with a non-breaking space, then the number is read whole', () => {
    expect(figuresIn('Some 10\u00a0000 fans came.')).toEqual([{ text: '10\u00a0000', kind: 'count', value: 10_000, unit: 'fans' }]);
  });

  it('given empty text or a lone surrogate, then it returns without throwing', () => {
    expect(extractFigures('')).toEqual([]);
    expect(() => extractFigures('\ud800 2011 \udfff $5')).not.toThrow();
  });

  it('given any string, then it never throws and returns ordered, non-overlapping, verbatim figures', () => {
    const newsy = fc.constantFrom(
      ' ', '$', '€', '%', '-', '–', ',', '.', '\u00a0', '\u200b', '🎉', '“', '’', '1', '2011', '13', '.5', ',000',
      ' million', ' billion', 'bn', ' years', ' old', ' ago', ' and ', ' of ', 'two', 'dozen', 'a ', 'one', 'March',
      'Monday', ' percent', 'since ', 'aged ', 'No.', 'F', 'Section ', 'last year', 'tens of thousands', ' people',
    );
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(newsy, { maxLength: 30 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }), (input, year) => {
        expectWellFormed(input, extractFigures(input, { year }));
      }),
      { numRuns: 500 },
    );
  });
});

/** `previousWord` scans by hand for what this expression finds in the 40 characters before the number. */
const PREVIOUS_WORD = /(\p{L}[\p{L}\p{M}'’.]*)[ \u00A0\u2009\u202F]{1,3}$/u;

describe('previousWord', () => {
  const byExpression = (source: string, start: number) => PREVIOUS_WORD.exec(source.slice(Math.max(0, start - 40), start))?.[1];

  it('given marks, apostrophes, dots, odd spaces and surrogates before a number, then the scan finds what the expression finds', () => {
    const cases = [
      'Route 66',
      'Section\u00A0\u2009230',
      'Game    8',
      "St. John's 3",
      ".'’a 5",
      'Ame\u0301lie 12',
      '\u0301e 4',
      '𝐀𝐁 7',
      `${'x'.repeat(39)}𝐀 9`,
      `${'y'.repeat(38)}𝐀 9`,
      'lone\uDC00 2',
      '\uD835 3',
      ' 5',
      '5',
    ];
    for (const text of cases) for (let start = 0; start <= text.length; start++) expect(previousWord(text, start), `${text} @${start}`).toBe(byExpression(text, start));
  });

  it('given any text, then the scan finds what the expression finds at every position', () => {
    const pieces = fc.constantFrom('a', 'B', 'é', '\u0301', '1', '𝐀', '.', "'", '’', '-', ' ', '\u00A0', '\u2009', '\u202F', '\uD835', '\uDC00', 'Route', 'abcdefghij');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (let start = 0; start <= text.length; start++) expect(previousWord(text, start), `${JSON.stringify(text)} @${start}`).toBe(byExpression(text, start));
      }),
    );
  });
});
