import { expect } from '@open-wc/testing';
import { openFeedCache } from '../../src/data/feed-cache.js';

const entry = (index: number, text = `feed ${index}`) => ({
  url: `https://gov.example.org/feed-${index}.json`,
  text,
  etag: `"e${index}"`,
  fetchedAt: Date.UTC(2024, 0, 1) + index,
});

// The cache lives in the Cache API only; it had a localStorage twin, dropped because a feed would take a
// large share of the host site's 5 MB there.
describe('feed cache in the Cache API', () => {
  const cache = openFeedCache({ name: 'press-widgets-cache-test' });
  beforeEach(() => cache.clear());

  it('keeps a feed by URL with its validators', async () => {
    await cache.write({ ...entry(1), lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT' });
    expect(await cache.read(entry(1).url)).to.deep.equal({
      ...entry(1),
      lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT',
    });
    expect(await cache.read(entry(2).url)).to.equal(undefined);
  });

  it('keeps at most 20 feeds, dropping the oldest', async () => {
    for (let index = 0; index < 22; index += 1) await cache.write(entry(index));
    expect(await cache.read(entry(0).url)).to.equal(undefined);
    expect(await cache.read(entry(1).url)).to.equal(undefined);
    expect((await cache.read(entry(21).url))?.text).to.equal('feed 21');
    expect((await cache.read(entry(2).url))?.text).to.equal('feed 2');
  });

  it('does not store a feed too large for it', async () => {
    await cache.write(entry(1, 'x'.repeat(6 * 1024 * 1024)));
    expect(await cache.read(entry(1).url)).to.equal(undefined);
  });
});

describe('feed cache: what is stored is not trusted', () => {
  // What an earlier test, or this one run before, left in the test's cache must not count.
  beforeEach(() => caches.delete('press-widgets-cache-test-v1'));

  it('ignores an entry of another version, another URL or another shape', async () => {
    const url = 'https://gov.example.org/foreign.json';
    const storage = await caches.open('press-widgets-cache-test-v1');
    const cache = openFeedCache({ name: 'press-widgets-cache-test' });
    for (const body of [
      'not json',
      '{"broken',
      '{"version": 2, "url": "x", "text": "t", "fetchedAt": 1}',
      JSON.stringify({ version: 1, url: 'https://other.example/', text: 't', fetchedAt: 1 }),
      JSON.stringify({ version: 1, url, text: 5, fetchedAt: 1 }),
    ]) {
      await storage.put(url, new Response(body));
      expect(await cache.read(url), body).to.equal(undefined);
    }
  });

  it('swallows storage failures: full quota, blocked storage, no Cache API', async () => {
    const cache = openFeedCache({ name: 'press-widgets-cache-test' });
    const { put } = Cache.prototype;
    const { open } = CacheStorage.prototype;
    const cachesProperty = Object.getOwnPropertyDescriptor(window, 'caches')!;
    Cache.prototype.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    try {
      await cache.write(entry(1));
      expect(await cache.read(entry(1).url)).to.equal(undefined);
      CacheStorage.prototype.open = () => Promise.reject(new DOMException('blocked', 'SecurityError'));
      await cache.write(entry(1));
      expect(await cache.read(entry(1).url)).to.equal(undefined);
      // A page over plain http has no `caches` at all.
      Object.defineProperty(window, 'caches', { value: undefined, configurable: true });
      await cache.write(entry(1));
      expect(await cache.read(entry(1).url)).to.equal(undefined);
      await cache.clear();
    } finally {
      Cache.prototype.put = put;
      CacheStorage.prototype.open = open;
      Object.defineProperty(window, 'caches', cachesProperty);
    }
    expect(typeof caches.open).to.equal('function');
  });
});
