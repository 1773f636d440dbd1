/** Schemes a link may use in rendered content. */
export const linkSchemes: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Schemes for what a widget fetches or shows as a page link: releases, images, feeds, endpoints. */
export const webSchemes: ReadonlySet<string> = new Set(['http:', 'https:']);

// URL.parse (2024) is about twice as fast as a constructor that throws; feeds have thousands of URLs.
const parseUrl: (value: string, base?: string) => URL | null =
  URL.parse ??
  ((value, base) => {
    try {
      return new URL(value, base);
    } catch {
      return null;
    }
  });

/**
 * Resolves `value` against `base` and returns it only if its scheme is allowed. The URL parser drops
 * tabs, newlines and surrounding control characters first, so `java\tscript:` is caught as `javascript:`.
 */
export function safeUrl(value: string, base: string | undefined, schemes = webSchemes): string | undefined {
  const url = parseUrl(value.trim(), base);
  return url && schemes.has(url.protocol) ? url.href : undefined;
}

/** On a server, where the page being rendered will be: the renderer sets it for the render's length. */
export const serverPage: { url?: string } = {};

/** The page's URL, the base of the relative URLs it gives: the document's in a browser, else `serverPage`'s. */
export const pageUrl = (): string | undefined => globalThis.document?.baseURI ?? serverPage.url;

/** An absolute http(s) URL for `value`, relative to the page when no better base is known. */
export const absoluteUrl = (value: string): string | undefined => safeUrl(value, pageUrl());

/**
 * The feeds of a widget's `src` (URLs separated by spaces), each resolved against the page. One that does
 * not parse is kept as written, so fetching it fails with an error the widget shows, rather than here.
 */
export const feedUrls = (src: string | undefined): string[] =>
  (src ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((url) => parseUrl(url, pageUrl())?.href ?? url);
