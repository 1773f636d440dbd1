// `npm test`: the Node tests (test/node/, the package as Node imports it) and then every browser test in
// headless Chromium, with one closing line "N passed, N failed" for both. Fails at once, with a way out,
// when no browser is found. Rebuilds dist/ (and custom-elements.json) first when a source is newer than
// it: the built package and bundle are tested too. `npm test -- --files <glob>` runs those files only
// (test/node/ patterns in Node, the others in the browser; several --files may mix them),
// in Node or in the browser.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from './find-browser.mjs';

const args = process.argv.slice(2);
// `--files a b --files c`: the values after each --files, up to the next option; the other arguments
// go to the browser runner as they are.
const files = [];
const otherArgs = [];
let readingFiles = false;
for (const arg of args) {
  if (arg.startsWith('--')) readingFiles = arg === '--files';
  if (readingFiles) {
    if (arg !== '--files') files.push(arg);
  } else otherArgs.push(arg);
}
const nodeFiles = files.filter((pattern) => pattern.startsWith('test/node'));
const browserFiles = files.filter((pattern) => !nodeFiles.includes(pattern));
const browser = files.length === 0 || browserFiles.length > 0;
const browserArgs = browserFiles.length ? [...otherArgs, '--files', ...browserFiles] : otherArgs;

const fail = (message) => {
  console.error(message);
  console.log('0 passed, 1 failed');
  process.exit(1);
};

if (browser) {
  try {
    findBrowser();
  } catch (error) {
    fail(error.message);
  }
}

function newestChange(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }, 0);
}

const built = 'dist/cdn/press-widgets.js';
const sourcesChanged = Math.max(
  newestChange('src'),
  ...['rollup.config.mjs', 'package.json', 'package-lock.json'].map((file) => statSync(file).mtimeMs),
);
if (!existsSync(built) || statSync(built).mtimeMs < sourcesChanged) {
  console.log('Building dist/ (sources changed since the last build)…');
  const build = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c'], { stdio: 'inherit' });
  if (build.status !== 0) fail('The build failed.');
}

// The package test packs custom-elements.json too, as `npm run build` writes it.
const manifest = 'custom-elements.json';
const manifestSources = Math.max(
  newestChange('src/components'),
  statSync('custom-elements-manifest.config.mjs').mtimeMs,
);
if (!existsSync(manifest) || statSync(manifest).mtimeMs < manifestSources) {
  console.log('Writing custom-elements.json (the elements changed since it was written)…');
  const cem = 'node_modules/@custom-elements-manifest/analyzer/cem.js';
  const analyze = spawnSync(process.execPath, [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
    stdio: 'inherit',
  });
  if (analyze.status !== 0) fail('Writing custom-elements.json failed.');
}

/** Runs the Node tests, printing them as they run; resolves to their counts. */
function nodeTests() {
  const all = readdirSync('test/node')
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `test/node/${file}`);
  // Node 20's test runner takes file names, not patterns: `*` is read here, as the browser runner reads it.
  const pattern = (glob) =>
    new RegExp(
      `^${glob
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\//g, '(.*/)?')
        .replace(/\*\*/g, '.*')
        .replace(/\*/g, '[^/]*')}$`,
    );
  const testFiles = files.length ? all.filter((file) => nodeFiles.some((glob) => pattern(glob).test(file))) : all;
  if (!testFiles.length) return { passed: 0, failed: 0 };
  const tap = join(mkdtempSync(join(tmpdir(), 'press-node-tests-')), 'results.tap');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...testFiles,
    ],
    { stdio: 'inherit' },
  );
  const results = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(results)?.[1] ?? 0);
  // A file that could not even start counts as a failure.
  return { passed: count('pass'), failed: count('fail') || (run.status === 0 ? 0 : 1) };
}

const node = files.length === 0 || nodeFiles.length ? nodeTests() : { passed: 0, failed: 0 };
if (!browser) {
  console.log(`\n${node.passed} passed, ${node.failed} failed`);
  process.exit(node.failed ? 1 : 0);
}

const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...browserArgs], {
  stdio: 'inherit',
  // The browser run's closing line adds these, so CI reads one line for both.
  env: { ...process.env, PRESS_NODE_TESTS: `${node.passed},${node.failed}` },
});
child.on('exit', (code) => process.exit(node.failed ? 1 : (code ?? 1)));
