import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `check` every `seconds()` seconds while the host is on the page and the page is visible; a
 * missing, zero or negative number of seconds means never. Follows a change of `seconds()` on update.
 */
export class RefreshController implements ReactiveController {
  readonly #seconds: () => number | undefined;
  readonly #check: () => unknown;
  #timer?: ReturnType<typeof setInterval>;
  #running?: number;

  constructor(host: ReactiveControllerHost, seconds: () => number | undefined, check: () => unknown) {
    this.#seconds = seconds;
    this.#check = check;
    host.addController(this);
  }

  hostConnected() {
    clearInterval(this.#timer);
    const seconds = (this.#running = this.#seconds());
    if (seconds! > 0) this.#timer = setInterval(() => document.hidden || this.#check(), seconds! * 1000);
  }

  hostUpdated() {
    if (this.#seconds() !== this.#running) this.hostConnected();
  }

  hostDisconnected() {
    clearInterval(this.#timer);
    this.#running = undefined;
  }
}
