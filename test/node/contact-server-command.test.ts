// `press-widgets contact-server` and `contact-export` as an office runs them, as processes: killed with
// SIGKILL at any moment they lose no acknowledged message, stopped with SIGTERM they finish the requests
// in flight, and staff export what is stored as JSON or CSV.
import { after, before, describe, it } from 'node:test';
import { request } from 'node:http';
import { expect } from 'chai';
import type { ExportedMessage } from '@sepca/press-widgets/contact-server';
import {
  configFile,
  dropDatabases,
  newKey,
  post,
  runExport,
  spawnServer,
  startSink,
  storeKinds,
  testConfig,
  validMessage,
  type Sink,
  type StoreKind,
} from '../helpers/contact-server.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exported(config: string): Promise<ExportedMessage[]> {
  const { code, stdout, stderr } = await runExport(['--config', config]);
  expect(code, stderr).to.equal(0);
  return JSON.parse(stdout);
}

for (const { kind, skip } of storeKinds) {
  describe(
    `press-widgets contact-server with the ${kind === 'sqlite' ? 'embedded' : 'PostgreSQL'} store`,
    { skip },
    () => {
      let sink: Sink;
      before(async () => {
        sink = await startSink();
      });
      after(async () => {
        await sink.stop();
        await dropDatabases();
      });

      it('loses no acknowledged message when killed (SIGKILL) at any moment, and files none twice after', async () => {
        sink.mails.length = 0;
        const config = await configFile(await testConfig(kind as StoreKind, sink, { rate_limit: 1_000_000 }));
        const acknowledged = new Map<string, string>();
        const unanswered = new Set<string>();
        // Kills with eight requests in flight, after a few, more and many answers: counted, not timed, so
        // that a slow machine kills as far into the load as a fast one.
        for (const answers of [3, 15, 40]) {
          const server = await spawnServer(config);
          let answered = 0;
          let kill!: () => void;
          const killed = new Promise<void>((resolve) => (kill = resolve));
          let dead = false;
          void killed.then(() => {
            dead = true;
            server.child.kill('SIGKILL');
          });
          const clients = Array.from({ length: 8 }, async () => {
            while (!dead) {
              const key = newKey();
              let answer;
              try {
                answer = await post(server.endpoint, validMessage({ subject: key }), { key });
              } catch {
                unanswered.add(key);
                continue;
              }
              expect(answer.status).to.equal(201);
              acknowledged.set(key, answer.json.reference as string);
              if (++answered === answers) kill();
            }
          });
          try {
            await Promise.all(clients);
          } finally {
            kill();
            await server.exited;
          }
        }
        expect(acknowledged.size).to.be.at.least(3 + 15 + 40);

        const server = await spawnServer(config);
        try {
          const filed = new Map(
            (await exported(config)).map((message) => [message.idempotency_key, message.reference]),
          );
          for (const [key, reference] of acknowledged) expect(filed.get(key), key).to.equal(reference);
          // The requests the kill left unanswered, sent again as the form would: each is filed once.
          for (const key of unanswered)
            expect((await post(server.endpoint, validMessage({ subject: key }), { key })).status).to.equal(201);
          const messages = await exported(config);
          expect(messages).to.have.length(acknowledged.size + unanswered.size);
          expect(new Set(messages.map((message) => message.idempotency_key)).size).to.equal(messages.length);
          // And every one of them is forwarded, those the kills left in the outbox included.
          const references = new Set(messages.map((message) => message.reference));
          const until = Date.now() + 60_000;
          const mailed = () => new Set(sink.mails.map((mail) => mail.headers['x-press-reference']));
          while (mailed().size < references.size && Date.now() < until) await sleep(50);
          expect([...mailed()].sort()).to.deep.equal([...references].sort());
        } finally {
          server.child.kill('SIGTERM');
          await server.exited;
        }
      });

      it('finishes the requests in flight when stopped (SIGTERM), then exits', async () => {
        const config = await configFile(await testConfig(kind as StoreKind, sink));
        const server = await spawnServer(config);
        const body = JSON.stringify(validMessage());
        const key = newKey();
        const answer = new Promise<{ status?: number; body: string }>((resolve, reject) => {
          const slow = request(
            server.endpoint,
            {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'idempotency-key': key,
                'content-length': Buffer.byteLength(body),
              },
            },
            (response) => {
              let text = '';
              response.on('data', (chunk) => (text += chunk));
              response.on('end', () => resolve({ status: response.statusCode, body: text }));
            },
          );
          slow.on('error', reject);
          slow.write(body.slice(0, 20));
          setTimeout(() => {
            server.child.kill('SIGTERM');
            setTimeout(() => slow.end(body.slice(20)), 300);
          }, 200);
        });
        const { status, body: text } = await answer;
        expect(status).to.equal(201);
        expect(await server.exited).to.equal(0);
        expect(server.logs.map((entry) => entry.event)).to.include.members(['closing', 'closed']);
        const [message] = await exported(config);
        expect(message!.reference).to.equal(JSON.parse(text).reference);
      });
    },
  );
}

describe('press-widgets contact-export', () => {
  let sink: Sink;
  before(async () => {
    sink = await startSink();
  });
  after(() => sink.stop());

  it('writes the stored messages as JSON or CSV, since a date, and purges with --purge', async () => {
    const settings = await testConfig('sqlite', sink, { retain_days: 30 });
    const config = await configFile(settings);
    const server = await spawnServer(config);
    try {
      const first = await post(server.endpoint, validMessage({ phone: '+381 64 123 4567', municipality: 'nbg' }));
      const second = await post(
        server.endpoint,
        validMessage({
          name: 'Petar "Pera" Petrović',
          message: '=HYPERLINK("https://evil.example")\nSecond line, with a comma',
        }),
      );
      const json = await exported(config);
      expect(json.map((message) => message.reference)).to.deep.equal([first.json.reference, second.json.reference]);
      expect(json[0]).to.include({ topic: 'question', idempotency_key: first.key });
      expect(json[0]!.fields).to.include({ phone: '+381 64 123 4567', municipality: 'nbg', consent: true });
      expect(Date.parse(json[0]!.received_at)).to.be.closeTo(Date.now(), 60_000);

      const csv = await runExport(['--config', config, '--format', 'csv']);
      expect(csv.code).to.equal(0);
      const lines = csv.stdout.split('\r\n');
      expect(lines[0]).to.equal(
        '\ufeffreference,received_at,forwarded_at,topic,name,email,phone,subject,message,municipality,consent,idempotency_key',
      );
      expect(lines[1]).to.contain(",'+381 64 123 4567,").and.contain(',nbg,yes,');
      expect(csv.stdout).to.contain('"Petar ""Pera"" Petrović"');
      expect(csv.stdout).to.contain(`"'=HYPERLINK(""https://evil.example"")\nSecond line, with a comma"`);

      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      expect(JSON.parse((await runExport(['--config', config, '--since', tomorrow])).stdout)).to.deep.equal([]);

      // Nothing is older than retain_days yet: --purge keeps everything.
      const purge = await runExport(['--config', config, '--purge']);
      expect(purge.stderr).to.contain('Purged 0');
      expect(await exported(config)).to.have.length(2);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('refuses a wrong option, and a store that is not there, without creating one', async () => {
    const config = await configFile(await testConfig('sqlite', sink));
    expect((await runExport(['--config', config, '--format', 'xml'])).code).to.equal(2);
    expect((await runExport(['--config', config, '--since', 'last week'])).code).to.equal(2);
    const missing = await runExport(['--config', config]);
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.contain('messages.sqlite');
  });
});

describe('press-widgets contact-server with a wrong configuration', () => {
  it('names every mistake and exits with 2', async () => {
    const config = await configFile({
      feed: 'ftp://example.org/feed.json',
      routes: { question: 'not an address' },
      smtp: 'mail.example.org',
      from: 'Contact form',
      rate_limit: 0,
      colour: 'blue',
    } as never);
    const server = spawnServer(config);
    const error = await server.catch((failure: Error) => failure);
    expect(error).to.be.instanceOf(Error);
    const message = (error as Error).message;
    expect(message).to.contain('exited (2)');
    for (const setting of ['"colour"', '"feed"', '"routes"."question"', '"smtp"', '"from"', '"rate_limit"'])
      expect(message).to.contain(setting);
  });
});
