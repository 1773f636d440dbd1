// `press-widgets build`: see `help` below.
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseFeedDate } from '../data/dates.js';
import { FeedError } from '../data/feed-error.js';
import { constraints, feed } from '../data/feed-fields.js';
import { fetchFeedText } from '../data/fetch-feed.js';
import { parseFeed } from '../data/parse-feed.js';
import { ensureSanitizer } from '../data/sanitize.js';
import { pathTo, validateFeed } from '../data/validate-feed.js';
import { checkFeedText } from './check-feed.js';
import { lineAndColumn, yamlLines } from './lines.js';
import { progress, progressDone } from './progress.js';
import { frontMatterKeys, readRelease } from './releases.js';
import { isAddress, readFeedFile, someAddress } from './source.js';
import { itemOf, jsonPages, pageName, rssPages, type FeedHead, type FeedItem, type OutputFile } from './write-feed.js';
import { commandArguments, usageError } from './arguments.js';

const help = `press-widgets build <releases-folder> --config <file.json> --out <folder> [options]
press-widgets build --from <RSS-or-Atom-file-or-URL> --config <file.json> --out <folder> [options]

Writes the feed the widgets read, a JSON Feed 1.1 with _press, from a folder of releases written in
Markdown, or from the RSS or Atom feed a CMS already has:

  press-widgets build press/releases --config press/config.json --out public/press

writes public/press/feed.json (newest first; with more releases than --page-size, further pages
feed-2.json, feed-3.json… linked by next_url) and public/press/feed.xml, the same releases as RSS 2.0
for feed readers. Every file it writes passes press-widgets validate; when anything is wrong, it says
what and where (file and line), and writes nothing.

A release is a Markdown file (.md) that begins with front matter: YAML between two lines ---, whose
keys are the JSON Feed item's own names (docs/feed-format.md):

  ---
  title: Dačić: all priorities of the Serbian chairmanship of SEPCA have been fulfilled
  date_published: 2024-10-14T10:30:00+02:00
  url: https://mup.example.gov.rs/press/sepca-priorities.html
  tags: [sepca, interpol]
  category: International police cooperation
  ---

Its keys: ${frontMatterKeys.join(', ')}. The id is the file's name unless the front matter gives one.
The text below is the release. A quote is a blockquote whose next line (or the line after a blank one)
says who said it; it stays in the text and becomes one of the release's _press.quotes:

  > The formation of an INTERPOL regional bureau in Belgrade would be a historic step.
  — Ivica Dačić, Deputy Prime Minister and Minister of the Interior, Government of Serbia

(role and organisation optional; -- for the dash works too).

The configuration is a JSON object with the feed's own fields: title, home_page_url, feed_url,
language, description, authors, and _press with organisation and contact (the contact form).

Options:
  --config <file>     The feed's fields (required).
  --out <folder>      Where the feed goes (required). Other files there are left alone.
  --from <file-or-URL>  Convert this RSS or Atom feed instead of reading Markdown releases; the
                      configuration adds what RSS cannot say (_press: organisation, contact).
  --name <name>       The files' name: <name>.json, <name>-2.json…, <name>.xml (default: feed).
  --page-size <n>     Releases per page (default: 50).
  --help              This text.

Exit codes: 0 written; 1 a release, the configuration or the feed converted has a problem (nothing is
written); 2 a wrong option, or a folder or file that does not exist.
`;

/** A problem in what the command was given, where a person finds it: `releases/a.md:3`, `feed.xml (item "7")`. */
interface InputError {
  where: string;
  message: string;
}

interface Release {
  item: FeedItem;
  /** Where a place in the item was written: `['tags', 1]` → `releases/a.md:5`. */
  where(path: readonly (string | number)[]): string;
}

class UsageError extends Error {}

// A configuration gives the feed's own fields; the command writes version, next_url and items.
const written = new Set(['version', 'next_url', 'items']);
const configKeys = [...Object.keys(feed.fields), ...Object.keys(constraints.get(feed)?.unread ?? {})].filter(
  (key) => !written.has(key),
);

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`there is no ${what} ${file}.`);
    throw error;
  }
}

async function readConfig(file: string) {
  const text = await readText(file, 'configuration file');
  const head: FeedHead = {};
  const errors: InputError[] = [];
  const { lineOf } = yamlLines(text);
  const where = (path: readonly (string | number)[]) => `${file}:${Math.max(1, lineOf(path))}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = Number(/at position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    const reason = (error as Error).message.replace(/ in JSON at position.*$/, '');
    errors.push({ where: `${file}:${lineAndColumn(text, position).line}`, message: `is not JSON: ${reason}` });
    return { head, where, errors, read: false };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({ where: `${file}:1`, message: "must be a JSON object of the feed's fields" });
    return { head, where, errors, read: false };
  }
  for (const key of Object.keys(value))
    if (!configKeys.includes(key))
      errors.push({
        where: where([key]),
        message: `"${key}" is not a feed field it can set (the fields: ${configKeys.join(', ')})`,
      });
  return { head: value as FeedHead, where, errors, read: true };
}

async function readReleases(folder: string): Promise<{ releases: Release[]; errors: InputError[] }> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => /\.md$/i.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw new UsageError(`there is no folder ${folder}.`);
    throw error;
  }
  const releases: Release[] = [];
  const errors: InputError[] = [];
  for (const [index, name] of names.entries()) {
    progress(`Reading releases: ${index + 1} of ${names.length}`);
    const file = join(folder, name);
    const { release, problems } = readRelease(file, await readFile(file, 'utf8'));
    errors.push(...problems.map(({ line, message }) => ({ where: `${file}:${line}`, message })));
    if (release) releases.push({ item: release.item as FeedItem, where: (path) => `${file}:${release.lineOf(path)}` });
  }
  progressDone();
  if (!names.length) errors.push({ where: folder, message: 'has no releases: no .md files' });
  return { releases, errors };
}

/** The releases of a CMS's feed, and the feed's own fields for what the configuration leaves out. */
async function readSource(source: string): Promise<{ head: FeedHead; releases: Release[]; errors: InputError[] }> {
  let text: string;
  try {
    const fetched = isAddress(source) ? await fetchFeedText(source) : undefined;
    text = fetched ? (fetched.status === 200 ? fetched.text : '') : await readFeedFile(source);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`there is no feed file ${source}.`);
    if (!(error instanceof FeedError)) throw error;
    return { head: {}, releases: [], errors: [{ where: source, message: error.message }] };
  }
  try {
    const read = parseFeed(text, { url: isAddress(source) ? source : undefined });
    for (const warning of read.warnings) process.stderr.write(`${source}: note: ${warning}\n`);
    const head = Object.fromEntries(
      Object.entries({
        title: read.title || undefined,
        home_page_url: read.homePageUrl,
        description: read.description,
        language: read.language,
      }).filter(([, value]) => value !== undefined),
    );
    const releases = read.items.map((release) => ({
      item: itemOf(release, read.language),
      where: () => `${source} (item "${release.id}")`,
    }));
    const undescribed = releases.filter(({ item }) => item._press?.image_alt === '').length;
    if (undescribed)
      process.stderr.write(
        `${source}: note: ${undescribed} image${undescribed === 1 ? ' has' : 's have'} no text alternative (RSS and Atom have no place for one): marked decorative, image_alt "".\n`,
      );
    return { head, releases, errors: [] };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return { head: {}, releases: [], errors: [{ where: source, message: error.message }] };
  }
}

/** `$.items[2]._press.quotes[0].speaker` → `['items', 2, '_press', 'quotes', 0, 'speaker']`. */
const segmentsOf = (path: string): (string | number)[] =>
  [...path.matchAll(/\.([\w$]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(
    ([, key, index, quoted]) => key ?? (index === undefined ? (JSON.parse(quoted!) as string) : Number(index)),
  );

/** A field's name as the release writes it: its front matter key, without `_press`; a quote by its number. */
function fieldName(path: (string | number)[]): string {
  const [first, second, third, ...rest] = path;
  if (first === '_press' && second === 'quotes')
    return [`quote ${Number(third) + 1}`, ...rest.map(String)].join(' ').trim();
  return (first === '_press' ? path.slice(1) : path).reduce<string>(pathTo, '$').replace(/^\$\.?/, '');
}

/** What validateFeed finds in the feed to be written, said at the release or the configuration it comes from. */
function placeProblems(
  feedValue: object,
  releases: Release[],
  configWhere: (path: readonly (string | number)[]) => string,
): InputError[] {
  const name = (index: number) => releases[index]!.where([]).replace(/:\d+$/, '');
  return validateFeed(feedValue).problems.map(({ path, message }) => {
    const segments = segmentsOf(path);
    const said = message.replace(/\$\.items\[(\d+)\]/g, (_, index: string) => name(Number(index)));
    if (segments[0] !== 'items' || typeof segments[1] !== 'number')
      return { where: configWhere(segments), message: `${path.replace(/^\$\.?/, '')} ${said}` };
    const inItem = segments.slice(2);
    return { where: releases[segments[1]]!.where(inItem), message: `${fieldName(inItem) || 'the release'} ${said}` };
  });
}

/** Writes every file into a new folder beside `out`, then moves them in: later pages first, the first last. */
async function writeAll(out: string, files: OutputFile[], stale: RegExp): Promise<void> {
  const target = resolve(out);
  await mkdir(dirname(target), { recursive: true });
  const temporary = await mkdtemp(join(dirname(target), `.${basename(target)}-build-`));
  try {
    for (const { name, text } of files) await writeFile(join(temporary, name), text);
    await mkdir(target, { recursive: true });
    for (const { name } of [...files].reverse()) await rename(join(temporary, name), join(target, name));
    const names = new Set(files.map(({ name }) => name));
    for (const name of await readdir(target)) if (stale.test(name) && !names.has(name)) await rm(join(target, name));
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

const byDateNewestFirst = (a: Release, b: Release) =>
  (parseFeedDate(b.item.date_published ?? '')?.getTime() ?? -Infinity) -
  (parseFeedDate(a.item.date_published ?? '')?.getTime() ?? -Infinity);

export async function build(argv: string[]): Promise<number> {
  const parsed = commandArguments('build', help, argv, {
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      name: { type: 'string', default: 'feed' },
      'page-size': { type: 'string', default: '50' },
      help: { type: 'boolean' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const usage = (message: string) => usageError('build', message);
  const pageSize = Number(values['page-size']);
  if (positionals.length > 1 || (positionals.length === 1) === !!values.from)
    return usage(`give one folder of releases, or --from and a feed.\n\n${help}`);
  if (!values.config || !values.out) return usage(`give --config and --out.\n\n${help}`);
  if (!Number.isInteger(pageSize) || pageSize < 1)
    return usage(`--page-size "${values['page-size']}" is not a whole number above 0.`);
  if (!/^[\w.-]+$/.test(values.name)) return usage(`--name "${values.name}" is not a plain file name.`);

  try {
    await ensureSanitizer();
    const config = await readConfig(values.config);
    const input = values.from ? await readSource(values.from) : { head: {}, ...(await readReleases(positionals[0]!)) };
    const head: FeedHead = { version: 'https://jsonfeed.org/version/1.1', ...input.head, ...config.head };
    const releases = [...input.releases].sort(byDateNewestFirst);
    const items = releases.map(({ item }) => item);
    // Every problem at once: the feed is checked with the releases that could be read, and with the
    // configuration unless it is not even JSON.
    const errors = [
      ...config.errors,
      ...input.errors,
      ...placeProblems({ ...head, items }, releases, config.where).filter(
        ({ where }) => config.read || !where.startsWith(`${values.config}:`),
      ),
    ].sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }));
    // Only a feed that validateFeed takes is written out, so the writers may trust each item's types.
    const files = errors.length
      ? []
      : [...jsonPages(head, items, pageSize, values.name), ...rssPages(head, items, pageSize, values.name)];
    // What the widgets will make of each file: the build's own check that it writes a good feed.
    for (const { name, text } of files) {
      progress(`Checking ${name}`);
      const served = head.feed_url ? new URL(name, head.feed_url).href : someAddress(name);
      for (const problem of checkFeedText(text, name, served).problems)
        if (problem.severity === 'error') errors.push({ where: `${name} ${problem.path}`, message: problem.message });
    }
    progressDone();
    if (errors.length) {
      for (const { where, message } of errors) process.stderr.write(`${where}: ${message}\n`);
      process.stderr.write(
        `press-widgets build: nothing written; ${errors.length} problem${errors.length === 1 ? '' : 's'}.\n`,
      );
      return 1;
    }
    const stale = new RegExp(`^${values.name.replace(/[.]/g, '\\.')}-\\d+\\.(json|xml)$`);
    await writeAll(values.out, files, stale);
    const pages = files.length / 2;
    process.stdout.write(
      `Wrote ${input.releases.length} release${input.releases.length === 1 ? '' : 's'} to ${relative(process.cwd(), resolve(values.out)) || '.'}: ${pageName(values.name, 1, 'json')}${pages > 1 ? ` and ${pages - 1} more page${pages > 2 ? 's' : ''}` : ''}, ${pageName(values.name, 1, 'xml')}.\n`,
    );
    return 0;
  } catch (error) {
    progressDone();
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }
}
