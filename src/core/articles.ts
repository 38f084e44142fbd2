/**
 * Articles: files in the data folder turned into paragraphs, sentences, figures and quotations,
 * all carrying offsets into the text exactly as it was read.
 *
 * File format: UTF-8 `.txt` or `.md`. Each non-empty line is a paragraph, unless the file separates
 * paragraphs with blank lines, in which case the lines of a block are one paragraph (a list item is a
 * sentence of its own, as is a table row). Markdown headings, a byline and a press release's markers
 * are not paragraphs (the first heading, or a headline above the text, titles the article when no
 * metadata does; later headings open sections). A closing copyright line is
 * kept as credit and never offered as an answer. Metadata comes from YAML-style front matter or from
 * a sidecar `<name>.meta.json`, validated here so the rest can trust it.
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { parseCached } from './article-cache.ts';
import { extractFigures, MONTH_NAMES } from './figures.ts';
import { closestName } from './library-index.ts';
import { readRegularFile, UnreadableFileError } from './read-file.ts';
import { splitSentences } from './sentences.ts';
import { attributeSpeech } from './speakers.ts';
import type { Article, ArticleMeta, ArticleProblem, Figure, Paragraph, Sentence } from './types.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;
export const SIDECAR_SUFFIX = '.meta.json';

/**
 * What an article id may be. Ids are shown in terminals and JSON, typed after `--article`, offered as
 * Discord autocomplete values (at most 100 characters) and used as file names, so they are plain
 * ASCII words: no spaces, quotes, control characters, or a leading "-" or "." that reads as an option
 * or a hidden file.
 */
export const ARTICLE_ID_MAX_LENGTH = 64;
const ARTICLE_ID = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]{0,${ARTICLE_ID_MAX_LENGTH - 1}}$`);
const ARTICLE_ID_RULE = `letters, digits, ".", "_" or "-", starting with a letter or digit, at most ${ARTICLE_ID_MAX_LENGTH}`;

/** A field of text, refused in words its writer understands rather than in Zod's ("Too big: expected string to have <=200 characters"). */
const textField = (max: number) =>
  z
    .string({ error: 'must be text in quotes, such as "ABC Audio"' })
    .trim()
    .min(1, 'must not be empty: write it, or leave the field out')
    .max(max, { error: (issue) => `must be at most ${max} characters long, and is ${typeof issue.input === 'string' ? issue.input.length : 'longer'}` });

export const articleMetaSchema = z
  .object({
    id: z.string({ error: 'must be text in quotes, such as "bridge-reopens"' }).regex(ARTICLE_ID, `use ${ARTICLE_ID_RULE}`).optional(),
    title: textField(200).optional(),
    credit: textField(200).optional(),
    author: textField(200).optional(),
    source: textField(200).optional(),
    year: z.coerce.number({ error: 'expected a year such as 2021' }).int('expected a whole year such as 2021').min(1000, 'expected a four-digit year').max(2999, 'expected a four-digit year').optional(),
    // Zod's own "Invalid ISO date" does not say which of 28/06/2021 and 06/28/2021 is meant.
    date: z.iso.date({ error: (issue) => dateProblem(issue.input) }).optional(),
    dateline: textField(100).optional(),
    // Shown as a link in Discord: only a web address, never javascript: or a file path.
    url: z.url({ protocol: /^https?$/, error: 'expected a web address starting with http:// or https://' }).max(2000).optional(),
  })
  .strict()
  // "source" is another name for "credit": given both, one of them would be dropped without a word.
  .refine((meta) => meta.credit === undefined || meta.source === undefined || meta.credit === meta.source, {
    path: ['source'],
    error: 'is another name for "credit", which is given too: keep one of them',
  })
  // "year" resolves "last year" in the text; a date of another year means one of them is wrong.
  .refine((meta) => meta.year === undefined || meta.date === undefined || meta.date.startsWith(`${meta.year}-`), {
    path: ['year'],
    // A date that cannot be read is reported as such: that its year differs says nothing more.
    when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'date' || issue.path?.[0] === 'year'),
    error: (issue) => {
      const meta = issue.input as { year?: number; date?: string };
      return `${meta.year} disagrees with date ${meta.date}: give the year the article was published in both`;
    },
  });

export type ArticleMetaInput = z.infer<typeof articleMetaSchema>;

/** "2026-13-45" has the form of a date but is none; "28/06/2021" has not the form. */
function dateProblem(input: unknown): string {
  if (typeof input !== 'string') return 'must look like 2021-06-28 (year-month-day)';
  const shown = `"${input.slice(0, 40)}"`;
  return /^\d{4}-\d{2}-\d{2}$/.test(input) ? `must be a real day of the calendar, and ${shown} is not` : `must look like 2021-06-28 (year-month-day), not ${shown}`;
}

export class ArticleFormatError extends Error {}

const COPYRIGHT_LINE = /^(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved\.?$/i;
const HEADING = /^#{1,6}\s+/;
/** A byline ("By Jane Doe, Staff Writer", "*By Jordan Reyes — November 6, 2024*"): who wrote it, not what happened. */
const BYLINE = /^[*_]{0,2}By\s+\p{Lu}\p{L}*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3}(?:\s*(?:,|—|–|-|\|)\s*[^.]{0,80})?[*_]{0,2}$/u;
/** How many paragraphs from the top a byline may stand: below a headline and a dateline at most. */
const BYLINE_REACH = 3;
/** The longest line above a byline read as the article's headline. */
const HEADLINE_MAX_LENGTH = 150;

/**
 * A line that is no text of the article: a press release's "FOR IMMEDIATE RELEASE" or "Embargoed until
 * ...", its closing "###" or "-30-", a Markdown rule ("***", "---").
 */
const PASTED_MARKER = /^(?:[^\p{L}\p{N}]*|-\s*30\s*-|for immediate release:?|embargoed\b[^\n]{0,60}|news release|press release)$/iu;
/** How a line of text ends that no headline or subheading ends: a full stop, a colon, a comma, a closing quote, a dash. */
const ENDS_ON_PUNCTUATION = /[.!?:;,"”’—–-]$/;
/** A headline ends on no full stop, colon or dash and is not in capitals throughout (a dateline "WASHINGTON —" is). */
function isHeadline(line: string): boolean {
  return !HEADING.test(line) && line.length <= HEADLINE_MAX_LENGTH && !line.includes('\n') && /\p{Ll}/u.test(line) && !ENDS_ON_PUNCTUATION.test(line);
}
/** Words of a subheading written lower-case ("Plans for the Future"). */
const SUBHEADING_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const SUBHEADING_MAX_WORDS = 8;
/**
 * The subheading on the first line of a block, when its other lines are prose ending on a full stop:
 * a short line in Title Case with no end punctuation ("About Greenleaf Energy"). A contact block's
 * "Sarah Lopez" above "Greenleaf Energy" is no subheading: the line below it is no prose.
 */
function subheadingOpening(block: string): { text: string; length: number } | undefined {
  const lineEnd = block.indexOf('\n');
  if (lineEnd < 0) return undefined;
  const line = block.slice(0, lineEnd).trim();
  const words = line.split(/\s+/);
  if (words.length > SUBHEADING_MAX_WORDS || !/^\p{Lu}/u.test(line) || ENDS_ON_PUNCTUATION.test(line)) return undefined;
  if (!words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || SUBHEADING_SMALL_WORDS.has(word))) return undefined;
  if (!/[.!?]["”’)]?$/.test(block.trimEnd()) || block.length - lineEnd < SUBHEADING_MIN_PROSE) return undefined;
  return { text: line, length: lineEnd };
}
/** The least text under a subheading: a sentence, not a name and a phone number. */
const SUBHEADING_MIN_PROSE = 40;

/** "## What the money pays for ##" reads "What the money pays for". */
function headingText(line: string): string {
  return line.replace(HEADING, '').replace(/\s+#+\s*$/, '').trim();
}

/** A heading, and the line after one, are no part of the paragraph above them, though no blank line comes between. */
function startsParagraph(above: string, line: string): boolean {
  return HEADING.test(line) || HEADING.test(above);
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      // Unknown fields are refused so that a misspelt "tittle" does not go unnoticed.
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys(articleMetaSchema.shape);
        const fields = issue.keys.map((key) => `"${key}"`).join(', ');
        const meant = issue.keys.flatMap((key) => closestName(key, known, MISSPELT_FIELD_DISTANCE) ?? []).map((field) => `"${field}"`);
        const guess = meant.length ? `; did you mean ${meant.join(', ')}?` : '';
        return `unknown field${issue.keys.length === 1 ? '' : 's'} ${fields}${guess} (the fields are ${known.join(', ')})`;
      }
      // "date must look like 2021-06-28" reads as a sentence; other messages follow a colon.
      return `${issue.path.join('.') || 'metadata'}${issue.message.startsWith('must ') ? ' ' : ': '}${issue.message}`;
    })
    .join('; ');
}

/** How many letters a misspelt field may be off the one it was meant to be ("tittle" for "title"). */
const MISSPELT_FIELD_DISTANCE = 2;

/** Validates raw metadata (from JSON or front matter) and says what is wrong in plain words. */
export function parseMeta(raw: unknown): ArticleMetaInput {
  const result = articleMetaSchema.safeParse(raw);
  if (!result.success) throw new ArticleFormatError(`invalid metadata: ${describeZodError(result.error)}`);
  return result.data;
}

/** Reads `---` front matter (simple `key: value` lines) at the top; the text keeps it, the body starts after it. */
function readFrontMatter(raw: string): { meta: Record<string, string> | undefined; bodyStart: number } {
  const match = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(raw);
  if (!match) {
    if (/^\uFEFF?---\r?\n/.test(raw)) throw new ArticleFormatError('the front matter that opens with "---" on line 1 has no closing "---" line');
    return { meta: undefined, bodyStart: 0 };
  }
  const meta: Record<string, string> = {};
  for (const [lineNumber, line] of (match[1] ?? '').split(/\r?\n/).entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) throw new ArticleFormatError(`front matter line ${lineNumber + 2} is not "key: value": ${JSON.stringify(line.slice(0, 60))}`);
    meta[pair[1] ?? ''] = (pair[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { meta, bodyStart: match[0].length };
}

interface Block {
  start: number;
  end: number;
}

/** Paragraph spans: blocks between blank lines when the file uses them, otherwise every non-empty line. */
function paragraphBlocks(text: string, from: number): Block[] {
  const lines: Block[] = [];
  let offset = from;
  for (const line of text.slice(from).split('\n')) {
    lines.push({ start: offset, end: offset + line.replace(/\r$/, '').length });
    offset += line.length + 1;
  }
  const isBlank = (b: Block) => !text.slice(b.start, b.end).trim();
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of lines) {
    if (isBlank(line)) {
      if (current) blocks.push(current);
      current = undefined;
    } else if (current && !startsParagraph(text.slice(current.start, current.end), text.slice(line.start, line.end))) {
      current.end = line.end;
    } else {
      if (current) blocks.push(current);
      current = { ...line };
    }
  }
  if (current) blocks.push(current);
  const usesBlankLines = blocks.length > 1 && blocks.length < lines.filter((l) => !isBlank(l)).length;
  return usesBlankLines ? blocks : lines.filter((l) => !isBlank(l));
}

function trimSpan(text: string, block: Block): Block {
  let { start, end } = block;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * The id a file gives its article: its name without the extension, spaces turned into "-" (so
 * "Bridge reopens.txt" is `Bridge-reopens`). Undefined when that is still not a valid id.
 */
function idFromFileName(file: string): string | undefined {
  const id = basename(file).replace(/\.[^.]+$/, '').trim().replace(/\s+/g, '-');
  return ARTICLE_ID.test(id) ? id : undefined;
}

/** A name close to `file` that gives a valid id, to suggest when renaming. */
function suggestedFileName(file: string): string {
  const name = basename(file);
  const extension = extname(name);
  const id = name
    .slice(0, name.length - extension.length)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, ARTICLE_ID_MAX_LENGTH)
    .replace(/[-.]+$/, '');
  return `${id || 'article'}${extension}`;
}

export interface ArticleInput {
  file: string;
  text: string;
  meta?: ArticleMetaInput | undefined;
}

/** Builds an article from text already read. Throws ArticleFormatError when the text cannot be an article. */
/** "ABC Audio, 2021": who published an article and when, as a source line shows it; "" when the metadata gives neither. */
export function creditLine(meta: { credit?: string | undefined; year?: number | undefined }): string {
  return [meta.credit, meta.year].filter((part) => part !== undefined && part !== '').join(', ');
}

export function parseArticle(input: ArticleInput): Article {
  const text = input.text;
  const { meta: frontMatter, bodyStart } = readFrontMatter(text);
  const declared = { ...(frontMatter ? parseMeta(frontMatter) : {}), ...input.meta };
  const id = declared.id ?? idFromFileName(input.file);
  if (id === undefined) {
    throw new ArticleFormatError(
      `its name does not make an article id (${ARTICLE_ID_RULE}); rename it, e.g. to "${suggestedFileName(input.file)}", or set "id" in its metadata`,
    );
  }

  let blocks = paragraphBlocks(text, bodyStart)
    .map((b) => trimSpan(text, b))
    .filter((b) => !PASTED_MARKER.test(text.slice(b.start, b.end)));
  let heading: string | undefined;
  // A byline near the top is who wrote the article; a line above it ending on no full stop is its headline.
  const byline = blocks.slice(0, BYLINE_REACH).findIndex((b) => BYLINE.test(text.slice(b.start, b.end)));
  let writer: string | undefined;
  let written: string | undefined;
  if (byline >= 0) {
    const bylineText = text.slice(blocks[byline]!.start, blocks[byline]!.end);
    writer = writerOf(bylineText);
    written = dateIn(bylineText);
    const above = blocks.slice(0, byline).map((b) => text.slice(b.start, b.end));
    const headline = above.find((line) => !HEADING.test(line));
    if (headline !== undefined && above.every((line) => line.length <= HEADLINE_MAX_LENGTH && !/[.!?:;,"”’]$/.test(line))) {
      heading = headline;
      blocks = blocks.filter((b, i) => i !== byline && (i > byline || HEADING.test(text.slice(b.start, b.end))));
    } else {
      blocks = blocks.filter((_, i) => i !== byline);
    }
  }
  // A pasted headline above the first paragraph, with no byline under it, titles the article too.
  const top = blocks[0];
  if (heading === undefined && top && blocks.length > 1 && isHeadline(text.slice(top.start, top.end))) {
    heading = text.slice(top.start, top.end);
    blocks = blocks.slice(1);
  }
  // A heading below the title opens a section: its words are what the paragraphs under it are about.
  const sections = new Map<Block, string>();
  const paragraphBlocksKept: Block[] = [];
  let section: string | undefined;
  for (const block of blocks) {
    const line = text.slice(block.start, block.end);
    if (HEADING.test(line)) {
      if (heading === undefined) heading = headingText(line);
      else section = headingText(line) || undefined;
      continue;
    }
    // "About Greenleaf Energy" on the line above the boilerplate's text heads it, as a Markdown heading would.
    const subheading = subheadingOpening(line);
    const kept = subheading ? trimSpan(text, { start: block.start + subheading.length, end: block.end }) : block;
    if (subheading) section = subheading.text;
    if (section !== undefined) sections.set(kept, section);
    paragraphBlocksKept.push(kept);
  }
  blocks = paragraphBlocksKept;
  let copyright: string | undefined;
  const last = blocks.at(-1);
  if (last && blocks.length > 1 && COPYRIGHT_LINE.test(text.slice(last.start, last.end))) {
    copyright = text.slice(last.start, last.end);
    blocks = blocks.slice(0, -1);
  }
  if (blocks.length === 1 && COPYRIGHT_LINE.test(text.slice(blocks[0]!.start, blocks[0]!.end))) {
    throw new ArticleFormatError('the file holds only a copyright line, no article text');
  }
  if (blocks.length === 0) throw new ArticleFormatError('the file has no paragraphs of text');

  // A byline's date is the article's unless the metadata says otherwise (a year of its own, or a date).
  const date = declared.date ?? (written && (declared.year === undefined || written.startsWith(`${declared.year}-`)) ? written : undefined);
  const year = declared.year ?? (date ? Number(date.slice(0, 4)) : undefined) ?? yearFromCopyright(copyright);
  const meta: ArticleMeta = {
    id,
    title: declared.title ?? heading ?? titleFromId(id),
    credit: declared.credit ?? declared.source ?? creditFromCopyright(copyright),
    author: declared.author ?? writer,
    year,
    date,
    dateline: declared.dateline,
    url: declared.url,
  };

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const figures: Figure[] = [];
  for (const block of blocks) {
    const paragraph = paragraphs.length + 1;
    paragraphs.push({ index: paragraph, start: block.start, end: block.end, text: text.slice(block.start, block.end), section: sections.get(block) });
    for (const span of splitSentences(text, block.start, block.end)) {
      const sentence: Sentence = { article: id, paragraph, index: sentences.length + 1, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
      sentences.push(sentence);
      for (const found of extractFigures(sentence.text, { year, date })) {
        figures.push({ ...found, start: found.start + span.start, end: found.end + span.start, paragraph, sentence: sentence.index });
      }
    }
  }
  const quotations = attributeSpeech(text, sentences);
  return { id, file: input.file, text, meta, paragraphs, sentences, figures, quotations, copyright };
}

/** "*By Jordan Reyes, Eastfield Courier — November 6, 2024*" was written by "Jordan Reyes". */
function writerOf(byline: string): string {
  return byline.replace(/^[*_]*By\s+/u, '').split(/\s*(?:,|—|–|\||\s-\s)\s*/u)[0]!.replace(/[*_]+$/u, '').trim();
}

const WRITTEN_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/;

/** "*By Jordan Reyes — November 6, 2024*" was written on 2024-11-06 (as an ISO date; none when it names no real day). */
function dateIn(byline: string): string | undefined {
  const match = WRITTEN_DATE.exec(byline);
  if (!match) return undefined;
  const monthNamed = match[1]?.slice(0, 3);
  const [year, month, day] = monthNamed ? [Number(match[3]), MONTH_NAMES.findIndex((name) => name.startsWith(monthNamed)) + 1, Number(match[2])] : [Number(match[4]), Number(match[5]), Number(match[6])];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return check.getUTCMonth() + 1 === month && check.getUTCDate() === day ? iso : undefined;
}

/** "Copyright © 2021, ABC Audio. All rights reserved." is credited to "ABC Audio". */
function creditFromCopyright(copyright: string | undefined): string | undefined {
  const match = copyright ? /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*(.+?)\.?\s*(?:all rights reserved\.?)?$/i.exec(copyright.trim()) : null;
  const credit = match?.[1]?.trim();
  return credit && !/^all rights reserved/i.test(credit) ? credit : undefined;
}

/** "bridge-reopens" reads as "Bridge reopens" until metadata gives a real title. */
function titleFromId(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

function yearFromCopyright(copyright: string | undefined): number | undefined {
  // "2019-2020": the latest year is the one of this version.
  const years = copyright?.match(/\b(?:1[89]\d\d|2\d\d\d)\b/g);
  return years ? Number(years.at(-1)) : undefined;
}

/**
 * The largest article file read. A news article is 10-50 KB of text and a long-form feature of some
 * 30,000 words about 200 KB; 1 MB is five of those. Parsing runs on the main thread at roughly a
 * second or two per MB, during which the bot answers nobody, and Discord wants an answer to a
 * command within 3 seconds: a stray log or dump named .txt must not stall it longer than that.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** Metadata is a handful of short fields. */
export const MAX_SIDECAR_BYTES = 64 * 1024;

async function readSidecar(path: string): Promise<ArticleMetaInput | undefined> {
  let raw: string;
  try {
    // Notepad and PowerShell 5 open a UTF-8 file with a byte-order mark, which JSON does not allow.
    raw = (await readRegularFile(path, MAX_SIDECAR_BYTES)).toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof UnreadableFileError) throw new ArticleFormatError(`skipped: its metadata file ${basename(path)} is ${error.message}`);
    throw error;
  }
  if (raw.trim() === '') throw new ArticleFormatError(`skipped: its metadata file ${basename(path)} is empty: write a JSON object such as { "title": … }, or remove the file`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ArticleFormatError(`skipped: its metadata file ${basename(path)} is not valid JSON (${withLineAndColumn((error as Error).message, raw)})`);
  }
  // Zod would say "expected object, received array": say what the file should hold instead.
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ArticleFormatError(`skipped: its metadata file ${basename(path)} must be a JSON object ({ "title": … }), not ${jsonKind(json)}`);
  }
  try {
    return parseMeta(json);
  } catch (error) {
    // The problem is reported against the article file, so say which file holds the bad field.
    if (error instanceof ArticleFormatError) throw new ArticleFormatError(`skipped: its metadata file ${basename(path)} has ${error.message}`);
    throw error;
  }
}

/** "… at position 18" gets "(line 2, column 5)": a person finds a mistake by line, not by offset. */
function withLineAndColumn(message: string, raw: string): string {
  const position = /\bat position (\d+)/.exec(message);
  if (!position) return message;
  const at = Number(position[1]);
  // JSON.parse points past a trailing comma, at the bracket closing on the next line; the comma is what to mend.
  const comma = /,\s*$/.exec(raw.slice(0, at));
  if (comma && /^[}\]]/.test(raw.slice(at).trimStart())) return `a comma after the last entry on line ${raw.slice(0, comma.index).split('\n').length}: remove it, JSON allows none there`;
  if (/\bline \d+/.test(message)) return message;
  const before = raw.slice(0, at);
  const line = before.split('\n').length;
  return `${message} (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

/** What a JSON value other than an object is, as a reader would call it: "an array", "a number". */
function jsonKind(json: unknown): string {
  if (Array.isArray(json)) return 'an array';
  if (json === null) return 'null';
  return typeof json === 'string' ? 'a string' : typeof json === 'number' ? 'a number' : 'true or false';
}

const SAVE_AS_UTF8 = 'save it again with UTF-8 encoding';

/**
 * The file's text; a byte-order mark is kept so offsets count every character of the file. Text
 * saved as UTF-16 (Notepad's "Unicode") and binary data (which NUL bytes give away: UTF-8 allows
 * them, text never holds them) are refused, saying which it is.
 */
function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ArticleFormatError(`the file is UTF-16 text, not UTF-8; ${SAVE_AS_UTF8}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ArticleFormatError(`the file is not valid UTF-8 text; ${SAVE_AS_UTF8}`);
  }
  if (text.includes('\0')) throw new ArticleFormatError(`the file holds NUL bytes: it is binary data or UTF-16 text, not UTF-8 text`);
  return text;
}

/** Reads one article file and its sidecar metadata, if any; only regular files within the size limits. */
export async function loadArticleFile(path: string): Promise<Article> {
  const base = path.slice(0, -extname(path).length);
  const meta = await readSidecar(base + SIDECAR_SUFFIX);
  const bytes = await readRegularFile(path, MAX_ARTICLE_BYTES).catch((error: unknown) => {
    throw error instanceof UnreadableFileError ? new ArticleFormatError(`skipped: ${error.message}`) : error;
  });
  const text = decodeUtf8(bytes);
  if (!text.trim()) throw new ArticleFormatError(text ? 'the file holds only blank space, no text' : 'the file is empty');
  return parseCached({ file: path, text, meta }, parseArticle);
}

/** Extensions of files plainly meant as articles but not read as one: said so, rather than passed over in silence. */
const RENAME_TO_MD = ['.markdown', '.mdown', '.mkd'];
const RENAME_TO_TXT = ['.text'];
const SAVE_AS_TEXT = ['.html', '.htm', '.rtf', '.doc', '.docx', '.odt', '.pdf'];

/** Why a file named like an article in another format is not read, and what to do; undefined for any other file. */
function notAnArticleFormat(name: string): string | undefined {
  if (name.startsWith('.')) return undefined;
  const extension = extname(name).toLowerCase();
  const base = name.slice(0, name.length - extension.length);
  if (RENAME_TO_MD.includes(extension)) return `not read: only .txt and .md files are articles; rename it to "${base}.md"`;
  if (RENAME_TO_TXT.includes(extension)) return `not read: only .txt and .md files are articles; rename it to "${base}.txt"`;
  if (SAVE_AS_TEXT.includes(extension)) return `not read: articles are plain text; save its text as "${base}.txt" (one paragraph per line)`;
  return undefined;
}

export function isArticleFile(name: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()) && !name.startsWith('.');
}

/**
 * Loads every article in `dir`. A broken file becomes a problem naming the file; the rest still load.
 * Throws only when the folder itself cannot be read.
 */
export async function loadArticles(dir: string): Promise<{ articles: Article[]; problems: ArticleProblem[] }> {
  const entries = await readdir(dir);
  const names = entries.filter(isArticleFile).sort();
  const articles: Article[] = [];
  const problems: ArticleProblem[] = [];
  // Metadata with no article beside it is most likely a renamed or removed article.
  for (const orphan of entries.filter((name) => name.endsWith(SIDECAR_SUFFIX)).sort()) {
    const base = orphan.slice(0, -SIDECAR_SUFFIX.length);
    if (!ARTICLE_EXTENSIONS.some((extension) => entries.includes(base + extension))) {
      problems.push({ file: join(dir, orphan), problem: `no article file beside it (expected ${base}.txt or ${base}.md)` });
    }
  }
  // "bridge.json" beside "bridge.txt" is meant as its metadata, which is read only from "bridge.meta.json".
  for (const name of entries.filter((entry) => entry.toLowerCase().endsWith('.json') && !entry.endsWith(SIDECAR_SUFFIX)).sort()) {
    const base = name.slice(0, -'.json'.length);
    if (ARTICLE_EXTENSIONS.some((extension) => entries.includes(base + extension))) {
      problems.push({ file: join(dir, name), problem: `not read: an article's metadata goes in "${base}${SIDECAR_SUFFIX}"; rename it` });
    }
  }
  for (const name of entries.filter((entry) => notAnArticleFormat(entry) !== undefined).sort()) {
    problems.push({ file: join(dir, name), problem: notAnArticleFormat(name) ?? '' });
  }
  const loaded: Article[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      loaded.push(await loadArticleFile(file));
    } catch (error) {
      const message = error instanceof ArticleFormatError ? error.message : `could not be read (${(error as Error).message})`;
      problems.push({ file, problem: message });
    }
  }
  // Of two files claiming one id, the one named after it keeps it: a stray "id" in another file's
  // metadata must not push out the article the id was made from.
  const namedAfterId = (article: Article) => idFromFileName(article.file) === article.id;
  const byId = new Map<string, Article>();
  for (const article of [...loaded].sort((a, b) => Number(namedAfterId(b)) - Number(namedAfterId(a)))) {
    const holder = byId.get(article.id);
    if (holder) {
      problems.push({ file: article.file, problem: `duplicate article id "${article.id}" (already used by ${holder.file}); rename the file or set a different "id" in its metadata` });
      continue;
    }
    byId.set(article.id, article);
  }
  articles.push(...loaded.filter((article) => byId.get(article.id) === article));
  return { articles, problems };
}
