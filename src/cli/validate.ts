// `press-widgets validate`: see `help` below.
import { basename, dirname, join, relative, resolve } from 'node:path';
import { FeedError } from '../data/feed-error.js';
import { ensureSanitizer } from '../data/sanitize.js';
import { checkFeedText, type Format } from './check-feed.js';
import { checkEveryPage, checkServer, download } from './check-server.js';
import { progress, progressDone } from './progress.js';
import { count, jsonReport, textReport, type Document, type Problem } from './report.js';
import { isAddress, readFeedFile, someAddress } from './source.js';
import { commandArguments, usageError } from './arguments.js';

const help = `press-widgets validate <file-or-URL>... [options]

Checks a feed as the widgets will read it: a JSON Feed with _press, RSS 2.0 or Atom 1.0.

  press-widgets validate public/press/feed.json
  press-widgets validate https://mup.example.gov.rs/press/feed.json --origin https://partner.example

Every problem comes with where it is (a JSON path such as $.items[3].title, or an XML path such as
/rss/channel/item[4]), what is wrong, and what the widgets do about it: refuse the feed (they show an
error message instead), leave something out, or fall back on a guess. A JSON Feed is held to the whole
format (docs/feed-format.md); a problem that says nothing about the widgets does not change what they
show, but other readers may be stricter. Pages linked by next_url are checked too, each once.

Given an address, it also checks what the server sends: the status, the content type and charset,
ETag or Last-Modified and whether the server heeds them, caching, compression, the size against the
5 MB the widgets read, and with --origin what a page on another site needs (CORS). Each of these says
how to fix it in the server's terms.

Options:
  --origin <url>   Check that pages on this site (https://partner.example) may read the feed.
  --base <url>     For a file: the address it will be served from. Relative URLs resolve against it,
                   and next_url pages in the same folder are read from the file's folder.
  --strict         Warnings fail too.
  --json           Write the result as JSON, for a machine.
  --help           This text.

Exit codes: 0 no errors (warnings allowed, unless --strict); 1 problems found; 2 a wrong option or
a file that does not exist.
`;

/** A page of a feed: the file or address it is read from; a file also has the address it stands for. */
type Page = { source: string; number: number } & ({ file: string; base?: string } | { url: string });

interface PageResult {
  document: Document;
  problems: Problem[];
  /** The page its next_url leads to, or a note on why it is not read. */
  next?: Page | string;
}

const nextUrlPath: Record<Format, string> = {
  'JSON Feed': '$.next_url',
  RSS: '/rss/channel/atom:link[@rel="next"]',
  Atom: '/feed/link[@rel="next"]',
};

/**
 * The page a next_url leads to. From a file, only a file beside it: one in the folder of the address
 * the file stands for (or of its feed_url), named without a query.
 */
function pageAt(url: string, page: Page, homes: (string | undefined)[]): Page | string {
  const number = page.number + 1;
  if (!('file' in page)) return { url, source: url, number };
  const folders = homes.flatMap((home) => (home ? [new URL('.', home).href] : []));
  const folder = folders.find((candidate) => url.startsWith(candidate));
  const name = folder && url.slice(folder.length);
  if (!name || /[?#/]/.test(name))
    return `Page ${number}, ${url}, is not checked: from a file, only a next page in the same folder is read. Validate the feed's address to check every page.`;
  const file = join(dirname(page.file), decodeURIComponent(name));
  const shown = relative(process.cwd(), file);
  return { file, base: url, source: shown.startsWith('..') ? file : shown, number };
}

async function readPage(page: Page, origin: string | undefined): Promise<PageResult> {
  const document: Document = { source: page.source, ...(page.number > 1 && { page: page.number }) };
  const refused = (path: string, message: string): PageResult => ({
    document,
    problems: [{ severity: 'error', source: page.source, path, message, effect: 'refuse' }],
  });
  if ('file' in page) {
    let text: string;
    try {
      text = await readFeedFile(page.file);
    } catch (error) {
      // The first file is the one the command was given: not finding it is a usage error.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && page.number > 1)
        return refused('file', `does not exist, though page ${page.number - 1} leads here (next_url)`);
      if (!(error instanceof FeedError)) throw error;
      return refused('size', error.message);
    }
    // Without an address given, the feed's own feed_url stands for it, else any address: relative URLs are
    // as good as absolute ones once the file is served.
    let checked = checkFeedText(text, page.source, page.base);
    if (!page.base && !checked.feed?.feedUrl)
      checked = checkFeedText(text, page.source, someAddress(basename(page.file)));
    const { format, feed, problems } = checked;
    Object.assign(document, { format, releases: feed?.items.length });
    const next =
      feed?.nextUrl && pageAt(feed.nextUrl, page, [page.base ?? someAddress(basename(page.file)), feed.feedUrl]);
    return { document, problems, next: next || undefined };
  }
  const fetched = await download(page.url, origin);
  if (!fetched.download) return { document, problems: fetched.problems };
  const { format, feed, problems } = checkFeedText(fetched.download.text, page.source, fetched.download.url);
  Object.assign(document, { format, releases: feed?.items.length });
  // A feed every site may read needs no --origin; for any other, the reader may not know to ask.
  if (!origin && page.number === 1 && fetched.download.headers.get('access-control-allow-origin') !== '*')
    document.note = `Checked for pages on ${new URL(fetched.download.url).origin} only: for widgets on another site, add --origin https://that.example (CORS).`;
  problems.push(
    ...(format && page.number === 1
      ? await checkServer(fetched.download, format, origin, page.source)
      : checkEveryPage(fetched.download, origin, page.source)),
  );
  return { document, problems, next: feed?.nextUrl ? pageAt(feed.nextUrl, page, []) : undefined };
}

/** A feed and each page after it, until one links to no next page or to a page already read. */
async function checkFeed(first: Page, origin: string | undefined) {
  const documents: Document[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const key = (page: Page) => ('file' in page ? resolve(page.file) : page.url);
  for (let page: Page | undefined = first; page;) {
    progress(`Checking page ${page.number}: ${page.source}`);
    seen.set(key(page), page.number);
    const { document, problems: found, next } = await readPage(page, origin);
    documents.push(document);
    problems.push(...found);
    page = undefined;
    if (typeof next === 'string') document.note = next;
    else if (next && seen.has(key(next)))
      problems.push({
        severity: 'error',
        source: document.source,
        path: nextUrlPath[document.format as Format],
        message: `leads back to page ${seen.get(key(next))} (${next.source}): the pages go round in a loop`,
        effect: 'drop',
        widgets: 'They stop at a page they have shown already, so no release after it shows.',
      });
    else page = next;
  }
  progressDone();
  return { documents, problems };
}

export async function validate(argv: string[]): Promise<number> {
  const parsed = commandArguments('validate', help, argv, {
    allowPositionals: true,
    options: {
      origin: { type: 'string' },
      base: { type: 'string' },
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const usage = (message: string) => usageError('validate', message);
  if (!positionals.length) return usage(`give the feed to check: a file or an address.\n\n${help}`);
  for (const [option, value] of [
    ['--origin', values.origin],
    ['--base', values.base],
  ] as const)
    if (value !== undefined && !isAddress(value)) return usage(`${option} "${value}" is not an http or https address.`);
  const origin = values.origin && new URL(values.origin).origin;

  await ensureSanitizer();
  const documents: Document[] = [];
  const problems: Problem[] = [];
  for (const target of positionals) {
    const page: Page = isAddress(target)
      ? { url: target, source: target, number: 1 }
      : { file: target, base: values.base, source: target, number: 1 };
    try {
      const result = await checkFeed(page, origin);
      documents.push(...result.documents);
      problems.push(...result.problems);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'EISDIR')
        throw error;
      progressDone();
      return usage(`there is no feed file ${target}.`);
    }
  }
  process.stdout.write(
    values.json ? jsonReport(documents, problems, !!values.strict) : textReport(documents, problems),
  );
  return count(problems, 'error') || (values.strict && count(problems, 'warning')) ? 1 : 0;
}
