import { html, nothing } from 'lit';
import type { PressRelease } from '../../data/types.js';
import type { FeedTexts } from '../../i18n/translation.js';

const time = (item: PressRelease) => item.published?.getTime() ?? -Infinity;

/**
 * What the visitor has been shown. Releases that arrive later and are newer than all of those are held
 * back until `reveal()`, so a refresh never shifts what the visitor is reading. Until the server has
 * confirmed the list (while a cached copy is revalidated), whatever arrives counts as shown.
 */
export class NewReleases {
  #known?: Set<string>;
  #confirmed = false;
  #newest = -Infinity;

  /** Forget everything: a new feed starts over. */
  reset() {
    this.#known = undefined;
  }

  /** The ids among `all` that are held back. */
  held(all: readonly PressRelease[], confirmed: boolean): Set<string> {
    if (!this.#known || !this.#confirmed) {
      this.#known = new Set();
      this.#newest = -Infinity;
      this.reveal(all);
      this.#confirmed = confirmed;
    }
    const held = new Set<string>();
    for (const item of all) {
      if (this.#known.has(item.id)) continue;
      // Older releases (a next page, a late correction) join the list; newer ones wait.
      if (time(item) <= this.#newest) this.#known.add(item.id);
      else held.add(item.id);
    }
    return held;
  }

  /** The visitor asked to see these. */
  reveal(items: readonly PressRelease[]) {
    for (const item of items) {
      this.#known?.add(item.id);
      this.#newest = Math.max(this.#newest, time(item));
    }
  }

  /**
   * The live region that offers the `count` releases held back, with "Show" (`show`). It is in the page
   * from the list's first render, empty, so that it is heard when it fills.
   */
  notice(t: FeedTexts, count: number, show: () => void) {
    return html`<div class="new" aria-live="polite">${count ? html`<p>${t.newReleases(count)} — <button class="button" @click=${show}>${t.showNewReleases}</button></p>` : nothing}</div>`;
  }
}
