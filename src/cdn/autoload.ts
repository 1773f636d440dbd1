import { fetchEarly } from '../data/early-fetch.js';
import { feedUrls } from '../data/urls.js';

// Each tag's code is fetched when the tag first appears on the page, so a page with only a feed
// never downloads the contact form. Until it arrives, the tag is a block with about the height of its
// first paint (`space`, the declarations that reserve it), so the page does not jump when it upgrades;
// what the site put inside (a link to its news, say) stays visible. A feed reserves its page of releases
// (`limit`, at most the 10 its skeleton shows), each the height of a release in the default theme with
// what its attributes show (`feedRows`), in its own font size; a browser that cannot read a number from
// an attribute drops that declaration and keeps the 12rem before it.
const components: Record<string, [load: () => Promise<unknown>, space: string]> = {
  'press-feed': [
    () => import('./press-feed.js'),
    'min-height:12rem;min-height:calc(clamp(1,attr(limit type(<integer>),10),10)*var(--_press-feed-row,7.6em))',
  ],
  'press-quote': [() => import('./press-quote.js'), 'min-height:8rem'],
  'press-contact-form': [() => import('./press-contact-form.js'), 'min-height:20rem'],
};

const feedRows = 'press-feed[show-summary]{--_press-feed-row:9.4em}press-feed[layout=compact]{--_press-feed-row:2.6em}';

const pending = new Set(Object.keys(components));
const styled = new WeakSet<Document>();

/**
 * One constructable stylesheet on the document: style-src does not govern it, so no CSP has to allow
 * it. In a cascade layer, so any rule of the site's own wins; a `hidden` element stays hidden, and one
 * a server rendered (`server-rendered`) keeps the size its render has.
 */
function reserveSpace(root: Document) {
  if (styled.has(root)) return;
  styled.add(root);
  const sheet = new (root.defaultView ?? window).CSSStyleSheet();
  const rules = Object.entries(components).map(
    ([tag, [, space]]) => `${tag}:not(:defined,[hidden],[server-rendered]){display:block;${space}}`,
  );
  sheet.replaceSync(`@layer press-widgets{${feedRows}${rules.join('')}}`);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Sends the feed request of each widget with `src` now, and has the store (with its cache) take it over
 * as soon as the data layer arrives, while the element's code is still on its way: the downloads overlap
 * instead of following each other, and the element then shares this one request.
 */
function requestFeeds(root: ParentNode) {
  const urls = [...root.querySelectorAll('[src]')]
    .filter((element) => element.localName in components)
    .flatMap((element) => feedUrls(element.getAttribute('src')!))
    .filter((url) => /^https?:/.test(url));
  // A quote shown in the other Serbian script needs the data layer too: its transliteration is there.
  if (!urls.length && !root.querySelector('press-quote[script]')) return;
  urls.forEach(fetchEarly);
  import('../data/feed-store.js')
    .then(({ loadFeed }) => {
      for (const url of urls) loadFeed(url).catch(noop);
    })
    // The element reports a failed load itself, with a message where the widget is.
    .catch(noop);
}

const noop = () => undefined;

function load(tag: string) {
  if (!pending.delete(tag)) return;
  components[tag][0]().catch((error: unknown) => {
    pending.add(tag);
    console.error(`press-widgets: could not load <${tag}>`, error);
  });
}

function discover(root: ParentNode) {
  for (const tag of pending) if (root.querySelector(tag)) load(tag);
}

/**
 * Loads the code of every press tag on the page and of those added later: now, or on a page a server
 * rendered widgets into, once the browser has painted it. That page shows its releases without any
 * script, and taking it over first (where the code arrives at once, as from a nearby server) held its
 * first paint back by about a fifth. A browser that reports no paint (a page in a background tab) has
 * its widgets taken over after a second.
 */
export function autoload(root: Document = document): void {
  reserveSpace(root);
  if (!root.querySelector('[server-rendered]')) return start(root);
  new Promise((painted) => {
    new PerformanceObserver(painted).observe({ type: 'paint', buffered: true });
    setTimeout(painted, 1000);
  }).then(() => start(root));
}

function start(root: Document) {
  requestFeeds(root);
  discover(root);
  // What a feed turns on with an attribute is code of its own, fetched here beside the feed's, not after it.
  if (root.querySelector('press-feed:is([show-search],[show-filters],[sync-url],[expand],[paging=pages],[refresh])'))
    import('../components/press-feed/press-feed.options.js').catch(noop);
  if (!pending.size) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        load(node.localName);
        if (node.firstElementChild) discover(node);
      }
    }
    if (!pending.size) observer.disconnect();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
}
