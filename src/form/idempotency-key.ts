// The key of one message. Apart from the sending code: a new message gets one before that code is loaded.

/**
 * A random UUID v4. Made from `crypto.getRandomValues` (the same generator as `crypto.randomUUID`,
 * which exists only on HTTPS pages) so plain-HTTP pages get the same keys.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 15) | 64;
  bytes[8] = (bytes[8] & 63) | 128;
  return [...bytes]
    .map((byte, i) => (i > 3 && i < 11 && !(i & 1) ? '-' : '') + (byte | 256).toString(16).slice(1))
    .join('');
}
