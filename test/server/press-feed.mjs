// Endpoints for <press-feed> tests, all under /api/press-feed/<route>/<key>. Each test uses its own key,
// so the page's feed store and cache never mix tests up, and the server counts requests per URL.
//   sample, mixed      the sample feed, the press-feed fixture
//   error, invalid     a 500, and a 200 whose body is not JSON
//   once               the fixture once, then 500 (the widget keeps showing its copy, marked stale)
//   grow               the fixture, then the fixture with two newer releases (for `refresh`)
//   hold               the fixture, only after /api/press-feed/release/<key> (the loading state)
//   paged?page=&size=&pages=   numbered pages linked by next_url
//   count/<route>/<key>        {"count": requests so far to /api/press-feed/<route>/<key>}
import { readFile } from 'node:fs/promises';

const read = (path) => readFile(new URL(path, import.meta.url), 'utf8');
const counts = new Map();
const waiting = new Map();
const released = new Set();

const newer = [
  {
    id: 'new-1',
    url: 'releases/new-1.html',
    title: 'New border crossing opens',
    date_published: '2026-11-22T09:00:00+01:00',
    tags: ['sepca'],
    language: 'en',
  },
  {
    id: 'new-2',
    url: 'releases/new-2.html',
    title: 'Minister meets EU delegation',
    date_published: '2026-11-21T09:00:00+01:00',
    tags: ['eu'],
    language: 'en',
  },
];

function page(number, size, pages, path) {
  const items = Array.from({ length: size }, (_, i) => {
    const n = (number - 1) * size + i + 1;
    return {
      id: `p${n}`,
      url: `releases/p${n}.html`,
      title: `Release number ${n}`,
      date_published: new Date(Date.UTC(2026, 10, 20) - n * 3600_000).toISOString(),
      tags: [n % 2 ? 'odd' : 'even'],
    };
  });
  const next = number < pages ? `${path}?page=${number + 1}&size=${size}&pages=${pages}` : undefined;
  return { version: 'https://jsonfeed.org/version/1.1', title: `Paged feed, page ${number}`, next_url: next, items };
}

export default async function pressFeed(ctx, next) {
  if (!ctx.path.startsWith('/api/press-feed/')) return next();
  const [route, ...rest] = ctx.path.slice('/api/press-feed/'.length).split('/');
  const key = rest.join('/');
  if (route === 'count') {
    ctx.body = { count: counts.get(`/api/press-feed/${key}`) ?? 0 };
    return;
  }
  if (route === 'release') {
    released.add(key);
    waiting.get(key)?.();
    ctx.body = { released: true };
    return;
  }
  const count = (counts.get(ctx.path) ?? 0) + 1;
  counts.set(ctx.path, count);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/feed+json';
  const mixed = () => read('../fixtures/press-feed/mixed.json');
  switch (route) {
    case 'sample':
      ctx.body = await read('../../demo/feeds/sample.json');
      return;
    case 'mixed':
      ctx.body = await mixed();
      return;
    case 'error':
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'Internal Server Error';
      return;
    case 'invalid':
      ctx.body = '{"version": "https://jsonfeed.org/version/1.1", "items": [';
      return;
    case 'once':
      if (count > 1) {
        ctx.status = 500;
        ctx.body = 'Internal Server Error';
        return;
      }
      ctx.body = await mixed();
      return;
    case 'grow': {
      const feed = JSON.parse(await mixed());
      if (count > 1) feed.items.unshift(...newer);
      ctx.body = feed;
      return;
    }
    case 'hold':
      // A test that never releases the feed is not left hanging: it answers after ten seconds anyway.
      await new Promise((resolve) => {
        if (released.has(key)) resolve();
        waiting.set(key, resolve);
        setTimeout(resolve, 10_000);
      });
      ctx.body = await mixed();
      return;
    case 'paged':
      ctx.body = page(Number(ctx.query.page ?? 1), Number(ctx.query.size ?? 5), Number(ctx.query.pages ?? 3), ctx.path);
      return;
    default:
      return next();
  }
}
