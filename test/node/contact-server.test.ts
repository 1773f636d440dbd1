// The contact server's promises, each kept with the embedded store and with PostgreSQL alike, through the
// package as an app mounts it: a message acknowledged only once stored, filed once per idempotency key,
// forwarded once to the institution in charge, and only what the form itself accepts.
import { after, afterEach, before, describe, it } from 'node:test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { readFieldErrors, sendMessage, SendError } from '@sepca/press-widgets';
import {
  openStore,
  readConfig,
  type ContactServerConfig,
  type HandlerOptions,
  type StoredMessage,
} from '@sepca/press-widgets/contact-server';
import {
  dropDatabases,
  newKey,
  post,
  site,
  startServer,
  startSink,
  storeKinds,
  testConfig,
  validMessage,
  type Sink,
  type StoreKind,
  type TestServer,
} from '../helpers/contact-server.js';

const referencePattern = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(
  check: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}.`);
    await sleep(20);
  }
}

async function stored(config: ContactServerConfig): Promise<StoredMessage[]> {
  const store = await openStore(readConfig(config).store);
  try {
    return await store.messages();
  } finally {
    await store.close();
  }
}

/** A plain HTML form post, as a browser without JavaScript sends it: no key header, the key among the fields. */
const formPost = (endpoint: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(endpoint, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: site, referer: `${site}/contact.html`, 'accept-language': 'en', ...headers },
    body: new URLSearchParams(fields),
  });

for (const { kind, skip } of storeKinds) {
  describe(
    `the contact server with the ${kind === 'sqlite' ? 'embedded (SQLite)' : 'PostgreSQL'} store`,
    { skip },
    () => {
      let sink: Sink;
      const running: TestServer[] = [];
      let config: ContactServerConfig;
      const start = async (overrides: Partial<ContactServerConfig> = {}, options: HandlerOptions = {}) => {
        config = await testConfig(kind as StoreKind, sink, overrides);
        const server = await startServer(config, options);
        running.push(server);
        return server;
      };

      before(async () => {
        sink = await startSink();
      });
      afterEach(async () => {
        for (const server of running.splice(0)) await server.close();
        sink.mails.length = 0;
      });
      after(async () => {
        await sink.stop();
        await dropDatabases();
      });

      it('answers 201 with a reference once the message is stored, and forwards it to the topic’s institution', async () => {
        const { endpoint } = await start();
        const { status, json, key } = await post(endpoint, validMessage());
        expect(status).to.equal(201);
        const reference = json.reference as string;
        expect(reference).to.match(referencePattern);
        const [message] = await stored(config);
        expect(message).to.include({ reference, idempotencyKey: key, topic: 'question' });
        expect(message!.fields).to.deep.equal(validMessage());

        const [mail] = await sink.received(1);
        expect(mail!.to).to.deep.equal(['questions@ministry.example']);
        expect(mail!.headers['x-press-reference']).to.equal(reference);
        expect(mail!.headers['message-id']).to.equal(`<${reference}@ministry.example>`);
        expect(mail!.subject).to.equal(`[${reference}] Question – Passport appointment`);
        expect(mail!.headers['reply-to']).to.contain('<ana.markovic@example.org>');
        expect(mail!.text).to.equal(
          [
            `Your reference number: ${reference}`,
            '',
            'Your name: Ana Marković',
            'Email address: ana.markovic@example.org',
            'Topic: Question',
            'Subject: Passport appointment',
            '',
            'Your message:',
            'When can I renew my passport in Novi Beograd?',
            '',
            '[x] I agree that my message may be forwarded to the institution in charge.',
            '',
          ].join('\n'),
        );
        await until(async () => (await stored(config))[0]!.forwardedAt, 'the message marked forwarded');
      });

      it('sends a topic without a route of its own to the "*" address', async () => {
        const { endpoint } = await start();
        expect((await post(endpoint, validMessage({ topic: 'problem', municipality: 'zemun' }))).status).to.equal(201);
        const [mail] = await sink.received(1);
        expect(mail!.to).to.deep.equal(['office@ministry.example']);
        expect(mail!.text).to.contain('Topic: Report a problem').and.contain('Municipality: Zemun');
      });

      it('answers a retry with the same key with the same reference, and files and forwards the message once', async () => {
        const { endpoint } = await start();
        const first = await post(endpoint, validMessage());
        const again = await post(endpoint, validMessage(), { key: first.key });
        expect(again.status).to.equal(201);
        expect(again.json.reference).to.equal(first.json.reference);
        await sink.received(1);
        await sleep(300);
        expect(sink.mails).to.have.length(1);
        expect(await stored(config)).to.have.length(1);
      });

      it('files ten copies that arrive at once as one message, and answers each with its reference', async () => {
        const { endpoint } = await start();
        const key = newKey();
        const answers = await Promise.all(Array.from({ length: 10 }, () => post(endpoint, validMessage(), { key })));
        expect(answers.map(({ status }) => status)).to.deep.equal(Array(10).fill(201));
        expect(new Set(answers.map(({ json }) => json.reference)).size).to.equal(1);
        expect(await stored(config)).to.have.length(1);
        await sink.received(1);
        await sleep(300);
        expect(sink.mails).to.have.length(1);
      });

      it('refuses the same key with other fields (422, as the Idempotency-Key draft says), and keeps the first', async () => {
        const { endpoint } = await start();
        const first = await post(endpoint, validMessage());
        const changed = await post(endpoint, validMessage({ message: 'Something else entirely.' }), { key: first.key });
        expect(changed.status).to.equal(422);
        expect(changed.json.title).to.contain('Idempotency-Key');
        const messages = await stored(config);
        expect(messages).to.have.length(1);
        expect(messages[0]!.fields.message).to.equal(validMessage().message);
      });

      it('refuses what the form would refuse, with the form’s own messages at its fields, in the citizen’s language', async () => {
        const { endpoint } = await start();
        const { status, json } = await post(
          endpoint,
          { name: ' ', email: 'ana@', topic: 'weather', municipality: 'paris', message: 'x'.repeat(2001) },
          { headers: { 'accept-language': 'sr-Latn-RS, en;q=0.5' } },
        );
        expect(status).to.equal(422);
        expect(readFieldErrors(json)).to.deep.equal({
          name: 'Unesite ime i prezime',
          email: 'Unesite ispravnu adresu e-pošte, sa znakom @ i domenom',
          topic: 'Izaberite „Tema“',
          municipality: 'Izaberite „Municipality“',
          message: 'Imate 1 znak previše',
          consent: 'Označite saglasnost da bismo mogli da vam odgovorimo',
        });
        expect(await stored(config)).to.have.length(0);
      });

      it('works with the form’s own sending code: a reference, or the server’s field errors', async () => {
        const { endpoint } = await start();
        const sent = await sendMessage({ endpoint, payload: validMessage(), idempotencyKey: newKey() });
        expect(sent.status).to.equal(201);
        expect(sent.reference).to.match(referencePattern);
        const refused = await sendMessage({
          endpoint,
          payload: validMessage({ email: 'not an address' }),
          idempotencyKey: newKey(),
        }).catch((error: SendError) => error);
        expect(refused).to.be.instanceOf(SendError);
        expect(refused).to.include({ code: 'rejected', status: 422 });
        expect((refused as SendError).fieldErrors).to.deep.equal({
          email: 'Enter an email address in the correct format, like name@example.com',
        });
      });

      it('takes a plain HTML form post: a redirect to a page with the reference, once per key', async () => {
        const { endpoint } = await start();
        const key = newKey();
        const fields = {
          name: 'Ana Marković',
          email: 'ana@example.org',
          topic: 'problem',
          message: 'The street light on my corner is out.',
          consent: 'yes',
          homepage: '',
          idempotency_key: key,
        };
        const answer = await formPost(endpoint, fields);
        expect(answer.status).to.equal(303);
        const location = new URL(answer.headers.get('location')!, endpoint);
        const reference = location.searchParams.get('reference')!;
        expect(reference).to.match(referencePattern);
        const page = await fetch(location, { headers: { 'accept-language': 'en' } });
        expect(page.headers.get('content-type')).to.contain('text/html');
        expect(page.headers.get('content-security-policy')).to.contain("default-src 'none'");
        const html = await page.text();
        expect(html)
          .to.contain('Thank you, your message has been sent')
          .and.contain(`Your reference number: ${reference}`);
        // A second click, or a reload that posts again.
        const again = await formPost(endpoint, fields);
        expect(new URL(again.headers.get('location')!, endpoint).searchParams.get('reference')).to.equal(reference);
        const messages = await stored(config);
        expect(messages).to.have.length(1);
        expect(messages[0]!.fields).to.deep.equal({
          name: 'Ana Marković',
          email: 'ana@example.org',
          topic: 'problem',
          message: 'The street light on my corner is out.',
          consent: true,
        });
      });

      it('answers a plain HTML post to correct with a page that lists what to correct and leads back', async () => {
        const { endpoint } = await start();
        const answer = await formPost(
          endpoint,
          { name: 'Ana', email: '', message: 'Hello', idempotency_key: newKey() },
          { 'accept-language': 'de' },
        );
        expect(answer.status).to.equal(422);
        const html = await answer.text();
        expect(html).to.contain('<html lang="de"').and.contain('<li>');
        expect(html).to.contain(`href="${site}/contact.html"`);
        expect(await stored(config)).to.have.length(0);
      });

      it('gives spam (the hidden homepage field filled in) the normal answer, and neither files nor forwards it', async () => {
        const { endpoint, logs } = await start();
        const json = await post(endpoint, validMessage({ homepage: 'https://cheap-pills.example' }));
        expect(json.status).to.equal(201);
        expect(json.json.reference).to.match(referencePattern);
        const html = await formPost(endpoint, {
          ...validMessage(),
          consent: 'yes',
          homepage: 'x',
          idempotency_key: newKey(),
        } as never);
        expect(html.status).to.equal(303);
        await sleep(300);
        expect(await stored(config)).to.have.length(0);
        expect(sink.mails).to.have.length(0);
        expect(logs.filter((entry) => entry.outcome === 'spam')).to.have.length(2);
      });

      it('refuses a body over the limit (64 KB) with 413, and one that is not JSON or a form post', async () => {
        const { endpoint } = await start();
        const big = await post(endpoint, validMessage({ message: 'x'.repeat(65 * 1024) }));
        expect(big.status).to.equal(413);
        const text = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'idempotency-key': newKey() },
          body: 'Hello',
        });
        expect(text.status).to.equal(415);
        expect((await post(endpoint, '{"name": ')).status).to.equal(400);
        const keyless = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(validMessage()),
        });
        expect(keyless.status).to.equal(400);
        expect(await stored(config)).to.have.length(0);
      });

      it('holds each client address to rate_limit messages a minute: 429 with Retry-After', async () => {
        const { endpoint } = await start({ rate_limit: 2, trust_proxy: 1 });
        const from = (address: string) => ({ headers: { 'x-forwarded-for': `10.9.9.9, ${address}` } });
        expect((await post(endpoint, validMessage(), from('192.0.2.1'))).status).to.equal(201);
        expect((await post(endpoint, validMessage(), from('192.0.2.1'))).status).to.equal(201);
        const third = await post(endpoint, validMessage(), from('192.0.2.1'));
        expect(third.status).to.equal(429);
        expect(Number(third.headers.get('retry-after'))).to.be.within(1, 30);
        // Another client, and an address further left, which the client writes itself, counts for nothing.
        expect((await post(endpoint, validMessage(), from('192.0.2.2'))).status).to.equal(201);
      });

      it('asks the captcha hook about the form’s X-Captcha-Token before filing', async () => {
        const seen: (string | undefined)[] = [];
        const { endpoint } = await start({}, { verifyCaptcha: (token) => (seen.push(token), token === 'human') });
        const refused = await post(endpoint, validMessage(), { headers: { 'x-captcha-token': 'robot' } });
        expect(refused.status).to.equal(403);
        expect(refused.json.message).to.equal('The spam check could not be completed.');
        const accepted = await post(endpoint, validMessage(), { headers: { 'x-captcha-token': 'human' } });
        expect(accepted.status).to.equal(201);
        // A retry of a filed message carries the token already spent: it is answered without a new check.
        const retry = await post(endpoint, validMessage(), {
          key: accepted.key,
          headers: { 'x-captcha-token': 'human' },
        });
        expect(retry.json.reference).to.equal(accepted.json.reference);
        expect(seen).to.deep.equal(['robot', 'human']);
        expect(await stored(config)).to.have.length(1);
      });

      it('checks the token at the configured siteverify endpoint', async () => {
        const checks: URLSearchParams[] = [];
        const verifier = createServer((request, response) => {
          let body = '';
          request.on('data', (chunk) => (body += chunk));
          request.on('end', () => {
            const form = new URLSearchParams(body);
            checks.push(form);
            response.writeHead(200, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ success: form.get('response') === 'good-token' }));
          });
        });
        await new Promise<void>((resolve) => verifier.listen(0, '127.0.0.1', resolve));
        try {
          const verify_url = `http://127.0.0.1:${(verifier.address() as AddressInfo).port}/siteverify`;
          const { endpoint } = await start({ captcha: { verify_url, secret: 's3cret' } });
          expect((await post(endpoint, validMessage(), { headers: { 'x-captcha-token': 'bad' } })).status).to.equal(
            403,
          );
          expect((await post(endpoint, validMessage())).status).to.equal(403);
          expect(
            (await post(endpoint, validMessage(), { headers: { 'x-captcha-token': 'good-token' } })).status,
          ).to.equal(201);
          expect(checks.map((check) => [check.get('secret'), check.get('response')])).to.deep.equal([
            ['s3cret', 'bad'],
            ['s3cret', 'good-token'],
          ]);
        } finally {
          verifier.close();
        }
      });

      it('answers only the pages of allow_origins, with the preflight the form needs', async () => {
        const { endpoint } = await start();
        const preflight = await fetch(endpoint, {
          method: 'OPTIONS',
          headers: {
            origin: site,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,idempotency-key,x-captcha-token',
          },
        });
        expect(preflight.status).to.equal(204);
        expect(preflight.headers.get('access-control-allow-origin')).to.equal(site);
        expect(preflight.headers.get('access-control-allow-methods')).to.equal('POST');
        expect(preflight.headers.get('access-control-allow-headers')).to.equal(
          'content-type, idempotency-key, x-captcha-token',
        );
        expect(Number(preflight.headers.get('access-control-max-age'))).to.be.greaterThan(0);

        const allowed = await post(endpoint, validMessage(), { headers: { origin: site } });
        expect(allowed.status).to.equal(201);
        expect(allowed.headers.get('access-control-allow-origin')).to.equal(site);
        // The form waits as long as a 429 says: it must be able to read that.
        expect(allowed.headers.get('access-control-expose-headers')).to.equal('retry-after');

        const elsewhere = 'https://evil.example';
        const foreignPreflight = await fetch(endpoint, {
          method: 'OPTIONS',
          headers: { origin: elsewhere, 'access-control-request-method': 'POST' },
        });
        expect(foreignPreflight.status).to.equal(403);
        expect(foreignPreflight.headers.get('access-control-allow-origin')).to.equal(null);
        const foreign = await formPost(
          endpoint,
          { ...validMessage(), consent: 'yes', idempotency_key: newKey() } as never,
          {
            origin: elsewhere,
          },
        );
        expect(foreign.status).to.equal(403);
        expect(foreign.headers.get('access-control-allow-origin')).to.equal(null);
        expect(await stored(config)).to.have.length(1);
      });

      it('keeps a mail in the outbox while the mail server is down, and sends it once when it is back', async () => {
        const { endpoint, logs } = await start();
        await sink.stop();
        let reference: unknown;
        try {
          const { status, json } = await post(endpoint, validMessage());
          expect(status).to.equal(201);
          reference = json.reference;
          await until(
            () => logs.filter((entry) => entry.event === 'forward_failed').length >= 3,
            'three failed attempts',
          );
          const waits = logs.filter((entry) => entry.event === 'forward_failed').map((entry) => entry.retry_in_s);
          expect(waits.slice(0, 3)).to.deep.equal([0.05, 0.1, 0.2]);
          expect((await stored(config))[0]!.forwardedAt).to.equal(undefined);
        } finally {
          await sink.start();
        }
        const [mail] = await sink.received(1);
        await sleep(500);
        expect(sink.mails).to.have.length(1);
        expect(mail!.headers['x-press-reference']).to.equal(reference);
        await until(async () => (await stored(config))[0]!.forwardedAt, 'the message marked forwarded');
      });

      it('writes structured logs without anything the citizen wrote', async () => {
        const { endpoint, logs } = await start();
        const secret = validMessage({
          name: 'Zorana Tajnić',
          email: 'zorana.tajnic@example.org',
          phone: '+381 64 111 2222',
          subject: 'Confidential subject line',
          message: 'My confidential words.',
        });
        const first = await post(endpoint, secret);
        await post(endpoint, secret, { key: first.key });
        await post(endpoint, { ...secret, email: 'zorana.tajnic@' });
        await sink.received(1);
        await until(() => logs.find((entry) => entry.event === 'forwarded'), 'the forwarded line');
        const written = JSON.stringify(logs);
        for (const value of ['Zorana', 'Tajnić', 'zorana.tajnic', '111 2222', 'Confidential', 'confidential'])
          expect(written).not.to.contain(value);
        expect(
          logs.filter((entry) => entry.event === 'request').map((entry) => [entry.status, entry.outcome]),
        ).to.deep.equal([
          [201, 'filed'],
          [201, 'replayed'],
          [422, 'invalid'],
        ]);
      });

      it('purges the forwarded messages older than retain_days, and keeps those not yet forwarded', async () => {
        config = await testConfig(kind as StoreKind, sink);
        const store = await openStore(readConfig(config).store);
        try {
          const day = 86_400_000;
          const file = (reference: string, daysAgo: number) =>
            store.file({
              reference,
              idempotencyKey: newKey(),
              fingerprint: reference,
              receivedAt: new Date(Date.now() - daysAgo * day),
              fields: { message: reference },
            });
          await file('OLD00-00001', 40);
          await file('OLD00-00002', 40);
          await file('NEW00-00003', 2);
          const claim = await store.claim(new Date(), 10);
          expect(claim.mails.map(({ message }) => message.reference).sort()).to.deep.equal([
            'NEW00-00003',
            'OLD00-00001',
            'OLD00-00002',
          ]);
          await claim.forwarded('OLD00-00001', new Date());
          await claim.forwarded('NEW00-00003', new Date());
          await claim.finish();
          expect(await store.purge(new Date(Date.now() - 30 * day))).to.equal(1);
          expect((await store.messages()).map(({ reference }) => reference)).to.deep.equal([
            'OLD00-00002',
            'NEW00-00003',
          ]);
        } finally {
          await store.close();
        }
      });

      it('gives each due mail to one sender at a time, and records how each went', async () => {
        config = await testConfig(kind as StoreKind, sink);
        const store = await openStore(readConfig(config).store);
        try {
          for (const reference of ['MAIL0-00001', 'MAIL0-00002', 'MAIL0-00003'])
            await store.file({
              reference,
              idempotencyKey: newKey(),
              fingerprint: reference,
              receivedAt: new Date(Date.now() - 1000),
              fields: { message: reference },
            });
          const first = await store.claim(new Date(), 2);
          // Another sender meanwhile (another instance on the same database) gets only what is left.
          const second = await store.claim(new Date(), 10);
          const held = [...first.mails, ...second.mails].map(({ message }) => message.reference);
          expect(first.mails).to.have.length(2);
          expect(held.sort()).to.deep.equal(['MAIL0-00001', 'MAIL0-00002', 'MAIL0-00003']);
          await second.finish();

          const [sent, failed] = first.mails.map(({ message }) => message.reference) as [string, string];
          await first.forwarded(sent, new Date());
          const later = new Date(Date.now() + 60_000);
          await first.postpone(failed, later, 'connection refused');
          await first.finish();

          const again = await store.claim(new Date(), 10);
          expect(again.mails.map(({ message }) => message.reference)).to.deep.equal(
            held.filter((reference) => reference !== sent && reference !== failed),
          );
          await again.finish();
          expect((await store.nextDue())?.getTime()).to.be.at.most(later.getTime());
          const retry = await store.claim(new Date(later.getTime() + 1), 10);
          await retry.finish();
          expect(retry.mails.find(({ message }) => message.reference === failed)).to.deep.include({ attempts: 1 });
          const messages = await store.messages();
          expect(messages.find(({ reference }) => reference === sent)!.forwardedAt).to.be.instanceOf(Date);
          expect(messages.find(({ reference }) => reference === failed)!.forwardedAt).to.equal(undefined);
        } finally {
          await store.close();
        }
      });

      it('reports its health at /healthz: the store and what waits in the outbox', async () => {
        const { url, endpoint } = await start();
        await sink.stop();
        try {
          await post(endpoint, validMessage());
          const health = await fetch(`${url}/healthz`);
          expect(health.status).to.equal(200);
          const body = await health.json();
          expect(body).to.deep.include({ status: 'ok', store: kind });
          expect(body.outbox.pending).to.equal(1);
        } finally {
          await sink.start();
        }
      });
    },
  );
}

describe('the contact server on PostgreSQL with two instances', { skip: storeKinds[1]!.skip }, () => {
  let sink: Sink;
  before(async () => {
    sink = await startSink();
  });
  after(async () => {
    await sink.stop();
    await dropDatabases();
  });

  it('files copies that reach both instances at once as one message, and forwards every message once', async () => {
    const config = await testConfig('postgresql', sink, { rate_limit: 1000 });
    const [one, two] = await Promise.all([startServer(config), startServer(config)]);
    try {
      const key = newKey();
      const copies = await Promise.all(
        Array.from({ length: 10 }, (_, index) => post([one, two][index % 2]!.endpoint, validMessage(), { key })),
      );
      expect(new Set(copies.map(({ json }) => json.reference)).size).to.equal(1);
      const others = await Promise.all(
        Array.from({ length: 30 }, (_, index) => post([one, two][index % 2]!.endpoint, validMessage())),
      );
      expect(others.every(({ status }) => status === 201)).to.equal(true);
      await sink.received(31);
      await sleep(500);
      const references = sink.mails.map((mail) => mail.headers['x-press-reference']);
      expect(references).to.have.length(31);
      expect(new Set(references).size).to.equal(31);
    } finally {
      await one!.close();
      await two!.close();
    }
  });
});
