import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type UrlValues = Record<string, string | undefined>;

/**
 * Keeps a few values of a widget in the page's query string, under `<prefix>-<key>`, so a view can be
 * shared and the back button restores it. Two widgets on a page stay apart by using different
 * prefixes. Typing replaces the current history entry; discrete choices push a new one.
 */
export class UrlStateController implements ReactiveController {
  /** The prefix of every parameter; `undefined` turns syncing off. */
  prefix?: string;
  readonly #onRestore: (values: UrlValues) => void;
  readonly #onPopState = () => {
    if (this.prefix !== undefined) this.#onRestore(this.read());
  };

  constructor(host: ReactiveControllerHost, onRestore: (values: UrlValues) => void) {
    this.#onRestore = onRestore;
    host.addController(this);
  }

  hostConnected() {
    addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected() {
    removeEventListener('popstate', this.#onPopState);
  }

  /** This widget's values in the current URL, keys without the prefix. */
  read(): UrlValues {
    const values: UrlValues = {};
    const start = `${this.prefix}-`;
    new URL(location.href).searchParams.forEach((value, key) => {
      if (key.startsWith(start)) values[key.slice(start.length)] = value;
    });
    return values;
  }

  /** Writes `values` (empty or undefined removes a key); leaves history alone when nothing changed. */
  write(values: UrlValues, push = false) {
    if (this.prefix === undefined) return;
    const url = new URL(location.href);
    for (const [key, value] of Object.entries(values)) {
      if (value) url.searchParams.set(`${this.prefix}-${key}`, value);
      else url.searchParams.delete(`${this.prefix}-${key}`);
    }
    if (url.href === location.href) return;
    history[push ? 'pushState' : 'replaceState'](history.state, '', url);
  }
}
