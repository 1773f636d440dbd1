// Sends one contact message: POST to the configured endpoint only, the text in the body (never in
// the URL), the same Idempotency-Key on every attempt, retries with backoff. No Lit, no DOM.

/** What a contact form sends: field name → trimmed text, or `true` for a ticked checkbox. */
export type ContactPayload = Record<string, string | boolean>;

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
export type SendErrorCode = 'network' | 'timeout' | 'http' | 'busy' | 'rejected' | 'offline' | 'abort' | 'config' | 'token';

/** Why a message was not delivered. `code` is stable; widgets show localized text per code. */
export class SendError extends Error {
  override readonly name = 'SendError';
  readonly code: SendErrorCode;
  readonly status?: number;
  /** Milliseconds the server asked to wait (`Retry-After`). */
  readonly retryAfter?: number;
  /** Field name → the server's message, from a 4xx JSON body. */
  readonly fieldErrors: Record<string, string>;
  /** The server's `message`, if its 4xx body had one. */
  readonly serverMessage?: string;

  constructor(
    code: SendErrorCode,
    message: string,
    options: { status?: number; retryAfter?: number; fieldErrors?: Record<string, string>; serverMessage?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.retryAfter = options.retryAfter;
    this.fieldErrors = options.fieldErrors ?? {};
    this.serverMessage = options.serverMessage;
  }

  get retryable(): boolean {
    return ['network', 'timeout', 'http', 'busy'].includes(this.code);
  }
}

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
  /** Time-out of each attempt in ms. */
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

/** A random UUID v4; `crypto.randomUUID` exists only on HTTPS pages, so plain HTTP gets the fallback. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `Retry-After` in ms: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Field errors from a 4xx JSON body, in either shape:
 * `{ "errors": { "email": "…" } }` (a value may also be a list of messages, the first is used) or
 * `{ "errors": [{ "field": "email", "message": "…" }] }` (or that list on its own).
 */
export function readFieldErrors(body: unknown): Record<string, string> {
  const errors = isRecord(body) ? body.errors : body;
  const result: Record<string, string> = {};
  if (Array.isArray(errors)) {
    for (const entry of errors) {
      if (isRecord(entry) && typeof entry.field === 'string' && typeof entry.message === 'string') result[entry.field] = entry.message;
    }
  } else if (isRecord(errors)) {
    for (const [field, message] of Object.entries(errors)) {
      const text = Array.isArray(message) ? message[0] : message;
      if (typeof text === 'string') result[field] = text;
    }
  }
  return result;
}

function encode(payload: ContactPayload, encoding: 'json' | 'form'): [string, string] {
  if (encoding === 'json') return ['application/json', JSON.stringify(payload)];
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(payload)) form.append(name, String(value));
  return ['application/x-www-form-urlencoded;charset=UTF-8', form.toString()];
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(new SendError('abort', 'Sending was aborted.'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    if (signal?.aborted) aborted();
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

async function attempt(request: SendRequest): Promise<SendResult> {
  const [contentType, body] = encode(request.payload, request.encoding ?? 'json');
  const controller = new AbortController();
  const abort = () => controller.abort();
  request.signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeout ?? 15_000);
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.endpoint, {
      method: 'POST',
      headers: { ...request.headers, 'Content-Type': contentType, Accept: 'application/json', 'Idempotency-Key': request.idempotencyKey },
      body,
      signal: controller.signal,
      cache: 'no-store',
    });
    text = await response.text();
  } catch (cause) {
    if (request.signal?.aborted) throw new SendError('abort', 'Sending was aborted.', { cause });
    if (timedOut) throw new SendError('timeout', 'The server did not answer in time.', { cause });
    if (navigator.onLine === false) throw new SendError('offline', 'The browser is offline.', { cause });
    throw new SendError('network', 'The request failed.', { cause });
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', abort);
  }
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const { status } = response;
  if (response.ok) {
    const reference = isRecord(json) && (typeof json.reference === 'string' || typeof json.reference === 'number') ? String(json.reference) : undefined;
    return { status, reference, body: json };
  }
  const retryable = status === 408 || status === 429 || status >= 500;
  throw new SendError(status === 429 ? 'busy' : retryable ? 'http' : 'rejected', `The server answered ${status}.`, {
    status,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    fieldErrors: retryable ? {} : readFieldErrors(json),
    serverMessage: !retryable && isRecord(json) && typeof json.message === 'string' ? json.message : undefined,
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
