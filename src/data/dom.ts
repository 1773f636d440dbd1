// The DOM the data layer reads HTML and XML with: the page's own in a browser; on a server, the one
// '#server-window' gives. That import is the package's own (package.json `imports`): under Node's `node`
// condition it is server-window.ts (jsdom), everywhere else no-server-window.ts, so no browser bundle
// ever reaches jsdom.
import { serverWindow } from '#server-window';

/** The window whose DOMParser and document read feeds and sanitize HTML. */
export const domWindow = (): Window & typeof globalThis =>
  'DOMParser' in globalThis ? (globalThis as Window & typeof globalThis) : serverWindow();
