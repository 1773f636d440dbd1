/** A feed's last good text and what revalidating it needs. */
export interface CachedFeed {
  url: string;
  text: string;
  etag?: string;
  lastModified?: string;
  /** When the server last confirmed this text, in ms since the epoch. */
  fetchedAt: number;
}

export interface FeedCache {
  read(url: string): Promise<CachedFeed | undefined>;
  write(entry: CachedFeed): Promise<void>;
  clear(): Promise<void>;
}

// Bump with any change to the stored shape: entries of another version are ignored, then overwritten.
const version = 1;
const maxEntries = 20;
// localStorage has about 5 MB per origin shared with the host site, so its entries are kept smaller.
const maxCacheApiChars = 5 * 1024 * 1024;
const maxLocalStorageChars = 1024 * 1024;

interface Envelope extends CachedFeed {
  version: number;
}

/** A stored entry if it is ours, of this version and for this URL; anything else is ignored. */
function readEnvelope(raw: string | null | undefined, url: string): CachedFeed | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Envelope>;
    if (value.version !== version || value.url !== url || typeof value.text !== 'string' || typeof value.fetchedAt !== 'number') return undefined;
    return {
      url,
      text: value.text,
      etag: typeof value.etag === 'string' ? value.etag : undefined,
      lastModified: typeof value.lastModified === 'string' ? value.lastModified : undefined,
      fetchedAt: value.fetchedAt,
    };
  } catch {
    return undefined;
  }
}

const envelope = (entry: CachedFeed) => JSON.stringify({ version, ...entry } satisfies Envelope);

// Storage fails in private modes, on quota and under strict privacy settings; a cache that fails is a
// cache that misses, never an error the visitor sees.
function cacheApiStore(cacheName: string): FeedCache {
  const open = () => caches.open(cacheName);
  return {
    async read(url) {
      try {
        const response = await (await open()).match(url);
        return readEnvelope(await response?.text(), url);
      } catch {
        return undefined;
      }
    },
    async write(entry) {
      if (entry.text.length > maxCacheApiChars) return;
      try {
        const cache = await open();
        await cache.put(entry.url, new Response(envelope(entry), { headers: { 'content-type': 'application/json' } }));
        // Keys come back oldest write first, because a put replaces the old entry at the end.
        const keys = await cache.keys();
        await Promise.all(keys.slice(0, Math.max(0, keys.length - maxEntries)).map((key) => cache.delete(key)));
      } catch {
        // See above: never fatal.
      }
    },
    async clear() {
      try {
        await caches.delete(cacheName);
      } catch {
        // See above: never fatal.
      }
    },
  };
}

function ownKeys(storage: Storage, storagePrefix: string): string[] {
  return Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => !!key?.startsWith(storagePrefix));
}

function localStorageStore(storagePrefix: string): FeedCache {
  return {
    async read(url) {
      try {
        return readEnvelope(localStorage.getItem(storagePrefix + url), url);
      } catch {
        return undefined;
      }
    },
    async write(entry) {
      if (entry.text.length > maxLocalStorageChars) return;
      try {
        localStorage.setItem(storagePrefix + entry.url, envelope(entry));
        const keys = ownKeys(localStorage, storagePrefix);
        if (keys.length <= maxEntries) return;
        const byAge = keys
          .map((key) => ({ key, fetchedAt: readEnvelope(localStorage.getItem(key), key.slice(storagePrefix.length))?.fetchedAt ?? 0 }))
          .sort((a, b) => a.fetchedAt - b.fetchedAt);
        for (const { key } of byAge.slice(0, keys.length - maxEntries)) localStorage.removeItem(key);
      } catch {
        // See above: never fatal.
      }
    },
    async clear() {
      try {
        for (const key of ownKeys(localStorage, storagePrefix)) localStorage.removeItem(key);
      } catch {
        // See above: never fatal.
      }
    },
  };
}

const noStore: FeedCache = {
  read: async () => undefined,
  write: async () => undefined,
  clear: async () => undefined,
};

export type FeedCacheKind = 'auto' | 'cache-api' | 'local-storage';

export interface FeedCacheOptions {
  kind?: FeedCacheKind;
  /** Separates caches that must not touch each other, such as tests running side by side. */
  name?: string;
}

/** The feed cache: the Cache API where the page may use it (secure contexts), else localStorage. */
export function openFeedCache({ kind = 'auto', name = 'press-widgets' }: FeedCacheOptions = {}): FeedCache {
  const hasCacheApi = typeof caches !== 'undefined';
  let hasLocalStorage = false;
  try {
    hasLocalStorage = typeof localStorage !== 'undefined';
  } catch {
    // Reading `localStorage` itself throws where storage is blocked.
  }
  if (kind === 'cache-api' || (kind === 'auto' && hasCacheApi)) return hasCacheApi ? cacheApiStore(`${name}-v${version}`) : noStore;
  return hasLocalStorage ? localStorageStore(`${name}:v${version}:`) : noStore;
}
