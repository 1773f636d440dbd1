// The bench's static server: the built bundle and the bench pages, gzip -9 like a CDN, generated feeds,
// a feed that answers late, and a count of the requests each path received.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateFeed } from '../scripts/generate-feed.mjs';
import { ssrPage } from './ssr.mjs';

const root = resolve(import.meta.dirname, '..');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
};
const gzipped = new Map();
const feeds = new Map();

/** `/feeds/gen-<n>.json` (any query string): n generated releases. `/slow/...`: the same, a second late. */
function feedText(count) {
  if (!feeds.has(count)) feeds.set(count, JSON.stringify(generateFeed(count, 1)));
  return feeds.get(count);
}

export async function startServer() {
  const requests = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    requests.set(url.pathname + url.search, (requests.get(url.pathname + url.search) ?? 0) + 1);
    const send = (status, body, type, cache = 'no-cache') => {
      const headers = { 'content-type': type, 'cache-control': cache };
      if (String(request.headers['accept-encoding']).includes('gzip') && body.length > 256) {
        const key = `${url.pathname}:${body.length}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
      response.end(body);
    };
    try {
      const feed = url.pathname.match(/^\/(feeds|slow)\/gen-(\d+)\.json$/);
      if (feed) {
        if (feed[1] === 'slow') await new Promise((done) => setTimeout(done, 1000));
        return send(200, feedText(Number(feed[2])), types['.json'], 'no-store');
      }
      const rendered = await ssrPage(url.pathname, url.searchParams, `http://${request.headers.host}`);
      if (rendered) return send(200, rendered, types['.html']);
      const target = normalize(join(root, url.pathname));
      if (!/^\/(dist\/cdn|bench|demo\/feeds)\//.test(url.pathname) || !target.startsWith(root))
        return send(404, 'Not found', 'text/plain');
      return send(200, await readFile(target), types[extname(target)] ?? 'application/octet-stream');
    } catch {
      return send(404, 'Not found', 'text/plain');
    }
  });
  await new Promise((done) => server.listen(0, 'localhost', done));
  return { origin: `http://localhost:${server.address().port}`, requests, close: () => server.close() };
}
