import { domWindow, elementsWhere } from './dom.js';
import { allowedAttributes, allowedElements, unwrappedElements } from './sanitize-allow-list.js';
import { escapeHtml, htmlToText } from './text.js';
import { linkSchemes, pageUrl, safeUrl } from './urls.js';

/** Which engine sanitizes: the browser's own where it has one (`auto`), or one forced, for tests. */
export type SanitizerEngine = 'auto' | 'native' | 'dompurify';

export interface SanitizeOptions {
  engine?: SanitizerEngine;
}

// The Sanitizer API is newer than TypeScript's DOM library's `setHTML`.
type SafeHtmlSetter = Element & { setHTML(html: string, options: { sanitizer: Sanitizer }): void };

let nativeSanitizer: Sanitizer | null | undefined;
let purify: ((html: string) => Element | null) | undefined;
let purifyLoading: Promise<unknown> | undefined;
let inertDocument: Document | undefined;

// Images in a document without a browsing context are never fetched, so sanitizing loads nothing.
const container = () =>
  (inertDocument ??= domWindow().document.implementation.createHTMLDocument('')).createElement(
    'div',
  ) as unknown as SafeHtmlSetter;

/**
 * The browser's Sanitizer with our allow-list, or null. Checked by behaviour, not only by name: an early
 * Chromium shipped a `Sanitizer` with another configuration shape that would silently ignore ours.
 */
function getNativeSanitizer(): Sanitizer | null {
  if (nativeSanitizer === undefined) {
    nativeSanitizer = null;
    try {
      const sanitizer = new Sanitizer({
        elements: allowedElements,
        replaceWithChildrenElements: unwrappedElements,
        attributes: allowedAttributes,
        comments: false,
        // None allowed: DOMPurify drops them too, and no release needs one.
        processingInstructions: [],
        dataAttributes: false,
      } as SanitizerConfig);
      const probe = container();
      // No event handler in the probe: Chromium parses before it sanitizes, and a page's CSP would report it.
      probe.setHTML('<p title="t" class="x">ok</p><x-probe>gone</x-probe><mark>in</mark>', { sanitizer });
      if (probe.innerHTML === '<p title="t">ok</p>in') nativeSanitizer = sanitizer;
    } catch {
      // No Sanitizer or setHTML, or an engine that throws on our configuration: treated as absent.
    }
  }
  return nativeSanitizer;
}

/** True when `sanitizeHtml` can run now with the given engine, without waiting for DOMPurify. */
export function isSanitizerReady(engine: SanitizerEngine): boolean {
  return (engine !== 'dompurify' && !!getNativeSanitizer()) || (engine !== 'native' && !!purify);
}

/**
 * Resolves when `sanitizeHtml` works synchronously: at once where the browser has a Sanitizer, else once
 * DOMPurify is loaded (a separate chunk, so browsers with the native API never download it). `loadFeed`
 * awaits this before parsing; call it yourself before `parseFeed` if you parse feeds that carry HTML.
 */
export async function ensureSanitizer({ engine = 'auto' }: SanitizeOptions = {}): Promise<void> {
  if (engine === 'native' || (engine === 'auto' && getNativeSanitizer())) return;
  // A failed chunk load may succeed on a later call, so the failure is not remembered.
  await (purifyLoading ??= import('./sanitize-purify.js').then(
    ({ createPurifier }) => {
      purify = createPurifier();
    },
    (error: unknown) => {
      purifyLoading = undefined;
      throw error;
    },
  ));
}

const unwrapped = new Set(unwrappedElements);
const urlAttributes = ['href', 'src', 'cite'];

/**
 * Sanitized HTML, or `undefined` when no engine is ready yet (see `ensureSanitizer`).
 * Throws when a forced engine is not available: that is a mistake in the calling code.
 */
export function sanitizeOrUndefined(
  html: string,
  baseUrl?: string,
  { engine = 'auto' }: SanitizeOptions = {},
): string | undefined {
  const native = engine !== 'dompurify' && getNativeSanitizer();
  let root: Element;
  if (native) (root = container()).setHTML(html, { sanitizer: native });
  // DOMPurify returns null when nothing of the document has a body, as with a lone <frameset>.
  else if (engine !== 'native' && purify) root = purify(html) ?? container();
  else if (engine === 'auto') return undefined;
  else throw new Error(`Not loaded: await ensureSanitizer({ engine: '${engine}' }) first.`);
  // What both engines share afterwards: wrappers unwrapped, URL schemes, link rel, lazy images.
  for (const element of elementsWhere(root, ({ localName }) => unwrapped.has(localName)))
    element.replaceWith(...element.childNodes);
  // Every element: telling which have URLs first would cost as much as looking for them.
  for (const element of elementsWhere(root, () => true)) {
    for (const attribute of urlAttributes) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      // Links may also be mailto: and tel:; images and citations only http(s).
      const resolved = safeUrl(value, baseUrl ?? pageUrl(), attribute === 'href' ? linkSchemes : undefined);
      if (resolved) element.setAttribute(attribute, resolved);
      else element.removeAttribute(attribute);
    }
    if (element.localName === 'a' && element.hasAttribute('href')) element.setAttribute('rel', 'noopener noreferrer');
    if (element.localName === 'img') {
      if (element.hasAttribute('src')) {
        element.setAttribute('loading', 'lazy');
        element.setAttribute('decoding', 'async');
      } else element.remove();
    }
  }
  return root.innerHTML;
}

/**
 * HTML that is safe to render: only the allow-list above, URLs resolved against `baseUrl` and limited to
 * http(s), mailto and tel. Synchronous; before any engine is ready (no native Sanitizer and DOMPurify not
 * loaded yet) it returns the HTML's text, escaped, and starts loading DOMPurify.
 */
export function sanitizeHtml(html: string, baseUrl?: string, options?: SanitizeOptions): string {
  const sanitized = sanitizeOrUndefined(html, baseUrl, options);
  if (sanitized !== undefined) return sanitized;
  ensureSanitizer().catch(() => undefined);
  return escapeHtml(htmlToText(html)).replaceAll('\n', '<br>');
}
