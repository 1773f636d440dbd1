// Code for a feature that not every widget uses: loaded the first time a widget needs it, then at hand
// at once for every widget on the page. A failed load (offline, say) is remembered until `retry()`.
// A server renders in one pass and cannot wait, so there it is all loaded ahead (see `lazyCodeLoaded`).
import { isServer } from 'lit';

const loadingOnServer: Promise<void>[] = [];

/** Settles when every lazy code of the elements has loaded: a server renderer awaits it first. */
export const lazyCodeLoaded = (): Promise<unknown> => Promise.all(loadingOnServer);

export class LazyCode<T> {
  /** The code, once it is here. */
  value?: T;
  /** The code could not be loaded; `retry()` lets the next `fetch()` try again. */
  failed?: boolean;
  #loading?: Promise<void>;
  readonly #load: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#load = load;
    if (isServer) loadingOnServer.push(this.fetch());
  }

  /** Starts loading, once; settles when the code is here or could not be loaded. */
  fetch(): Promise<void> {
    return (this.#loading ??= this.#load().then(
      (value) => {
        this.value = value;
      },
      () => {
        this.failed = true;
      },
    ));
  }

  retry() {
    if (!this.failed) return;
    this.failed = false;
    this.#loading = undefined;
  }
}
