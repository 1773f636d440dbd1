// What the contact server's tests share: a local SMTP sink that keeps every mail it is sent and can be
// stopped and started again on the same port, the two stores (a fresh one for each test), a server on a
// free port with its log lines kept, and the command-line tool run as a process.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import {
  createContactHandler,
  type ContactHandler,
  type ContactServerConfig,
  type HandlerOptions,
  type LogEntry,
} from '@sepca/press-widgets/contact-server';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const feedFile = join(root, 'test/fixtures/contact/feed.json');
export const site = 'https://www.ministry.example';

export interface Mail {
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
}

/** `=?UTF-8?Q?…?=` and `=?UTF-8?B?…?=` words of a header, as text. */
const decodeWords = (value: string) =>
  value.replace(/\s*=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (_hex, code: string) => String.fromCharCode(parseInt(code, 16))),
          'latin1',
        ).toString('utf8'),
  );

/** A mail's body, quoted-printable undone. */
const decodeBody = (body: string, encoding = '') =>
  encoding.toLowerCase() === 'quoted-printable'
    ? Buffer.from(
        body
          .replace(/=\r\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16))),
        'latin1',
      ).toString('utf8')
    : body;

function parseMail(raw: string, to: string[]): Mail {
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const text = decodeBody(raw.slice(split + 4), headers['content-transfer-encoding']).replace(/\r\n/g, '\n');
  return { to, headers, subject: decodeWords(headers.subject ?? ''), text };
}

export interface Sink {
  port: number;
  mails: Mail[];
  /** Resolves once `count` mails have arrived, or rejects after `timeout` ms. */
  received(count: number, timeout?: number): Promise<Mail[]>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A mail server on 127.0.0.1 that accepts every mail and keeps it. */
export async function startSink(): Promise<Sink> {
  const mails: Mail[] = [];
  let server: SMTPServer | undefined;
  let port = 0;
  const sink: Sink = {
    get port() {
      return port;
    },
    mails,
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        // The mailer keeps its connections open between mails; a stopped sink does not wait for them.
        closeTimeout: 100,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            mails.push(
              parseMail(
                Buffer.concat(chunks).toString('utf8'),
                session.envelope.rcptTo.map((rcpt) => rcpt.address),
              ),
            );
            callback();
          });
        },
      });
      // A mailer killed mid-conversation (the tests kill servers) resets its connection: that is no failure here.
      server.on('error', () => {});
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
      port = (server.server.address() as AddressInfo).port;
    },
    async stop() {
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
    async received(count, timeout = 10_000) {
      const until = Date.now() + timeout;
      while (mails.length < count) {
        if (Date.now() > until) throw new Error(`${mails.length} mail(s) arrived, not ${count}.`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return mails;
    },
  };
  await sink.start();
  return sink;
}

/** The PostgreSQL server the tests use: DATABASE_URL, else one on this machine that lets us in. */
const postgresUrl = process.env.DATABASE_URL ?? 'postgres://localhost:5432/postgres';

async function reachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresProblem = await reachable(postgresUrl);
if (postgresProblem && process.env.CI)
  throw new Error(`CI runs the PostgreSQL tests, but ${postgresUrl} cannot be reached: ${postgresProblem}`);

/** Why the PostgreSQL tests are skipped here, or undefined when they run. */
export const postgresSkip = postgresProblem
  ? `no PostgreSQL: set DATABASE_URL (now ${process.env.DATABASE_URL ? 'unreachable' : 'unset'}; localhost:5432 said "${postgresProblem}"). CI always runs these.`
  : undefined;

/** A new, empty database on the PostgreSQL server; dropped by `dropDatabases`. */
async function freshDatabase(): Promise<string> {
  const name = `press_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client(postgresUrl);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  created.push(name);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return url.href;
}
const created: string[] = [];

export async function dropDatabases(): Promise<void> {
  if (!created.length) return;
  const admin = new pg.Client(postgresUrl);
  await admin.connect();
  try {
    // A plain DROP, not WITH (FORCE): FORCE refuses to end an autovacuum worker that has just started
    // on the database (it runs as the superuser, which the tests' role may not signal), while a plain
    // DROP cancels that worker itself. The servers the tests started have closed their pools by now.
    for (const name of created.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  } finally {
    await admin.end();
  }
}

// The folders the tests made (stores, configurations): gone when the test file's process ends, since
// they hold messages, if only made-up ones.
const folders: string[] = [];
process.once('exit', () => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
async function newFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

export type StoreKind = 'sqlite' | 'postgresql';
export const storeKinds: { kind: StoreKind; skip?: string }[] = [
  { kind: 'sqlite' },
  { kind: 'postgresql', skip: postgresSkip },
];

/** The configuration of a new, empty store of `kind`. */
export async function freshStore(kind: StoreKind): Promise<Pick<ContactServerConfig, 'data' | 'database_url'>> {
  return kind === 'sqlite'
    ? { data: join(await newFolder('press-contact-'), 'data') }
    : { database_url: await freshDatabase() };
}

/** A whole configuration: the test feed, mails to `sink`, a new store of `kind`, and `overrides`. */
export async function testConfig(
  kind: StoreKind,
  sink: Sink,
  overrides: Partial<ContactServerConfig> = {},
): Promise<ContactServerConfig> {
  return {
    feed: feedFile,
    allow_origins: [site],
    routes: { question: 'questions@ministry.example', '*': 'office@ministry.example' },
    smtp: `smtp://127.0.0.1:${sink.port}`,
    from: 'Contact form <contact@ministry.example>',
    ...(await freshStore(kind)),
    ...overrides,
  };
}

export interface TestServer {
  url: string;
  endpoint: string;
  handler: ContactHandler;
  logs: LogEntry[];
  close(): Promise<void>;
}

/** The handler in a node:http server on a free port, its log lines kept in `logs`. */
export async function startServer(config: ContactServerConfig, options: HandlerOptions = {}): Promise<TestServer> {
  const logs: LogEntry[] = [];
  const handler = await createContactHandler(config, {
    log: (entry) => logs.push(entry),
    retryDelays: { firstDelay: 50, maxDelay: 200 },
    ...options,
  });
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    endpoint: `${url}${handler.path}`,
    handler,
    logs,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await handler.close();
    },
  };
}

/** A new idempotency key, as the form makes one. */
export const newKey = () => crypto.randomUUID();

/** A message the form accepts. */
export const validMessage = (extra: Record<string, unknown> = {}) => ({
  name: 'Ana Marković',
  email: 'ana.markovic@example.org',
  topic: 'question',
  subject: 'Passport appointment',
  message: 'When can I renew my passport in Novi Beograd?',
  consent: true,
  ...extra,
});

/** POSTs a JSON message with a key, as the form does. */
export async function post(
  endpoint: string,
  body: unknown,
  { key = newKey(), headers = {} }: { key?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, json: json ?? {}, text, key };
}

/** Writes `config` to a file of its own; resolves to its path. */
export async function configFile(config: ContactServerConfig): Promise<string> {
  const path = join(await newFolder('press-contact-config-'), 'contact.config.json');
  await writeFile(path, JSON.stringify(config));
  return path;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  endpoint: string;
  /** Every log line so far, parsed. */
  logs: LogEntry[];
  exited: Promise<number | null>;
}

/** `press-widgets contact-server --config <file> --port 0`, once it listens. */
export async function spawnServer(config: string): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [join(root, 'bin/press-widgets.js'), 'contact-server', '--config', config, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: LogEntry[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as LogEntry;
      logs.push(entry);
      if (entry.event === 'listening') resolve(`${entry.url}${entry.path}`);
    });
    void exited.then((code) => reject(new Error(`contact-server exited (${code}) before listening: ${stderr}`)));
  });
  const endpoint = await listening;
  return { child, url: new URL(endpoint).origin, endpoint, logs, exited };
}

/** `press-widgets contact-export` with `args`: its output and exit code. */
export function runExport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/press-widgets.js'), 'contact-export', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
