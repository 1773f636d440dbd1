// `npm start`: serves the demo on the built CDN bundle, rendered on the server by the package itself, with
// a local contact endpoint that shows what arrived. No other dependencies: a web team can read this file
// in a minute.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { newNonce, strictCsp, withNonce } from './csp.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

// Messages the demo contact form sent, by idempotency key: a retried message is filed once.
const messages = new Map();

function send(response, status, body, type = 'application/json; charset=utf-8') {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body, null, 2));
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function contact(request, response) {
  if (request.method === 'GET') return send(response, 200, [...messages.values()]);
  if (request.method !== 'POST') return send(response, 405, { error: 'Use POST.' });
  const key = request.headers['idempotency-key'];
  if (key && messages.has(key)) return send(response, 200, { reference: messages.get(key).reference });
  const body = await readBody(request);
  const payload = request.headers['content-type']?.includes('json')
    ? JSON.parse(body || '{}')
    : Object.fromEntries(new URLSearchParams(body));
  const reference = `DEMO-${String(messages.size + 1).padStart(4, '0')}`;
  messages.set(key ?? randomUUID(), { reference, receivedAt: new Date().toISOString(), idempotencyKey: key, payload });
  return send(response, 201, { reference });
}

// The sample feed links each release to releases/<id>.html; the demo renders those pages from the feed.
async function releasePage(id, response) {
  const feed = JSON.parse(await readFile(join(root, 'demo/feeds/sample.json'), 'utf8'));
  const item = feed.items.find((candidate) => candidate.id === id);
  if (!item) return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
  const escape = (text) =>
    String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  send(
    response,
    200,
    `<!doctype html><html lang="${escape(item.language ?? feed.language ?? 'en')}"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(item.title)}</title>
<link rel="stylesheet" href="/demo.css"><main><p><a href="/">← Demo</a></p><h1>${escape(item.title)}</h1>
<p><time datetime="${escape(item.date_published)}">${escape(item.date_published)}</time> (sample date)</p>
${item.content_html}</main></html>`,
    'text/html; charset=utf-8',
  );
}

// demo/strict-csp.html: sent with the strict policy as a real header, and a fresh nonce for every response.
async function strictCspPage(response) {
  const nonce = newNonce();
  const page = withNonce(await readFile(join(root, 'demo/strict-csp.html'), 'utf8'), nonce);
  response.writeHead(200, {
    'content-type': types['.html'],
    'cache-control': 'no-store',
    'content-security-policy': strictCsp(nonce),
  });
  response.end(page);
}

async function file(path, response) {
  const target = normalize(join(root, path));
  if (!target.startsWith(root)) return send(response, 403, 'Forbidden', 'text/plain');
  try {
    const info = await stat(target);
    if (info.isDirectory()) return file(join(path, 'index.html'), response);
    response.writeHead(200, {
      'content-type': types[extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(await readFile(target));
  } catch {
    send(response, 404, 'Not found', 'text/plain; charset=utf-8');
  }
}

/**
 * The demo page with its widgets rendered on the server, as `press-widgets render` would write them: the
 * releases, quotes and form show before the script runs, and without it. Should rendering fail, the
 * page is served as written and the script does it all.
 */
async function demoPage(response, origin) {
  const page = await readFile(join(root, 'demo/index.html'), 'utf8');
  const { renderPage } = await import('../dist/esm/ssr/index.js');
  const widgets = /(<main id="widgets">)([\s\S]*?)(<\/main>)/;
  let rendered = page;
  try {
    const html = await renderPage(page.match(widgets)[2], { base: `${origin}/` });
    rendered = page.replace(widgets, (_, open, _markup, close) => `${open}${html}${close}`);
  } catch (error) {
    console.error(`The demo page is served unrendered: ${error.message}`);
  }
  send(response, 200, rendered, 'text/html; charset=utf-8');
}

createServer(async (request, response) => {
  const origin = `http://${request.headers.host}`;
  const { pathname } = new URL(request.url, origin);
  try {
    if (pathname === '/' || pathname === '/index.html') return await demoPage(response, origin);
    if (pathname === '/api/contact') return await contact(request, response);
    if (pathname === '/strict-csp.html') return await strictCspPage(response);
    const release = pathname.match(/^\/(?:feeds\/)?releases\/([\w-]+)\.html$/);
    if (release) return await releasePage(release[1], response);
    if (pathname.startsWith('/dist/') || pathname.startsWith('/schema/') || pathname === '/docs/partner-theme.css')
      return await file(pathname, response);
    return await file(join('demo', pathname), response);
  } catch (error) {
    send(response, 500, { error: String(error) });
  }
}).listen(port, () => {
  console.log(`press-widgets demo: http://localhost:${port}/`);
});
