// Endpoints for <press-quote> tests: a feed that never answers in time, one that fails, one that fails once.
import { readFile } from 'node:fs/promises';

const fixture = new URL('../fixtures/press-quote/quotes.json', import.meta.url);
const failedOnce = new Set();

export default async function pressQuote(ctx, next) {
  if (!ctx.path.startsWith('/api/press-quote/')) return next();
  const route = ctx.path.slice('/api/press-quote/'.length);
  if (route === 'slow') {
    // Long enough for a test to see the loading state; the widget drops the request when it is removed.
    await new Promise((resolve) => setTimeout(resolve, 3000));
  } else if (route === 'broken') {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
    return;
  } else if (route === 'flaky') {
    const key = ctx.query.key ?? '';
    if (!failedOnce.has(key)) {
      failedOnce.add(key);
      ctx.status = 503;
      ctx.body = 'Service Unavailable';
      return;
    }
  } else if (route !== 'quotes') {
    return next();
  }
  ctx.type = 'application/feed+json';
  ctx.body = await readFile(fixture, 'utf8');
}
