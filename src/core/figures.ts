/**
 * Finds the figures in a sentence of news prose straight from the raw text, so "$13.5 billion" stays one
 * figure and every offset is exact (a word tokenizer would split it into "13", "5", "billion").
 *
 * What `value` holds, by kind (ranges such as "13 and 14 years old", "10-15%", "3-1" or "2019-20" give the
 * string "low-high" of the normalised numbers):
 * - money: the amount in units of the currency (436000000 for "$436 million", 0.48 for "48 cents"); unit is an ISO 4217 code.
 * - count: the number, or null for vague amounts ("tens of thousands"); unit is the counted noun when one
 *   clearly follows ("fighters"), else null. A bare "one" ("one of the few") or "a" is never a count.
 * - percent: unit "percent", "percentage points" or "basis points" (the value as written: 150 for "150 basis points"). age: unit "years" (or "months"... for babies).
 * - year: unit null, or "decade" for "the 1990s". A leading since/until/till/by/before/after stays in the
 *   text ("since 2011") because it changes what the year means; "in" stays out. Dates keep it the same way.
 * - date: "2021-03-05", "2021-06", or "--03-05" (ISO 8601 month-day) when the text gives no year: never
 *   guessed from the article, since "March 5" in a January article may be last year's.
 * - relative-date: a year when it counts in years and the article's year is known ("two years ago" → 2019,
 *   "last year" → 2020 in a 2021 article; unit "year"); the day when it names one and the article's date
 *   is known ("yesterday" → "2021-06-27" in an article of 2021-06-28; unit "day"); else null with the
 *   unit it counts in ("month").
 * - weekday: the capitalised name. duration: the number, unit plural ("weeks").
 * - time: a time of day as "HH:MM" on the 24-hour clock ("4:15 p.m." → "16:15", "noon" → "12:00"); unit is
 *   the time zone when one is written ("ET", "GMT"), else null. A minute of a match ("in the 67th minute")
 *   is a time too, the minute with an apostrophe as match reports write it ("67'"), unit null.
 * - measure: a number with a unit of length, area, weight, volume, speed, temperature or power; unit is its
 *   short form ("mph", "km", "ft", "kg", "°C", "MW"). "Between 10 and 15 years" is the range "10-15".
 * - number: other quantities: decimals with no counted noun, "No. 7", scores, "6.2-magnitude" (unit "magnitude").
 * Numbers inside names or codes ("COVID-19", "G7", "F-16", "Section 230", "Route 66") and telephone
 * numbers ("1-800-555-0199", "0800 123 456") are skipped.
 */
import type { Figure, FigureKind } from './types.ts';
import { kindAt, kindBefore, LETTER, MARK, startsWithCapital, UPPERCASE, widthAt, widthBefore } from './characters.ts';

export type FoundFigure = Omit<Figure, 'paragraph' | 'sentence'>;
export interface FigureContext {
  /** The article's year, used to resolve "two years ago" and "last year". */
  year?: number | undefined;
  /** The article's date ("2021-06-28"), used to resolve "today", "yesterday" and "tomorrow". */
  date?: string | undefined;
}

const SPACE = String.raw`[ \u00A0\u2009\u202F]{1,3}`;
const OPT_SPACE = String.raw`[ \u00A0\u2009\u202F]?`;
const DASH = String.raw`[\-\u2010\u2011\u2012\u2013]`;
/** A number starts a token: not inside a word, a code ("F-16", "9/11", "10:30") or a range's second half. */
const START = String.raw`(?<![\p{L}\p{N}\p{M}_.,:/#@'’]|[\p{L}\p{N}]${DASH})`;
const END = String.raw`(?![\p{L}\p{N}\p{M}_/:]|[.,]\d)`;
const WORD_START = String.raw`(?<![\p{L}\p{N}\p{M}])`;
const WORD_END = String.raw`(?![\p{L}\p{M}])`;

const DIGITS = String.raw`(?:\d{1,3}(?:[,\u00A0\u2009\u202F]\d{3})+|\d+)(?:\.\d+)?`;
const SCALE_WORD = 'hundred|thousand|million|billion|trillion';
const SMALL_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
// "a" only counts before a scale ("a dozen", "half a million"); "and" only joins after one ("three hundred and fifty").
const WORDS =
  `(?:(?:half${SPACE})?an?${SPACE}(?:dozen|${SCALE_WORD})|${SMALL_WORD})${WORD_END}` +
  `(?:(?:(?<=hundred|thousand|million|billion)${SPACE}and${SPACE}|${SPACE}|${DASH})` +
  `(?:${SMALL_WORD}|dozen|${SCALE_WORD})${WORD_END}){0,8}`;
const VAGUE =
  `(?:(?:tens|hundreds|thousands|millions|billions|dozens)(?:${SPACE}of${SPACE}(?:thousands|millions|billions))?` +
  `|(?:several|a${SPACE}few)${SPACE}(?:dozen|${SCALE_WORD}))${WORD_END}`;
const QUANTITY = `(?:${DIGITS}(?:(?:${SPACE}|${DASH})(?:${SCALE_WORD})${WORD_END})?|${VAGUE}|${WORDS})${END}`;
const RANGE = `(?:(?:${SPACE}(?:or|to)${SPACE}|${OPT_SPACE}${DASH}${OPT_SPACE})(?<q2>${QUANTITY}))?`;
/** Ages also pair with "and": "fighters of 13 and 14 years old". */
const AGE_RANGE = RANGE.replace('(?:or|to)', '(?:and|or|to)');
const YEAR = '(?:1\\d{3}|2[01]\\d{2})';
const TIME_UNIT = 'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries';
const SHORT_TIME_UNIT = 'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?';
/** The months and the days of the week, as articles write them. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** The months' short forms, as a pattern ("Sept" as well as "Sep"); "May" has none. */
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
/** A word that is a month's or a weekday's name: capitalised like a name, but a time. */
export const DAY_OR_MONTH_NAME = new RegExp(`^(?:${[...DAY_NAMES, ...MONTH_NAMES].join('|')})$`);
const MONTH = `(?<month>${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS})\\.?)${WORD_END}`;
const DAY = String.raw`(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}])`;
const DATE_YEAR = String.raw`(?:,?${SPACE}(?<year>${YEAR})(?![\p{L}\p{N}]))?`;
/** Prepositions that change what a date means; kept in the figure's text. */
const TIME_PREPOSITION = `(?:${WORD_START}(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter)${SPACE})?`;
const CURRENCY = String.raw`US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₩|(?:USD|EUR|GBP|JPY|AUD|CAD|CHF|CNY|INR)${SPACE}`;

/** The words before a month alone that make it a time ("in May", "since March", "early June"). */
const MONTH_MADE_TIME = `${WORD_START}(?:in|In|since|Since|until|Until|till|by|By|before|Before|after|After|during|During|from|From|between|Between|early|late|mid|last|next|this|of)[\\s\\u00a0-]+`;

/** Units of measurement as written (longest first, so "miles per hour" is not read as "miles") and their short forms. */
const MEASURE_UNITS: readonly (readonly [string, string])[] = [
  ['miles per hour|miles an hour|mph', 'mph'],
  ['kilomet(?:er|re)s per hour|kilomet(?:er|re)s an hour|km/h|kph', 'km/h'],
  ['kilomet(?:er|re)s (?:per|a) second|km/s', 'km/s'],
  ['met(?:er|re)s (?:per|a) second|m/s', 'm/s'],
  ['miles (?:per|a) second', 'mi/s'],
  ['(?:feet|foot) (?:per|a) second|ft/s', 'ft/s'],
  ['knots', 'knots'],
  ['square[- ]miles?|sq\\.? mi', 'sq mi'],
  ['square[- ]kilomet(?:er|re)s?|sq\\.? km|km²', 'km²'],
  ['square[- ](?:feet|foot)|sq\\.? ft', 'sq ft'],
  ['square[- ]met(?:er|re)s?|m²', 'm²'],
  ['light[- ]years?', 'ly'],
  ['parsecs?', 'pc'],
  ['kilomet(?:er|re)s?|km', 'km'],
  ['centimet(?:er|re)s?|cm', 'cm'],
  ['millimet(?:er|re)s?|mm', 'mm'],
  ['met(?:er|re)s?', 'm'],
  ['nautical miles?|nmi', 'nmi'],
  ['miles?', 'mi'],
  ['feet|foot|ft', 'ft'],
  ['inch(?:es)?', 'in'],
  ['yards?', 'yd'],
  ['kilograms?|kilos|kg', 'kg'],
  ['grams?', 'g'],
  ['metric tons|tonnes?', 't'],
  ['tons?', 'tons'],
  ['pounds?|lbs?', 'lb'],
  ['ounces?|oz', 'oz'],
  ['°C|degrees (?:Celsius|centigrade|C)(?![\\p{L}])', '°C'],
  ['°F|degrees (?:Fahrenheit|F)(?![\\p{L}])', '°F'],
  ['degrees?', 'degrees'],
  ['acres?', 'acres'],
  ['hectares?', 'ha'],
  ['lit(?:er|re)s?', 'L'],
  ['gallons?', 'gal'],
  ['barrels?', 'barrels'],
  ['kilowatt[- ]hours?|kWh', 'kWh'],
  ['megawatt[- ]hours?|MWh', 'MWh'],
  ['gigawatt[- ]hours?|GWh', 'GWh'],
  ['kilowatts?|kW', 'kW'],
  ['megawatts?|MW', 'MW'],
  ['gigawatts?|GW', 'GW'],
];
/** What a unit measures, so that "how heavy" is answered by kilograms and not by kilometres or dollars. */
export type Dimension = 'mass' | 'length' | 'speed' | 'temperature' | 'area';
export const UNIT_DIMENSIONS: Readonly<Record<string, Dimension>> = {
  mph: 'speed', 'km/h': 'speed', 'km/s': 'speed', 'm/s': 'speed', 'mi/s': 'speed', 'ft/s': 'speed', knots: 'speed',
  'sq mi': 'area', 'km²': 'area', 'sq ft': 'area', 'm²': 'area', acres: 'area', ha: 'area',
  ly: 'length', pc: 'length', km: 'length', cm: 'length', mm: 'length', m: 'length', mi: 'length', nmi: 'length', ft: 'length', in: 'length', yd: 'length',
  kg: 'mass', g: 'mass', t: 'mass', tons: 'mass', lb: 'mass', oz: 'mass',
  '°C': 'temperature', '°F': 'temperature', degrees: 'temperature',
};

/** The figure is a measurement of that dimension: kilograms for "how heavy", kilometres for "how long is the loop". */
export function isMeasureOf(figure: FoundFigure, dimension: Dimension): boolean {
  return figure.kind === 'measure' && figure.unit !== null && UNIT_DIMENSIONS[figure.unit] === dimension;
}
const MEASURE_UNIT = `(?<unit>${MEASURE_UNITS.map(([written]) => written).join('|')})`;
let measurePatterns: (readonly [RegExp, string])[] | undefined;
const measurePatternsOnce = () => (measurePatterns ??= MEASURE_UNITS.map(([written, unit]) => [new RegExp(`^(?:${written})$`, 'iu'), unit] as const));
const TIME_ZONE =
  '(?:[ \u00A0](?:(?<zone>ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|IST|JST|AEST|AEDT)' +
  '|(?<zoneName>Eastern|Central|Mountain|Pacific)[ \u00A0](?:(?:Standard|Daylight)[ \u00A0])?[Tt]ime)(?![\\p{L}]))?';
/** "between 10 and 15": the start of a range that reads as one figure with what follows it. */
const BETWEEN = `${WORD_START}[Bb]etween${SPACE}(?<q>${QUANTITY})${SPACE}and${SPACE}(?<q2>${QUANTITY})`;

const CURRENCY_CODES: Record<string, string> = {
  $: 'USD', US$: 'USD', A$: 'AUD', AU$: 'AUD', C$: 'CAD', CA$: 'CAD', NZ$: 'NZD', HK$: 'HKD', S$: 'SGD',
  R$: 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW',
};
/**
 * Currencies written as a word after the sum ("4.8 billion pesos", "12 francs"), with their code; a
 * word several countries' currencies share keeps the word ("pesos", "kronor").
 */
const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD', euros: 'EUR', pounds: 'GBP', yen: 'JPY', rupees: 'INR',
  pesos: 'pesos', francs: 'CHF', yuan: 'CNY', renminbi: 'CNY', rubles: 'RUB', roubles: 'RUB', reais: 'BRL', rand: 'ZAR',
  shekels: 'ILS', baht: 'THB', ringgit: 'MYR', dirhams: 'AED', naira: 'NGN', rupiah: 'IDR', lira: 'TRY', kronor: 'kronor', kroner: 'kroner',
  shillings: 'shillings', cedis: 'GHS', birr: 'ETB', kwacha: 'kwacha', riyals: 'riyals', hryvnias: 'UAH', forints: 'HUF', zlotys: 'PLN',
};
/** "2.4 million Canadian dollars": a country's word before the currency's says whose it is. */
const NATIONAL_CURRENCIES: Record<string, string> = {
  'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'new zealand dollars': 'NZD', 'hong kong dollars': 'HKD', 'singapore dollars': 'SGD',
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', 'kenyan shillings': 'KES', 'ugandan shillings': 'UGX', 'tanzanian shillings': 'TZS',
  'swiss francs': 'CHF', 'mexican pesos': 'MXN', 'argentine pesos': 'ARS', 'colombian pesos': 'COP', 'chilean pesos': 'CLP', 'philippine pesos': 'PHP',
  'swedish kronor': 'SEK', 'norwegian kroner': 'NOK', 'danish kroner': 'DKK', 'indian rupees': 'INR', 'pakistani rupees': 'PKR', 'turkish lira': 'TRY',
};
const CURRENCY_WORD = Object.keys(CURRENCY_WORDS).join('|');
/**
 * Other names of currencies, which a sum is read with as a count ("5,000 won" may be a tally, "1.1
 * billion crowns" a herd): singular forms, and names of more than one thing.
 */
const OTHER_CURRENCY_NAMES = /^(?:crowns?|krona|franc|ruble|rouble|peso|lire|won|dinars?|dirham|shekel|real|zloty|forints?)$/i;

/** The word names a currency: "pesos", "crowns", "won". A count of it is a sum of money, whatever the figure's kind. */
export function namesCurrency(word: string): boolean {
  return CURRENCY_WORDS[word.toLowerCase()] !== undefined || OTHER_CURRENCY_NAMES.test(word);
}
const MONEY_ABBREVIATIONS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** "zero" to "twenty" and the tens up to "ninety", with their values. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map(SMALL_WORD.split('|').map((word, index) => [word, index < 20 ? index : (index - 18) * 10]));
const UNITS_IN_YEARS: Record<string, number> = { year: 1, decade: 10, century: 100 };
const RELATIVE_OFFSETS: Record<string, number> = { last: -1, this: 0, next: 1 };
const DAY_OFFSETS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

/** "2021-06-28" moved by whole days, in the calendar (UTC, so no clock change moves it). */
function shiftedDay(isoDate: string, days: number): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "yesterday", "today", "tonight", "tomorrow": a day told by the article's date. */
export function countsFromArticleDate(word: string): boolean {
  return DAY_OFFSETS[word.toLowerCase()] !== undefined;
}

/** The day of the week "tomorrow" is for an article dated `date` ("Friday" for a Thursday's article); none without a date. */
export function dayCalled(word: string, date: string | undefined): string | undefined {
  const offset = DAY_OFFSETS[word.toLowerCase()];
  if (offset === undefined || date === undefined || !ISO_DATE.test(date)) return undefined;
  // getUTCDay counts from Sunday; DAY_NAMES from Monday.
  return DAY_NAMES[(new Date(`${shiftedDay(date, offset)}T00:00:00Z`).getUTCDay() + 6) % 7];
}
const MONTH_NUMBERS = MONTH_NAMES.map((month) => month.slice(0, 3).toLowerCase());
const MAX_AGE = 130;
const FIRST_YEAR = 1000;
const LAST_YEAR = 2199;

/** Words that end a counted-noun search: the number is not followed by what it counts. */
const NOT_COUNTED = new Set(
  ('a an the of and or but nor to in on at for from with by into as than that which who whom whose was were is ' +
    'are be been being has have had will would could should may might must can did do does this these those its ' +
    'it their his her our per percent more less fewer each other others such since until after before during ' +
    'across against over under about around out off up down so yet also not no all both said says plus minus ' +
    'times if when where while because unless though although whether once then through within without between ' +
    'among amid despite via toward towards upon onto whereas').split(' '),
);
/** Abbreviated units a number may be followed by ("150 mph winds"): the unit, not the noun after it. */
const MEASURES = new Set('mph kph km m cm mm kg g lb lbs ft mi sq kw mw gw kwh'.split(' '));
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set('people children men women police personnel staff cattle sheep fish feet teeth mice geese crew'.split(' '));
/** A capitalised word before a number that does not make the number part of a name ("About 300", "In 2011"). */
const NOT_NAMES = new Set(
  ('about above across after against almost along also among an and another approximately around as at barely ' +
    'before below between both but by despite during each even every exactly fewer for from he her his if in ' +
    'including it its just least less like more most nearly no of on only or over per perhaps roughly she since ' +
    'some than that the their these they this those through to total under until up we when while with within ' +
    'without yet all estimated i ' +
    // A question opens on these: "Were 45 people hurt?", "Did 3 ships sink?".
    'is are was were be been do does did has have had will would could can should how what why who which where there here you').split(' '),
);
/** Words before a four-digit number that make it a year rather than a count ("the 2020 elections"). */
const YEAR_LEADS = new Set('the in since during until its their this that his her our'.split(' '));

interface Reading {
  kind: FigureKind;
  value: number | string | null;
  unit: string | null;
}
interface Match {
  groups: Partial<Record<string, string>>;
  start: number;
  end: number;
  source: string;
}

const tidy = (n: number): number => Number(n.toPrecision(12));
const plural = (unit: string): string => (unit === 'century' ? 'centuries' : unit.endsWith('s') ? unit : `${unit}s`);
const singular = (unit: string): string => (unit === 'centuries' ? 'century' : unit.replace(/s$/, ''));

function parseWords(words: readonly string[]): number | undefined {
  if (words[0] === 'half') {
    const whole = parseWords(words.slice(1));
    return whole === undefined ? undefined : whole / 2;
  }
  let total = 0;
  let group = 0;
  let previousSmall: number | undefined;
  for (const [index, word] of words.entries()) {
    const small = SMALL_NUMBERS.get(word);
    if (small !== undefined) {
      // "twenty five" joins; "five twenty" is two numbers, not one.
      if (previousSmall !== undefined && !(previousSmall >= 20 && small < 10)) return undefined;
      group += small;
      previousSmall = small;
      continue;
    }
    previousSmall = undefined;
    if (word === 'dozen') group = (group || 1) * 12;
    else if (word === 'hundred') group = (group || 1) * 100;
    else if (SCALES[word]) [total, group] = [total + (group || 1) * SCALES[word], 0];
    else if (!(word === 'and' || (index === 0 && (word === 'a' || word === 'an')))) return undefined;
  }
  return total + group;
}

const splitWords = (raw: string): string[] =>
  raw.toLowerCase().replace(/(?<=\d)[,\u00A0\u2009\u202F](?=\d{3})/gu, '').split(/[\s\u2010-\u2013-]+/u);

/** The multiplier a written scale applies: 1e6 for "5 million" or "5m", 1 for "5". */
function scaleOf(raw: string): number {
  const [first = '', second = ''] = splitWords(raw);
  if (!/^\d/.test(first)) return 1;
  return SCALES[second] ?? MONEY_ABBREVIATIONS[first.replace(/^[\d.,]+/, '')] ?? 1;
}

/** Two or more number words in a row, one a scale or a round ten before a unit: "ten thousand", "thirty-six", "four hundred thirty six million". */
const SPELLED_NUMBER_WORD = `${SMALL_WORD}|hundred|thousand|million|billion|trillion`;
const SPELLED_NUMBER = new RegExp(String.raw`\b(?:${SPELLED_NUMBER_WORD})(?:(?:\s+and)?[\s-]+(?:${SPELLED_NUMBER_WORD}))+\b`, 'gi');

/** What every such run holds: a scale, or a round ten before a unit. Most questions hold neither. */
const SPELLED_NUMBER_HINT = /\b(?:hundred|thousand|million|billion|trillion)\b|ty[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b/i;

/** `text` with numbers spelled in several words written in digits ("ten thousand" as "10000"); the rest as it was. */
export function withSpelledNumbersInDigits(text: string): string {
  if (!SPELLED_NUMBER_HINT.test(text)) return text;
  return text.replace(SPELLED_NUMBER, (run) => {
    const value = parseWords(splitWords(run.toLowerCase()));
    return value === undefined ? run : String(value);
  });
}

/** The number a quantity phrase stands for; null for vague amounts; undefined when it is not one number. */
function parseQuantity(raw: string): number | null | undefined {
  const words = splitWords(raw);
  if (/^(?:tens|hundreds|thousands|millions|billions|dozens|several|a few)\b/.test(words.join(' '))) return null;
  const [first = ''] = words;
  if (!/^\d/.test(first)) return parseWords(words);
  return tidy(Number.parseFloat(first) * scaleOf(raw));
}

/** A single amount, or "low-high" for a range; a scale written once covers both ends ("$5-10 million"). */
function readAmount(low: string | undefined, high: string | undefined): number | string | null | undefined {
  const from = parseQuantity(low ?? '');
  if (high === undefined || from == null) return from;
  const to = parseQuantity(high);
  if (to == null || to <= from) return undefined;
  const sharedScale = scaleOf(low ?? '') === 1 ? scaleOf(high) : 1;
  return `${tidy(from * sharedScale)}-${to}`;
}

/** How far back `previousWord` looks. */
const PREVIOUS_WORD_REACH = 40;
const isSpaceBeforeNumber = (code: number): boolean => code === 0x20 || code === 0xa0 || code === 0x2009 || code === 0x202f;
const isInnerPunctuation = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2e;

/**
 * The word right before `start`, one to three spaces away, within 40 characters: what
 * /(\p{L}[\p{L}\p{M}'’.]*)[ \u00A0\u2009\u202F]{1,3}$/u finds in those 40 characters. Scanned by
 * hand (see characters.ts): a question's figures are read only now and then, and the pattern's
 * compiling cost more than the rest of reading them. test/figures.test.ts holds the scan to the pattern.
 */
export function previousWord(source: string, start: number): string | undefined {
  const from = Math.max(0, start - PREVIOUS_WORD_REACH);
  let end = start;
  while (end > from && isSpaceBeforeNumber(source.charCodeAt(end - 1))) end--;
  if (end === start || start - end > 3) return undefined;
  // Back over the word's characters; it starts at the earliest letter among them.
  let wordStart = -1;
  for (let at = end; at > from; ) {
    const code = source.charCodeAt(at - 1);
    const kind = isInnerPunctuation(code) ? 0 : kindBefore(source, at, from);
    if (!(kind & (LETTER | MARK)) && !isInnerPunctuation(code)) break;
    at -= widthBefore(source, at, from);
    if (kind & LETTER) wordStart = at;
  }
  return wordStart < 0 ? undefined : source.slice(wordStart, end);
}

/** Has a capital letter (\p{Lu}) anywhere. */
function hasCapital(word: string): boolean {
  for (let at = 0; at < word.length; at += widthAt(word, at)) if (kindAt(word, at) & UPPERCASE) return true;
  return false;
}

/** "Section 230", "Route 66", "iPhone 12": a capitalised word right before the number names something. */
function isPartOfName(source: string, start: number): boolean {
  const word = previousWord(source, start);
  if (word === undefined || !hasCapital(word) || /['’]s?$/.test(word)) return false;
  return !NOT_NAMES.has(word.toLowerCase().replace(/\.$/, ''));
}

const looksPlural = (word: string): boolean =>
  IRREGULAR_PLURALS.has(word) || (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ics)$/.test(word));
const FOLLOWING_WORD = /[ \u00A0\u2009\u202F]{1,3}(\p{L}[\p{L}\p{M}'’-]*)/uy;
const COUNTED_NOUN_REACH = 3;

/** The plural noun a count counts, looking past capitalised modifiers and adjectives ("10,000 ISIS fighters"). */
function countedNoun(source: string, end: number, vague: boolean): string | null {
  FOLLOWING_WORD.lastIndex = end;
  for (let index = 0; index < COUNTED_NOUN_REACH; index++) {
    const word = FOLLOWING_WORD.exec(source)?.[1]; // sticky: each word must follow the last
    if (word === undefined) return null;
    const lower = word.toLowerCase();
    if (vague && index === 0 && lower === 'of') continue;
    if (index === 0 && MEASURES.has(lower)) return word;
    if (NOT_COUNTED.has(lower)) return null;
    if (looksPlural(lower) && word !== word.toUpperCase()) {
      // "police officers", "fire trucks": a plural followed by another plural counts the second.
      const next = FOLLOWING_WORD.exec(source)?.[1];
      const counted = next !== undefined && looksPlural(next.toLowerCase()) && !NOT_COUNTED.has(next.toLowerCase()) ? next : word;
      return startsWithCapital(counted) ? counted : counted.toLowerCase();
    }
  }
  return null;
}

const CLOCK_TIME = /[ \u00A0]?[ap]\.?m(?![\p{L}])/iuy;
const COMPOUND_ADJECTIVE = /[-\u2010\u2011](\p{Ll}+)/uy;
function stickyTest(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

/** "the 2020 elections", "Britain's 2019 election", "in 2005 dollars": the word before makes it a year. */
function followsYearLead(source: string, start: number): boolean {
  const lead = previousWord(source, start);
  return lead !== undefined && (YEAR_LEADS.has(lead.toLowerCase()) || /['’]s$/.test(lead));
}

const STREET_ADDRESS = /(?:[ \u00A0][\p{Lu}\d][\p{L}\d.]*){1,3}[ \u00A0](?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Lane|Drive|Square|Place)(?![\p{L}])/uy;

/** Words after which a number written in digits labels one thing rather than counting: "section 114", "flight 370", "route 66". */
const NUMBER_LABELS = new Set('section article chapter clause paragraph page room flight route gate platform exit highway interstate bus line'.split(' '));

function readBareNumber({ groups, start, end, source }: Match): Reading | null {
  const raw = groups.q ?? '';
  // A bare "one" is usually a pronoun ("one of the few"); "007" or a stray "000" is a code, not a quantity.
  if (/^one$/i.test(raw) || /^0\d/.test(raw) || isPartOfName(source, start)) return null;
  if (/^\d/.test(raw) && NUMBER_LABELS.has(previousWord(source, start)?.toLowerCase() ?? '')) return null;
  if (stickyTest(CLOCK_TIME, source, end) || stickyTest(STREET_ADDRESS, source, end)) return null;
  const value = parseQuantity(raw);
  if (value === undefined) return null;
  const compound = stickyTest(COMPOUND_ADJECTIVE, source, end);
  if (compound) return /^\d/.test(raw) ? { kind: 'number', value, unit: compound[1] ?? null } : null;
  const noun = countedNoun(source, end, value === null);
  if (/^\d{4}$/.test(raw) && value !== null && value >= FIRST_YEAR && value <= LAST_YEAR) {
    if (!noun || followsYearLead(source, start)) return { kind: 'year', value, unit: null };
  }
  if (typeof value === 'number' && !Number.isInteger(value) && !noun) return { kind: 'number', value, unit: null };
  return { kind: 'count', value, unit: noun };
}

/**
 * A date's value as a reader writes it: "March" for "--03", "March 3" for "--03-03", "March 2021" for
 * "2021-03", "March 3, 2021" for "2021-03-03". Undefined for anything that is no such value.
 */
export function readableDate(value: string): string | undefined {
  const parts = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const month = MONTH_NAMES[Number(parts?.[2]) - 1];
  if (!parts || !month) return undefined;
  const [, year, , day] = parts;
  const monthDay = day === undefined ? month : `${month} ${Number(day)}`;
  return year === undefined ? monthDay : day === undefined ? `${monthDay} ${year}` : `${monthDay}, ${year}`;
}

function readDate({ groups }: Match): Reading | null {
  const month = MONTH_NUMBERS.indexOf((groups.month ?? '').slice(0, 3).toLowerCase()) + 1;
  const pad = (n: number | string): string => String(n).padStart(2, '0');
  const monthDay = groups.day === undefined ? '' : `-${pad(groups.day)}`;
  const value = groups.year ? `${groups.year}-${pad(month)}${monthDay}` : `--${pad(month)}${monthDay}`;
  return { kind: 'date', value, unit: null };
}

function readAge({ groups }: Match): Reading | null {
  const value = readAmount(groups.q, groups.q2);
  const ages = typeof value === 'string' ? value.split('-').map(Number) : [value];
  if (value == null || ages.some((age) => typeof age !== 'number' || age > MAX_AGE)) return null;
  return { kind: 'age', value, unit: plural(groups.unit ?? 'year') };
}

function readMoney({ groups }: Match): Reading | null {
  const value = readAmount(groups.q, groups.q2);
  const symbol = (groups.currency ?? '').trim().toUpperCase();
  return value == null ? null : { kind: 'money', value, unit: CURRENCY_CODES[symbol] ?? symbol };
}

function readMoneyInWords({ groups, source, start }: Match): Reading | null {
  const value = parseQuantity(groups.q ?? '');
  const currency = (groups.currency ?? '').toLowerCase();
  // "200 pounds" is more often a weight; "5 million pounds" is money; "in 2005 dollars" is a year's dollars.
  if (value == null || (currency === 'pounds' && !/illion|thousand/i.test(groups.q ?? ''))) return null;
  if (/^\d{4}$/.test(groups.q ?? '') && followsYearLead(source, start)) return null;
  const nation = groups.nation?.trim().replace(/\s+/g, ' ').toLowerCase();
  // A capitalised word that is no country's ("2,000 Bitcoin dollars") leaves the sum unread.
  if (nation !== undefined) {
    const unit = NATIONAL_CURRENCIES[`${nation} ${currency}`];
    return unit ? { kind: 'money', value, unit } : null;
  }
  return { kind: 'money', value, unit: CURRENCY_WORDS[currency] ?? null };
}

function readPercent({ groups }: Match): Reading | null {
  const value = readAmount(groups.q, groups.q2);
  const unit = groups.points ? 'percentage points' : groups.basis ? 'basis points' : 'percent';
  return value == null ? null : { kind: 'percent', value, unit };
}

const FRACTION = `(?:(?<one>a|one)${SPACE}(?<part>third|quarter|fifth|tenth)|(?<many>two|three|four)(?:${SPACE}|${DASH})(?<parts>thirds|quarters|fifths|tenths)|(?<half>half))`;
/** Parts of a whole, by the word naming one of them. */
const FRACTION_PARTS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
const FRACTION_COUNTS: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, four: 4 };

/** "half the time", "a third of the way", "half past", "a quarter to nine": no share of anything counted. */
const NO_SHARE_AFTER =
  /^\s+(?:(?:of\s+)?(?:the\s+|this\s+|next\s+|last\s+)?(?:time|way|hour|day|week|month|year|decade|century|season|game|match|inning|\d{4}\b)|past\b|to\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b(?!\s*(?:%|percent|per|million|billion)))/i;
/** "the first half of next year", "the second half": a part of a time or a game, not a share. */
const NO_SHARE_BEFORE = /\b(?:first|second|latter|back|front|opening|closing|final)[\s-]+$/i;

/** "a third" is 33.3 percent, "three-quarters" 75: written in words, and marked so (unit "fraction"). */
function readFraction({ groups, source, start, end }: Match): Reading | null {
  if (NO_SHARE_AFTER.test(source.slice(end)) || NO_SHARE_BEFORE.test(source.slice(Math.max(0, start - 12), start))) return null;
  const count = groups.half ? 1 : FRACTION_COUNTS[(groups.one ?? groups.many ?? '').toLowerCase()];
  const parts = groups.half ? 2 : FRACTION_PARTS[(groups.part ?? groups.parts ?? '').toLowerCase().replace(/s$/, '')];
  if (!count || !parts || count >= parts) return null;
  return { kind: 'percent', value: Math.round((1000 * count) / parts) / 10, unit: 'fraction' };
}

/** "one in three children", "1 in 4 adults": a share, as a percentage (unit "fraction"). */
function readOneIn({ groups }: Match): Reading | null {
  const count = parseQuantity(groups.count ?? '');
  const of = parseQuantity(groups.of ?? '');
  if (count == null || of == null || !(count > 0) || !(of > count)) return null;
  return { kind: 'percent', value: Math.round((1000 * count) / of) / 10, unit: 'fraction' };
}

/** "48 cents" is money: 0.48 in dollars (the usual currency of cents in news copy). */
function readCents({ groups }: Match): Reading | null {
  const value = readAmount(groups.q, groups.q2);
  if (value == null) return null;
  const inDollars = (cents: number): number => tidy(cents / 100);
  return { kind: 'money', value: typeof value === 'number' ? inDollars(value) : value.split('-').map((part) => inDollars(Number(part))).join('-'), unit: 'USD' };
}

function readMeasure({ groups }: Match): Reading | null {
  const value = readAmount(groups.q, groups.q2);
  const written = (groups.unit ?? '').replace(/\s+/g, ' ');
  const unit = measurePatternsOnce().find(([pattern]) => pattern.test(written))?.[1];
  return value == null || unit === undefined ? null : { kind: 'measure', value, unit };
}

function readSingleUnit({ groups }: Match): Reading | null {
  const unit = measurePatternsOnce().find(([pattern]) => pattern.test(groups.single ?? ''))?.[1];
  return unit === undefined ? null : { kind: 'measure', value: groups.half ? 0.5 : 1, unit };
}

function readClockTime({ groups, source, start }: Match): Reading | null {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const zone = groups.zone ?? (groups.zoneName ? `${groups.zoneName[0]}T` : null);
  if (groups.word) return { kind: 'time', value: /^mid(?:night)$/i.test(groups.word) ? '00:00' : '12:00', unit: zone };
  if (groups.half) {
    const hour = (Number(groups.h) % 12) + (/^p/i.test(groups.half) ? 12 : 0);
    return { kind: 'time', value: `${pad(hour)}:${groups.m ?? '00'}`, unit: zone };
  }
  // "John 3:16" cites a verse; "at 14:30" is a time.
  if (isPartOfName(source, start)) return null;
  return { kind: 'time', value: `${pad(Number(groups.h24))}:${groups.m24}`, unit: zone };
}

const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

function readHourOfDay({ groups }: Match): Reading | null {
  const part = groups.part ?? '';
  // A bare number is a count ("six of them"): only a part of the day or "past"/"to" makes it an hour.
  if (!part && !groups.past && !groups.to) return null;
  const written = groups.hour!.toLowerCase();
  const named = SMALL_NUMBERS.get(written) ?? Number(written);
  // "A quarter to six" is 5:45.
  const hour = groups.to ? (named + 11) % 12 || 12 : named;
  // Afternoon, evening and night hours are after noon ("seven in the evening" is 19:00); "twelve at night" is midnight.
  const later = /afternoon|evening|night/i.test(part);
  const value = later ? (hour % 12) + (hour === 12 && /night/i.test(part) ? 0 : 12) : hour % 12 === 0 && /morning/i.test(part) ? 0 : hour;
  const minutes = groups.to ? '45' : groups.past ? (/half/i.test(groups.past) ? '30' : '15') : '00';
  return { kind: 'time', value: `${String(value % 24).padStart(2, '0')}:${minutes}`, unit: null };
}

function readCountRange({ groups, source, end }: Match): Reading | null {
  const value = readAmount(groups.q, groups.q2);
  return value == null ? null : { kind: 'count', value, unit: countedNoun(source, end, false) };
}

function readYearSpan({ groups }: Match): Reading | null {
  return Number(groups.high) > Number(groups.low) ? { kind: 'year', value: `${groups.low}-${groups.high}`, unit: null } : null;
}

function readAgo({ groups }: Match, context: FigureContext): Reading {
  const unit = singular((groups.unit ?? '').toLowerCase());
  const yearsPerUnit = UNITS_IN_YEARS[unit];
  if (yearsPerUnit === undefined) return { kind: 'relative-date', value: null, unit };
  const count = /^an?$/i.test(groups.q ?? '') ? 1 : parseQuantity(groups.q ?? '');
  const years = count == null ? Number.NaN : count * yearsPerUnit;
  const value = context.year !== undefined && Number.isInteger(years) && years < context.year ? context.year - years : null;
  return { kind: 'relative-date', value, unit: 'year' };
}

function readRelativeWord({ groups }: Match, context: FigureContext): Reading {
  const unit = (groups.unit ?? (groups.day?.toLowerCase() === 'tonight' ? 'night' : 'day')).toLowerCase();
  const offset = RELATIVE_OFFSETS[(groups.which ?? '').toLowerCase()];
  if (groups.day && context.date) return { kind: 'relative-date', value: shiftedDay(context.date, DAY_OFFSETS[groups.day.toLowerCase()] ?? 0), unit: 'day' };
  const value = unit === 'year' && context.year !== undefined && offset !== undefined ? context.year + offset : null;
  return { kind: 'relative-date', value, unit };
}

/**
 * "By the end of the year", "this fall", "in the coming months": a time the article gives in words,
 * of its own year when it says which ("the end of next year" → the year after), else unnamed.
 */
function readPeriodInWords({ groups }: Match, context: FigureContext): Reading {
  const unit = groups.season ? 'season' : (groups.unit ?? groups.units ?? 'year').toLowerCase().replace(/s$/, '');
  const offset = RELATIVE_OFFSETS[(groups.which ?? '').toLowerCase()] ?? (groups.the ? 0 : undefined);
  const value = (unit === 'year' || unit === 'season') && context.year !== undefined && offset !== undefined ? context.year + offset : null;
  return { kind: 'relative-date', value, unit };
}

/** "a week", "per day", "each month" after a span of time: "six days a week" says how often, not how long. */
const FREQUENCY_AFTER = /^[\s\u00a0-]+(?:a|an|per|each|every)[\s\u00a0-]+(?:second|minute|hour|day|night|week|fortnight|month|year|season)\b/i;

function readDuration({ groups, source, end }: Match): Reading | null {
  const unit = plural((groups.unit ?? '').toLowerCase());
  // "One day, ..." is a manner of speaking, not a duration.
  if (/^one$/i.test(groups.q ?? '') && unit === 'days' && groups.q2 === undefined) return null;
  // A frequency is no duration, and no figure of another kind either.
  if (FREQUENCY_AFTER.test(source.slice(end, end + 20))) return null;
  const value = readAmount(groups.q, groups.q2);
  return value === undefined ? null : { kind: 'duration', value, unit };
}

/** Ordinals that count how long something has run: "a third straight year". */
const ORDINAL_WORDS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ORDINAL_WORD = ORDINAL_WORDS.join('|');

/** "a third straight year of drought", "the 5th consecutive month": it has gone on that long. */
function readRunLength({ groups }: Match): Reading | null {
  const ordinal = (groups.ordinal ?? '').toLowerCase();
  const value = /^\d/.test(ordinal) ? parseInt(ordinal, 10) : ORDINAL_WORDS.indexOf(ordinal) + 2;
  return value >= 2 ? { kind: 'duration', value, unit: plural((groups.unit ?? '').toLowerCase()) } : null;
}

/** "3-1" is a score; "2019-20" or "2011–2015" is a span of years. */
function readScoreOrSpan({ groups }: Match): Reading {
  const [low = '', high = ''] = [groups.low, groups.high];
  const isYear = (digits: string): boolean => Number(digits) >= FIRST_YEAR && Number(digits) <= LAST_YEAR;
  const fullHigh = low.slice(0, Math.max(0, 4 - high.length)) + high;
  const isYearSpan = low.length === 4 && isYear(low) && (high.length === 2 || high.length === 4) && Number(fullHigh) > Number(low);
  return { kind: isYearSpan ? 'year' : 'number', value: `${low}-${high}`, unit: null };
}

interface Rule {
  /** A cheap test the text must pass before the pattern is worth running. */
  hint: RegExp;
  /** The pattern, made on first use: building them all costs a start that reads few figures. */
  pattern(): RegExp;
  read(match: Match, context: FigureContext): Reading | null;
}

/** "The Six Million Dollar Man", "World News Tonight": a capitalised number word mid-sentence is a title. */
function outsideTitles(read: Rule['read']): Rule['read'] {
  return (match, context) =>
    startsWithCapital(match.source.charAt(match.start)) && previousWord(match.source, match.start) !== undefined
      ? null
      : read(match, context);
}

function rule(hint: RegExp, source: string, read: Rule['read'], flags = 'giu'): Rule {
  let pattern: RegExp | undefined;
  return { hint, pattern: () => (pattern ??= new RegExp(source, flags)), read };
}
const MONEY_AMOUNT = `${DIGITS}(?:(?:${SPACE}|${DASH})(?:${SCALE_WORD})${WORD_END}|(?:bn|tn|mn|m|b|k)(?![\\p{L}]))?`;
const HAS_QUANTITY = new RegExp(`\\d|${SMALL_WORD}|dozen|${SCALE_WORD}|several|few`, 'i');
const HAS_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

/**
 * Telephone numbers: "1-800-555-0199", "(555) 123-4567", "0800 123 456", "+44 20 7946 0958". No
 * figure may be read inside one: "call 0800 123 456" counts nothing.
 */
const TELEPHONE_NUMBER =
  /(?<![\p{L}\p{N}.,-])(?:(?:\+?1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}|\+\d{1,3}(?:[ -]\d{1,4}){2,5}|0\d{2,4} \d{3,4} \d{3,4})(?![\p{L}\p{N}]|[.,-]\d)/gu;

/** Cheaper than TELEPHONE_NUMBER, and true of every text it matches: most texts are spared it. */
const MAY_HOLD_TELEPHONE_NUMBER = /\d[-. )]{1,2}\d{2,4}[-. ]\d/;
const ANY_TELEPHONE_NUMBER = new RegExp(TELEPHONE_NUMBER.source, 'u');

/** The text writes a telephone number. */
export function writesTelephoneNumber(text: string): boolean {
  return MAY_HOLD_TELEPHONE_NUMBER.test(text) && ANY_TELEPHONE_NUMBER.test(text);
}

/** Tried in this order; where two figures overlap the longer wins, and on a tie the earlier rule. */
const RULES: readonly Rule[] = [
  rule(
    /[$€£¥₹₩]|USD|EUR|GBP|JPY|AUD|CAD|CHF|CNY|INR/i,
    `(?<![\\p{L}\\p{N}])(?<currency>${CURRENCY})${OPT_SPACE}(?<q>${MONEY_AMOUNT})` +
      `(?:${OPT_SPACE}${DASH}${OPT_SPACE}(?:${CURRENCY})?(?<q2>${MONEY_AMOUNT}))?${END}`,
    readMoney,
  ),
  // "€14.2 billion to €14.8 billion" is a range; "from $268 million to $312 million" is a change, two figures.
  rule(
    /[$€£¥₹₩]/,
    `(?<![\\p{L}\\p{N}])(?<![Ff]rom${SPACE})(?<currency>${CURRENCY})${OPT_SPACE}(?<q>${MONEY_AMOUNT})${SPACE}to${SPACE}(?:${CURRENCY})${OPT_SPACE}(?<q2>${MONEY_AMOUNT})${END}`,
    readMoney,
  ),
  rule(
    /between/i,
    `${WORD_START}[Bb]etween${SPACE}(?<currency>${CURRENCY})${OPT_SPACE}(?<q>${MONEY_AMOUNT})${SPACE}and${SPACE}(?:${CURRENCY})?${OPT_SPACE}(?<q2>${MONEY_AMOUNT})${END}`,
    readMoney,
  ),
  rule(/cents?/i, `${START}(?<q>${QUANTITY})${RANGE}(?:${SPACE}|${DASH})cents?${WORD_END}`, outsideTitles(readCents)),
  rule(
    new RegExp(CURRENCY_WORD, 'i'),
    `${START}(?<q>${QUANTITY})${SPACE}(?:(?<nation>(?:\\p{Lu}[\\p{L}.]+${SPACE}){1,2}))?(?<currency>${CURRENCY_WORD})${WORD_END}`,
    outsideTitles(readMoneyInWords),
  ),
  rule(
    /[%％]|per|basis/i,
    `${START}(?<q>${QUANTITY})${RANGE}(?:${OPT_SPACE}[%％]|(?:${SPACE}|${DASH})` +
      `(?:(?<points>percentage${SPACE}points?)|(?<basis>basis${SPACE}points?)|percent|per${SPACE}cent)${WORD_END})`,
    outsideTitles(readPercent),
  ),
  rule(
    /old/i,
    `${START}(?<q>${QUANTITY})${AGE_RANGE}(?:${SPACE}|${DASH})(?<unit>year|month|week|day)s?(?:${SPACE}|${DASH})olds?${WORD_END}`,
    outsideTitles(readAge),
  ),
  // News style gives ages in apposition: "Jane Smith, 45, of Boston".
  rule(/,/, `(?<=\\p{L}\\.?,${SPACE})(?<q>\\d{1,3})(?=,)`, readAge, 'gu'),
  // ...of two people at once: "Tomás and Rafael Ibarra, 19 and 23, who...".
  rule(/,/, `(?<=\\p{L}\\.?,${SPACE})(?<q>\\d{1,3})(?=${SPACE}and${SPACE}\\d{1,3},)`, readAge, 'gu'),
  rule(/,/, `(?<=\\p{L}\\.?,${SPACE}\\d{1,3}${SPACE}and${SPACE})(?<q>\\d{1,3})(?=,)`, readAge, 'gu'),
  // ...or closing the sentence after a name: "said Katrin Vollmer, 47."
  rule(/,/, `(?<=\\p{Lu}\\p{Ll}+,${SPACE})(?<q>\\d{1,3})(?=\\.(?:["”’)]|\\s|$))`, readAge, 'gu'),
  rule(/age/i, `${WORD_START}(?:aged|ages?(?:${SPACE}of)?)${SPACE}(?<q>${QUANTITY})${AGE_RANGE}`, readAge),
  // "celebrated her 60th birthday": an age, the number without its ordinal ending.
  rule(/birthday/i, `${START}(?<q>\\d{1,3})(?:st|nd|rd|th)(?=${SPACE}birthday${WORD_END})`, readAge),
  rule(
    /ago/i,
    `${START}(?<q>${QUANTITY}|an?|a${SPACE}few|a${SPACE}couple${SPACE}of|several|many|some)` +
      `${SPACE}(?<unit>${TIME_UNIT})${SPACE}ago${WORD_END}`,
    outsideTitles(readAgo),
  ),
  // "Nine days later, a man robbed the credit union": when, counted from something the article told before.
  // Not years: "two years later" tells a history's order, which "in what year" questions must not take for a year.
  rule(
    /later|earlier|afterwards?/i,
    `${START}(?<q>${QUANTITY}|an?|a${SPACE}few|several|some)${SPACE}(?<unit>${SHORT_TIME_UNIT})${SPACE}(?:later|earlier|afterwards?)${WORD_END}`,
    outsideTitles(({ groups }) => ({ kind: 'relative-date', value: null, unit: singular((groups.unit ?? '').toLowerCase()) })),
  ),
  rule(
    /last|next|this|yesterday|today|tonight|tomorrow/i,
    `${WORD_START}(?:(?<which>last|next|this)${SPACE}(?<unit>year|month|week|weekend|decade|century|night)` +
      `|(?<day>yesterday|today|tonight|tomorrow))${WORD_END}`,
    outsideTitles(readRelativeWord),
  ),
  rule(
    /end|start|beginning|middle/i,
    `${WORD_START}(?:the${SPACE})?(?:end|start|beginning|middle)${SPACE}of${SPACE}(?:(?<the>the)|(?<which>this|next|last))${SPACE}(?<unit>year|month|week|decade)${WORD_END}`,
    outsideTitles(readPeriodInWords),
  ),
  // "The fall of the city" is no season: only a time word before it makes it one.
  rule(
    /spring|summer|autumn|winter|fall/i,
    `${WORD_START}(?:(?<which>this|last|next)${SPACE}|(?:early|late|mid)${DASH}?${SPACE}?|(?<=${WORD_START}(?:by|until|since|before|after)${SPACE})(?<the>the)${SPACE})` +
      `(?<season>spring|summer|autumn|winter|fall)${WORD_END}(?!${SPACE}(?:of|in|on|from|to|was|is|has)${SPACE}(?!\\d))`,
    outsideTitles(readPeriodInWords),
  ),
  rule(
    /coming|next|past|within/i,
    `${WORD_START}(?:in${SPACE}the${SPACE}(?:coming|next|past)${SPACE}(?:few${SPACE})?|within${SPACE}(?:the${SPACE}next${SPACE})?(?:a${SPACE}few${SPACE})?)(?<units>days|weeks|months|years)${WORD_END}`,
    outsideTitles(readPeriodInWords),
  ),
  rule(/\d{4}/, `${WORD_START}(?:mid|early|late)${DASH}(?<year>${YEAR})${END}`, ({ groups }) => ({ kind: 'year', value: Number(groups.year), unit: null })),
  rule(HAS_MONTH, `${TIME_PREPOSITION}${MONTH}${SPACE}${DAY}${DATE_YEAR}`, readDate, 'gu'),
  rule(HAS_MONTH, `${TIME_PREPOSITION}${START}${DAY}${SPACE}(?:of${SPACE})?${MONTH}${DATE_YEAR}`, readDate, 'gu'),
  rule(HAS_MONTH, `${TIME_PREPOSITION}${WORD_START}${MONTH},?${SPACE}(?<year>${YEAR})(?![\\p{L}\\p{N}])`, readDate, 'gu'),
  // A month alone counts only after a word that makes it a time ("in May", "since March", "early June"):
  // a capitalised "May" elsewhere is as likely a name.
  rule(HAS_MONTH, `${TIME_PREPOSITION}(?<=${MONTH_MADE_TIME})${MONTH}`, readDate, 'gu'),
  // ... and the month ending a span that opens so ("from May to September", "between June and August").
  rule(HAS_MONTH, `(?<=${MONTH_MADE_TIME}(?:${MONTH_NAMES.join('|')})(?:[\\s\\u00a0]+(?:to|through|thru|and|or|until|till)[\\s\\u00a0]+|[-–]))${MONTH}`, readDate, 'gu'),
  rule(
    /\d{4}/,
    `${WORD_START}(?:since|until|till|by|before|after)${SPACE}(?<year>${YEAR})${END}`,
    ({ groups, source, end }) => (countedNoun(source, end, false) ? null : { kind: 'year', value: Number(groups.year), unit: null }),
  ),
  rule(/\d0s/, `${START}(?<year>1\\d{2}0|2[01]\\d0)s${WORD_END}`, ({ groups }) => (
    { kind: 'year', value: Number(groups.year), unit: 'decade' }
  )),
  rule(
    new RegExp(TIME_UNIT, 'i'),
    `${START}(?<q>${QUANTITY})${RANGE}(?:${SPACE}|${DASH})(?<unit>${TIME_UNIT})${WORD_END}`,
    outsideTitles(readDuration),
  ),
  rule(/between/i, `${BETWEEN}(?:${SPACE}|${DASH})(?<unit>${TIME_UNIT})${WORD_END}`, outsideTitles(readDuration)),
  rule(
    /straight|consecutive|successive/i,
    `${WORD_START}(?<ordinal>${ORDINAL_WORD}|\\d{1,3}(?:st|nd|rd|th))${SPACE}(?:straight|consecutive|successive)${SPACE}(?<unit>day|week|month|year|decade)${WORD_END}`,
    readRunLength,
  ),
  // "The festival, now in its seventh year": it has run that long.
  rule(/\bin\s+(?:its|their|his|her)\s/i, `(?<=${WORD_START}in${SPACE}(?:its|their|his|her)${SPACE})(?<ordinal>${ORDINAL_WORD}|\\d{1,3}(?:st|nd|rd|th))${SPACE}(?<unit>year|season|decade)${WORD_END}`, readRunLength),
  rule(
    /between/i,
    `${BETWEEN}(?:${OPT_SPACE}[%％]|${SPACE}(?:(?<points>percentage${SPACE}points?)|percent|per${SPACE}cent)${WORD_END})`,
    outsideTitles(readPercent),
  ),
  rule(/between/i, `${WORD_START}[Bb]etween${SPACE}(?<low>${YEAR})${SPACE}and${SPACE}(?<high>${YEAR})(?![\\p{L}\\p{N}])`, readYearSpan, 'gu'),
  rule(/\d/, `${START}(?<q>${QUANTITY})${RANGE}(?:${OPT_SPACE}|${DASH})${MEASURE_UNIT}${WORD_END}`, outsideTitles(readMeasure)),
  rule(/between/i, `${BETWEEN}(?:${OPT_SPACE}|${DASH})${MEASURE_UNIT}${WORD_END}`, outsideTitles(readMeasure)),
  // "nearly a metre of water", "half a mile": one of a unit no idiom borrows ("a foot", "a yard", "a ton of" are left alone).
  rule(/\ba(?:n)?\s/i, `${WORD_START}(?:(?<half>half)${SPACE})?an?${SPACE}(?<single>metre|meter|mile|kilometre|kilometer|inch|centimetre|centimeter|kilogram|tonne)${WORD_END}`, readSingleUnit),
  rule(/between/i, `${BETWEEN}${END}`, outsideTitles(readCountRange)),
  rule(
    /\d|noon|midday|midnight/i,
    `(?:${START}(?<h>1[0-2]|0?[1-9])(?::(?<m>[0-5]\\d))?${OPT_SPACE}(?<half>[AaPp](?:\\.[Mm]\\.|[Mm](?![\\p{L}])))` +
      `|${START}(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)(?![\\d:])` +
      `|${WORD_START}(?<word>noon|midday|midnight)${WORD_END})${TIME_ZONE}`,
    readClockTime,
    'gu',
  ),
  // "at six in the morning", "9 at night", "seven o'clock", "a quarter past six", "half past seven": an hour of the day, not a count.
  rule(
    /morning|afternoon|evening|night|o['’]clock|past|quarter\s+to/i,
    `${WORD_START}(?:(?:(?<past>(?:a${SPACE})?quarter${SPACE}past|half${SPACE}past)|(?<to>(?:a${SPACE})?quarter${SPACE}to))${SPACE})?${WORD_START}(?<hour>1[0-2]|0?[1-9]|${HOUR_WORDS})` +
      `(?:${SPACE}(?<part>o['’]clock|in${SPACE}the${SPACE}(?:morning|afternoon|evening)|at${SPACE}night))?${WORD_END}`,
    readHourOfDay,
  ),
  // "When did Foden score?" — "in the 67th minute": the moment of a match, not a count of minutes.
  rule(/minute/i, `${START}(?<q>\\d{1,3})(?:st|nd|rd|th)${SPACE}minute${WORD_END}`, ({ groups }) => ({ kind: 'time', value: `${Number(groups.q)}'`, unit: null })),
  rule(
    /day/,
    `${WORD_START}(?<day>${DAY_NAMES.join('|')})${WORD_END}`,
    ({ groups }) => ({ kind: 'weekday', value: groups.day ?? null, unit: null }),
    'gu',
  ),
  rule(
    /No\./,
    `${WORD_START}No\\.${OPT_SPACE}(?<q>\\d+)${END}`,
    ({ groups }) => ({ kind: 'number', value: Number(groups.q), unit: null }),
    'gu',
  ),
  rule(/\d\s?[-\u2010-\u2013]/u, `${START}(?<low>\\d{1,4})${OPT_SPACE}${DASH}${OPT_SPACE}(?<high>\\d{1,4})${END}`, readScoreOrSpan),
  // "nearly a third of its customers", "half the residents", "two-thirds of voters": a share, as a percentage.
  rule(/half|third|quarter|fifth|tenth/i, `${WORD_START}${FRACTION}(?=${SPACE}(?:of|the)${WORD_END})`, readFraction),
  rule(
    /\bin\b/i,
    `${WORD_START}(?<count>one|two|three|four|five|\\d{1,2})${SPACE}in${SPACE}(?<of>two|three|four|five|six|seven|eight|nine|ten|twenty|\\d{1,3})${END}`,
    readOneIn,
  ),
  // "fell by a third", "cut their migraine days by at least three-quarters": a share of change.
  rule(/\bby\b/i, `(?<=${WORD_START}by${SPACE}(?:(?:at${SPACE}least|about|nearly|almost|roughly|around|more${SPACE}than|over)${SPACE})?)${FRACTION}${WORD_END}`, readFraction),
  rule(HAS_QUANTITY, `${START}(?<q>${QUANTITY})`, outsideTitles(readBareNumber)),
];

/** Every figure in `text`, ordered by start and never overlapping; offsets are relative to `text`. Never throws. */
export function extractFigures(text: string, context: FigureContext = {}): FoundFigure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const candidates: Array<FoundFigure & { rank: number }> = [];
  RULES.forEach(({ hint, pattern: patternOf, read }, rank) => {
    if (!hint.test(text)) return;
    const pattern = patternOf();
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found?.[0]; found = pattern.exec(text)) { // an empty match could never advance
      const start = found.index;
      const end = start + found[0].length;
      const reading = read({ groups: found.groups ?? {}, start, end, source: text }, context);
      if (reading) candidates.push({ text: found[0], ...reading, start, end, rank });
      // A rejected long reading ("7 and 4 percent" is no range) must not hide a shorter one inside it.
      else pattern.lastIndex = start + 1;
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const taken = new Uint8Array(text.length);
  if (MAY_HOLD_TELEPHONE_NUMBER.test(text)) for (const phone of text.matchAll(TELEPHONE_NUMBER)) taken.fill(1, phone.index, phone.index + phone[0].length);
  const chosen: FoundFigure[] = [];
  for (const { rank: _rank, ...figure } of candidates) {
    if (taken.subarray(figure.start, figure.end).some((cell) => cell === 1)) continue;
    taken.fill(1, figure.start, figure.end);
    chosen.push(withSign(figure, text));
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Kinds of figure that can fall below zero: a temperature, a change in percent, a loss, a score. */
const SIGNED_KINDS: ReadonlySet<FigureKind> = new Set(['measure', 'percent', 'money', 'number']);
/**
 * A minus written before a figure: "minus 5 degrees", "−5°C", "-4.2%" (a hyphen or dash only where it
 * opens a word: "F-16" and "10-12" are no negatives), but not "plus or minus 3 points".
 */
const MINUS_BEFORE = /(?<!plus or )(?:(?<![\p{L}\p{N}])minus |(?<![\p{L}\p{N}\u2010-\u2013\u2212-])[-\u2013\u2212])$/iu;

/** The figure with the minus written before it, as its text and in its value. */
function withSign(figure: FoundFigure, text: string): FoundFigure {
  if (!SIGNED_KINDS.has(figure.kind) || typeof figure.value !== 'number' || figure.value <= 0) return figure;
  const sign = MINUS_BEFORE.exec(text.slice(Math.max(0, figure.start - 16), figure.start))?.[0];
  if (!sign) return figure;
  const start = figure.start - sign.length;
  return { ...figure, text: text.slice(start, figure.end), start, value: -figure.value };
}
