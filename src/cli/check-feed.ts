// The problems of one feed document, from the data layer's two readings of it: validateFeed, strict,
// names what breaks the format (JSON Feed only); parseFeed, lenient, says in its warnings what the widgets
// leave out or guess, and refuses what they cannot show. Neither is repeated here: this only puts the two
// side by side, each problem with what the widgets do about it.
import { FeedError } from '../data/feed-error.js';
import { parseFeed } from '../data/parse-feed.js';
import type { Feed } from '../data/types.js';
import { pathTo, validateFeed } from '../data/validate-feed.js';
import { lineAndColumn } from './lines.js';
import type { Effect, Problem } from './report.js';

export type Format = 'JSON Feed' | 'RSS' | 'Atom';

export interface CheckedFeed {
  format?: Format;
  /** The feed as the widgets read it, unless they refuse it. */
  feed?: Feed;
  problems: Problem[];
}

const refused = 'They show their error message instead of the releases.';

/** The root element's name, past the XML declaration, comments and a doctype. */
const xmlRoot = (text: string) =>
  /^<(?:[\w.-]+:)?([\w.-]+)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>/gi, '').trim())?.[1];

/** Where a JSON or XML reader stopped in `text`, as a line and column, and why. */
function brokenAt(text: string, error: FeedError, xml: boolean): { path: string; message: string } {
  if (xml) {
    const [, line, column, reason] = /\((\d+):(\d+): (.*)\)\./.exec(error.message) ?? [];
    return line
      ? { path: `line ${line}, column ${column}`, message: `is not well-formed XML: ${reason}` }
      : { path: '/', message: error.message };
  }
  const reason = String((error.cause as Error | undefined)?.message);
  const position = /at position (\d+)/.exec(reason)?.[1];
  const message = `is not well-formed JSON: ${reason.replace(/ in JSON at position.*$/, '')}`;
  if (position === undefined) return { path: '$', message };
  // The reader parsed the text without a byte-order mark and the white space around it.
  const body = text.replace(/^\uFEFF/, '');
  const { line, column } = lineAndColumn(body, body.length - body.trimStart().length + Number(position));
  return { path: `line ${line}, column ${column}`, message };
}

interface Warning {
  path: string;
  says: string;
  effect: Effect;
}

// The reader's warnings end with what it did; these endings mean something is left out.
const dropped = /(ignored|skipped|only the first is kept|read as empty)\.$/;

/**
 * A reader warning's place as a path of the document's own kind, and the rest of it. JSON names places
 * `feed.title` and `items[3].tags`; the XML reader `item 4 (guid)` or `entry 2`, then JSON Feed's names.
 */
function readWarning(warning: string, format: Format): Warning | undefined {
  const effect: Effect = dropped.test(warning) ? 'drop' : 'fall back';
  const place = /^(?:(feed|"?items"?)|((item|entry) (\d+)(?: \(.*?\))?)(?=[.: ]))((?:\.[^\s.:[\]]+|\[\d+\])*)/.exec(
    warning,
  );
  if (!place) return undefined;
  const [whole, jsonHead, xmlWhere, xmlKind, xmlIndex, rest] = place;
  if (format === 'JSON Feed') {
    const segments = [...rest!.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => key ?? Number(index));
    const path = segments.reduce<string>(pathTo, jsonHead === 'feed' ? '$' : '$.items');
    return { path, says: warning.slice(whole.length).replace(/^:?\s*/, ''), effect };
  }
  // XML has no JSON paths below the item: the rest of the warning names the field as JSON Feed does.
  const container = format === 'RSS' ? '/rss/channel' : '/feed';
  const path = xmlKind ? `${container}/${xmlKind}[${xmlIndex}]` : container;
  return { path, says: warning.slice((xmlWhere ?? jsonHead)!.length).replace(/^[.\s]+/, ''), effect };
}

/** `ancestor` is `path` or holds it: `$.items[3]` holds `$.items[3].tags[0]`. */
const within = (path: string, ancestor: string) =>
  path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);

/**
 * Every problem of a feed document's text. `base` is the address relative URLs resolve against: where the
 * document is served. Call `ensureSanitizer()` first, as the widgets do, so content is read as they read it.
 */
export function checkFeedText(text: string, source: string, base: string | undefined): CheckedFeed {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const xml = trimmed.startsWith('<');
  const root = xml ? xmlRoot(trimmed) : undefined;
  let format: Format | undefined = xml ? (root === 'rss' ? 'RSS' : root === 'feed' ? 'Atom' : undefined) : 'JSON Feed';
  const problems: Problem[] = [];
  let feed: Feed | undefined;
  try {
    feed = parseFeed(text, { url: base });
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    if (error.code === 'parse') format = undefined;
    problems.push({
      severity: 'error',
      source,
      ...(error.code === 'parse'
        ? brokenAt(text, error, xml)
        : { path: xml ? `/${root ?? ''}` : '$', message: error.message }),
      effect: 'refuse',
      widgets: refused,
    });
    if (error.code === 'parse') return { problems };
  }
  const warnings = (feed?.warnings ?? []).map((warning) => ({
    text: warning,
    read: format && readWarning(warning, format),
    used: false,
  }));
  if (format === 'JSON Feed') {
    for (const { path, message } of validateFeed(trimmed).problems) {
      // A warning about this place, or one that left out the whole object the place is in.
      const matching = warnings.filter(
        ({ read }) => read && (read.path === path || (read.effect === 'drop' && within(path, read.path))),
      );
      for (const warning of matching) warning.used = true;
      problems.push({
        severity: 'error',
        source,
        path,
        message,
        ...(feed
          ? matching.length
            ? { effect: matching.at(-1)!.read!.effect, widgets: matching.map(({ text }) => text).join(' ') }
            : {}
          : {}),
      });
    }
  }
  for (const { text: warning, read, used } of warnings) {
    if (used) continue;
    const effect = read?.effect ?? (dropped.test(warning) ? 'drop' : 'fall back');
    problems.push({
      severity: effect === 'drop' ? 'error' : 'warning',
      source,
      path: read?.path ?? (xml ? '/' : '$'),
      message: read?.says ?? warning,
      effect,
    });
  }
  // In the order of the document, item by item, whichever reading found the problem.
  problems.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  return { format, feed, problems };
}
