// Misbehaving feed endpoints for the data layer's tests, under /api/test-feeds/. Requests are counted
// per `key` query parameter, so each test uses its own key and reads its counts from /count.
import { Readable } from 'node:stream';

const counts = new Map();
const prefix = '/api/test-feeds/';

function count(key, kind) {
  const entry = counts.get(key) ?? { requests: 0, notModified: 0 };
  entry[kind] += 1;
  counts.set(key, entry);
}

const feed = (title, extra = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  items: [
    {
      id: `${title}-1`,
      title: `${title} release`,
      content_html: '<p>Text</p>',
      date_published: '2024-03-05T10:00:00Z',
    },
  ],
  ...extra,
});

/** Waits until the client goes away (abort, time-out) or `ms` passes. */
const untilClosed = (ctx, ms) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    ctx.req.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function endlessBody(chunkSize, maxBytes) {
  const chunk = Buffer.alloc(chunkSize, 'a');
  let sent = 0;
  return new Readable({
    read() {
      sent += chunk.length;
      this.push(sent > maxBytes ? null : chunk);
    },
  });
}

export default async function testFeeds(ctx, next) {
  if (!ctx.path.startsWith(prefix)) return next();
  const route = ctx.path.slice(prefix.length);
  const key = ctx.query.key ?? 'default';
  ctx.set('cache-control', 'no-store');

  switch (route) {
    case 'count':
      ctx.body = counts.get(key) ?? { requests: 0, notModified: 0 };
      return;
    case 'feed': {
      count(key, 'requests');
      const version = ctx.query.version ?? '1';
      if (ctx.query.etag) {
        const etag = `"${key}-v${version}"`;
        ctx.set('etag', etag);
        ctx.set('last-modified', 'Tue, 05 Mar 2024 10:00:00 GMT');
        if (ctx.get('if-none-match') === etag) {
          count(key, 'notModified');
          ctx.status = 304;
          return;
        }
      }
      if (ctx.query.delay) await untilClosed(ctx, Number(ctx.query.delay));
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify(feed(`${key} v${version}`));
      return;
    }
    case 'wrong-type':
      ctx.type = 'text/html';
      ctx.body = JSON.stringify(feed('wrong-type'));
      return;
    case 'status':
      count(key, 'requests');
      ctx.status = Number(ctx.query.code ?? 500);
      ctx.body = 'Server error page';
      return;
    case 'hang':
      count(key, 'requests');
      await untilClosed(ctx, 30_000);
      ctx.status = 204;
      return;
    case 'huge':
      // No Content-Length: the client has to count the streamed bytes itself.
      ctx.type = 'application/json';
      ctx.body = endlessBody(64 * 1024, 64 * 1024 * 1024);
      return;
    case 'declared-large':
      ctx.type = 'application/json';
      ctx.length = 100 * 1024 * 1024;
      ctx.body = endlessBody(64 * 1024, 100 * 1024 * 1024);
      return;
    case 'page': {
      // Page n links to n + 1 up to `last`, and the last page links back to page 1 when `loop` is set.
      const page = Number(ctx.query.n ?? 1);
      const last = Number(ctx.query.last ?? 3);
      const nextPage = page < last ? page + 1 : ctx.query.loop ? 1 : undefined;
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify(
        feed(
          `${key} page ${page}`,
          nextPage ? { next_url: `page?key=${key}&n=${nextPage}&last=${last}${ctx.query.loop ? '&loop=1' : ''}` } : {},
        ),
      );
      return;
    }
    default:
      ctx.status = 404;
  }
}
