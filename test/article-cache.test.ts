import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialize } from 'node:v8';
import { ARTICLE_CACHE_SETTINGS, cachedTerms, parseCached } from '../src/core/article-cache.ts';
import { loadArticleFile, parseArticle, type ArticleInput } from '../src/core/articles.ts';

const TEXT = 'The council approved a $12 million budget on Monday.\nMayor Ann Lee said, “It is a fair plan.”\n';

describe('parsed articles kept between runs', () => {
  let dir: string;
  let parses: number;
  const countingParse = (input: ArticleInput) => {
    parses++;
    return parseArticle(input);
  };
  const settings = globalThis as Record<symbol, unknown>;
  const cached = async () => (await readdir(join(dir, 'cache')).catch(() => [])).filter((name) => name.endsWith('.article'));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'article-cache-'));
    parses = 0;
    settings[ARTICLE_CACHE_SETTINGS] = { dir: join(dir, 'cache'), build: 'build-1' };
  });
  afterEach(async () => {
    delete settings[ARTICLE_CACHE_SETTINGS];
    await rm(dir, { recursive: true, force: true });
  });

  it('given the same article twice, then the second comes from the cache, equal to a fresh parse', () => {
    const input = { file: 'council.txt', text: TEXT };
    const first = parseCached(input, countingParse);
    const second = parseCached(input, countingParse);
    expect(parses).toBe(1);
    expect(second).toStrictEqual(first);
    expect(second).toStrictEqual(parseArticle(input));
    expect(second.figures.map((figure) => figure.text)).toEqual(['$12 million', 'Monday']);
  });

  it('given a changed text, file name or metadata, then the article is parsed afresh, never served stale', () => {
    parseCached({ file: 'council.txt', text: TEXT }, countingParse);
    const edited = parseCached({ file: 'council.txt', text: TEXT.replace('$12 million', '$15 million') }, countingParse);
    expect(edited.figures[0]?.value).toBe(15_000_000);
    const renamed = parseCached({ file: 'budget.txt', text: TEXT }, countingParse);
    expect(renamed.id).toBe('budget');
    const titled = parseCached({ file: 'council.txt', text: TEXT, meta: { title: 'Budget passes' } }, countingParse);
    expect(titled.meta.title).toBe('Budget passes');
    const dated = parseCached({ file: 'council.txt', text: TEXT, meta: { year: 2019 } }, countingParse);
    expect(dated.meta.year).toBe(2019);
    expect(parses).toBe(5);
  });

  it('given another build (changed code or lexicon), then nothing parsed by the earlier build is reused', () => {
    parseCached({ file: 'council.txt', text: TEXT }, countingParse);
    settings[ARTICLE_CACHE_SETTINGS] = { dir: join(dir, 'cache'), build: 'build-2' };
    parseCached({ file: 'council.txt', text: TEXT }, countingParse);
    expect(parses).toBe(2);
  });

  it('given a damaged entry, then the article is parsed again and the entry replaced', async () => {
    const input = { file: 'council.txt', text: TEXT };
    parseCached(input, countingParse);
    const [entry] = await cached();
    const path = join(dir, 'cache', entry!);
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length >> 1));
    expect(parseCached(input, countingParse)).toStrictEqual(parseArticle(input));
    await writeFile(path, 'not an article');
    expect(parseCached(input, countingParse)).toStrictEqual(parseArticle(input));
    expect(parses).toBe(3);
    expect(parseCached(input, countingParse)).toStrictEqual(parseArticle(input));
    expect(parses).toBe(3);
  });

  it('given a cache folder that cannot be written, then articles still load', async () => {
    const blocker = join(dir, 'file');
    await writeFile(blocker, '');
    settings[ARTICLE_CACHE_SETTINGS] = { dir: join(blocker, 'cache'), build: 'build-1' };
    expect(parseCached({ file: 'council.txt', text: TEXT }, countingParse)).toEqual(parseArticle({ file: 'council.txt', text: TEXT }));
  });

  it('given no settings (tsx, tests, the Discord bot), then nothing is written', async () => {
    delete settings[ARTICLE_CACHE_SETTINGS];
    const file = join(dir, 'council.txt');
    await writeFile(file, TEXT);
    await loadArticleFile(file);
    await loadArticleFile(file);
    expect(await cached()).toEqual([]);
  });

  it('given an article file loaded twice, then the second load reads the cache and gives the same article', async () => {
    const file = join(dir, 'council.txt');
    await writeFile(file, TEXT);
    await writeFile(join(dir, 'council.meta.json'), JSON.stringify({ title: 'Budget passes', year: 2024 }));
    const first = await loadArticleFile(file);
    expect(await cached()).toHaveLength(1);
    expect(await loadArticleFile(file)).toStrictEqual(first);
    await writeFile(join(dir, 'council.meta.json'), JSON.stringify({ title: 'Budget fails', year: 2024 }));
    expect((await loadArticleFile(file)).meta.title).toBe('Budget fails');
  });

  it('given search terms kept by this build, then they start the term cache; kept by another build or damaged, then it starts empty', async () => {
    await mkdir(join(dir, 'cache'));
    const terms = new Map<string, string | undefined>([['fighters', 'fighter'], ['the', undefined]]);
    await writeFile(join(dir, 'cache', 'terms.v8'), serialize([['build-1', process.version], terms]));
    const none = () => new Map<string, string | undefined>();
    const never = () => false;
    expect(cachedTerms(none, never)).toStrictEqual(terms);
    settings[ARTICLE_CACHE_SETTINGS] = { dir: join(dir, 'cache'), build: 'build-2' };
    expect(cachedTerms(none, never).size).toBe(0);
    settings[ARTICLE_CACHE_SETTINGS] = { dir: join(dir, 'cache'), build: 'build-1' };
    await writeFile(join(dir, 'cache', 'terms.v8'), 'damaged');
    expect(cachedTerms(none, never).size).toBe(0);
    delete settings[ARTICLE_CACHE_SETTINGS];
    expect(cachedTerms(none, never).size).toBe(0);
  });
});
