// Forwards what the outbox holds: claims the mails that are due, sends each, and records it sent, or due
// again later with a longer wait each time, at most `maxDelay` apart. A mail is never dropped: while the
// mail server is down, or refuses it, it waits, and the failures are logged for someone to act on.
import type { Logger } from './log.js';
import { composeMail, type Letterhead, type Mailer } from './mailer.js';
import type { Claim, MessageStore, PendingMail } from './store.js';

export interface RetryDelays {
  /** The wait after the first failure, in ms; it doubles after each further one. */
  firstDelay: number;
  /** The longest wait, in ms. */
  maxDelay: number;
}

export const defaultRetryDelays: RetryDelays = { firstDelay: 5_000, maxDelay: 5 * 60_000 };

/** The wait after `failures` failed attempts. */
export const retryDelay = (failures: number, { firstDelay, maxDelay }: RetryDelays) =>
  Math.min(maxDelay, firstDelay * 2 ** Math.max(0, failures - 1));

const batch = 10;
// Other instances on the same database file messages this one is not told about.
const pollMs = 5_000;

export class Outbox {
  readonly #store: MessageStore;
  readonly #mailer: Mailer;
  readonly #letterhead: Letterhead;
  readonly #log: Logger;
  readonly #delays: RetryDelays;
  #timer?: ReturnType<typeof setTimeout>;
  #running?: Promise<void>;
  #again = false;
  #stopped = false;

  constructor(store: MessageStore, mailer: Mailer, letterhead: Letterhead, log: Logger, delays = defaultRetryDelays) {
    this.#store = store;
    this.#mailer = mailer;
    this.#letterhead = letterhead;
    this.#log = log;
    this.#delays = delays;
  }

  /** Sends what is due now, then whenever something falls due or is filed. */
  start(): void {
    this.wake();
  }

  /** Something was filed: send it now rather than at the next poll. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#running = this.#drain().finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        this.wake();
      } else void this.#schedule();
    });
  }

  /** Stops taking mails; resolves once those being sent are recorded. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  async #drain() {
    try {
      for (;;) {
        const claim = await this.#store.claim(new Date(), batch);
        // Every send is recorded before the claim is finished: a claim's records go through its own
        // connection, which `finish` gives back.
        const sent = await Promise.allSettled(claim.mails.map((mail) => this.#send(claim, mail)));
        await claim.finish();
        const failure = sent.find((result) => result.status === 'rejected');
        if (failure) throw failure.reason;
        if (claim.mails.length < batch || this.#stopped) return;
      }
    } catch (error) {
      this.#log({ level: 'error', event: 'outbox_failed', error: (error as Error).message });
    }
  }

  async #send(claim: Claim, { message, attempts }: PendingMail) {
    const { reference } = message;
    try {
      await this.#mailer.send(composeMail(message, this.#letterhead));
    } catch (error) {
      const wait = retryDelay(attempts + 1, this.#delays);
      const reason = (error as Error).message;
      await claim.postpone(reference, new Date(Date.now() + wait), reason);
      this.#log({
        level: 'warn',
        event: 'forward_failed',
        reference,
        attempt: attempts + 1,
        retry_in_s: wait / 1000,
        error: reason,
      });
      return;
    }
    await claim.forwarded(reference, new Date());
    this.#log({ level: 'info', event: 'forwarded', reference, attempts: attempts + 1 });
  }

  async #schedule() {
    if (this.#stopped) return;
    let wait = pollMs;
    try {
      const due = await this.#store.nextDue();
      // A mail due already, after a drain, is one another instance is sending: look again at the next poll.
      if (due && due.getTime() > Date.now()) wait = Math.min(pollMs, due.getTime() - Date.now());
    } catch (error) {
      this.#log({ level: 'error', event: 'outbox_failed', error: (error as Error).message });
    }
    if (this.#stopped || this.#running) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.wake(), wait);
    // Waiting for the next mail never keeps a process alive that has nothing else to do.
    this.#timer.unref();
  }
}
