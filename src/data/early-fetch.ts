// The loader sends a widget's feed request the moment it sees the tag, before the data layer has
// downloaded; `fetchFeedText` takes that request over instead of sending its own. On a real network this
// saves the round trip of the data layer's download before the feed is even asked for.

/** What a feed request accepts: the formats `parseFeed` reads, anything else last. */
export const feedAccept = 'application/feed+json,application/json,application/rss+xml,application/atom+xml,*/*;q=0.8';

interface EarlyRequest {
  response: Promise<Response>;
  controller: AbortController;
}

const requests = new Map<string, EarlyRequest>();

/** Sends the request for `url` (absolute) now, unless one is already waiting to be taken. */
export function fetchEarly(url: string): void {
  if (requests.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { signal: controller.signal, headers: { accept: feedAccept } });
  // Whoever takes the request reports its failure; until then it must not count as unhandled.
  response.catch(() => undefined);
  requests.set(url, { response, controller });
}

/** The request sent early for `url`, once: after that, requests for it go to the network as usual. */
export function takeEarly(url: string): EarlyRequest | undefined {
  const request = requests.get(url);
  requests.delete(url);
  return request;
}
