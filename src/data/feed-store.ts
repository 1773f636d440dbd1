import { FeedError } from './feed-error.js';
import { openFeedCache, type CachedFeed, type FeedCache } from './feed-cache.js';
import { fetchFeedText } from './fetch-feed.js';
import { parseFeed } from './parse-feed.js';
import { ensureSanitizer } from './sanitize.js';
import type { FeedSnapshot, PressFeed } from './types.js';

export interface LoadFeedOptions {
  /** Detaches this caller; the shared request is aborted only when every caller has gone. */
  signal?: AbortSignal;
  /** Used by the caller that starts the request; later callers share it as it is. Default 10,000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

interface SharedRequest {
  promise: Promise<PressFeed>;
  controller: AbortController;
  callers: number;
}

// Everything the page knows about one feed URL. The one place that decides whether to send a request.
interface FeedEntry {
  url: string;
  snapshot: FeedSnapshot;
  listeners: Set<FeedListener>;
  request?: SharedRequest;
  /** The text and validators behind `snapshot.feed`, for revalidation and the cache. */
  copy?: CachedFeed;
  cacheChecked: boolean;
  /** The server confirmed `snapshot.feed` in this page view: `loadFeed` answers from memory. */
  confirmed: boolean;
}

const entries = new Map<string, FeedEntry>();
const feedUrls = new WeakMap<PressFeed, string>();
let cache: FeedCache | undefined;
const feedCache = () => (cache ??= openFeedCache());

function entryFor(url: string): FeedEntry {
  let key = url;
  try {
    key = new URL(url, globalThis.location?.href).href;
  } catch {
    // Not a URL: fetch will say so, as a `network` error, through the usual path.
  }
  let entry = entries.get(key);
  if (!entry) {
    entry = { url: key, snapshot: { url: key, loading: false, stale: false }, listeners: new Set(), cacheChecked: false, confirmed: false };
    entries.set(key, entry);
  }
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

function accept(entry: FeedEntry, feed: PressFeed, copy: CachedFeed): PressFeed {
  entry.copy = copy;
  feedUrls.set(feed, entry.url);
  return feed;
}

/** Shows the last good copy from the cache while the request runs; a copy that no longer parses is ignored. */
async function showCachedCopy(entry: FeedEntry): Promise<void> {
  if (entry.cacheChecked || entry.snapshot.feed) return;
  entry.cacheChecked = true;
  const cached = await feedCache().read(entry.url);
  if (!cached || entry.snapshot.feed) return;
  try {
    await ensureSanitizer();
    const feed = accept(entry, parseFeed(cached.text, { url: entry.url }), cached);
    emit(entry, { feed, stale: true, fetchedAt: new Date(cached.fetchedAt) });
  } catch {
    // A corrupt or outdated copy: the network answer replaces it.
  }
}

async function revalidate(entry: FeedEntry, signal: AbortSignal, options: LoadFeedOptions): Promise<PressFeed> {
  emit(entry, { loading: true });
  try {
    await showCachedCopy(entry);
    // A failed DOMPurify chunk load is not fatal: parseFeed then keeps HTML as text and says so.
    await ensureSanitizer().catch(() => undefined);
    const held = entry.snapshot.feed && entry.copy;
    const result = await fetchFeedText(entry.url, {
      signal,
      timeoutMs: options.timeoutMs,
      fetch: options.fetch,
      etag: held ? entry.copy?.etag : undefined,
      lastModified: held ? entry.copy?.lastModified : undefined,
    });
    const fetchedAt = Date.now();
    let feed: PressFeed;
    let copy: CachedFeed;
    if (result.status === 304) {
      if (!held || !entry.snapshot.feed || !entry.copy) throw new FeedError('http', 'The server answered 304 Not Modified to a request without validators.', { url: entry.url, status: 304 });
      feed = entry.snapshot.feed;
      copy = { ...entry.copy, etag: result.etag ?? entry.copy.etag, lastModified: result.lastModified ?? entry.copy.lastModified, fetchedAt };
    } else {
      feed = parseFeed(result.text, { url: entry.url });
      copy = { url: entry.url, text: result.text, etag: result.etag, lastModified: result.lastModified, fetchedAt };
    }
    accept(entry, feed, copy);
    entry.confirmed = true;
    void feedCache().write(copy);
    emit(entry, { feed, error: undefined, stale: false, loading: false, fetchedAt: new Date(fetchedAt) });
    return feed;
  } catch (cause) {
    const error = cause instanceof FeedError ? cause : new FeedError('parse', `The feed could not be read: ${String(cause)}`, { url: entry.url, cause });
    // Nobody is waiting for an aborted request, so there is nothing to report; the last good copy stays.
    emit(entry, error.code === 'abort' ? { loading: false } : { loading: false, error, stale: entry.snapshot.feed !== undefined });
    throw error;
  }
}

function join(entry: FeedEntry, options: LoadFeedOptions): Promise<PressFeed> {
  if (!entry.request) {
    const controller = new AbortController();
    const promise = revalidate(entry, controller.signal, options).finally(() => {
      if (entry.request?.promise === promise) entry.request = undefined;
    });
    // Callers get the outcome through their own promise; this one must not report an unhandled rejection.
    promise.catch(() => undefined);
    entry.request = { promise, controller, callers: 0 };
  }
  const request = entry.request;
  const { signal } = options;
  request.callers += 1;
  return new Promise<PressFeed>((resolve, reject) => {
    let attached = true;
    const detach = () => {
      if (!attached) return false;
      attached = false;
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!detach()) return;
      request.callers -= 1;
      if (request.callers === 0) request.controller.abort();
      reject(new FeedError('abort', 'The request was cancelled.', { url: entry.url, cause: signal?.reason }));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
      (feed) => detach() && resolve(feed),
      (error: unknown) => detach() && reject(error),
    );
  });
}

/**
 * A feed, fetched once per page view: every caller of the same URL shares one request in flight and
 * then the same result. Rejects with a `FeedError`; to show the cached copy while offline, use `watchFeed`.
 */
export function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<PressFeed> {
  const entry = entryFor(url);
  if (entry.confirmed && entry.snapshot.feed) return Promise.resolve(entry.snapshot.feed);
  return join(entry, options);
}

/** Asks the server again (with `If-None-Match` / `If-Modified-Since`), even for a feed already confirmed. */
export function refresh(url: string, options: LoadFeedOptions = {}): Promise<PressFeed> {
  return join(entryFor(url), options);
}

/**
 * Follows a feed: the listener hears at once what the store knows, then every change: the cached copy
 * (`stale: true, loading: true`), the server's answer (`stale: false`), or a failure (`error`, with the
 * last good copy kept and `stale: true`). Returns the unsubscribe function; the last watcher leaving
 * aborts a request nobody else waits for.
 */
export function watchFeed(url: string, listener: FeedListener, options: Omit<LoadFeedOptions, 'signal'> = {}): () => void {
  const entry = entryFor(url);
  entry.listeners.add(listener);
  listener(entry.snapshot);
  const watching = new AbortController();
  if (!entry.confirmed) join(entry, { ...options, signal: watching.signal }).catch(() => undefined);
  return () => {
    entry.listeners.delete(listener);
    watching.abort();
  };
}

const visitedPages = new WeakMap<PressFeed, Set<string>>();

/**
 * The page after `feed` (its `next_url`), or `undefined` at the end or when the next URL was already
 * visited in this chain of pages, which would otherwise loop forever.
 */
export async function loadNextPage(feed: PressFeed, options: LoadFeedOptions = {}): Promise<PressFeed | undefined> {
  const visited = new Set(visitedPages.get(feed));
  for (const url of [feedUrls.get(feed), feed.feedUrl]) if (url) visited.add(url);
  if (!feed.nextUrl || visited.has(feed.nextUrl)) return undefined;
  visited.add(feed.nextUrl);
  const next = await loadFeed(feed.nextUrl, options);
  visitedPages.set(next, visited);
  return next;
}

/** Forgets every feed and aborts every request; for tests, which need a fresh page view. */
export function resetFeedStore(options: { cache?: FeedCache } = {}): void {
  for (const entry of entries.values()) entry.request?.controller.abort();
  entries.clear();
  cache = options.cache;
}
