// Each tag's code is fetched when the tag first appears on the page, so a page with only a feed
// never downloads the contact form.
const components: Record<string, () => Promise<unknown>> = {
  'press-feed': () => import('./press-feed.js'),
  'press-quote': () => import('./press-quote.js'),
  'press-contact-form': () => import('./press-contact-form.js'),
};

const pending = new Set(Object.keys(components));

function load(tag: string) {
  if (!pending.delete(tag)) return;
  components[tag]().catch((error: unknown) => {
    pending.add(tag);
    console.error(`press-widgets: could not load <${tag}>`, error);
  });
}

function discover(root: ParentNode) {
  for (const tag of pending) if (root.querySelector(tag)) load(tag);
}

/** Loads the code of every press tag on the page now and of those added later. */
export function autoload(root: Document = document): void {
  discover(root);
  if (!pending.size) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (pending.has(node.localName)) load(node.localName);
        if (node.firstElementChild) discover(node);
      }
    }
    if (!pending.size) observer.disconnect();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
}
