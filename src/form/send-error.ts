// The error a sending ends in. Apart from the sending code: the form reports some failures (offline,
// no endpoint, captcha) before that code is loaded, and reports a failure to load it with it.

/**
 * - `network`: no answer (connection refused or dropped, DNS, CORS) — retried
 * - `timeout`: no answer within `timeout` ms — retried
 * - `http`: 408 or 5xx — retried
 * - `busy`: 429 — retried after `Retry-After`
 * - `rejected`: any other 4xx; `fieldErrors` holds what the server said about each field — not retried
 * - `offline`: the browser has no connection — not retried, the form waits for `online`
 * - `abort`: the caller aborted
 * - `config`: there is no endpoint to send to
 * - `token`: the `tokenProvider` (captcha) failed
 */
export type SendErrorCode =
  'network' | 'timeout' | 'http' | 'busy' | 'rejected' | 'offline' | 'abort' | 'config' | 'token';

export interface SendErrorOptions {
  status?: number;
  retryAfter?: number;
  fieldErrors?: Record<string, string>;
  serverMessage?: string;
  cause?: unknown;
}

/** Why a message was not delivered. `code` is stable; widgets show localized text per code. */
export class SendError extends Error {
  override readonly name = 'SendError';
  readonly status?: number;
  /** Milliseconds the server asked to wait (`Retry-After`). */
  readonly retryAfter?: number;
  /** Field name → the server's message, from a 4xx JSON body. */
  readonly fieldErrors: Record<string, string> = {};
  /** The server's `message`, if its 4xx body had one. */
  readonly serverMessage?: string;

  constructor(
    readonly code: SendErrorCode,
    message: string,
    options: SendErrorOptions = {},
  ) {
    super(message, options);
    Object.assign(this, options);
  }

  get retryable(): boolean {
    return /^(network|timeout|http|busy)$/.test(this.code);
  }
}
