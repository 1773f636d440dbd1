/**
 * - `network`: the request failed (DNS, connection refused, a server that does not answer)
 * - `cors`: the feed is on another origin whose server answers, but without an
 *   `Access-Control-Allow-Origin` that lets this page read it (docs/publishing.md)
 * - `offline`: the browser says it has no connection
 * - `timeout`: no answer within `timeoutMs`
 * - `abort`: the caller aborted
 * - `http`: the server answered with a non-2xx status (`status` is set)
 * - `parse`: the body is not well-formed JSON or XML
 * - `format`: well-formed, but not a JSON Feed, RSS 2.0 or Atom 1.0 document
 * - `too-large`: the body or the item count is over the cap
 */
export type FeedErrorCode =
  'network' | 'cors' | 'offline' | 'timeout' | 'abort' | 'http' | 'parse' | 'format' | 'too-large';

/** Why a feed could not be read. `code` is stable; `message` is for developers, widgets show localized text per code. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly status?: number;
  readonly url?: string;

  constructor(
    readonly code: FeedErrorCode,
    message: string,
    options: { status?: number; url?: string; cause?: unknown } = {},
  ) {
    super(message, options);
    Object.assign(this, options);
  }
}
