import { FeedError } from './feed-error.js';
import { openFeedCache, type CachedFeed, type FeedCache } from './feed-cache.js';
import { fetchFeedText } from './fetch-feed.js';
import { readFeed } from './read-feed.js';
import { pageCopy } from './page-copies.js';
import { ensureSanitizer } from './sanitize.js';
import type { FeedSnapshot, Feed } from './types.js';
import { absoluteUrl } from './urls.js';

export interface LoadFeedOptions {
  /** Detaches this caller; the shared request is aborted only when every caller has gone. */
  signal?: AbortSignal;
  /** Used by the caller that starts the request; later callers share it as it is. Default 10,000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

// Everything the page knows about one feed URL. The one place that decides whether to send a request.
interface FeedEntry {
  url: string;
  snapshot: FeedSnapshot;
  listeners: Set<FeedListener>;
  /** The request in flight, shared by `callers` callers. */
  request?: { promise: Promise<Feed>; controller: AbortController; callers: number };
  /** The text and validators behind `snapshot.feed`, for revalidation and the cache. */
  copy?: CachedFeed;
  cacheChecked?: boolean;
  /** The server confirmed `snapshot.feed` in this page view: `loadFeed` answers from memory. */
  confirmed?: boolean;
}

const entries = new Map<string, FeedEntry>();
const feedUrls = new WeakMap<Feed, string>();
const visitedPages = new WeakMap<Feed, Set<string>>();
let cache: FeedCache | undefined;
const feedCache = () => (cache ??= openFeedCache());
const noop = () => undefined;

/**
 * `parseFeed`, fetching the RSS and Atom reader only for a text that needs it: one that starts like XML
 * (RSS or Atom, or an HTML page).
 */
async function parseFetched(text: string, url: string): Promise<Feed> {
  const reader = /^\s*</.test(text)
    ? await import('./read-xml.js').catch((cause) => {
        throw new FeedError('network', 'The RSS and Atom reader could not be loaded.', { url, cause });
      })
    : undefined;
  return readFeed(text, { url }, reader?.readXml);
}

function entryFor(url: string): FeedEntry {
  // Not an http(s) URL: fetch will say so, as a `network` error, through the usual path.
  const key = absoluteUrl(url) ?? url;
  let entry = entries.get(key);
  if (!entry)
    entries.set(
      key,
      (entry = { url: key, snapshot: { url: key, loading: false, stale: false }, listeners: new Set() }),
    );
  return entry;
}

function emit(entry: FeedEntry, change: Partial<FeedSnapshot>): void {
  entry.snapshot = { ...entry.snapshot, ...change };
  for (const listener of entry.listeners) {
    try {
      listener(entry.snapshot);
    } catch (error) {
      // One widget's broken listener must not keep the others from hearing about the feed.
      globalThis.reportError?.(error);
    }
  }
}

function accept(entry: FeedEntry, feed: Feed, copy: CachedFeed, change: Partial<FeedSnapshot>): Feed {
  entry.copy = copy;
  feedUrls.set(feed, entry.url);
  emit(entry, { feed, fetchedAt: new Date(copy.fetchedAt), ...change });
  return feed;
}

async function revalidate(entry: FeedEntry, signal: AbortSignal, options: LoadFeedOptions): Promise<Feed> {
  const { url } = entry;
  emit(entry, { loading: true });
  try {
    // The copy a server render put in the page, else the last good copy from an earlier visit, shows
    // while the request runs; a copy that no longer parses is ignored and the network answer replaces it.
    if (!entry.cacheChecked && !entry.snapshot.feed) {
      entry.cacheChecked = true;
      const cached = pageCopy(url) ?? (await feedCache().read(url));
      try {
        if (cached && !entry.snapshot.feed) {
          await ensureSanitizer();
          accept(entry, await parseFetched(cached.text, url), cached, { stale: true });
        }
      } catch {}
    }
    // A failed DOMPurify chunk load is not fatal: parseFeed then keeps HTML as text and says so.
    await ensureSanitizer().catch(noop);
    const held = entry.snapshot.feed && entry.copy;
    const result = await fetchFeedText(url, { ...options, signal, etag: held?.etag, lastModified: held?.lastModified });
    if (result.status === 304 && !held)
      throw new FeedError('http', 'Unexpected 304 Not Modified.', { url, status: 304 });
    // A 304 keeps the text we hold, and its validators where the answer sends none.
    const kept: Omit<CachedFeed, 'fetchedAt'> = result.status === 304 ? held! : { url, text: result.text };
    const copy: CachedFeed = {
      ...kept,
      etag: result.etag ?? kept.etag,
      lastModified: result.lastModified ?? kept.lastModified,
      fetchedAt: Date.now(),
    };
    const feed = result.status === 304 ? entry.snapshot.feed! : await parseFetched(result.text, url);
    entry.confirmed = true;
    void feedCache().write(copy);
    return accept(entry, feed, copy, { error: undefined, stale: false, loading: false });
  } catch (cause) {
    const error =
      cause instanceof FeedError
        ? cause
        : new FeedError('parse', `The feed could not be read: ${cause}`, { url, cause });
    // Nobody is waiting for an aborted request, so there is nothing to report; the last good copy stays.
    emit(entry, { loading: false, ...(error.code !== 'abort' && { error, stale: !!entry.snapshot.feed }) });
    throw error;
  }
}

function join(entry: FeedEntry, { signal, ...options }: LoadFeedOptions): Promise<Feed> {
  if (!entry.request) {
    const controller = new AbortController();
    const promise = revalidate(entry, controller.signal, options).finally(() => {
      if (entry.request?.promise === promise) entry.request = undefined;
    });
    // Callers get the outcome through their own promise; this one must not report an unhandled rejection.
    promise.catch(noop);
    entry.request = { promise, controller, callers: 0 };
  }
  const request = entry.request;
  request.callers += 1;
  return new Promise<Feed>((resolve, reject) => {
    // This caller alone leaves; the request is aborted when nobody is left. Settling twice is harmless.
    const onAbort = () => {
      if (!--request.callers) request.controller.abort();
      reject(new FeedError('abort', 'The request was cancelled.', { url: entry.url, cause: signal?.reason }));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    request.promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

/**
 * A feed, fetched once per page view: every caller of the same URL shares one request in flight and
 * then the same result. Rejects with a `FeedError`; to show the cached copy while offline, use `watchFeed`.
 */
export function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<Feed> {
  const entry = entryFor(url);
  return entry.confirmed && entry.snapshot.feed ? Promise.resolve(entry.snapshot.feed) : join(entry, options);
}

/** Asks the server again (with `If-None-Match` / `If-Modified-Since`), even for a feed already confirmed. */
export function refresh(url: string, options: LoadFeedOptions = {}): Promise<Feed> {
  return join(entryFor(url), options);
}

/** What the store knows of a feed now, without asking for it: a server render reads what it loaded ahead. */
export const feedSnapshot = (url: string): FeedSnapshot => entryFor(url).snapshot;

/** The text and validators behind what the store shows of `url`, which a server render puts in the page. */
export const feedCopy = (url: string): CachedFeed | undefined => entryFor(url).copy;

/**
 * Takes `copy` as the confirmed text of `url`, as if the server had just sent it: how a renderer gives
 * the store a feed it read from a file.
 */
export async function seedFeed(copy: CachedFeed): Promise<Feed> {
  const entry = entryFor(copy.url);
  await ensureSanitizer();
  const feed = await parseFetched(copy.text, copy.url);
  entry.confirmed = true;
  return accept(entry, feed, { ...copy, url: entry.url }, { error: undefined, stale: false, loading: false });
}

/**
 * Follows a feed: the listener hears at once what the store knows, then every change: the cached copy
 * (`stale: true, loading: true`), the server's answer (`stale: false`), or a failure (`error`, with the
 * last good copy kept and `stale: true`). Returns the unsubscribe function; the last watcher leaving
 * aborts a request nobody else waits for.
 */
export function watchFeed(
  url: string,
  listener: FeedListener,
  options: Omit<LoadFeedOptions, 'signal'> = {},
): () => void {
  const entry = entryFor(url);
  const watching = new AbortController();
  entry.listeners.add(listener);
  listener(entry.snapshot);
  if (!entry.confirmed) join(entry, { ...options, signal: watching.signal }).catch(noop);
  return () => {
    entry.listeners.delete(listener);
    watching.abort();
  };
}

/**
 * The page after `feed` (its `next_url`), or `undefined` at the end or when the next URL was already
 * visited in this chain of pages, which would otherwise loop forever.
 */
export async function loadNextPage(feed: Feed, options: LoadFeedOptions = {}): Promise<Feed | undefined> {
  const { nextUrl } = feed;
  const visited = new Set(visitedPages.get(feed)).add(feedUrls.get(feed)!).add(feed.feedUrl!);
  if (!nextUrl || visited.has(nextUrl)) return undefined;
  const next = await loadFeed(nextUrl, options);
  visitedPages.set(next, visited.add(nextUrl));
  return next;
}

/** Forgets every feed and aborts every request; for tests, which need a fresh page view. */
export function resetFeedStore(options: { cache?: FeedCache } = {}): void {
  for (const entry of entries.values()) entry.request?.controller.abort();
  entries.clear();
  cache = options.cache;
}
