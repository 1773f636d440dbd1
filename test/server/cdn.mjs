// dist/cdn/ byte for byte under /api/cdn/, as a CDN serves it. The test server's own /dist/cdn/ goes
// through its esbuild transform, which changes the bytes and so every SRI hash.
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';

const root = new URL('../../dist/cdn/', import.meta.url);

export default async function cdn(ctx, next) {
  if (!ctx.path.startsWith('/api/cdn/')) return next();
  const path = normalize(ctx.path.slice('/api/cdn/'.length));
  if (path.startsWith('..')) return next();
  try {
    ctx.body = await readFile(new URL(path, root));
  } catch {
    ctx.status = 404;
    return;
  }
  ctx.type = path.endsWith('.json') ? 'json' : 'text/javascript';
  ctx.set('access-control-allow-origin', '*');
  ctx.set('cache-control', 'no-store');
}
