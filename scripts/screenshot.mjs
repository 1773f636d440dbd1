// `npm run screenshot`: the picture at the top of README.md, docs/screenshot.png, made from the demo as
// `npm start` serves it. Builds (as `npm start` does), serves the demo on a free port, opens it in headless
// Chromium at 1200 px, waits until every widget has rendered with its pictures, and photographs the news
// feed beside the quote rotator and the contact form; the demo's own text, controls and snippets are left
// out. Run it again whenever the widgets or the demo change how they look.
//
//   npm run screenshot [-- --no-build]   --no-build: dist/ and the demo's feeds are current already
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserArgs, findBrowser, isHeadlessShell } from './find-browser.mjs';

const root = join(import.meta.dirname, '..');
const out = join(root, 'docs/screenshot.png');
const width = 1200;

function run(command, args) {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** A port nothing listens on now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** scripts/serve-demo.mjs on `port`, once it says it is listening. */
function serveDemo(port) {
  const server = spawn(process.execPath, [join(root, 'scripts/serve-demo.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let said = '';
    server.once('exit', (code) => reject(new Error(`the demo server stopped (exit code ${code}): ${said}`)));
    server.stdout.on('data', (chunk) => {
      said += chunk;
      if (said.includes(`:${port}/`)) resolve(Object.assign(server, { port }));
    });
  });
}

// The picture: the news feed on the left, the rotator and the form on the right, cut at a height that shows
// the start of each and fading out there, as pages that go on.
const height = 1100;
const composition = `
  body > header, body > footer, .intro, .snippet, .mails, .example:not(#feed, #quotes, #contact) { display: none !important; }
  main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); grid-template-rows: auto 1fr;
         gap: 32px 48px; align-items: start; padding-block: 32px; }
  .example { display: block; padding: 0; border: 0; }
  #feed { grid-row: 1 / 3; }
  #quotes, #contact { grid-column: 2; }
  body::after { content: ''; position: absolute; inset: ${height - 160}px 0 auto; height: 160px;
                background: linear-gradient(transparent, var(--color-surface)); }
`;

if (!process.argv.includes('--no-build')) {
  run('npm', ['run', 'build', '--silent']);
  run('npm', ['run', 'demo-feed', '--silent']);
}

const server = await serveDemo(await freePort());
const port = server.port;
let browser;
try {
  const executablePath = findBrowser();
  browser = await puppeteer.launch({
    executablePath,
    headless: isHeadlessShell(executablePath) ? 'shell' : true,
    args: browserArgs,
  });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`The demo page threw: ${error.message}`));
  // Light, English, Belgrade time, and the rotator holding still (it starts paused under reduced motion).
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.emulateTimezone('Europe/Belgrade');
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  // The feed with one topic chosen, through its address (sync-url): a filter at work, and the pictures.
  await page.goto(`http://localhost:${port}/?news-tags=schools`, { waitUntil: 'networkidle0' });

  // Every widget defined, out of its loading state and updated; its pictures decoded; the fonts in.
  const widgets = 'press-feed, press-quote, press-contact-form';
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every(
        (widget) =>
          customElements.get(widget.localName) &&
          widget.shadowRoot &&
          !widget.shadowRoot.querySelector('[aria-busy="true"]'),
      ),
    { timeout: 30_000 },
    widgets,
  );
  await page.evaluate(async (selector) => {
    const all = [...document.querySelectorAll(selector)];
    await Promise.all(all.map((widget) => widget.updateComplete));
    const pictures = all.flatMap((widget) => [...widget.shadowRoot.querySelectorAll('img')]);
    await Promise.all(pictures.map((picture) => picture.decode().catch(() => undefined)));
    await document.fonts.ready;
  }, widgets);

  await page.addStyleTag({ content: composition });
  const missing = await page.evaluate(() =>
    ['#feed', '#quotes', '#contact'].filter((id) => !document.querySelector(id)),
  );
  if (missing.length) throw new Error(`demo/index.html has no ${missing.join(', ')}: update scripts/screenshot.mjs`);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height }, captureBeyondViewport: true });
} finally {
  await browser?.close();
  server.kill();
}

// Chromium's PNG has every shade of its anti-aliased text; 256 colours look the same at a third of the bytes.
const before = statSync(out).size;
const quantize = ['--quality', '80-98', '--speed', '1', '--strip', '--force', '--ext', '.png', out];
const quantized = spawnSync('pngquant', quantize, { encoding: 'utf8' });
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
if (quantized.error)
  console.log(`pngquant is not installed (apt-get install pngquant): the picture stays as Chromium wrote it.`);
else if (quantized.status !== 0) console.log(`pngquant left the picture as it was: ${quantized.stderr}`);
console.log(`Wrote docs/screenshot.png: ${width} px wide, ${kb(statSync(out).size)} (Chromium wrote ${kb(before)}).`);
