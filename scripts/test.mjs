// `npm test`: every test in headless Chromium. Fails at once, with a way out, when no browser is found.
import { spawn } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

try {
  findBrowser();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
