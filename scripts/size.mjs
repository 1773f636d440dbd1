// `npm run size`: what a page downloads from dist/cdn, against the budgets. Bytes are deterministic,
// so CI fails the run when a change goes over. The browser-counted version is in `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const cdn = 'dist/cdn';
const entry = join(cdn, 'press-widgets.js');
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// Static imports load with a module; dynamic ones only when a tag appears, so they are followed
// only for the component modules a page uses.
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(join(dirname(file), path), seen);
  }
  return seen;
}

function measure(files) {
  let min = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    min += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { min, gzip, brotli };
}

const component = (tag) => join(cdn, `${tag}.js`);
// `feeds`: the widgets given a `src`. A widget with a feed loads the data chunk, and a quote also the code
// that picks its quotes (dynamic imports of its module); without one, neither.
const pages = [
  { name: 'feed only', tags: ['press-feed'], feeds: ['press-feed'], budget: 16 * 1024 },
  { name: 'quote from a feed', tags: ['press-quote'], feeds: ['press-quote'] },
  { name: 'quote written inline', tags: ['press-quote'], feeds: [] },
  { name: 'contact form only', tags: ['press-contact-form'], feeds: [] },
  {
    name: 'all three widgets',
    tags: ['press-feed', 'press-quote', 'press-contact-form'],
    feeds: ['press-feed', 'press-quote'],
    budget: 24 * 1024,
  },
];
const feedCode = { 'press-feed': [], 'press-quote': ['data', 'select-quotes'], 'press-contact-form': ['data'] };

/** The chunks `file` imports dynamically whose names start with one of `prefixes`. */
function dynamicChunks(file, prefixes) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/import\(\s*["'](\.\/chunks\/([\w.-]+?)-[\w-]{8}\.js)["']\s*\)/g)]
    .filter(([, , name]) => prefixes.includes(name))
    .map(([, path]) => join(dirname(file), path));
}

/** Bytes of the entry alone and of each page, with the files each loads (`npm run bench` reuses this). */
export function sizePages() {
  const rows = [{ name: 'entry', files: staticClosure(entry) }];
  for (const page of pages) {
    const files = new Set(staticClosure(entry));
    for (const tag of page.tags) {
      staticClosure(component(tag), files);
      if (page.feeds.includes(tag))
        for (const chunk of dynamicChunks(component(tag), feedCode[tag])) staticClosure(chunk, files);
    }
    rows.push({ ...page, files });
  }
  return rows.map((row) => ({
    ...row,
    files: [...row.files].map((file) => relative(cdn, file)),
    ...measure(row.files),
  }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(entry)) {
    console.error('No dist/cdn/press-widgets.js: run `npm run build` first.');
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
    console.error('\nOver budget: see which modules grew with `npm run size -- --files`.');
    process.exit(1);
  }
}
