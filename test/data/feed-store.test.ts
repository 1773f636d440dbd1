import { expect } from '@open-wc/testing';
import { openFeedCache } from '../../src/data/feed-cache.js';
import { FeedError } from '../../src/data/feed-error.js';
import { loadFeed, loadNextPage, refresh, resetFeedStore, watchFeed } from '../../src/data/feed-store.js';
import type { FeedSnapshot } from '../../src/data/types.js';

const endpoint = (path: string) => new URL(`/api/test-feeds/${path}`, location.href).href;
const counts = async (key: string) =>
  (await fetch(endpoint(`count?key=${key}`))).json() as Promise<{ requests: number; notModified: number }>;
let run = 0;
/** A key no earlier run of this page has used, so the server's counts start at zero. */
const freshKey = (name: string) => `${name}-${Date.now()}-${(run += 1)}`;

function watchUntil(
  url: string,
  done: (snapshot: FeedSnapshot) => boolean,
): { snapshots: FeedSnapshot[]; finished: Promise<FeedSnapshot[]> } {
  const snapshots: FeedSnapshot[] = [];
  let stop = () => {};
  const finished = new Promise<FeedSnapshot[]>((resolve) => {
    stop = watchFeed(url, (snapshot) => {
      snapshots.push(snapshot);
      if (done(snapshot)) resolve(snapshots);
    });
  }).finally(() => stop());
  return { snapshots, finished };
}

const cachedCopy = (url: string, title: string) => ({
  url,
  text: JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: [{ id: 'cached-1', title: 'Cached', content_text: 'x' }],
  }),
  etag: '"old"',
  fetchedAt: Date.UTC(2024, 2, 1),
});

describe('feed store', () => {
  // Every test uses URLs of its own, so the shared cache needs no clearing (other test files use it too).
  beforeEach(() => resetFeedStore());

  it('sends one request for five callers of the same feed, and none for later ones', async () => {
    const key = freshKey('five');
    const url = endpoint(`feed?key=${key}`);
    const feeds = await Promise.all(Array.from({ length: 5 }, () => loadFeed(url)));
    expect(new Set(feeds).size).to.equal(1);
    expect(feeds[0].items[0].id).to.equal(`${key} v1-1`);
    expect(await loadFeed(url)).to.equal(feeds[0]);
    expect((await counts(key)).requests).to.equal(1);
  });

  it('detaches a caller that aborts, and aborts the request only when every caller has gone', async () => {
    const signals: AbortSignal[] = [];
    let requestSent = () => {};
    const sent = new Promise<void>((resolve) => (requestSent = resolve));
    const spy: typeof fetch = (input, init) => {
      signals.push(init!.signal!);
      requestSent();
      return fetch(input, init);
    };
    const url = endpoint(`hang?key=${freshKey('abort')}`);
    const first = new AbortController();
    const second = new AbortController();
    const firstLoad = loadFeed(url, { signal: first.signal, fetch: spy });
    const secondLoad = loadFeed(url, { signal: second.signal });
    first.abort();
    const firstError = await firstLoad.catch((error: FeedError) => error);
    expect(firstError).to.be.instanceOf(FeedError).and.to.include({ code: 'abort' });
    await sent;
    expect(signals).to.have.length(1);
    expect(signals[0].aborted).to.equal(false);
    second.abort();
    expect(await secondLoad.catch((error: FeedError) => error.code)).to.equal('abort');
    expect(signals[0].aborted).to.equal(true);
  });

  it('shares the outcome with a caller who stays when another aborts', async () => {
    const key = freshKey('stay');
    const url = endpoint(`feed?key=${key}`);
    const leaving = new AbortController();
    const left = loadFeed(url, { signal: leaving.signal });
    const stayed = loadFeed(url);
    leaving.abort();
    expect(await left.catch((error: FeedError) => error.code)).to.equal('abort');
    expect((await stayed).title).to.equal(`${key} v1`);
    expect((await counts(key)).requests).to.equal(1);
  });

  it('rejects with a timeout, an HTTP error or a parse error as a FeedError', async () => {
    expect(
      await loadFeed(endpoint(`hang?key=${freshKey('timeout')}`), { timeoutMs: 50 }).catch(
        (error: FeedError) => error.code,
      ),
    ).to.equal('timeout');
    const httpError = await loadFeed(endpoint('status?code=500')).catch((error: FeedError) => error);
    expect(httpError).to.include({ code: 'http', status: 500 });
    expect(
      await loadFeed(new URL('/test/fixtures/feeds/html-page.html', location.href).href).catch(
        (error: FeedError) => error.code,
      ),
    ).to.equal('format');
  });

  it('shows the cached copy at once, then the fresh one, to every watcher', async () => {
    const key = freshKey('swr');
    const url = endpoint(`feed?key=${key}`);
    await openFeedCache().write(cachedCopy(url, 'Cached feed'));
    const isFresh = (snapshot: FeedSnapshot) => !snapshot.stale && !!snapshot.feed;
    const one = watchUntil(url, isFresh);
    const two = watchUntil(url, isFresh);
    const [snapshots, otherSnapshots] = await Promise.all([one.finished, two.finished]);
    const cached = snapshots.find((snapshot) => snapshot.feed?.title === 'Cached feed');
    expect(cached).to.include({ stale: true, loading: true });
    expect(cached?.fetchedAt?.toISOString()).to.equal('2024-03-01T00:00:00.000Z');
    const fresh = snapshots.at(-1)!;
    expect(fresh).to.include({ stale: false, loading: false, error: undefined });
    expect(fresh.feed?.title).to.equal(`${key} v1`);
    expect(otherSnapshots.at(-1)!.feed).to.equal(fresh.feed);
    expect(snapshots.indexOf(cached!)).to.be.below(snapshots.indexOf(fresh));
    expect((await counts(key)).requests).to.equal(1);
  });

  it('keeps the cached copy and reports the error when revalidation fails', async () => {
    const url = endpoint(`status?code=502&key=${freshKey('fail')}`);
    await openFeedCache().write(cachedCopy(url, 'Last good copy'));
    const snapshots = await watchUntil(url, (snapshot) => !!snapshot.error).finished;
    const last = snapshots.at(-1)!;
    expect(last.feed?.title).to.equal('Last good copy');
    expect(last).to.include({ stale: true, loading: false });
    expect(last.error).to.include({ code: 'http', status: 502 });
  });

  it('ignores a corrupted or foreign cache entry', async () => {
    const key = freshKey('corrupt');
    const url = endpoint(`feed?key=${key}`);
    const cache = await caches.open('press-widgets-v1');
    await cache.put(url, new Response('{"version": 1, "url": "elsewhere"'));
    const snapshots = await watchUntil(url, (snapshot) => !!snapshot.feed || !!snapshot.error).finished;
    expect(snapshots.at(-1)).to.include({ stale: false, error: undefined });
    expect(snapshots.at(-1)!.feed?.title).to.equal(`${key} v1`);
  });

  it('refresh revalidates with the ETag, and a 304 keeps the feed it has', async () => {
    const key = freshKey('refresh');
    const url = endpoint(`feed?key=${key}&etag=1`);
    const feed = await loadFeed(url);
    const refreshed = await refresh(url);
    expect(refreshed).to.equal(feed);
    expect(await counts(key)).to.deep.equal({ requests: 2, notModified: 1 });
  });

  it('revalidates a cached copy on the next page view with If-None-Match', async () => {
    const key = freshKey('next-visit');
    const url = endpoint(`feed?key=${key}&etag=1`);
    await loadFeed(url);
    // The store writes the cache in the background; the next page view starts once the copy is there.
    while (!(await openFeedCache().read(url))) await new Promise((resolve) => setTimeout(resolve, 10));
    resetFeedStore();
    const snapshots = await watchUntil(url, (snapshot) => !snapshot.stale && !!snapshot.feed).finished;
    expect(snapshots.at(-1)!.feed?.title).to.equal(`${key} v1`);
    expect(await counts(key)).to.deep.equal({ requests: 2, notModified: 1 });
  });

  it('follows next_url page by page and stops at a loop', async () => {
    const key = freshKey('pages');
    const first = await loadFeed(endpoint(`page?key=${key}&n=1&last=3&loop=1`));
    const second = await loadNextPage(first);
    const third = second && (await loadNextPage(second));
    expect([first, second, third].map((page) => page?.title)).to.deep.equal([
      `${key} page 1`,
      `${key} page 2`,
      `${key} page 3`,
    ]);
    expect(third?.nextUrl).to.contain('n=1');
    expect(await loadNextPage(third!)).to.equal(undefined);
  });

  it('reads a feed served with the wrong Content-Type', async () => {
    expect((await loadFeed(endpoint('wrong-type'))).items).to.have.length(1);
  });
});
