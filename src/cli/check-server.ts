// What a feed's server sends, against what the widgets need from it: the feed fetched as the widgets
// fetch it (their fetchFeedText: its size cap, its charset rules), then its headers, a conditional
// request and, for a page on another site, the CORS answers a browser asks for. Each problem says how to
// fix it in the server's terms.
import { gzipSync } from 'node:zlib';
import { FeedError } from '../data/feed-error.js';
import { fetchFeedText } from '../data/fetch-feed.js';
import { defaultMaxBytes } from '../data/read-feed.js';
import type { Format } from './check-feed.js';
import type { Problem } from './report.js';

export interface Download {
  /** The address that answered, after any redirect. */
  url: string;
  redirected: boolean;
  headers: Headers;
  /** The body as it arrived, once the transfer's compression is undone. */
  bytes: Uint8Array;
  /** The body as the widgets decode it. */
  text: string;
}

const timeoutMs = 20_000;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const refused = 'They show their error message instead of the releases.';
const wholeFeedEachTime = 'They download the whole feed on every visit instead of asking whether it has changed.';

/**
 * Fetches `url` as a widget on a page of `origin` (or of the feed's own site) would. Without a download,
 * the problems say why the widgets would get nothing.
 */
export async function download(
  url: string,
  origin: string | undefined,
): Promise<{ download?: Download; problems: Problem[] }> {
  let response: Response | undefined;
  let body: Promise<ArrayBuffer> | undefined;
  const browserLike: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('accept-encoding', 'gzip, deflate, br');
    if (origin) headers.set('origin', origin);
    response = await fetch(input, { ...init, headers });
    body = response.clone().arrayBuffer();
    return response;
  };
  try {
    const result = await fetchFeedText(url, { fetch: browserLike, timeoutMs });
    return {
      download: {
        url: response!.url || url,
        redirected: response!.redirected,
        headers: response!.headers,
        bytes: new Uint8Array(await body!),
        text: result.status === 200 ? result.text : '',
      },
      problems: [],
    };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const [path, message, fix] =
      error.code === 'http'
        ? [
            'HTTP status',
            `the server answered ${response!.status} ${response!.statusText}`.trim(),
            'Serve the feed at this address with 200 OK.',
          ]
        : error.code === 'too-large'
          ? [
              'size',
              `is over ${megabytes(defaultMaxBytes)}, the most the widgets read`,
              'Split the feed into pages linked by next_url (press-widgets build --page-size).',
            ]
          : error.code === 'timeout'
            ? ['request', `no complete answer within ${timeoutMs / 1000} seconds`]
            : [
                'request',
                `could not be reached (${(error.cause as { cause?: Error })?.cause?.message ?? error.message})`,
              ];
    return {
      problems: [{ severity: 'error', source: url, path, message, effect: 'refuse', widgets: refused, fix }],
    };
  }
}

const feedTypes: Record<Format, string[]> = {
  'JSON Feed': ['application/feed+json', 'application/json'],
  RSS: ['application/rss+xml', 'application/xml', 'text/xml'],
  Atom: ['application/atom+xml', 'application/xml', 'text/xml'],
};

const listed = (header: string | null) =>
  (header ?? '')
    .toLowerCase()
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

function decodes(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

function checkCharset(download: Download, report: (problem: Omit<Problem, 'source'>) => void): void {
  const { headers, bytes } = download;
  const label = /charset\s*=\s*"?([\w-]+)/i.exec(headers.get('content-type') ?? '')?.[1];
  const utf8 = isUtf8(bytes);
  const named = label && decodes(label);
  if (label && !named) {
    report({
      severity: 'warning',
      path: 'Content-Type',
      message: `names the charset "${label}", which no browser knows`,
      effect: 'fall back',
      widgets: 'They read the feed as its XML declaration says, else as UTF-8.',
      fix: 'Send charset=utf-8 (or the charset the feed is really in).',
    });
  } else if (named && named.encoding !== 'utf-8' && utf8 && bytes.some((byte) => byte > 127)) {
    const word = /[\p{L}\p{N}]*[^\0-\x7f][\p{L}\p{N}]*/u.exec(new TextDecoder().decode(bytes))?.[0] ?? '';
    const garbled = named.decode(new TextEncoder().encode(word));
    report({
      severity: 'error',
      path: 'Content-Type',
      message: `says charset=${label}, but the feed is UTF-8`,
      widgets: `They decode it as ${label}: "${word}" shows as "${garbled}".`,
      fix: 'Send charset=utf-8.',
    });
  } else if (!label && !utf8 && !/^\s*<\?xml[^>]*encoding\s*=/i.test(download.text)) {
    report({
      severity: 'error',
      path: 'Content-Type',
      message: 'names no charset, and the feed is not UTF-8',
      widgets: 'They read it as UTF-8, so some letters show as �.',
      fix: 'Save the feed as UTF-8 and send charset=utf-8, or name the charset it is in (charset=windows-1250).',
    });
  }
}

/** Seconds as a person says them: "2 hours". */
const duration = (seconds: number) =>
  seconds >= 86400 ? `${Math.round(seconds / 86400)} days` : `${Math.round(seconds / 3600)} hours`;

/** The answer to a second request for the feed with these headers. */
const ask = (url: string, init: RequestInit) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }).then(
    async (response) => {
      await response.body?.cancel();
      return response;
    },
    (error: Error) => error,
  );

/** The problem of a feed that a page on `origin` may not read, if it is one. */
function refusesOrigin(download: Download, origin: string, source: string): Problem | undefined {
  const allowed = download.headers.get('access-control-allow-origin');
  if (allowed === '*' || allowed === origin) return undefined;
  return {
    severity: 'error',
    source,
    path: 'Access-Control-Allow-Origin',
    message: `is ${allowed ? `"${allowed}"` : 'missing'}, so pages on ${origin} cannot read the feed`,
    effect: 'refuse',
    widgets: `On ${origin} the browser keeps the feed from them: ${refused.toLowerCase()}`,
    fix: `Send Access-Control-Allow-Origin: * (a public feed), or ${origin} together with Vary: Origin.`,
  };
}

/** What each page of a feed must get right: its charset and, for a page on `origin`, its CORS answer. */
export function checkEveryPage(download: Download, origin: string | undefined, source: string): Problem[] {
  const problems: Problem[] = [];
  checkCharset(download, (problem) => problems.push({ source, ...problem }));
  const refusal = origin && refusesOrigin(download, origin, source);
  if (refusal) problems.push(refusal);
  return problems;
}

/** Everything in what the server sent that the widgets, or the pages of `origin`, need otherwise. */
export async function checkServer(
  download: Download,
  format: Format,
  origin: string | undefined,
  source: string,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const report = (problem: Omit<Problem, 'source'>) => problems.push({ source, ...problem });
  const { url, headers, bytes } = download;
  const header = (name: string) => headers.get(name);

  if (download.redirected)
    report({
      severity: 'warning',
      path: 'HTTP status',
      message: `the address redirects to ${url}`,
      fix: 'Give the widgets the final address: every redirect costs each visitor a round trip (and, for other sites, a CORS answer of its own).',
    });

  const type = header('content-type')?.split(';')[0]!.trim().toLowerCase();
  const types = feedTypes[format];
  if (!type || !types.includes(type))
    report({
      severity: 'warning',
      path: 'Content-Type',
      message: type ? `is ${type}, not a feed's type` : 'is missing',
      effect: 'fall back',
      widgets: 'They read the feed anyway, by its content; feed readers and proxies may not.',
      fix: `Send Content-Type: ${types[0]}; charset=utf-8.`,
    });
  problems.push(...checkEveryPage(download, origin, source));

  const etag = header('etag');
  const lastModified = header('last-modified');
  if (origin && !problems.some(({ path }) => path === 'Access-Control-Allow-Origin')) {
    const allowed = header('access-control-allow-origin');
    if (allowed === origin && !listed(header('vary')).includes('origin'))
      report({
        severity: 'warning',
        path: 'Vary',
        message: 'does not name Origin, though Access-Control-Allow-Origin names one site',
        widgets: "A cache on the way may hand this answer to another site's visitors, whose browsers then refuse it.",
        fix: 'Send Vary: Origin, or Access-Control-Allow-Origin: *.',
      });
  }

  if (!etag && !lastModified) {
    report({
      severity: 'warning',
      path: 'ETag',
      message: 'and Last-Modified are both missing',
      effect: 'fall back',
      widgets: wholeFeedEachTime,
      fix: 'Send an ETag (static file servers do) or Last-Modified, and answer 304 Not Modified when they match.',
    });
  } else {
    const [name, value] = etag ? ['If-None-Match', etag] : ['If-Modified-Since', lastModified!];
    const again = await ask(url, { headers: { [name]: value, 'accept-encoding': 'gzip, deflate, br' } });
    if (again instanceof Response && again.status !== 304)
      report({
        severity: 'warning',
        path: name,
        message: `is not heeded: asked with the ${etag ? 'ETag' : 'Last-Modified date'} it just sent, the server answered ${again.status}, not 304 Not Modified`,
        effect: 'fall back',
        widgets: wholeFeedEachTime,
        fix: `Answer 304 Not Modified when ${name} matches the feed's current ${etag ? 'ETag' : 'Last-Modified'}.`,
      });
  }

  const cacheControl = header('cache-control');
  const maxAge = Number(/(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*"?(\d+)/i.exec(cacheControl ?? '')?.[1]);
  if (!cacheControl && !header('expires'))
    report({
      severity: 'warning',
      path: 'Cache-Control',
      message: 'is missing, so browsers and caches guess how long to keep the feed',
      fix: 'Send Cache-Control: max-age=300 (five minutes), or no-cache to have every visit ask first.',
    });
  else if (maxAge > 3600)
    report({
      severity: 'warning',
      path: 'Cache-Control',
      message: `lets browsers and caches keep the feed ${duration(maxAge)} without asking: a new release can take that long to show`,
      fix: 'Send max-age=300 or less; with an ETag, asking again costs a 304 and no body.',
    });

  if (!header('content-encoding') && bytes.length > 1024)
    report({
      severity: 'warning',
      path: 'Content-Encoding',
      message: `is missing: the feed travels uncompressed, ${kilobytes(bytes.length)} where gzip would send ${kilobytes(gzipSync(bytes).length)}`,
      fix: `Turn on gzip or Brotli for ${type ?? types[0]} (nginx: gzip_types; Apache: AddOutputFilterByType DEFLATE).`,
    });

  if (bytes.length > defaultMaxBytes * 0.8)
    report({
      severity: 'warning',
      path: 'size',
      message: `is ${megabytes(bytes.length)}, near the ${megabytes(defaultMaxBytes)} the widgets read`,
      fix: 'Split the feed into pages linked by next_url (press-widgets build --page-size).',
    });
  return problems;
}
