import type { Config as PurifyConfig, DOMPurify } from 'dompurify';
import { allowedAttributes, allowedElements, unwrappedElements, urlAttributes } from './sanitize-policy.js';
import { escapeHtml, htmlToText } from './text.js';
import { safeUrl } from './urls.js';

/** Which engine sanitizes: the browser's own where it has one (`auto`), or one forced, for tests. */
export type SanitizerEngine = 'auto' | 'native' | 'dompurify';

export interface SanitizeOptions {
  engine?: SanitizerEngine;
}

// The Sanitizer API is newer than TypeScript's DOM library's `setHTML`.
interface SafeHtmlSetter {
  setHTML(html: string, options: { sanitizer: Sanitizer }): void;
}

let nativeSanitizer: Sanitizer | null | undefined;
let purify: DOMPurify | undefined;
let purifyLoading: Promise<DOMPurify> | undefined;
let inertDocument: Document | undefined;

// Images in a document without a browsing context are never fetched, so sanitizing loads nothing.
const workDocument = () => (inertDocument ??= document.implementation.createHTMLDocument(''));

const purifyConfig: PurifyConfig = {
  // Text is a "tag" to DOMPurify: without #text, KEEP_CONTENT: false would drop all text.
  ALLOWED_TAGS: ['#text', ...allowedElements, ...unwrappedElements],
  ALLOWED_ATTR: [...allowedAttributes],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // The native Sanitizer drops an element that is not allowed together with its content; so must this path.
  KEEP_CONTENT: false,
  RETURN_DOM: true,
};

/**
 * The browser's Sanitizer with our allow-list, or null. Checked by behaviour, not only by name: an early
 * Chromium shipped a `Sanitizer` with another configuration shape that would silently ignore ours.
 */
function getNativeSanitizer(): Sanitizer | null {
  if (nativeSanitizer !== undefined) return nativeSanitizer;
  nativeSanitizer = null;
  if (typeof globalThis.Sanitizer !== 'function' || typeof (Element.prototype as Partial<SafeHtmlSetter>).setHTML !== 'function') {
    return null;
  }
  try {
    const sanitizer = new Sanitizer({
      elements: [...allowedElements],
      replaceWithChildrenElements: [...unwrappedElements],
      attributes: [...allowedAttributes],
      comments: false,
      dataAttributes: false,
    });
    const probe = workDocument().createElement('div');
    (probe as unknown as SafeHtmlSetter).setHTML('<p title="t" onclick="x">ok</p><x-probe>gone</x-probe><mark>in</mark>', { sanitizer });
    if (probe.innerHTML === '<p title="t">ok</p>in') nativeSanitizer = sanitizer;
  } catch {
    // An engine that throws on our configuration is treated as absent.
  }
  return nativeSanitizer;
}

/** True when `sanitizeHtml` can run now with the given engine, without waiting for DOMPurify. */
export function isSanitizerReady(engine: SanitizerEngine = 'auto'): boolean {
  if (engine === 'dompurify') return purify !== undefined;
  if (engine === 'native') return getNativeSanitizer() !== null;
  return getNativeSanitizer() !== null || purify !== undefined;
}

/**
 * Resolves when `sanitizeHtml` works synchronously: at once where the browser has a Sanitizer, else once
 * DOMPurify is loaded (a separate chunk, so browsers with the native API never download it). `loadFeed`
 * awaits this before parsing; call it yourself before `parseFeed` if you parse feeds that carry HTML.
 */
export async function ensureSanitizer(options: SanitizeOptions = {}): Promise<void> {
  const engine = options.engine ?? 'auto';
  if (engine === 'native' || (engine === 'auto' && getNativeSanitizer())) return;
  purifyLoading ??= import('dompurify').then(({ default: createPurify }) => (purify = createPurify(window)));
  // A failed chunk load may succeed on a later call, so the failure is not remembered.
  await purifyLoading.catch((error: unknown) => {
    purifyLoading = undefined;
    throw error;
  });
}

function unwrap(root: Element): void {
  for (const element of root.querySelectorAll(unwrappedElements.join(','))) element.replaceWith(...element.childNodes);
}

/** What both engines share after sanitizing: URL schemes, link `rel`, lazy images. */
function finish(root: Element, baseUrl: string | undefined): void {
  unwrap(root);
  for (const element of root.querySelectorAll('[href], [src], [cite], img')) {
    for (const [attribute, schemes] of Object.entries(urlAttributes)) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const resolved = safeUrl(value, baseUrl ?? globalThis.location?.href, schemes);
      if (resolved) element.setAttribute(attribute, resolved);
      else element.removeAttribute(attribute);
    }
    if (element.localName === 'a' && element.hasAttribute('href')) element.setAttribute('rel', 'noopener noreferrer');
    if (element.localName !== 'img') continue;
    if (!element.hasAttribute('src')) {
      element.remove();
      continue;
    }
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
  }
}

function sanitizeToElement(html: string, engine: SanitizerEngine): Element | undefined {
  const native = engine === 'dompurify' ? null : getNativeSanitizer();
  if (native) {
    const container = workDocument().createElement('div');
    (container as unknown as SafeHtmlSetter).setHTML(html, { sanitizer: native });
    return container;
  }
  if (engine === 'native' || !purify) return undefined;
  // DOMPurify returns null when nothing of the document has a body, as with a lone <frameset>.
  return (purify.sanitize(html, purifyConfig) as unknown as Element | null) ?? workDocument().createElement('div');
}

/**
 * Sanitized HTML, or `undefined` when no engine is ready yet (see `ensureSanitizer`).
 * Throws when a forced engine is not available: that is a mistake in the calling code.
 */
export function sanitizeOrUndefined(html: string, baseUrl?: string, options: SanitizeOptions = {}): string | undefined {
  const engine = options.engine ?? 'auto';
  const root = sanitizeToElement(html, engine);
  if (!root) {
    if (engine !== 'auto') throw new Error(`The ${engine} sanitizer is not available; await ensureSanitizer({ engine: '${engine}' }) first.`);
    return undefined;
  }
  finish(root, baseUrl);
  return root.innerHTML;
}

/**
 * HTML that is safe to render: only the allow-list in `sanitize-policy.ts`, URLs resolved against
 * `baseUrl` and limited to http(s), mailto and tel. Synchronous; before any engine is ready (no native
 * Sanitizer and DOMPurify not loaded yet) it returns the HTML's text, escaped, and starts loading DOMPurify.
 */
export function sanitizeHtml(html: string, baseUrl?: string, options: SanitizeOptions = {}): string {
  const sanitized = sanitizeOrUndefined(html, baseUrl, options);
  if (sanitized !== undefined) return sanitized;
  ensureSanitizer().catch(() => undefined);
  return escapeHtml(htmlToText(html)).replaceAll('\n', '<br>');
}
