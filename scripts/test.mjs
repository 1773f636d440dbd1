// `npm test`: every test in headless Chromium. Fails at once, with a way out, when no browser is found.
// Rebuilds dist/ first when a source is newer than it, because the built bundle is tested too.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from './find-browser.mjs';

try {
  findBrowser();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function newestChange(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }, 0);
}

const bundle = 'dist/cdn/press-widgets.js';
const sourcesChanged = Math.max(
  newestChange('src'),
  statSync('rollup.config.mjs').mtimeMs,
  statSync('package-lock.json').mtimeMs,
);
if (!existsSync(bundle) || statSync(bundle).mtimeMs < sourcesChanged) {
  console.log('Building dist/ (sources changed since the last build)…');
  const build = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
