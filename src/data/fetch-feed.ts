import { FeedError, type FeedErrorCode } from './feed-error.js';
import { refusedByCors } from './cors.js';
import { feedAccept, takeEarly } from './early-fetch.js';
import { defaultMaxBytes } from './read-feed.js';

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

const noop = () => undefined;

// The first bytes of a byte order mark, read as latin1.
const byteOrderMarks: Record<string, string> = { '\xfe\xff': 'utf-16be', '\xff\xfe': 'utf-16le', '\xef\xbb': 'utf-8' };

/**
 * A feed's bytes as text: by its byte order mark (UTF-16 or UTF-8; it outranks any label, as in
 * browsers), else the charset the server names, else the XML declaration's (older Serbian sites serve
 * windows-1250 XML and only say so there), else UTF-8; an unknown label is skipped.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  for (const label of [
    byteOrderMarks[head.slice(0, 2)],
    /charset\s*=\s*"?([\w-]+)/i.exec(contentType!)?.[1],
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1],
  ]) {
    try {
      if (label) return new TextDecoder(label).decode(bytes);
    } catch {}
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches a feed's text. The Content-Type is not trusted (servers send feeds as text/html or
 * application/octet-stream); `parseFeed` reads the content itself. Every failure is a `FeedError`:
 * `abort` (the caller's signal), `timeout`, `offline`, `network`, `cors`, `http` (with `status`), `too-large`.
 */
export async function fetchFeedText(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const { signal, timeoutMs = 10_000, maxBytes = defaultMaxBytes, etag, lastModified } = options;
  const error = (code: FeedErrorCode, message: string, cause?: unknown, status?: number) =>
    new FeedError(code, message, { url, cause, status });
  const cancelled = (cause?: unknown) => error('abort', 'The request was cancelled.', cause);
  if (signal?.aborted) throw cancelled(signal.reason);
  // The loader may have sent this request already; it is taken over, once, whatever validators we hold
  // (the browser's HTTP cache still revalidates it).
  const early = options.fetch ? undefined : takeEarly(url);
  const controller = early?.controller ?? new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, timeoutMs);
  signal?.addEventListener('abort', abort);
  const headers = new Headers({ accept: feedAccept });
  // Validators are not CORS-safelisted headers: on another origin they would need a preflight that few
  // feed servers answer. There the browser's HTTP cache revalidates by itself.
  if (!globalThis.location || new URL(url, location.href).origin === location.origin) {
    if (etag) headers.set('if-none-match', etag);
    if (lastModified) headers.set('if-modified-since', lastModified);
  }
  try {
    const response = await (early?.response ?? (options.fetch ?? fetch)(url, { signal: controller.signal, headers }));
    const header = (name: string) => response.headers.get(name) ?? undefined;
    const result = { etag: header('etag'), lastModified: header('last-modified'), url: response.url || url };
    if (response.status === 304) return { status: 304, ...result };
    const tooLarge = () => error('too-large', `The feed is over ${maxBytes} bytes; reading stopped.`);
    if (!response.ok || +header('content-length')! > maxBytes) {
      await response.body?.cancel().catch(noop);
      throw response.ok
        ? tooLarge()
        : error(
            'http',
            `The server answered ${`${response.status} ${response.statusText}`.trim()}.`,
            undefined,
            response.status,
          );
    }
    // Read as a stream, so a huge body stops at the cap instead of filling memory.
    const chunks: BlobPart[] = [];
    let length = 0;
    const reader = response.body?.getReader();
    for (let chunk; reader && !(chunk = await reader.read()).done; chunks.push(chunk.value)) {
      if ((length += chunk.value.length) > maxBytes) {
        await reader.cancel().catch(noop);
        throw tooLarge();
      }
    }
    return {
      status: 200,
      text: decodeFeed(new Uint8Array(await new Blob(chunks).arrayBuffer()), header('content-type')),
      ...result,
    };
  } catch (cause) {
    if (cause instanceof FeedError) throw cause;
    if (signal?.aborted) throw cancelled(cause);
    if (controller.signal.aborted) throw error('timeout', `No answer within ${timeoutMs / 1000} seconds.`, cause);
    if (globalThis.navigator?.onLine === false) throw error('offline', 'The browser is offline.', cause);
    if (!(await refusedByCors(url, options.fetch ?? fetch, controller.signal)))
      throw error('network', 'The feed server could not be reached.', cause);
    // The visitor can do nothing about it, and is told only that the news could not be loaded; the
    // site's team reads why here.
    const refused = error(
      'cors',
      `press-widgets: ${url} sends no Access-Control-Allow-Origin for ${location.origin} (docs/publishing.md).`,
      cause,
    );
    console.error(refused.message);
    throw refused;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
