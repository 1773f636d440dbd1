// Runs in the browser on a page that has loaded the built bundle (bench/run.mjs imports it): the
// widget against the vanilla baseline, rendering from memory and filtering.
import { parseFeed } from '/dist/cdn/data.js';
import { markup } from '/bench/vanilla.js';

const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The loader fetches a tag's code when the tag appears in the page: show it one, then wait. */
async function defined() {
  const probe = document.body.appendChild(document.createElement('press-feed'));
  await customElements.whenDefined('press-feed');
  probe.remove();
}

export async function loadFeed(src) {
  const text = await (await fetch(src)).text();
  return { raw: JSON.parse(text), feed: parseFeed(text, { maxBytes: Number.POSITIVE_INFINITY }) };
}

/** Until the widget shows `count` releases: the updates it needs, and no more waiting than that. */
async function rendered(element, count) {
  for (let turn = 0; turn < 50; turn += 1) {
    if (element.shadowRoot?.querySelectorAll('.list:not(.skeleton) > .item').length === count) return;
    await (element.isUpdatePending ? element.updateComplete : new Promise((resolve) => setTimeout(resolve)));
  }
  throw new Error(`<press-feed> did not show ${count} releases`);
}

/** Create, render and lay out n releases from memory, element vs innerHTML: median ms of `runs`. */
export async function renderBench(src, sizes = [20, 50, 100], runs = 15) {
  await defined();
  const { raw, feed } = await loadFeed(src);
  const results = [];
  for (const n of sizes) {
    // A feed of exactly n: the widget sanitizes an app's `.feed` on arrival, so that is part of the cost.
    const slice = { ...feed, items: feed.items.slice(0, n) };
    const widget = [];
    const vanilla = [];
    for (let run = -2; run < runs; run += 1) {
      await frame();
      let start = performance.now();
      const element = Object.assign(document.createElement('press-feed'), { limit: n, feed: slice });
      document.body.append(element);
      await rendered(element, n);
      element.shadowRoot.querySelector('.item:last-child').getBoundingClientRect();
      if (run >= 0) widget.push(performance.now() - start);
      element.remove();
      await frame();
      start = performance.now();
      const div = document.createElement('div');
      div.innerHTML = markup(raw.items.slice(0, n));
      document.body.append(div);
      div.querySelector('.item:last-child').getBoundingClientRect();
      if (run >= 0) vanilla.push(performance.now() - start);
      div.remove();
    }
    results.push({ n, widget: median(widget), vanilla: median(vanilla), runs });
  }
  return results;
}

/** A <press-feed show-search> holding the big feed, ready for keystrokes from puppeteer. */
export async function searchable(src) {
  await defined();
  const { feed } = await loadFeed(src);
  const element = Object.assign(document.createElement('press-feed'), { feed, showSearch: true });
  document.body.append(element);
  await rendered(element, 10);
  return feed.items.length;
}

/**
 * Resolves when the list shows something other than it shows now, and it has been painted: ms from
 * the next `input` event (or Enter, which skips the debounce) in the search box to the DOM update and to the frame after it.
 */
export function nextResult(trigger = 'input') {
  const root = document.querySelector('press-feed').shadowRoot;
  const text = () => root.querySelector('.feed')?.textContent;
  const before = text();
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('The list did not change within 5 s of the keystroke')), 5000);
    let typed;
    const search = root.querySelector('#search');
    if (trigger === 'input') search.addEventListener('input', () => (typed = performance.now()));
    else
      search.addEventListener('keydown', (event) => event.key === 'Enter' && (typed = performance.now()), {
        capture: true,
      });
    const observer = new MutationObserver(() => {
      if (typed === undefined || text() === before) return;
      observer.disconnect();
      const dom = performance.now() - typed;
      requestAnimationFrame(() => setTimeout(() => resolve({ dom, painted: performance.now() - typed })));
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}
