import { FeedError } from './feed-error.js';
import { defaultMaxBytes } from './parse-feed.js';

export interface FetchFeedOptions {
  signal?: AbortSignal;
  /** No complete answer within this many milliseconds is `timeout`. Default 10,000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** A body over this many bytes is `too-large`; reading stops there. Default 5 MB. */
  maxBytes?: number;
  /** Validators of the copy we hold; the server answers 304 when it is still current. */
  etag?: string;
  lastModified?: string;
}

export type FetchFeedResult =
  | { status: 200; text: string; etag?: string; lastModified?: string; url: string }
  | { status: 304; etag?: string; lastModified?: string; url: string };

function charsetOf(contentType: string | null, head: Uint8Array): string {
  const declared = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1];
  // Older Serbian sites serve windows-1250 XML and only say so in the XML declaration.
  const xmlDeclared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)/i.exec(new TextDecoder('latin1').decode(head.subarray(0, 200)))?.[1];
  for (const label of [declared, xmlDeclared]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).encoding;
    } catch {
      // An unknown charset label: try the next source, then UTF-8.
    }
  }
  return 'utf-8';
}

async function readBody(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () => new FeedError('too-large', `The feed is larger than ${(maxBytes / 1_048_576).toFixed(1)} MB; reading stopped.`, { url });
  const declaredLength = Number(response.headers.get('content-length'));
  if (declaredLength > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      length += chunk.value.byteLength;
      if (length > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(chunk.value);
    }
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder(charsetOf(response.headers.get('content-type'), bytes)).decode(bytes);
}

/**
 * Fetches a feed's text. The Content-Type is not trusted (servers send feeds as text/html or
 * application/octet-stream); `parseFeed` reads the content itself. Every failure is a `FeedError`:
 * `abort` (the caller's signal), `timeout`, `offline`, `network`, `http` (with `status`), `too-large`.
 */
export async function fetchFeedText(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const { signal, timeoutMs = 10_000, maxBytes = defaultMaxBytes } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  if (signal?.aborted) throw new FeedError('abort', 'The request was cancelled.', { url, cause: signal.reason });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });

  const headers: Record<string, string> = { accept: 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  try {
    const response = await fetchImpl(url, { signal: controller.signal, headers });
    const validators = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
    if (response.status === 304) return { status: 304, ...validators, url: response.url || url };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedError('http', `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, { url, status: response.status });
    }
    const text = await readBody(response, maxBytes, url);
    return { status: 200, text, ...validators, url: response.url || url };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timedOut) throw new FeedError('timeout', `No answer within ${timeoutMs / 1000} seconds.`, { url, cause: error });
    if (signal?.aborted) throw new FeedError('abort', 'The request was cancelled.', { url, cause: error });
    if (globalThis.navigator?.onLine === false) throw new FeedError('offline', 'The browser is offline.', { url, cause: error });
    throw new FeedError('network', 'The feed could not be reached (network error, or the server does not allow this site to read it: CORS).', { url, cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
