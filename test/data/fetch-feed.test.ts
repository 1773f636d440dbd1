import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/feed-error.js';
import { fetchEarly } from '../../src/data/early-fetch.js';
import { fetchFeedText } from '../../src/data/fetch-feed.js';
import { parseFeed } from '../../src/data/parse-feed.js';

const endpoint = (path: string) => `/api/test-feeds/${path}`;

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('fetchFeedText', () => {
  it('takes over the request the loader sent early, once, and sends its own after that', async () => {
    // A key of its own each run: the server counts requests per key for the page's whole life.
    const key = `fetch-early-${Math.random().toString(36).slice(2)}`;
    const url = new URL(endpoint(`feed?key=${key}`), location.href).href;
    const requests = async () =>
      ((await (await fetch(endpoint(`count?key=${key}`))).json()) as { requests: number }).requests;
    fetchEarly(url);
    fetchEarly(url);
    const first = await fetchFeedText(url);
    expect(first.status === 200 && JSON.parse(first.text).title).to.include(key);
    expect(await requests(), 'one request for both early calls and the fetch').to.equal(1);
    await fetchFeedText(url);
    expect(await requests()).to.equal(2);
  });

  it('aborts a request sent early when its taker gives up', async () => {
    const url = new URL(endpoint('hang?key=fetch-early-abort'), location.href).href;
    fetchEarly(url);
    const controller = new AbortController();
    const request = fetchFeedText(url, { signal: controller.signal });
    controller.abort();
    expect((await failure(request)).code).to.equal('abort');
  });

  it('gives up after timeoutMs with a timeout error', async () => {
    const error = await failure(fetchFeedText(endpoint('hang?key=fetch-timeout'), { timeoutMs: 50 }));
    expect(error.code).to.equal('timeout');
  });

  it('reports the caller aborting as abort, not as a network error', async () => {
    const controller = new AbortController();
    const request = fetchFeedText(endpoint('hang?key=fetch-abort'), { signal: controller.signal });
    controller.abort();
    expect((await failure(request)).code).to.equal('abort');
    expect((await failure(fetchFeedText(endpoint('feed'), { signal: AbortSignal.abort() }))).code).to.equal('abort');
  });

  it('reports HTTP errors with their status', async () => {
    const error = await failure(fetchFeedText(endpoint('status?code=503')));
    expect(error).to.include({ code: 'http', status: 503 });
    expect((await failure(fetchFeedText(endpoint('no-such-route')))).status).to.equal(404);
  });

  it('tells a network failure from being offline', async () => {
    expect((await failure(fetchFeedText('http://127.0.0.1:9/feed.json'))).code).to.equal('network');
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    try {
      expect((await failure(fetchFeedText('http://127.0.0.1:9/feed.json'))).code).to.equal('offline');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
  });

  it('revalidates with If-None-Match and If-Modified-Since and understands 304', async () => {
    const key = `fetch-304-${Math.random().toString(36).slice(2)}`;
    const url = endpoint(`feed?key=${key}&etag=1`);
    const first = await fetchFeedText(url);
    expect(first.status).to.equal(200);
    expect(first.etag).to.equal(`"${key}-v1"`);
    expect(first.lastModified).to.equal('Tue, 05 Mar 2024 10:00:00 GMT');
    const second = await fetchFeedText(url, { etag: first.etag, lastModified: first.lastModified });
    expect(second.status).to.equal(304);
    const counts = await (await fetch(endpoint(`count?key=${key}`))).json();
    expect(counts).to.deep.equal({ requests: 2, notModified: 1 });
  });

  it('stops reading a streamed body over the byte cap, and refuses a declared one at once', async () => {
    expect((await failure(fetchFeedText(endpoint('huge'), { maxBytes: 1024 * 1024 }))).code).to.equal('too-large');
    expect((await failure(fetchFeedText(endpoint('declared-large'), { maxBytes: 1024 * 1024 }))).code).to.equal(
      'too-large',
    );
  });

  it('ignores a wrong Content-Type: the content decides', async () => {
    const result = await fetchFeedText(endpoint('wrong-type'));
    expect(result.status).to.equal(200);
    if (result.status === 200) expect(parseFeed(result.text).items[0].id).to.equal('wrong-type-1');
  });

  it('decodes the charset the server or the XML declaration names', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1250"?><rss version="2.0"><channel><title>'),
      0x9a,
      0xe8,
      ...new TextEncoder().encode('</title></channel></rss>'),
    ]);
    const stub = async () => new Response(bytes, { headers: { 'content-type': 'application/xml' } });
    const result = await fetchFeedText('https://example.org/rss.xml', { fetch: stub });
    expect(result.status === 200 && parseFeed(result.text).title).to.equal('šč');
  });

  it('reads a UTF-16 feed by its byte order mark, whatever the labels say', async () => {
    const wordpress = await (await fetch('/test/fixtures/feeds/rss-wordpress.xml')).text();
    // The byte order mark, then each UTF-16 code unit of the text.
    const utf16 = (text: string, bigEndian: boolean) => {
      const view = new DataView(new ArrayBuffer(2 + text.length * 2));
      view.setUint16(0, 0xfeff, !bigEndian);
      for (let index = 0; index < text.length; index++)
        view.setUint16(2 + index * 2, text.charCodeAt(index), !bigEndian);
      return view.buffer;
    };
    const cases: [text: string, contentType: string][] = [
      [wordpress.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'application/rss+xml'],
      // A server that says UTF-8 of it: the byte order mark outranks any label.
      [wordpress, 'application/rss+xml; charset=UTF-8'],
    ];
    for (const [text, contentType] of cases) {
      for (const bigEndian of [false, true]) {
        const stub = async () => new Response(utf16(text, bigEndian), { headers: { 'content-type': contentType } });
        const result = await fetchFeedText('https://example.org/feed/', { fetch: stub });
        expect(result.status === 200 && result.text, bigEndian ? 'UTF-16BE' : 'UTF-16LE').to.equal(text);
        expect(result.status === 200 && parseFeed(result.text).items[0].authors).to.deep.equal([
          { name: 'Press Office', url: undefined },
        ]);
      }
    }
  });
});
