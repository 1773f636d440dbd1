import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FeedSnapshot, Feed, PressRelease } from '../data/types.js';
import { FeedError } from '../data/feed-error.js';
import { feedSnapshot, refresh, watchFeed } from '../data/feed-store.js';
import { mergeFeeds } from '../data/merge-feeds.js';
import { sanitizeFeed } from '../data/sanitize-feed.js';
import { feedUrls } from '../data/urls.js';
import { PressErrorEvent } from '../events/press-error.js';
import { PressLoadEvent } from '../events/press-load.js';

type FeedHost = ReactiveControllerHost & HTMLElement;

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Connects a widget to one or more feeds through the shared store: no fetching or parsing here, and
 * every widget with the same `src` shares one request. A new `src` drops the old watchers, which
 * lets the store abort a request nobody waits for any more. Fires `press-load` and `press-error`.
 */
export class FeedController implements ReactiveController {
  readonly #host: FeedHost;
  #src?: string;
  #urls: string[] = [];
  #given?: Feed;
  #inline?: Feed;
  #snapshots = new Map<string, FeedSnapshot>();
  #unwatch: (() => void)[] = [];
  #merged?: Feed;
  #lastLoaded?: Feed;
  #lastError?: FeedError;

  constructor(host: FeedHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Space-separated feed URLs, resolved against the page; ignored while an inline feed is set. */
  setSources(src: string | undefined) {
    // Called on every update of the widget (a form's, on every keystroke): nothing to do for the same src.
    if (src === this.#src) return;
    this.#src = src;
    const urls = feedUrls(src);
    if (urls.join(' ') === this.#urls.join(' ')) return;
    this.#urls = urls;
    // A server renders once, from what its renderer loaded ahead, and watches nothing.
    if (isServer) this.#snapshots = new Map(urls.map((url) => [url, feedSnapshot(url)]));
    else if (this.#host.isConnected) this.#watch();
  }

  /** A feed the app already has (`.feed`): shown as is, nothing fetched. */
  setFeed(feed: Feed | undefined) {
    if (feed === this.#given) return;
    this.#given = feed;
    // An app's object has not been through parseFeed: it gets the same sanitizing before it is shown.
    this.#inline = feed && sanitizeFeed(feed);
    if (this.#host.isConnected) this.#watch();
  }

  hostConnected() {
    this.#watch();
  }

  hostDisconnected() {
    this.#stopWatching();
  }

  get status(): FeedStatus {
    // An inline feed is one of `feeds`.
    if (this.feeds.length) return 'ready';
    if (!this.#urls.length) return 'idle';
    return this.#urls.every((url) => this.#snapshots.get(url)?.error) ? 'error' : 'loading';
  }

  /** The feeds that have data, in `src` order. */
  get feeds(): Feed[] {
    return this.#inline ? [this.#inline] : this.#currentSnapshots().flatMap((snapshot) => snapshot.feed ?? []);
  }

  /**
   * What the widget shows: the one feed, or several merged (duplicates across feeds shown once) under
   * the first feed's title, organisation and contact configuration.
   */
  get feed(): Feed | undefined {
    if (!this.#merged) {
      const feeds = this.feeds;
      this.#merged =
        feeds.length > 1
          ? { ...feeds[0], items: mergeFeeds(feeds), warnings: feeds.flatMap((feed) => feed.warnings) }
          : feeds[0];
    }
    return this.#merged;
  }

  /** How many feeds `src` names. */
  get sourceCount(): number {
    return this.#urls.length;
  }

  get items(): PressRelease[] {
    return this.feed?.items ?? [];
  }

  get error(): FeedError | undefined {
    return this.#currentSnapshots().find((snapshot) => snapshot.error)?.error;
  }

  /** True while what is shown comes from the cache and the server has not confirmed it. */
  get stale(): boolean {
    return (
      !this.#inline && this.#currentSnapshots().some((snapshot) => snapshot.feed && snapshot.stale && !snapshot.loading)
    );
  }

  /** The oldest confirmation time among the feeds shown. */
  get fetchedAt(): Date | undefined {
    const times = this.#currentSnapshots().flatMap((snapshot) => snapshot.fetchedAt ?? []);
    return times.length ? new Date(Math.min(...times.map(Number))) : undefined;
  }

  get loading(): boolean {
    return this.#currentSnapshots().some((snapshot) => snapshot.loading);
  }

  /** Asks the server again for every feed; the store keeps showing the last good copy meanwhile. */
  retry(): Promise<unknown> {
    return Promise.allSettled(this.#urls.map((url) => refresh(url)));
  }

  #currentSnapshots(): FeedSnapshot[] {
    return this.#urls.flatMap((url) => this.#snapshots.get(url) ?? []);
  }

  #watch() {
    this.#stopWatching();
    this.#snapshots = new Map();
    if (!this.#inline)
      this.#unwatch = this.#urls.map((url) =>
        watchFeed(url, (snapshot) => {
          this.#snapshots.set(url, snapshot);
          this.#changed();
        }),
      );
    this.#changed();
  }

  #stopWatching() {
    this.#unwatch.forEach((stop) => stop());
    this.#unwatch = [];
  }

  #changed() {
    this.#merged = undefined;
    // Each distinct outcome is announced once, however many snapshots lead to it.
    const feed = this.feed;
    if (this.status === 'ready' && feed && feed !== this.#lastLoaded) {
      this.#lastLoaded = feed;
      this.#host.dispatchEvent(new PressLoadEvent({ feed }));
    }
    const error = this.error;
    if (error && error !== this.#lastError && error.code !== 'abort') {
      this.#lastError = error;
      this.#host.dispatchEvent(new PressErrorEvent({ error }));
    }
    this.#host.requestUpdate();
  }
}
