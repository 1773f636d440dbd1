import { sanitizeHtml } from './sanitize.js';
import { isSanitized } from './sanitized-releases.js';
import type { Feed, PressRelease } from './types.js';
import { linkSchemes, pageUrl, safeUrl } from './urls.js';

const web = (url: string | undefined, base: string | undefined) => (url ? safeUrl(url, base) : undefined);

function sanitizeRelease(release: PressRelease, feedBase: string | undefined): PressRelease {
  const url = web(release.url, feedBase);
  const imageUrl = web(release.image?.url, feedBase);
  return {
    ...release,
    url,
    contentHtml: release.contentHtml === undefined ? undefined : sanitizeHtml(release.contentHtml, url ?? feedBase),
    image: imageUrl ? { ...release.image, url: imageUrl } : undefined,
    authors: release.authors.map((author) => ({
      ...author,
      url: author.url ? safeUrl(author.url, feedBase, linkSchemes) : undefined,
    })),
    quotes: release.quotes.map((quote) => ({ ...quote, releaseUrl: web(quote.releaseUrl, feedBase) })),
  };
}

/**
 * Makes a feed that did not come through `parseFeed` (an app's `.feed` property) as safe to render as
 * one that did: its HTML through the sanitizer, its links and images through the URL scheme allow-list.
 * Plain-text fields need nothing: the widgets never parse them as HTML. Releases that parseFeed made
 * come back as they are.
 */
export function sanitizeFeed(feed: Feed): Feed {
  const base = web(feed.feedUrl, pageUrl()) ?? pageUrl();
  return {
    ...feed,
    homePageUrl: web(feed.homePageUrl, base),
    feedUrl: web(feed.feedUrl, base),
    nextUrl: web(feed.nextUrl, base),
    organisation: feed.organisation && {
      ...feed.organisation,
      url: web(feed.organisation.url, base),
      logo: web(feed.organisation.logo, base),
    },
    contact: feed.contact && { ...feed.contact, privacyUrl: web(feed.contact.privacyUrl, base) },
    items: feed.items.map((release) => (isSanitized(release) ? release : sanitizeRelease(release, base))),
  };
}
