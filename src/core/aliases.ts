/**
 * Names written several ways. Readers type "US", "U.S.", "United States" or "America" for the same
 * country, and "SDF" for a force the article spells out. Both sides of the search get the same
 * extra term, so either spelling finds the other.
 */
import { startsWithCapital } from './characters.ts';
import { isDottedInitialism, termOf, type Token } from './terms.ts';

/**
 * Widely used names of countries and bodies, titles and their abbreviations, and business short
 * forms: general knowledge, not tied to any article. Each phrase, wherever it appears, also counts as
 * the short form after it.
 */
const ALIAS_PHRASES: [string[], string][] = (
  [
    ['United States', 'US'],
    ['America', 'US'],
    ['American', 'US'],
    ['USA', 'US'],
    ['United Kingdom', 'UK'],
    ['Britain', 'UK'],
    ['British', 'UK'],
    ['United Nations', 'UN'],
    ['European Union', 'EU'],
    ['Soviet Union', 'USSR'],
    ['Gov', 'governor'],
    ['Sen', 'senator'],
    ['Rep', 'representative'],
    ['Dr', 'doctor'],
    ['Gen', 'general'],
    ['Lt', 'lieutenant'],
    ['Col', 'colonel'],
    ['Sgt', 'sergeant'],
    ['Capt', 'captain'],
    ['Prof', 'professor'],
    ['Supt', 'superintendent'],
    ['Atty', 'attorney'],
    ['Dept', 'department'],
    ['Corp', 'corporation'],
    ['Univ', 'university'],
    ['chief executive', 'CEO'],
    ['chief financial officer', 'CFO'],
    ['chief operating officer', 'COO'],
    ['gross domestic product', 'GDP'],
    ['earnings per share', 'EPS'],
    ['initial public offering', 'IPO'],
    ['consumer price index', 'CPI'],
    ['research and development', 'R&D'],
    ['mergers and acquisitions', 'M&A'],
    ['artificial intelligence', 'AI'],
    ['electric vehicle', 'EV'],
    ['electric car', 'EV'],
    ['prime minister', 'PM'],
    ['member of parliament', 'MP'],
    ['emergency room', 'ER'],
    ['intensive care unit', 'ICU'],
    ['intensive care', 'ICU'],
    ['accident and emergency', 'A&E'],
    ['general practitioner', 'GP'],
    ['value added tax', 'VAT'],
    ['non-governmental organization', 'NGO'],
    ['non-governmental organisation', 'NGO'],
    ['personal protective equipment', 'PPE'],
    ['driving under the influence', 'DUI'],
    ['annual general meeting', 'AGM'],
    // A preposition and a noun written as one word, as WordNet pairs them ("aboard" is "on board").
    ['on board', 'aboard'],
    ['on shore', 'ashore'],
    ['on fire', 'ablaze'],
    ['out of work', 'jobless'],
    ['out of doors', 'outdoors'],
    ['overseas', 'abroad'],
    // A hyphenated word read as two ("co-op" is "co" and "op"): the word it is short for.
    ['co op', 'cooperative'],
    ['first quarter', 'Q1'],
    ['second quarter', 'Q2'],
    ['third quarter', 'Q3'],
    ['fourth quarter', 'Q4'],
  ] as const
).map(([phrase, alias]) => [phrase.split(' ').map((word) => termOf(word) ?? word), termOf(alias) ?? alias]);

const PHRASES_BY_FIRST_TERM = new Map<string, [string[], string][]>();
const SINGLE_WORD_ALIASES = new Map<string, string>();
for (const [phrase, alias] of ALIAS_PHRASES) if (phrase.length === 1 && !SINGLE_WORD_ALIASES.has(phrase[0]!)) SINGLE_WORD_ALIASES.set(phrase[0]!, alias);
for (const entry of ALIAS_PHRASES) PHRASES_BY_FIRST_TERM.set(entry[0][0]!, [...(PHRASES_BY_FIRST_TERM.get(entry[0][0]!) ?? []), entry]);

/**
 * Capitals standing for their governments in news ("Washington said..."). Offered only when the
 * article does not mention the city itself, where it may well mean the city, or a person.
 */
const METONYMS = new Map(
  [
    ['Washington', 'US'],
    ['London', 'UK'],
    ['Moscow', 'Russia'],
    ['Kremlin', 'Russia'],
    ['Beijing', 'China'],
    ['Paris', 'France'],
    ['Berlin', 'Germany'],
    ['Tokyo', 'Japan'],
    ['Kyiv', 'Ukraine'],
    ['Tehran', 'Iran'],
    ['Brussels', 'EU'],
  ].map(([city, country]) => [termOf(city!), termOf(country!)!]),
);

export function metonymOf(term: string): string | undefined {
  return METONYMS.get(term);
}

/** The alias a single term stands for ("america" -> "US"), if any. */
export function aliasOf(term: string): string | undefined {
  return SINGLE_WORD_ALIASES.get(term);
}

const JOINERS = new Set(['of', 'the', 'and', 'for', 'to', 'de', 'on', 'in', '&']);

/** Extra terms implied by aliases and by acronyms of capitalised names in the tokens. */
export function aliasTerms(tokens: readonly Token[]): string[] {
  return aliases(tokens).map((a) => a.alias);
}

/** Each extra term with the terms of the words it stands for ("CEO" for "chief", "execut"). */
export function aliases(tokens: readonly Token[]): { alias: string; covers: string[] }[] {
  const found: { alias: string; covers: string[] }[] = [];
  // Stopwords inside a phrase ("earnings per share") are matched as written.
  const terms = tokens.map((t) => t.term ?? t.raw.toLowerCase());
  for (let i = 0; i < terms.length; i++) {
    for (const [phrase, alias] of PHRASES_BY_FIRST_TERM.get(terms[i] ?? '') ?? []) {
      if (phrase.every((part, k) => terms[i + k] === part)) found.push({ alias, covers: phrase });
    }
  }
  for (const acronym of nameAcronyms(tokens)) found.push({ alias: acronym.acronym, covers: acronym.terms });
  return found;
}

export interface NameAcronym {
  acronym: string;
  /** The name as written. */
  name: string;
  /** Search terms of the name's words. */
  terms: string[];
}

/**
 * Acronyms of runs of capitalised words: "Syrian Democratic Forces" gives "SDF". Names that end in
 * an acronym ("Global Coalition to Defeat ISIS") also give the form without it ("GCD").
 */
export function nameAcronyms(tokens: readonly Token[]): NameAcronym[] {
  const found: NameAcronym[] = [];
  let run: Token[] = [];
  // A loop rather than closures: every sentence of every article comes through here.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const adjacent = !previous || token.start - previous.end <= 1;
    const capital = startsWithCapital(token.raw) && !isDottedInitialism(token.raw);
    if (capital && (run.length === 0 || adjacent)) run.push(token);
    else if (run.length && adjacent && JOINERS.has(token.raw.toLowerCase())) run.push(token);
    else {
      addRunAcronyms(run, found);
      run = capital ? [token] : [];
    }
  }
  addRunAcronyms(run, found);
  return found.filter((a) => a.acronym.length >= 2 && a.acronym.length <= 8);
}

/** Out here, not in the function: esbuild writes a pattern with a Unicode property outside brackets as `new RegExp(...)`, made at every call. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/** The acronyms of one run of capitalised words (and the joiners between them), added to `found`; the run is trimmed in place. */
function addRunAcronyms(run: Token[], found: NameAcronym[]): void {
  while (run.length && JOINERS.has(run.at(-1)!.raw.toLowerCase())) run.pop();
  // "The" or "In" opening a sentence is not part of the name.
  while (run.length && !run[0]!.term) run.shift();
  if (run.length < 2) return;
  const capitals = run.filter((t) => startsWithCapital(t.raw));
  if (capitals.length < 2) return;
  const letters = capitals.map((t) => (ALL_CAPITALS.test(t.raw) ? t.raw : t.raw[0]!.toUpperCase())).join('');
  const terms = capitals.map((t) => t.term).filter((t): t is string => Boolean(t));
  const name = run.map((t) => t.raw).join(' ');
  found.push({ acronym: letters, name, terms });
  const last = capitals.at(-1)!;
  if (ALL_CAPITALS.test(last.raw) && capitals.length >= 3) {
    found.push({ acronym: capitals.slice(0, -1).map((t) => t.raw[0]!.toUpperCase()).join(''), name, terms });
  }
}
