import { parseFeedDate } from './dates.js';
import { sanitizeHtml } from './sanitize.js';
import { isSanitized } from './sanitized-releases.js';
import type { Feed } from './types.js';
import { absoluteUrl, linkSchemes, pageUrl, safeUrl } from './urls.js';

/**
 * Makes a feed that did not come through `parseFeed` (an app's `.feed` property) as safe to render as
 * one that did: its HTML through the sanitizer, its links and images through the URL scheme allow-list.
 * Plain-text fields need nothing: the widgets never parse them as HTML. Releases that parseFeed made
 * come back as they are. An object from plain JavaScript may also leave out a release's lists, or write
 * its dates as text or time stamps: it gets empty lists, and dates it can show.
 */
export function sanitizeFeed(feed: Feed): Feed {
  const base = (feed.feedUrl && absoluteUrl(feed.feedUrl)) || pageUrl();
  // A URL of the feed resolved against it, if its scheme is allowed; nothing for a missing one.
  const web = (url: string | undefined, schemes?: ReadonlySet<string>) =>
    url ? safeUrl(url, base, schemes) : undefined;
  // Text is read as a feed's dates are, a number as a time stamp; what names no day (an Invalid Date) is none.
  const date = (value: Date | string | number | undefined) => {
    const read = typeof value == 'string' ? parseFeedDate(value) : new Date(value!);
    return isNaN(+read!) ? undefined : read;
  };
  return {
    ...feed,
    homePageUrl: web(feed.homePageUrl),
    feedUrl: web(feed.feedUrl),
    nextUrl: web(feed.nextUrl),
    organisation: feed.organisation && {
      ...feed.organisation,
      url: web(feed.organisation.url),
      logo: web(feed.organisation.logo),
    },
    contact: feed.contact && { ...feed.contact, privacyUrl: web(feed.contact.privacyUrl) },
    // An object from plain JavaScript may have no list at all: it shows as a feed with no releases.
    items: (feed.items ?? []).map((release) => {
      if (isSanitized(release)) return release;
      const url = web(release.url);
      const image = web(release.image?.url);
      return {
        ...release,
        url,
        contentHtml: release.contentHtml && sanitizeHtml(release.contentHtml, url ?? base),
        image: image ? { ...release.image, url: image } : undefined,
        published: date(release.published),
        modified: date(release.modified),
        tags: release.tags ?? [],
        authors: (release.authors ?? []).map((author) => ({ ...author, url: web(author.url, linkSchemes) })),
        quotes: (release.quotes ?? []).map((quote) => ({
          ...quote,
          releaseUrl: web(quote.releaseUrl),
          published: date(quote.published),
        })),
      };
    }),
  };
}
