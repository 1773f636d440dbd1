// A server render carries the text of each feed it showed, so the widget that takes it over shows the
// same releases at once and only revalidates: `<script type="application/json" data-press-feed="src">`
// with `{ text, etag, lastModified, fetchedAt }`, written by `renderPage` (src/ssr/render.ts).
import type { CachedFeed } from './feed-cache.js';
import { absoluteUrl } from './urls.js';

let copies: Map<string, CachedFeed> | undefined;

/** The copy of `url` the page carries, if a server render put one in it. */
export function pageCopy(url: string): CachedFeed | undefined {
  copies ??= new Map(
    [
      ...(globalThis.document?.querySelectorAll<HTMLScriptElement>(
        'script[type="application/json"][data-press-feed]',
      ) ?? []),
    ].flatMap((script) => {
      try {
        const key = absoluteUrl(script.dataset.pressFeed!);
        const { text, etag, lastModified, fetchedAt } = JSON.parse(script.text) as Partial<CachedFeed>;
        return key && typeof text === 'string' && typeof fetchedAt === 'number'
          ? [[key, { url: key, text, etag, lastModified, fetchedAt }] as const]
          : [];
      } catch {
        // A copy that does not read is no copy: the widget fetches the feed as usual.
        return [];
      }
    }),
  );
  return copies.get(url);
}
