/**
 * What /quote (on Discord and in the console), the search boxes and an article named in part match
 * typed words against. One rule for all, so a speaker typed in full ("maria da silva"), by surname
 * ("Silva") or without the article's accents, special letters and curly apostrophes ("Ruben",
 * "Sorensen", "O'Brien") is found the same way everywhere.
 */
import { aliasTerms } from './aliases.ts';
import { plainLetters } from './characters.ts';
import { tokenize } from './terms.ts';
import type { Article, Quotation } from './types.ts';

function normalise(text: string): string {
  return plainLetters(text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase());
}

/**
 * Whether every word of the search begins a word of the text (accents, case and curly quotes ignored):
 * "may" finds "Mayor", as autocomplete needs while it is typed, but "he" does not find "the".
 */
export function matchesSearch(text: string, search: string | undefined): boolean {
  if (!search?.trim()) return true;
  const haystack = normalise(text);
  return normalise(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => beginsWord(haystack, word));
}

function beginsWord(haystack: string, word: string): boolean {
  for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(haystack[at - 1]!)) return true;
  }
  return false;
}

/** An article matches by its id or its title ("airline" finds airline-profit, "sky" SkyBridge's). */
export function articleMatches(article: Article, search: string | undefined): boolean {
  return matchesSearch(`${article.id} ${article.meta.title}`, search);
}

/** A quotation matches by its words, by who said it or by their post ("mayor"), also as its short form ("CEO" for "Chief executive"). */
export function quotationMatches(quotation: Quotation, search: string | undefined): boolean {
  const role = quotation.speakerRole ?? '';
  const shortForms = role ? aliasTerms(tokenize(role)).join(' ') : '';
  return matchesSearch(`${quotation.text} ${quotation.speaker ?? ''} ${role} ${shortForms}`, search);
}

/** Who said a quotation, with their post when the article gives one: "Antony Blinken, Secretary of State". */
export function speakerLabel(quotation: Quotation): string | undefined {
  if (!quotation.speaker) return undefined;
  return quotation.speakerRole ? `${quotation.speaker}, ${quotation.speakerRole}` : quotation.speaker;
}
