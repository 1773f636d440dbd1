// dist/cdn/ byte for byte under /api/cdn/, as a CDN serves it. The test server's own /dist/cdn/ goes
// through its esbuild transform, which changes the bytes and so every SRI hash.
import { readdir, readFile } from 'node:fs/promises';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../dist/cdn/', import.meta.url);

export default async function cdn(ctx, next) {
  if (!ctx.path.startsWith('/api/cdn/')) return next();
  const path = normalize(ctx.path.slice('/api/cdn/'.length));
  if (path.startsWith('..')) return next();
  // The folder itself lists every file in it, so a test can tell that a list of them misses none.
  if (path === '.') {
    const folder = fileURLToPath(root);
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    ctx.body = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
    return;
  }
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
