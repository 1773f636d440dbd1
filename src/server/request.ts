// Reading a request: who sent it, and its body within the limit, as the fields it holds.
import type { IncomingMessage } from 'node:http';

/**
 * The client's address: the connection's, or with `trustProxy` reverse proxies in front, the one the
 * farthest of them saw. Addresses further left in `X-Forwarded-For` are the client's to write, so they
 * are never believed.
 */
export function clientAddress(request: IncomingMessage, trustProxy: number): string {
  const direct = request.socket.remoteAddress ?? '';
  if (!trustProxy) return direct;
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  return forwarded[Math.max(0, forwarded.length - trustProxy)] ?? direct;
}

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The body's bytes; a BodyError 413 as soon as it is longer than `limit`, without reading the rest. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(request.headers['content-length']) > limit) throw new BodyError(413, `The body is over ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > limit) throw new BodyError(413, `The body is over ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export type BodyType = 'json' | 'form';

/** Which of the two bodies the form sends this is: JSON, or a form post (urlencoded); else a BodyError 415. */
export function bodyType(request: IncomingMessage): BodyType {
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  throw new BodyError(415, 'Send the message as application/json or application/x-www-form-urlencoded.');
}

/** The fields a body holds; a BodyError 400 when it is not a JSON object or not UTF-8. */
export function parseBody(type: BodyType, body: Buffer): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new BodyError(400, 'The body is not UTF-8 text.');
  }
  if (type === 'form') return Object.fromEntries(new URLSearchParams(text));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BodyError(400, 'The body is not JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BodyError(400, 'The body must be a JSON object of fields.');
  return value as Record<string, unknown>;
}
