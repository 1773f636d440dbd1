/** Schemes a link may use in rendered content. */
export const linkSchemes: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Schemes for what a widget fetches or shows as a page link: releases, images, feeds, endpoints. */
export const webSchemes: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * Resolves `value` against `base` and returns it only if its scheme is allowed. The URL parser drops
 * tabs, newlines and surrounding control characters first, so `java\tscript:` is caught as `javascript:`.
 */
export function safeUrl(value: string, base: string | undefined, schemes: ReadonlySet<string> = webSchemes): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return schemes.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL for `value`, relative to the page when no better base is known. */
export function absoluteUrl(value: string): string | undefined {
  return safeUrl(value, globalThis.location?.href);
}
