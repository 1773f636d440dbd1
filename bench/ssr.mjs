// Server rendering, measured: the pages bench/server.mjs serves for it, and `press-widgets render` itself.
//   /bench/ssr-page?n=20             <press-feed> with n releases, rendered as `press-widgets render` writes
//                                    it, on a page that also loads the widgets' script
//   /bench/static-page?n=20&script   the same releases as plain HTML in the page, no shadow root, with the
//                                    same script tag (whose loader finds no widget there)
//   /bench/static-page?n=20          the same, with no script and no other request at all
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { renderPage } from '../dist/esm/ssr/index.js';

const markup = (n) => `<press-feed src="/feeds/gen-${n}.json" limit="${n}" show-summary></press-feed>`;
const script = '<script type="module" src="/dist/cdn/press-widgets.js"></script>';
const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;

// Each page is rendered once and then served from memory, as a CMS serves what it rendered at publishing:
// a render on every request would put the server's rendering time, in the process that drives the
// browser, into the first paint that is measured.
const rendered = new Map();
const renderOnce = (n, origin) => {
  const key = `${n} ${origin}`;
  if (!rendered.has(key))
    // A failed render is not kept: the next request renders again.
    rendered.set(
      key,
      renderPage(markup(n), { base: `${origin}/` }).catch((error) => (rendered.delete(key), Promise.reject(error))),
    );
  return rendered.get(key);
};

/** The server-rendered page and its static twins, by path; undefined for any other path. */
export async function ssrPage(path, query, origin) {
  const n = Number(query.get('n') ?? 20);
  if (path === '/bench/ssr-page') return page(`${await renderOnce(n, origin)}${script}`);
  if (path === '/bench/static-page') {
    const [, css, content] = /<template shadowrootmode="open"><style>([\s\S]*?)<\/style>([\s\S]*?)<\/template>/.exec(
      await renderOnce(n, origin),
    );
    // The same styles, on a box of the page instead of a shadow host.
    return page(
      `<style>${css.replaceAll(':host', '.press-feed')}</style><div class="press-feed">${content}</div>${query.has('script') ? script : ''}`,
    );
  }
  return undefined;
}

/** `press-widgets render` of a feed of `n` releases: the wall time of the command, and what it wrote. */
export async function renderCommand(origin, n = 20, runs = 3) {
  const times = [];
  let output = '';
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    // Not execFileSync: the feed comes from this process's own bench server.
    ({ stdout: output } = await promisify(execFile)(process.execPath, [
      'bin/press-widgets.js',
      'render',
      markup(n),
      '--base',
      `${origin}/`,
    ]));
    times.push(performance.now() - start);
  }
  const sizes = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  const styles = [...output.matchAll(/<style>[\s\S]*?<\/style>/g)].join('');
  const carried = [...output.matchAll(/<script type="application\/json"[\s\S]*?<\/script>/g)].join('');
  return {
    n,
    ms: [...times].sort((a, b) => a - b)[Math.floor(runs / 2)],
    total: sizes(output),
    styles: sizes(styles),
    carried: sizes(carried),
    markup: sizes(output.replace(styles, '').replace(carried, '')),
  };
}
