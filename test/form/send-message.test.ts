import { expect } from '@open-wc/testing';
import {
  SendError,
  newIdempotencyKey,
  parseRetryAfter,
  readFieldErrors,
  sendMessage,
} from '../../src/form/send-message.js';
import type { SendRequest } from '../../src/form/send-message.js';

interface Received {
  requests: { url: string; key?: string; contentType: string; body: Record<string, string> }[];
  filed: { key: string; reference: string }[];
}

let bucketCount = 0;
function endpoint(plan: string) {
  const bucket = `send-${Date.now().toString(36)}-${bucketCount++}`;
  return {
    url: `/api/contact-test/${bucket}/${plan}`,
    received: async (): Promise<Received> => (await fetch(`/api/contact-test/${bucket}`)).json(),
  };
}

const payload = { name: 'Ana Marković', email: 'ana@example.rs', message: 'Kada počinje upis u škole?' };
const fast = { scale: 0.001 };

// A time-out only the time-out tests can reach: on a busy machine a quick answer may take seconds.
function request(url: string, extra: Partial<SendRequest> = {}): SendRequest {
  return { endpoint: url, payload, idempotencyKey: newIdempotencyKey(), retry: fast, timeout: 30_000, ...extra };
}

async function failure(promise: Promise<unknown>): Promise<SendError> {
  try {
    await promise;
  } catch (error) {
    return error as SendError;
  }
  throw new Error('expected sending to fail');
}

describe('sendMessage', () => {
  it('posts the message as JSON with an Idempotency-Key and returns the reference', async () => {
    const server = endpoint('201');
    const sent = request(server.url);
    const result = await sendMessage(sent);
    expect(result.status).to.equal(201);
    expect(result.reference).to.equal('REF-0001');
    const { requests, filed } = await server.received();
    expect(requests).to.have.length(1);
    expect(requests[0].key).to.equal(sent.idempotencyKey);
    expect(requests[0].contentType).to.contain('application/json');
    expect(requests[0].body).to.deep.equal(payload);
    expect(filed).to.have.length(1);
  });

  it('can send the message form-encoded, and never puts its text in the URL', async () => {
    const server = endpoint('201');
    await sendMessage(request(server.url, { encoding: 'form' }));
    const [received] = (await server.received()).requests;
    expect(received.contentType).to.contain('application/x-www-form-urlencoded');
    expect(received.body).to.deep.equal(payload);
    expect(decodeURIComponent(received.url)).not.to.contain('upis');
  });

  // Chrome itself re-sends a request once when a reused keep-alive connection drops or answers 408,
  // so the number of requests may be higher than our attempts: what matters is one filed message.
  for (const failing of ['drop', '408', '500', '503', '429']) {
    it(`retries after ${failing} with the same key, and the server files the message once`, async () => {
      const server = endpoint(`${failing},201`);
      const sent = request(server.url);
      const result = await sendMessage(sent);
      expect(result.reference).to.equal('REF-0001');
      const { requests, filed } = await server.received();
      expect(requests.length).to.be.at.least(2);
      expect(requests.every((received) => received.key === sent.idempotencyKey)).to.equal(true);
      expect(filed).to.have.length(1);
    });

    it(`gives up after three attempts when ${failing} goes on`, async () => {
      const server = endpoint(failing);
      const retries: number[] = [];
      const error = await failure(
        sendMessage(request(server.url, { onRetry: (attempt, attempts) => retries.push(attempt, attempts) })),
      );
      expect(error).to.be.instanceOf(SendError);
      expect(error.code).to.equal({ drop: 'network', 429: 'busy' }[failing] ?? 'http');
      if (failing !== 'drop') expect(error.status).to.equal(Number(failing));
      expect(retries).to.deep.equal([2, 3, 3, 3]);
      expect((await server.received()).filed).to.have.length(0);
    });
  }

  it('retries when nothing listens at the address', async () => {
    const retries: number[] = [];
    const error = await failure(
      sendMessage(request('http://127.0.0.1:9/', { onRetry: (attempt) => retries.push(attempt) })),
    );
    expect(error.code).to.equal('network');
    expect(retries).to.deep.equal([2, 3]);
  });

  it('times out a server that does not answer, and its late filing does not count twice', async () => {
    const server = endpoint('slow,201');
    // Long enough for the retry to be answered on a busy machine, far shorter than the slow answer.
    const sent = request(server.url, { timeout: 1000 });
    const result = await sendMessage(sent);
    expect(result.reference).to.equal('REF-0001');
    // The slow request is filed by the server two seconds after it arrived, long after the client gave up on it.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const { requests, filed } = await server.received();
    expect(requests.length).to.be.at.least(2);
    expect(requests.every((received) => received.key === sent.idempotencyKey)).to.equal(true);
    expect(filed).to.have.length(1);
  }).timeout(8000);

  it('reports a time-out when every attempt is too slow', async () => {
    const server = endpoint('slow');
    const error = await failure(sendMessage(request(server.url, { timeout: 100, retry: { ...fast, attempts: 2 } })));
    expect(error.code).to.equal('timeout');
  });

  it('does not wait longer than the cap: a long Retry-After ends the retries', async () => {
    const server = endpoint('429long,201');
    const error = await failure(sendMessage(request(server.url)));
    expect(error.code).to.equal('busy');
    expect(error.retryAfter).to.equal(3_600_000);
    expect((await server.received()).requests).to.have.length(1);
  });

  it('does not retry a refusal, and reads the field errors in either shape', async () => {
    const object = await failure(sendMessage(request(endpoint('422,201').url)));
    expect(object.code).to.equal('rejected');
    expect(object.fieldErrors).to.deep.equal({
      email: 'This mailbox does not exist.',
      subject: 'Subjects cannot contain links.',
    });
    const list = await failure(sendMessage(request(endpoint('400list').url)));
    expect(list.fieldErrors).to.deep.equal({ message: 'The message contains a forbidden word.' });
    const plain = await failure(sendMessage(request(endpoint('403').url)));
    expect(plain.fieldErrors).to.deep.equal({});
    expect(plain.serverMessage).to.equal('Messages from this site are not accepted.');
  });

  it('stops when the caller aborts, also while waiting to retry', async () => {
    const controller = new AbortController();
    const server = endpoint('503');
    const sending = sendMessage(
      request(server.url, { retry: { scale: 1 }, signal: controller.signal, onRetry: () => controller.abort() }),
    );
    expect((await failure(sending)).code).to.equal('abort');
    expect((await server.received()).requests).to.have.length(1);
  });

  it('reports offline when the request fails and the browser says it is offline', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const error = await failure(sendMessage(request('http://127.0.0.1:9/nothing-listens-here')));
      expect(error.code).to.equal('offline');
      expect(error.retryable).to.equal(false);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });
});

describe('sendMessage helpers', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('2')).to.equal(2000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).to.equal(
      10_000,
    );
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('reads field errors as an object, a list of messages, or a list of {field, message}', () => {
    expect(readFieldErrors({ errors: { email: ['Taken', 'Other'], name: 'Too short' } })).to.deep.equal({
      email: 'Taken',
      name: 'Too short',
    });
    expect(readFieldErrors({ errors: [{ field: 'email', message: 'Taken' }, { nonsense: true }] })).to.deep.equal({
      email: 'Taken',
    });
    expect(readFieldErrors('<html>')).to.deep.equal({});
  });

  it('makes a different UUID every time', () => {
    const keys = new Set(Array.from({ length: 20 }, newIdempotencyKey));
    expect(keys.size).to.equal(20);
    for (const key of keys)
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
