import { expect, waitUntil } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';

// Cumulative layout shift of a page that embeds a feed as the README says (the script in the head with
// blocking="render", the element where the releases go, the page's text below it), from the first paint
// until the releases show. Core Web Vitals count under 0.1 as good.

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/**
 * `page` in a frame, its body shown only once the loader has run (modules run in document order, the
 * loader's dynamic imports later): the measure starts at the first paint with the loader's reservation,
 * which is what the widgets answer for. Whether a real page paints before the loader runs is that page's
 * race (README: `blocking="render"` makes it rare).
 */
function openPage(page: string, { width = 800, height = 1000 } = {}): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = page
    .replace(
      /(<script type="module"[^>]*press-widgets\.js"><\/script>)/,
      '$1<script type="module">document.body.hidden = false;</script>',
    )
    .replace(/<body([^>]*)>/, '<body$1 hidden>');
  if (!frame.srcdoc.includes('document.body.hidden = false')) throw new Error('no loader script in the page');
  document.body.append(frame);
  return frame;
}

/** A page with the README's snippet in its head and `body`. */
const snippetPage = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width">
  <script type="module" blocking="render" src="/dist/cdn/press-widgets.js"></script>
  </head><body><h1>News</h1>${body}</body></html>`;

/** Every shift the frame has recorded, summed: stricter than CLS, which takes the worst window of them. */
function layoutShift(frame: HTMLIFrameElement): Promise<number> {
  const win = frame.contentWindow! as Window & typeof globalThis;
  return new Promise((resolve) => {
    new win.PerformanceObserver((list, observer) => {
      observer.disconnect();
      const shifts = list.getEntries() as LayoutShift[];
      resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0));
    }).observe({ type: 'layout-shift', buffered: true });
    // No shift at all reports no entry.
    win.setTimeout(() => resolve(0), 100);
  });
}

/** Waits until the feed shows `count` releases, and two frames more, so the last shift is recorded. */
async function releasesShown(frame: HTMLIFrameElement, count: number) {
  const items = () =>
    frame.contentDocument?.querySelector('press-feed')?.shadowRoot?.querySelectorAll('[part~="item"]');
  await waitUntil(() => items()?.length === count, `the feed never showed ${count} releases`, { timeout: 10_000 });
  const win = frame.contentWindow!;
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

const feedUrl = (count: number) =>
  URL.createObjectURL(new Blob([JSON.stringify(generateFeed(count, 7))], { type: 'application/json' }));
const textBelow = '<p>What the page says under its news.</p>'.repeat(40);

describe('layout shift while a feed loads', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const [name, attributes, releases, shown, size] of [
    ['the README’s snippet', 'limit="5"', 12, 5, {}],
    ['limit="5" and a feed of 2 releases', 'limit="5"', 2, 2, {}],
    ['no limit', '', 12, 10, {}],
    ['summaries', 'limit="5" show-summary', 12, 5, {}],
    ['compact', 'limit="5" layout="compact"', 12, 5, {}],
    ['a phone', 'limit="5"', 12, 5, { width: 390, height: 844 }],
  ] as const) {
    it(`stays under 0.1 with ${name}`, async () => {
      frame = openPage(
        snippetPage(
          `<press-feed src="${feedUrl(releases)}" ${attributes}><a href="/news">Our news</a></press-feed>${textBelow}`,
        ),
        size,
      );
      await releasesShown(frame, shown);
      const shift = await layoutShift(frame);
      expect(shift).to.be.below(0.1);
    });
  }

  it('stays under 0.1 on the demo, every widget loading at once', async () => {
    const page = await (await fetch('/demo/index.html')).text();
    // The demo as served, from its own folder.
    frame = openPage(page.replace('<head>', '<head><base href="/demo/">'), { width: 1280, height: 900 });
    const feeds = () => [...(frame!.contentDocument?.querySelectorAll('press-feed') ?? [])];
    await waitUntil(
      () =>
        feeds().length &&
        feeds().every((feed) => feed.shadowRoot?.querySelector('.list:not(.skeleton) [part~="item"]')),
      'the demo’s feeds never showed their releases',
      { timeout: 10_000 },
    );
    const win = frame.contentWindow!;
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    const shift = await layoutShift(frame);
    expect(shift).to.be.below(0.1);
  });
});
