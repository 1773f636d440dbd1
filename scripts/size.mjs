// `npm run size`: what a page downloads from dist/cdn, against the budgets. Bytes are deterministic, so
// CI fails the run when a change goes over. The browser-counted version is in `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const cdn = 'dist/cdn';
const graphFile = 'dist/cdn-files.json';
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// `feeds`: the widgets given a `src`. Without one, a quote is written inline and a form has its own endpoint.
const pages = [
  { name: 'feed only', tags: ['press-feed'], feeds: ['press-feed'], budget: 27 * 1024 },
  { name: 'quote from a feed', tags: ['press-quote'], feeds: ['press-quote'] },
  { name: 'quote written inline', tags: ['press-quote'], feeds: [], budget: 16 * 1024 },
  { name: 'contact form only', tags: ['press-contact-form'], feeds: [], budget: 18 * 1024 },
  {
    name: 'all three widgets',
    tags: ['press-feed', 'press-quote', 'press-contact-form'],
    feeds: ['press-feed', 'press-quote'],
    budget: 38 * 1024,
  },
];

function measure(files) {
  let min = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(join(cdn, file));
    min += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { min, gzip, brotli };
}

/**
 * Bytes of the loader alone and of each page, with the files each loads (`npm run bench` reuses this).
 * A page loads the loader, each of its elements' modules, and what those import statically; with a
 * `src`, the loader also imports the data layer at once, and a quote or a form its feed code.
 */
export function sizePages() {
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  const holds = (file, module) => graph[file].modules.includes(module);
  const load = (file, files) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of graph[file].imports) load(imported, files);
  };
  /** The files `file` imports dynamically that hold `module`. */
  const lazy = (file, module) => graph[file].dynamicImports.filter((target) => holds(target, module));
  const entry = 'press-widgets.js';
  const rows = [{ name: 'entry', files: new Set() }];
  load(entry, rows[0].files);
  for (const page of pages) {
    const files = new Set();
    load(entry, files);
    for (const tag of page.tags) {
      const [element] = graph[entry].dynamicImports.filter((target) => holds(target, `src/cdn/${tag}.ts`));
      load(element, files);
      if (!page.feeds.includes(tag)) continue;
      for (const file of lazy(entry, 'src/data/feed-store.ts')) load(file, files);
      for (const file of lazy(element, 'src/controllers/feed.ts')) load(file, files);
      for (const file of lazy(element, 'src/components/press-quote/select-quotes.ts')) load(file, files);
    }
    rows.push({ ...page, files });
  }
  return rows.map((row) => ({ ...row, files: [...row.files], ...measure(row.files) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(graphFile)) {
    console.error(`No ${graphFile}: run \`npm run build\` first.`);
    process.exit(1);
  }
  let over = false;
  console.log('page                   files   min        gzip -9    brotli     budget (gzip)');
  for (const page of sizePages()) {
    const verdict = page.budget ? `${kib(page.budget)} ${page.gzip <= page.budget ? 'ok' : 'OVER'}` : '';
    if (page.budget && page.gzip > page.budget) over = true;
    console.log(
      `${page.name.padEnd(22)} ${String(page.files.length).padStart(5)}   ${kib(page.min).padEnd(10)} ${kib(page.gzip).padEnd(10)} ${kib(page.brotli).padEnd(10)} ${verdict}`,
    );
    if (process.argv.includes('--files')) for (const file of page.files) console.log(`  ${file}`);
  }
  if (over) {
    console.error('\nOver budget: see which files grew with `npm run size -- --files`.');
    process.exit(1);
  }
}
