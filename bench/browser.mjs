// The measurements that need a whole page in Chromium, against the built bundle on bench/server.mjs.
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// Paint times come in steps of a few milliseconds, so the median of one run jumps a whole step from run
// to run; the mean of the middle half keeps the median's indifference to outliers and moves less.
const middleMean = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.slice(sorted.length >> 2, sorted.length - (sorted.length >> 2));
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
};
const at = (origin, page, params) => `${origin}/bench/${page}?${new URLSearchParams(params)}`;
const benchModule = (origin) => `${origin}/bench/ui.bench.js`;

/**
 * A fresh context (no cache, no storage), one page in it, torn down after `task`. With `latency` (ms),
 * every request waits that long, as on a real network (Chromium's network emulation).
 */
async function inContext(browser, task, { latency = 0 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(error));
    if (latency) await page.emulateNetworkConditions({ download: -1, upload: -1, latency });
    return await task(page);
  } finally {
    await context.close();
  }
}

/** What each single-component page downloads from /dist/cdn/, as the browser counted it. */
export async function bytesInBrowser(browser, origin, pages) {
  const rows = [];
  for (const { name, tags, feeds } of pages) {
    rows.push(
      await inContext(browser, async (page) => {
        await page.goto(
          at(origin, 'widget.html', { tags: tags.join(','), feeds: feeds.join(','), src: '/demo/feeds/sample.json' }),
          { waitUntil: 'networkidle0' },
        );
        const files = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/cdn/'))
            .map(({ name, transferSize, encodedBodySize, decodedBodySize }) => ({
              file: new URL(name).pathname.slice(10),
              transferSize,
              encodedBodySize,
              decodedBodySize,
            })),
        );
        const sum = (key) => files.reduce((total, file) => total + file[key], 0);
        return {
          name,
          requests: files.length,
          transfer: sum('transferSize'),
          encoded: sum('encodedBodySize'),
          decoded: sum('decodedBodySize'),
          files,
        };
      }),
    );
  }
  return rows;
}

/**
 * Navigation start to the first release in the DOM and painted: median of `runs` fresh contexts. With
 * `latency` (ms), every request waits that long, as on a real network (Chromium's network emulation).
 */
export async function firstFeed(browser, origin, { runs = 7, latency = 0 } = {}) {
  const samples = { widget: [], vanilla: [] };
  for (let run = 0; run < runs; run += 1) {
    for (const kind of ['widget', 'vanilla']) {
      samples[kind].push(
        await inContext(
          browser,
          async (page) => {
            await page.goto(at(origin, `${kind}.html`, { src: '/feeds/gen-20.json', limit: 20 }));
            return page.evaluate(() => window.firstFeed);
          },
          { latency },
        ),
      );
    }
  }
  const summary = (list) => ({
    dom: median(list.map((s) => s.dom)),
    painted: median(list.map((s) => s.painted)),
    runs,
  });
  return { widget: summary(samples.widget), vanilla: summary(samples.vanilla), latency };
}

/**
 * First contentful paint of a server-rendered page (its releases in declarative shadow DOM, and the
 * widgets' script) and of two static pages of the same releases and styles: one with the same script tag,
 * one with no script and no other request. The mean of the middle half of `runs` fresh contexts, the
 * three pages taking turns.
 * `latency` (ms): every request waits that long, as on a real network.
 */
export async function serverRenderedPaint(browser, origin, { runs = 41, n = 20, latency = 0 } = {}) {
  const paint = () =>
    new Promise((resolve) => {
      const found = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      if (found()) return resolve(found());
      new PerformanceObserver(() => found() && resolve(found())).observe({ type: 'paint', buffered: true });
    });
  const pages = {
    ssr: `/bench/ssr-page?n=${n}`,
    staticScript: `/bench/static-page?n=${n}&script`,
    static: `/bench/static-page?n=${n}`,
  };
  const samples = { ssr: [], staticScript: [], static: [] };
  for (let run = 0; run < runs; run += 1) {
    for (const [kind, path] of Object.entries(pages)) {
      samples[kind].push(
        await inContext(
          browser,
          async (page) => {
            await page.goto(`${origin}${path}`);
            return page.evaluate(paint);
          },
          { latency },
        ),
      );
    }
  }
  return {
    ssr: middleMean(samples.ssr),
    staticScript: middleMean(samples.staticScript),
    static: middleMean(samples.static),
    runs,
    n,
    latency,
  };
}

/** <press-feed> vs innerHTML rendering 20, 50 and 100 releases from memory. */
export function render(browser, origin) {
  return inContext(browser, async (page) => {
    await page.goto(at(origin, 'widget.html', { tags: '' }));
    return page.evaluate(
      (url) => import(url).then((bench) => bench.renderBench('/feeds/gen-100.json')),
      benchModule(origin),
    );
  });
}

/** Keystroke to updated list painted on a <press-feed show-search> holding 10,000 releases. */
export function filterUi(browser, origin, runs = 7) {
  return inContext(browser, async (page) => {
    await page.goto(at(origin, 'widget.html', { tags: '' }));
    const count = await page.evaluate(
      (url) => import(url).then(async (bench) => ((window.bench = bench), bench.searchable('/feeds/gen-10000.json'))),
      benchModule(origin),
    );
    const search = await page.evaluateHandle(() =>
      document.querySelector('press-feed').shadowRoot.querySelector('#search'),
    );
    // Each query's results differ from the one before it (dačić and Дачић find the same releases).
    const queries = ['dačić', 'interpol', 'Дачић', 'trgovina'];
    let typed = 0;
    const result = {};
    for (const trigger of ['input', 'enter']) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        await search.evaluate((input) => ((input.value = ''), input.focus()));
        await page.evaluate((how) => void (window.pending = window.bench.nextResult(how)), trigger);
        await page.keyboard.type(queries[typed++ % queries.length]);
        if (trigger === 'enter') await page.keyboard.press('Enter');
        samples.push(
          await page
            .evaluate(() => window.pending)
            .catch((error) => {
              throw new Error(`${trigger} #${run} (${queries[(typed - 1) % queries.length]}): ${error.message}`);
            }),
        );
      }
      result[trigger] = {
        dom: median(samples.map((s) => s.dom)),
        painted: median(samples.map((s) => s.painted)),
        runs,
      };
    }
    return { items: count, ...result };
  });
}

/** Five widgets with one src: requests that reached the server for it. */
export function requests(browser, origin, server) {
  return inContext(browser, async (page) => {
    const src = `/feeds/gen-20.json?five=${Date.now()}`;
    await page.goto(at(origin, 'widget.html', { src, copies: 5 }), { waitUntil: 'networkidle0' });
    await page.evaluate(() => window.firstFeed);
    return { widgets: 5, requests: server.requests.get(src) ?? 0 };
  });
}

/** A feed server a second late: first visit, then a repeat visit in the same context. */
export async function repeatVisit(browser, origin, runs = 3) {
  const samples = { first: [], repeat: [] };
  for (let run = 0; run < runs; run += 1) {
    await inContext(browser, async (page) => {
      const url = at(origin, 'widget.html', { src: `/slow/gen-20.json?visit=${Date.now()}` });
      for (const visit of ['first', 'repeat']) {
        await page.goto(url);
        samples[visit].push((await page.evaluate(() => window.firstFeed)).painted);
        await page.waitForNetworkIdle({ idleTime: 300 });
      }
    });
  }
  return { first: median(samples.first), repeat: median(samples.repeat), delay: 1000, runs };
}

/** JS heap after a GC, before and after 10,000 releases are loaded into a <press-feed>. */
export function memory(browser, origin) {
  return inContext(browser, async (page) => {
    await page.goto(at(origin, 'widget.html', { tags: '' }));
    const cdp = await page.createCDPSession();
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.evaluate((url) => import(url), benchModule(origin));
    const before = await heap();
    await page.evaluate(
      (url) => import(url).then((bench) => bench.searchable('/feeds/gen-10000.json')),
      benchModule(origin),
    );
    const after = await heap();
    return { before, after, items: 10_000 };
  });
}
