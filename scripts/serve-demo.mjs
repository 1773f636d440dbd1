// `npm start`: serves the demo on the built CDN bundle, rendered on the server by the package itself. The
// contact form posts to the package's own contact server (embedded store in a temporary folder, which
// outlives a restart), and its mails go to a local mail sink whose mails the page shows. A web team can
// read this file in a minute.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { SMTPServer } from 'smtp-server';
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

function send(response, status, body, type = 'application/json; charset=utf-8') {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body, null, 2));
}

// The mail sink: the demo's stand-in for the ministry's mail server. It keeps the mails the contact
// server forwards, newest first, as a person reads them: headers and text, their encodings undone.
const mails = [];
const utf8 = (text) => Buffer.from(text, 'latin1').toString('utf8');
const unQuote = (text) =>
  utf8(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))));
const decodeWords = (value) =>
  value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, kind, text) =>
    kind.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : unQuote(text.replaceAll('_', ' ')),
  );
function readable(raw) {
  const [head, ...body] = raw.split('\r\n\r\n');
  const text = body.join('\r\n\r\n');
  const shown = /^(from|to|reply-to|subject|date|message-id|x-press-reference):/i;
  const headers = head
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')
    .filter((line) => shown.test(line));
  const quoted = /content-transfer-encoding: quoted-printable/i.test(head);
  return `${headers.map(decodeWords).join('\n')}\n\n${(quoted ? unQuote(text) : text).replaceAll('\r\n', '\n')}`;
}
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      mails.unshift({
        to: session.envelope.rcptTo.map(({ address }) => address),
        text: readable(Buffer.concat(chunks).toString('latin1')),
      });
      callback();
    });
  },
});
await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve));

const data = join(tmpdir(), 'press-widgets-demo');
const { createContactHandler } = await import('../dist/esm/server/index.js');
const contact = await createContactHandler(
  {
    feed: join(root, 'demo/feeds/sample.json'),
    data,
    allow_origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
    routes: { '*': 'kontakt@mup.example.rs' },
    smtp: `smtp://127.0.0.1:${sink.server.address().port}`,
    from: 'Contact form <kontakt@mup.example.rs>',
  },
  // The demo's console stays for the address; the server's JSON lines would bury it.
  { log: (entry) => entry.level !== 'info' && console.error(JSON.stringify(entry)) },
);

// The demo's feeds link each release to releases/<id>.html; the demo renders those pages from the feeds.
async function releasePage(id, response) {
  let feed, item;
  for (const name of ['sample.json', 'synthetic.json']) {
    feed = JSON.parse(await readFile(join(root, 'demo/feeds', name), 'utf8'));
    item = feed.items.find((candidate) => candidate.id === id);
    if (item) break;
  }
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
    const html = await renderPage(page.match(widgets)[2], {
      base: `${origin}/`,
      lang: page.match(/<html lang="([^"]+)"/)?.[1],
    });
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
    if (contact.handles(request)) return await contact(request, response);
    if (pathname === '/demo/mails') return send(response, 200, mails);
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
  console.log(`press-widgets demo: http://localhost:${port}/ (messages stored in ${data})`);
});
