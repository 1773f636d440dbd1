// A broken feed can repeat the same fault ten thousand times; the first ones tell the web team what to fix.
const maxWarnings = 50;

/** What was tolerated or dropped while reading one feed, capped so a bad feed cannot flood memory. */
export class WarningList {
  readonly messages: string[] = [];
  #dropped = 0;

  add(message: string): void {
    if (this.messages.length < maxWarnings) this.messages.push(message);
    else this.#dropped += 1;
  }

  toArray(): string[] {
    return this.#dropped ? [...this.messages, `…and ${this.#dropped} more warnings like these.`] : [...this.messages];
  }
}
