// Sends one contact message: POST to the configured endpoint only, the text in the body (never in
// the URL), the same Idempotency-Key on every attempt, retries with backoff. No Lit, no DOM.

/**
 * - `network`: no answer (connection refused or dropped, DNS) — retried
 * - `cors`: the endpoint is on another origin and answers, but its preflight does not allow this page's
 *   POST (docs/publishing.md) — not retried
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
  'network' | 'cors' | 'timeout' | 'http' | 'busy' | 'rejected' | 'offline' | 'abort' | 'config' | 'token';

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

/**
 * A random UUID v4. Made from `crypto.getRandomValues` (the same generator as `crypto.randomUUID`,
 * which exists only on HTTPS pages) so plain-HTTP pages get the same keys.
 */
export function newIdempotencyKey(): string {
  // The version is 4; every x is a random hex digit, and y one of 8, 9, a, b (the variant, bits 10).
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (digit) => {
    const random = crypto.getRandomValues(new Uint8Array(1))[0]! & 15;
    return (digit === 'x' ? random : (random & 3) | 8).toString(16);
  });
}

/** What a contact form sends: field name → trimmed text, or `true` for a ticked checkbox. */
export type ContactPayload = Record<string, string | boolean>;

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The wait before the second attempt, in ms; it doubles for each further attempt. */
  baseDelay: number;
  /** The longest wait in ms; a `Retry-After` longer than this ends the retries at once. */
  maxDelay: number;
  /** Multiplies every wait, `Retry-After` included (tests use a small number). */
  scale: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 3, baseDelay: 1000, maxDelay: 30_000, scale: 1 };

export interface SendRequest {
  endpoint: string;
  payload: ContactPayload;
  encoding?: 'json' | 'form';
  /** The same for every attempt and every retry of one message, so the server files it once. */
  idempotencyKey: string;
  /** Time-out of each attempt in ms; 15 s when missing or not a positive number. */
  timeout?: number;
  retry?: Partial<RetryPolicy>;
  /** Extra request headers (e.g. `X-Captcha-Token`). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Called before each retry with the attempt about to start (2, 3…) and why the last one failed. */
  onRetry?: (attempt: number, attempts: number, error: SendError) => void;
}

export interface SendResult {
  status: number;
  /** The server's `reference` for the filed message, when it returned one. */
  reference?: string;
  body: unknown;
}

/** `Retry-After` in ms: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const ms = value ? Math.max(0, Number(value) * 1000 || Date.parse(value) - now) : NaN;
  return ms >= 0 ? ms : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Field errors from a 4xx JSON body, in either shape:
 * `{ "errors": { "email": "…" } }` (a value may also be a list of messages, the first is used) or
 * `{ "errors": [{ "field": "email", "message": "…" }] }` (or that list on its own).
 */
export function readFieldErrors(body: unknown): Record<string, string> {
  const errors = isRecord(body) ? body.errors : body;
  const result: Record<string, string> = {};
  const entries = Array.isArray(errors)
    ? errors.map((entry) => (isRecord(entry) ? [entry.field, entry.message] : []))
    : isRecord(errors)
      ? Object.entries(errors)
      : [];
  for (const [field, message] of entries) {
    const text = Array.isArray(message) ? message[0] : message;
    if (typeof field === 'string' && typeof text === 'string') result[field] = text;
  }
  return result;
}

const abortError = (cause?: unknown) => new SendError('abort', 'Aborted.', { cause });

/** Waits `ms` before a retry; rejects at once when `signal` aborts. */
const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    setTimeout(resolve, ms);
    if (signal?.aborted) reject(abortError());
    signal?.addEventListener('abort', () => reject(abortError()), { once: true });
  });

async function attempt({
  endpoint,
  payload,
  encoding,
  idempotencyKey,
  timeout,
  headers,
  signal,
}: SendRequest): Promise<SendResult> {
  const form = encoding === 'form';
  // Aborted by the caller or by the time-out; which one is told by `signal.aborted`.
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  const timer = setTimeout(abort, timeout! > 0 ? timeout : 15_000);
  let response: Response;
  let json: unknown;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        ...headers,
        // A URLSearchParams body brings its own type, application/x-www-form-urlencoded;charset=UTF-8.
        ...(form ? {} : { 'Content-Type': 'application/json' }),
        Accept: 'application/json',
        'Idempotency-Key': idempotencyKey,
      },
      body: form ? new URLSearchParams(payload as Record<string, string>) : JSON.stringify(payload),
      signal: controller.signal,
    });
    // Not JSON (or empty): there is no reference or field error to read.
    json = await response.json().catch(() => undefined);
  } catch (cause) {
    if (signal?.aborted) throw abortError(cause);
    if (controller.signal.aborted) throw new SendError('timeout', 'Timed out.', { cause });
    if (navigator.onLine === false) throw new SendError('offline', 'Offline.', { cause });
    // Asked only after a failure, so the check travels with the data layer rather than with every form.
    const refusal = await import('../data/cors.js').then(
      ({ postRefusal }) => postRefusal(endpoint, fetch, signal),
      () => undefined,
    );
    if (!refusal) throw new SendError('network', 'Request failed.', { cause });
    // Not worth retrying; the citizen keeps the message, the site's team reads here what to fix.
    console.error(refusal);
    throw new SendError('cors', refusal, { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
  const { status } = response;
  const { reference, message }: Record<string, unknown> = isRecord(json) ? json : {};
  if (response.ok)
    return {
      status,
      reference: typeof reference === 'string' || typeof reference === 'number' ? String(reference) : undefined,
      body: json,
    };
  const retryable = status === 408 || status === 429 || status >= 500;
  throw new SendError(status === 429 ? 'busy' : retryable ? 'http' : 'rejected', `HTTP ${status}`, {
    status,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    ...(retryable
      ? {}
      : { fieldErrors: readFieldErrors(json), serverMessage: typeof message === 'string' ? message : undefined }),
  });
}

/**
 * POSTs one message and resolves on a 2xx. Network errors, time-outs, 408, 429 and 5xx are retried
 * with exponential backoff (or the server's `Retry-After`) up to `attempts`; anything else, or the
 * last failure, rejects with a `SendError`.
 */
export async function sendMessage(request: SendRequest): Promise<SendResult> {
  const policy = { ...defaultRetryPolicy, ...request.retry };
  for (let number = 1; ; number++) {
    try {
      return await attempt(request);
    } catch (error) {
      const failure = error as SendError;
      const delay = failure.retryAfter ?? policy.baseDelay * 2 ** (number - 1);
      if (!failure.retryable || number >= policy.attempts || delay > policy.maxDelay) throw failure;
      request.onRetry?.(number + 1, policy.attempts, failure);
      await wait(delay * policy.scale, request.signal);
    }
  }
}
