// `npm run bench`: bytes, time to first feed, render, filter, requests and memory, measured in headless
// Chromium against the built bundle (dist/cdn) and a hand-written vanilla page. Prints a table and
// writes bench/results.json. Timings are never asserted: docs/benchmarks.md reads them against goals.
// The contact server's messages per second and latency are measured too (bench/contact.mjs).
//   node bench/run.mjs [--only=bytes,first,ssr,render,filter,requests,memory,data,contact]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser, isHeadlessShell } from '../scripts/find-browser.mjs';
import { sizePages } from '../scripts/size.mjs';
import { startServer } from './server.mjs';
import { dataBench } from './data.mjs';
import { renderCommand } from './ssr.mjs';
import * as measure from './browser.mjs';
import { contactBench } from './contact.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wanted = (name) => !only || only.includes(name);

// Like `npm test`: the bundle is what is measured, so rebuild it when a source is newer.
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (max, entry) =>
      Math.max(max, entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs),
    0,
  );
const bundle = 'dist/cdn/press-widgets.js';
if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newest('src'), statSync('rollup.config.mjs').mtimeMs)) {
  console.log('Building dist/ (sources changed since the last build)…');
  if (spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c'], { stdio: 'inherit' }).status !== 0)
    process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const goal = (met, text) => `${text}: ${met ? 'met' : 'MISSED'}`;
const rows = [];
const row = (area, measurement, value, note = '') => rows.push([area, measurement, value, note]);

const server = await startServer();
const executablePath = findBrowser();
const browser = await puppeteer.launch({
  executablePath,
  headless: isHeadlessShell(executablePath) ? 'shell' : true,
  args: browserArgs,
  protocolTimeout: 60_000,
});
const results = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version, browser: await browser.version() },
};
try {
  if (wanted('bytes')) {
    const built = sizePages();
    const counted = await measure.bytesInBrowser(browser, server.origin, built.slice(1));
    results.bytes = { built, browser: counted };
    for (const page of built) {
      const seen = counted.find((entry) => entry.name === page.name);
      const verdict = page.budget
        ? goal(page.gzip <= page.budget && (!seen || seen.encoded <= page.budget), `budget ${kb(page.budget)} gzip`)
        : '';
      row(
        page === built[0] ? 'bytes' : '',
        page.name,
        `${kb(page.min)} min, ${kb(page.gzip)} gz, ${kb(page.brotli)} br`,
        verdict,
      );
      if (seen)
        row(
          '',
          `  in the browser (${seen.requests} files)`,
          `${kb(seen.encoded)} gz body, ${kb(seen.transfer)} transferred`,
          `${kb(seen.decoded)} decoded`,
        );
    }
  }
  if (wanted('first')) {
    // Locally the network costs nothing and the time is all parsing and rendering; at 50 ms a request,
    // the number of round trips before the feed is asked for shows too.
    results.firstFeed = [];
    for (const latency of [0, 50]) {
      const first = await measure.firstFeed(browser, server.origin, { latency });
      const ratio = (first.ratio = first.widget.painted / first.vanilla.painted);
      results.firstFeed.push(first);
      const where = latency ? `${latency} ms per request` : 'local';
      row(
        latency ? '' : 'first feed',
        `<press-feed>, 20 releases, ${where} (${first.widget.runs} contexts)`,
        `${ms(first.widget.painted)} painted`,
        `${ms(first.widget.dom)} in DOM`,
      );
      row(
        '',
        `vanilla innerHTML page, ${where}`,
        `${ms(first.vanilla.painted)} painted`,
        `${ms(first.vanilla.dom)} in DOM`,
      );
      row('', 'ratio', `${ratio.toFixed(2)}×`, goal(ratio <= 1.2, 'goal ≤ 1.2×'));
    }
  }
  if (wanted('ssr')) {
    results.serverRendered = [];
    // The goal compares the server-rendered page with the same page whose releases are plain HTML: the same
    // script tag on both. A page with no request at all is shown beside it, because here any one request
    // (an image, a preload, an empty script) delays a page's first paint by 10-15 ms by itself.
    for (const latency of [0, 50]) {
      const paint = await measure.serverRenderedPaint(browser, server.origin, { latency });
      results.serverRendered.push(paint);
      const ratio = paint.ssr / paint.staticScript;
      const where = latency ? `${latency} ms per request` : 'local';
      row(
        latency ? '' : 'server',
        `server-rendered page, ${paint.n} releases, ${where}: first paint (mean of the middle half of ${paint.runs} contexts)`,
        ms(paint.ssr),
        `static HTML of the same, same script tag: ${ms(paint.staticScript)}; with no request at all: ${ms(paint.static)} (${(paint.ssr / paint.static).toFixed(2)}×)`,
      );
      row('', 'ratio', `${ratio.toFixed(2)}×`, goal(ratio <= 1.05, 'goal ≤ 1.05×'));
    }
    const command = (results.renderCommand = await renderCommand(server.origin));
    row('', `press-widgets render, ${command.n} releases (the whole command)`, ms(command.ms));
    row(
      '',
      '  HTML of one <press-feed>',
      `${kb(command.total.raw)}, ${kb(command.total.gzip)} gz`,
      `styles ${kb(command.styles.gzip)} gz, releases ${kb(command.markup.gzip)} gz, the feed carried for the script ${kb(command.carried.gzip)} gz`,
    );
  }
  if (wanted('render')) {
    results.render = await measure.render(browser, server.origin);
    for (const { n, widget, vanilla } of results.render) {
      row(
        n === 20 ? 'render' : '',
        `${n} releases from memory (vanilla ${ms(vanilla)})`,
        ms(widget),
        goal(widget / vanilla <= 1.25, `${(widget / vanilla).toFixed(2)}×, goal ≤ 1.25×`),
      );
    }
  }
  if (wanted('data') || wanted('filter')) {
    results.data = await dataBench(browser);
    const keystroke = results.data.results.find((entry) => entry.name === 'text filter per keystroke');
    row(
      'filter',
      `data step per keystroke (${results.data.items.toLocaleString('en')} releases)`,
      ms(keystroke.median),
      goal(keystroke.median <= 8, 'goal ≤ 8 ms'),
    );
  }
  if (wanted('filter')) {
    const ui = (results.filter = await measure.filterUi(browser, server.origin));
    row(
      '',
      'keystroke → list painted, with the 250 ms debounce',
      ms(ui.input.painted),
      `${ms(ui.input.painted - 250)} without the wait`,
    );
    row('', 'Enter (no debounce) → list painted', ms(ui.enter.painted), goal(ui.enter.painted <= 50, 'goal ≤ 50 ms'));
  }
  if (wanted('requests')) {
    const five = (results.requests = await measure.requests(browser, server.origin, server));
    row(
      'requests',
      'five <press-feed> with one src',
      `${five.requests} request(s)`,
      goal(five.requests === 1, 'goal 1'),
    );
    const visit = (results.repeatVisit = await measure.repeatVisit(browser, server.origin));
    row('', `first visit, feed answers ${visit.delay} ms late`, `${ms(visit.first)} painted`);
    row(
      '',
      'repeat visit (Cache API)',
      `${ms(visit.repeat)} painted`,
      goal(visit.repeat < visit.delay, 'before the network'),
    );
  }
  if (wanted('memory')) {
    const heap = (results.memory = await measure.memory(browser, server.origin));
    row(
      'memory',
      `JS heap after ${heap.items.toLocaleString('en')} releases in <press-feed>`,
      `${(heap.after / 1_048_576).toFixed(1)} MB`,
      `+${((heap.after - heap.before) / 1_048_576).toFixed(1)} MB over the bundle alone`,
    );
  }
  if (wanted('data')) {
    for (const { name, median, max, runs } of results.data.results)
      row(
        name === results.data.results[0].name ? 'data layer' : '',
        name,
        ms(median),
        `median of ${runs}, max ${ms(max)}`,
      );
  }
  if (wanted('contact')) {
    results.contact = await contactBench();
    for (const { kind, most, steady } of results.contact) {
      const store = kind === 'sqlite' ? 'embedded store (SQLite)' : 'PostgreSQL';
      row(
        kind === 'sqlite' ? 'contact server' : '',
        `${store}: steady 300 messages/s (10 s)`,
        `p50 ${steady.p50} ms, p99 ${steady.p99} ms`,
        `${goal(Math.round(steady.perSecond) >= 295 && steady.p99 <= 100, 'goal 300/s at p99 ≤ 100 ms')}; ${steady.cpuPerMessage.toFixed(2)} ms of server CPU a message (forwarding included); ${steady.refused + steady.errors} not filed, ${steady.waiting} left in the outbox at the end`,
      );
      row(
        '',
        `${store}: most messages/s (20 connections, 10 s)`,
        `${Math.round(most.perSecond)}/s`,
        `p50 ${most.p50} ms, p99 ${most.p99} ms; ${most.cpuPerMessage.toFixed(2)} ms of server CPU a message; ${most.refused + most.errors} not filed`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}

const widths = [0, 1, 2].map((column) => Math.max(...rows.map((cells) => cells[column].length)));
const load = (await import('node:os')).loadavg()[0].toFixed(1);
console.log(
  `Chromium ${results.machine.browser}, Node ${process.version}, ${results.machine.cpus} cores, load average ${load}\n`,
);
for (const cells of rows)
  console.log(
    cells
      .map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell))
      .join('  ')
      .trimEnd(),
  );
if (!only) await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
