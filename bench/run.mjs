// `npm run bench`: times the data layer in headless Chromium, where it runs for real (DOMParser, the
// Sanitizer API), and prints one line per measurement. Results also go to bench/results.json.
import { writeFile } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser, isHeadlessShell } from '../scripts/find-browser.mjs';

const count = Number(process.argv[2] ?? 10_000);
const budgets = { 'text filter per keystroke': 8 };

const server = await startDevServer({
  config: {
    rootDir: new URL('..', import.meta.url).pathname,
    port: 0,
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
    middleware: [
      (context, next) => {
        if (context.path !== '/__bench') return next();
        context.type = 'html';
        context.body = '<!doctype html><meta charset="utf-8"><title>bench</title>';
        return undefined;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const executablePath = findBrowser();
const browser = await puppeteer.launch({ executablePath, headless: isHeadlessShell(executablePath) ? 'shell' : true, args: browserArgs });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error));
  const { port } = server.server.address();
  await page.goto(`http://localhost:${port}/__bench`);
  const report = await page.evaluate(async (items) => {
    const bench = await import('/bench/data.bench.ts');
    return bench.runDataBench(items);
  }, count);

  console.log(`Data layer, ${report.items.toLocaleString('en')} releases, ${(report.bytes / 1_048_576).toFixed(1)} MB of JSON Feed:`);
  for (const { name, median, max, runs } of report.results) {
    const budget = budgets[name];
    const verdict = budget === undefined ? '' : median <= budget ? `  (goal ≤ ${budget} ms: met)` : `  (goal ≤ ${budget} ms: MISSED)`;
    console.log(`  ${name.padEnd(48)} ${median.toFixed(2).padStart(9)} ms median, ${max.toFixed(2).padStart(9)} ms max, ${runs} runs${verdict}`);
  }
  await writeFile(new URL('results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), ...report }, null, 2)}\n`);
} finally {
  await browser.close();
  await server.stop();
}
