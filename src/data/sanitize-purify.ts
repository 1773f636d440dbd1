// The DOMPurify engine, in the chunk that loads DOMPurify itself: browsers with the native Sanitizer
// download neither.
import createPurify, { type Config } from 'dompurify';
import { domWindow } from './dom.js';
import { allowedAttributes, allowedElements, unwrappedElements } from './sanitize-allow-list.js';
import { inertHtmlPolicy } from './trusted-html.js';

/** DOMPurify with the allow-list the native engine uses; it returns the sanitized body, or null when there is none. */
export function createPurifier(): (html: string) => Element | null {
  const purify = createPurify(domWindow());
  const config: Config = {
    // Text is a "tag" to DOMPurify: without #text, KEEP_CONTENT: false would drop all text.
    ALLOWED_TAGS: ['#text', ...allowedElements, ...unwrappedElements],
    ALLOWED_ATTR: allowedAttributes,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // The native Sanitizer drops an element that is not allowed together with its content; so must this path.
    KEEP_CONTENT: false,
    RETURN_DOM: true,
  };
  // Under Trusted Types DOMPurify parses through our policy, not one of its own (`dompurify`), so a page
  // allows one name for the widgets' parsing. DOMPurify checks for createScriptURL but never needs it with
  // our allow-list (no script elements), so the policy does not have it.
  const policy = inertHtmlPolicy();
  if (policy) config.TRUSTED_TYPES_POLICY = policy as NonNullable<Config['TRUSTED_TYPES_POLICY']>;
  return (html) => purify.sanitize(html, config) as unknown as Element | null;
}
