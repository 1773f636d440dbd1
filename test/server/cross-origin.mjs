// A feed and a contact endpoint for pages on another origin: the tests read them from the test server's
// other name (localhost ↔ 127.0.0.1), which the browser treats as another site.
//
//   GET  /api/cross-origin/<policy>/feed.json   the demo feed; `allowed` sends Access-Control-Allow-Origin: *,
//                                               `refused` sends none, as a server nobody configured
//   POST /api/cross-origin/<policy>/contact     answers 201 { reference }; `allowed` answers the preflight
//                                               for content-type, idempotency-key and x-captcha-token
import { readFile } from 'node:fs/promises';

const feed = new URL('../../demo/feeds/sample.json', import.meta.url);

export default async function crossOrigin(ctx, next) {
  const match = ctx.path.match(/^\/api\/cross-origin\/(allowed|refused)\/(feed\.json|contact)$/);
  if (!match) return next();
  const [, policy, resource] = match;
  if (policy === 'allowed') {
    ctx.set('access-control-allow-origin', '*');
    ctx.set('access-control-expose-headers', 'etag, last-modified');
  }
  ctx.set('cache-control', 'no-store');
  if (ctx.method === 'OPTIONS') {
    if (policy === 'allowed') {
      ctx.set('access-control-allow-methods', 'POST');
      ctx.set('access-control-allow-headers', 'content-type, idempotency-key, x-captcha-token');
      ctx.set('access-control-max-age', '600');
    }
    ctx.status = 204;
    return;
  }
  if (resource === 'feed.json') {
    ctx.type = 'application/feed+json';
    ctx.body = await readFile(feed);
    return;
  }
  for await (const chunk of ctx.req) void chunk;
  ctx.status = 201;
  ctx.type = 'json';
  ctx.body = JSON.stringify({ reference: 'REF-CROSS' });
}
