// Messages per minute per client address: a token bucket each, full at `perMinute` and refilled evenly,
// so a burst of a few messages passes and a flood is held to the rate. Kept in memory: each instance
// counts its own clients.

interface Bucket {
  tokens: number;
  /** When `tokens` was counted, in ms. */
  at: number;
}

// Past this many addresses, those whose bucket is full again are forgotten: they hold nothing back.
const sweepAbove = 10_000;

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one message's token for `address`: 0 when it may go, else the ms until it may. */
  take(address: string): number {
    const now = this.now();
    const bucket = this.#refilled(this.#buckets.get(address), now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.#buckets.set(address, bucket);
      if (this.#buckets.size > sweepAbove) this.#sweep(now);
      return 0;
    }
    this.#buckets.set(address, bucket);
    return Math.ceil(((1 - bucket.tokens) * 60_000) / this.perMinute);
  }

  #refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.perMinute, at: now };
    const tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000);
    return { tokens, at: now };
  }

  #sweep(now: number) {
    for (const [address, bucket] of this.#buckets)
      if (this.#refilled(bucket, now).tokens >= this.perMinute) this.#buckets.delete(address);
  }
}
