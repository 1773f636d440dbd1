// The DOM the data layer reads HTML and XML with: the page's own in a browser; on a server, the one
// '#server-window' gives. That import is the package's own (package.json `imports`): under Node's `node`
// condition it is server-window.ts (jsdom), everywhere else no-server-window.ts, so no browser bundle
// ever reaches jsdom.
import { serverWindow } from '#server-window';

/** The window whose DOMParser and document read feeds and sanitize HTML. */
export const domWindow = (): Window & typeof globalThis =>
  'DOMParser' in globalThis ? (globalThis as Window & typeof globalThis) : serverWindow();

/**
 * The elements under `root` that `test` picks, in document order, as a list that does not change as they
 * are moved. The data layer's documents are parsed once and thrown away, and it asks them for elements
 * this way rather than with a selector: in jsdom, the first selector a document runs adds listeners to
 * the shared window that are never removed, so a server that reads many feeds got slower with each one
 * and kept every document it had parsed.
 */
export const elementsWhere = (root: Element | Document, test: (element: Element) => boolean): Element[] =>
  Array.prototype.filter.call(root.getElementsByTagName('*'), test) as Element[];
