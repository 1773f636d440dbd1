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

export interface FeedCacheOptions {
  /** Separates caches that must not touch each other, such as tests running side by side. */
  name?: string;
}

// Bump with any change to the stored shape: entries of another version are ignored, then overwritten.
const version = 1;
const maxEntries = 20;
const maxChars = 5 * 1024 * 1024;

/**
 * The feed cache, in the Cache API (`<name>-v1`): at most 20 feeds of at most 5 MB each, oldest dropped.
 * Pages without the Cache API (plain http) have no cache: localStorage is the host site's, and a feed
 * would take a large share of its 5 MB.
 */
export function openFeedCache({ name = 'press-widgets' }: FeedCacheOptions = {}): FeedCache {
  const cacheName = `${name}-v${version}`;
  // Storage fails in private modes, on quota and under strict privacy settings; a cache that fails is a
  // cache that misses, never an error the visitor sees.
  const attempt = async <T>(task: (cache: Cache) => Promise<T>): Promise<T | undefined> => {
    try {
      return await task(await caches.open(cacheName));
    } catch {
      return undefined;
    }
  };
  return {
    // An entry that is not ours, of another version or for another URL is ignored (a missing one throws).
    read: (url) =>
      attempt(async (cache) => {
        const { version: stored, ...entry } = JSON.parse(await (await cache.match(url))!.text()) as CachedFeed & {
          version: number;
        };
        return stored === version &&
          entry.url === url &&
          typeof entry.text === 'string' &&
          typeof entry.fetchedAt === 'number'
          ? entry
          : undefined;
      }),
    write: async (entry) => {
      if (entry.text.length > maxChars) return;
      await attempt(async (cache) => {
        await cache.put(entry.url, new Response(JSON.stringify({ version, ...entry })));
        // Keys come back oldest write first, because a put replaces the old entry at the end.
        const keys = await cache.keys();
        await Promise.all(keys.slice(0, -maxEntries).map((key) => cache.delete(key)));
      });
    },
    clear: async () => {
      await attempt(() => caches.delete(cacheName));
    },
  };
}
