// `refresh`: loaded only when a feed asks to be checked for new releases.
import type { ReactiveController } from 'lit';
import type { PressFeed } from './press-feed.js';

/** Asks the server again every `refresh` seconds while the feed is on the page and the page is visible. */
export class Refresher implements ReactiveController {
  readonly #host: PressFeed;
  readonly #retry: () => unknown;
  #timer?: ReturnType<typeof setInterval>;
  #seconds?: number;

  constructor(host: PressFeed, retry: () => unknown) {
    this.#host = host;
    this.#retry = retry;
    host.addController(this);
  }

  hostConnected() {
    const seconds = (this.#seconds = this.#host.refresh);
    clearInterval(this.#timer);
    if (seconds! > 0) this.#timer = setInterval(() => document.hidden || this.#retry(), seconds! * 1000);
  }

  hostUpdated() {
    if (this.#host.refresh !== this.#seconds) this.hostConnected();
  }

  hostDisconnected() {
    clearInterval(this.#timer);
  }
}
