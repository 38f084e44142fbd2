/**
 * Runs `npm start` and `npm run ask` from JavaScript compiled into dist/, so that starting does not
 * pay for compiling TypeScript every time (tsx) nor for a second Node process (tsx's own).
 *
 *   node scripts/launch.js main|ask [args...]   run src/main.ts or src/cli/ask.ts with args
 *   node scripts/launch.js --build               build dist/ (npm runs this after `npm install`)
 *
 * dist/ is rebuilt before running whenever a file it was built from changed since, so an edit in
 * src/ is always what runs. Plain JavaScript: this file runs before anything is compiled.
 */
/* global process, URL -- Node's globals (ESLint checks .js files as plain JavaScript) */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const ENTRIES = { main: 'src/main.ts', ask: 'src/cli/ask.ts' };
/** Built beside them and run after a build: parses the data folder's articles into the cache. */
const WARM_ENTRY = { 'warm-cache': 'src/cli/warm-cache.ts' };
/** Parsed articles (src/core/article-cache.ts), valid for one build: emptied by every build. */
const ARTICLE_CACHE = join(DIST, 'article-cache');
const ARTICLE_CACHE_SETTINGS = Symbol.for('article-answer-bot.article-cache');
/** Read at run time beside the compiled code (see src/core/lexicon.ts), so copied there. */
const LEXICON = 'src/core/lexicon-data.bin';
/** Packages every start of the console or `ask` loads, bundled into dist/ (see `build`). */
const BUNDLED_PACKAGES = ['zod', 'natural'];
const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const EXTERNAL_PACKAGES = Object.keys({ ...dependencies, ...devDependencies })
  .filter((name) => !BUNDLED_PACKAGES.includes(name))
  .flatMap((name) => [name, `${name}/*`]);
/** What the build depends on besides the sources it reads. */
const BUILD_INPUTS = [LEXICON, 'tsconfig.json', relative(ROOT, fileURLToPath(import.meta.url))];
/** The files the build read, with their modification times then: any other time makes dist/ stale. */
const MANIFEST = join(DIST, 'built-from.json');

const modifiedAt = (file) => statSync(join(ROOT, file), { throwIfNoEntry: false })?.mtimeMs ?? null;

/** The id of the build in dist/ when it is up to date with its sources, else null. */
function freshBuild() {
  try {
    const { inputs, build } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const fresh = Object.entries(inputs).every(([file, time]) => time !== null && modifiedAt(file) === time);
    return fresh && typeof build === 'string' ? build : null;
  } catch {
    return null;
  }
}

/**
 * The Discord bot stays TypeScript run through tsx: it loads commands/*.ts at run time and starts
 * shard processes on src/discord/shard.ts. Only its entry is replaced, by one that registers tsx first.
 */
const discordThroughTsx = {
  name: 'discord-through-tsx',
  setup(build) {
    build.onResolve({ filter: /\/discord\/start\.ts$/ }, () => ({ path: 'discord-start', namespace: 'tsx' }));
    build.onLoad({ filter: /.*/, namespace: 'tsx' }, () => ({
      loader: 'js',
      resolveDir: ROOT,
      contents: [
        "import { register } from 'tsx/esm/api';",
        'register();',
        "export const { startBot } = await import(new URL('../src/discord/start.ts', import.meta.url).href);",
      ].join('\n'),
    }));
  },
};

/**
 * zod's messages in English only, the language it reports in unless told otherwise: its other
 * locales, some 350 KB that every start would compile, stay out of the bundle (`z.locales` then holds
 * only `en`; nothing here sets another).
 */
const zodInEnglish = {
  name: 'zod-in-english',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      loader: 'js',
      contents: "export { default as en } from './en.js';",
    }));
  },
};

/** Another start may be reading dist/ (or building it too): it sees each file whole, old or new. */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** Builds dist/; returns the build's id, or null (esbuild has printed why) when the sources do not compile. */
async function build() {
  const startedAt = Date.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { ...ENTRIES, ...WARM_ENTRY },
    outdir: DIST,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages stay in node_modules, loaded as they are, except the few every start loads: bundled,
    // they are one file to read and compile instead of a hundred modules to find, read and link.
    external: EXTERNAL_PACKAGES,
    plugins: [discordThroughTsx, zodInEnglish],
    metafile: true,
    write: false,
    logLevel: 'error',
  }).catch(() => null);
  if (!result) return null;
  mkdirSync(DIST, { recursive: true });
  const lexicon = readFileSync(join(ROOT, LEXICON));
  const { createHash } = await import('node:crypto');
  // The id changes with any byte of the code or the data it reads: articles parsed by another build are not reused.
  const id = createHash('sha256');
  for (const output of [...result.outputFiles].sort((a, b) => (a.path < b.path ? -1 : 1))) id.update(`${relative(DIST, output.path)}\0`).update(output.contents);
  const build = id.update('lexicon\0').update(lexicon).digest('hex').slice(0, 32);
  rmSync(ARTICLE_CACHE, { recursive: true, force: true });
  for (const output of result.outputFiles) writeAtomically(output.path, output.contents);
  writeAtomically(join(DIST, 'lexicon-data.bin'), lexicon);
  // Chunks are named by their content: those of earlier builds are no longer imported.
  const written = new Set(result.outputFiles.map((output) => basename(output.path)));
  for (const name of readdirSync(DIST)) if (name.endsWith('.js') && !written.has(name)) rmSync(join(DIST, name), { force: true });
  // The lexicon of earlier builds, when it was JSON.
  rmSync(join(DIST, 'lexicon-data.json'), { force: true });
  const files = [...Object.keys(result.metafile.inputs).filter((file) => !file.includes(':')), ...BUILD_INPUTS];
  // A file changed while the build ran may not be in it: recorded as unknown, so the next start rebuilds.
  const inputs = Object.fromEntries(files.map((file) => [file, modifiedAt(file) > startedAt ? null : modifiedAt(file)]));
  writeAtomically(MANIFEST, `${JSON.stringify({ build, inputs }, null, 2)}\n`);
  return build;
}

/** What runs from dist/ keeps its parsed articles there (src/core/article-cache.ts). */
function useArticleCache(build) {
  globalThis[ARTICLE_CACHE_SETTINGS] = { dir: ARTICLE_CACHE, build };
}

/**
 * Whether this start may become the Discord bot: `main` with a token in the environment or in `.env`
 * (read as dotenv will read it), or with an encrypted `.env.vault` this cannot look into.
 */
function mayStartDiscord(entry) {
  if (entry !== 'main') return false;
  if (process.env.DISCORD_TOKEN || process.env.DOTENV_KEY) return true;
  try {
    return /^\s*(?:export\s+)?DISCORD_TOKEN\s*[=:]\s*\S/m.test(readFileSync(join(process.cwd(), '.env'), 'utf8'));
  } catch {
    return false;
  }
}

const [entry, ...args] = process.argv.slice(2);
if (entry === '--build') {
  const built = await build();
  if (built) {
    // The first `npm start` after `npm install` then finds the bundled article already parsed.
    useArticleCache(built);
    setFlagsFromString('--no-regexp-tier-up');
    await import(pathToFileURL(join(DIST, 'warm-cache.js')).href).catch(() => undefined);
  } else {
    process.exitCode = 1;
  }
} else if (Object.hasOwn(ENTRIES, entry ?? '')) {
  const built = freshBuild() ?? (await build());
  if (!built) process.exit(1);
  useArticleCache(built);
  // V8 first runs a regular expression in its interpreter and compiles it again to machine code once
  // it is used often: the figure patterns (large, case-insensitive, Unicode) then cost two compilations,
  // about 0.15 s of every start, and in a process that has compiled many of them, the expressions that
  // read questions were measured to stay interpreted (reading a question's figures 60 µs instead of 15,
  // answering a fifth slower). `npm start` and `npm run ask` give node --no-regexp-tier-up, so that V8
  // compiles each once, straight to machine code; this covers a start of this script by hand. A flag
  // changed while the process runs is unsafe once other threads run V8: the Discord bot loads its code
  // through a loader on a worker thread, and with the flag changed it crashed now and then at start.
  // Only the console and `ask`, which start no thread, are given it here.
  if (!mayStartDiscord(entry) && !process.execArgv.includes('--no-regexp-tier-up')) setFlagsFromString('--no-regexp-tier-up');
  const compiled = join(DIST, `${entry}.js`);
  // The entry reads its arguments from process.argv.slice(2), as when run directly.
  process.argv = [process.argv[0], compiled, ...args];
  await import(pathToFileURL(compiled).href);
} else {
  process.stderr.write(`usage: node scripts/launch.js ${Object.keys(ENTRIES).join('|')} [args...] | --build\n`);
  process.exitCode = 2;
}
