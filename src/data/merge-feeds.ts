import type { Feed, PressRelease } from './types.js';

/**
 * The releases of several feeds as one list, in feed order, each release once: a release with the same
 * id or the same URL as an earlier one is left out (ministries republish each other's releases).
 */
export function mergeFeeds(feeds: readonly Feed[]): PressRelease[] {
  const seenIds = new Set<string>();
  const seenUrls = new Set<string>();
  const merged: PressRelease[] = [];
  for (const release of feeds.flatMap((feed) => feed.items)) {
    if (seenIds.has(release.id) || (release.url && seenUrls.has(release.url))) continue;
    seenIds.add(release.id);
    if (release.url) seenUrls.add(release.url);
    merged.push(release);
  }
  return merged;
}
