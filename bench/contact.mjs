// The contact server under load, as `press-widgets contact-server` runs it (its own process, a store on
// disk, mails to a local SMTP sink in a process of its own): the most messages a second it files, and the latency at a steady
// 300 a second, the goal. Each request is a new message with a key of its own, as citizens send them.
// PostgreSQL is measured too when DATABASE_URL names a server that lets us create a database.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { once } from 'node:events';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';

const message = JSON.stringify({
  name: 'Ana Marković',
  email: 'ana.markovic@example.org',
  topic: 'question',
  subject: 'Passport appointment',
  message: 'When can I renew my passport in Novi Beograd? '.repeat(10),
  consent: true,
});

async function startSink() {
  const child = spawn(process.execPath, ['bench/smtp-sink.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  return { port: Number(line), close: () => child.kill() };
}

/** A new database on DATABASE_URL's server, or undefined when there is none to use. */
async function freshDatabase() {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    const name = `press_bench_${Date.now().toString(36)}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const database = new URL(url);
    database.pathname = `/${name}`;
    return {
      url: database.href,
      drop: async () => {
        const again = new pg.Client(url);
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
      },
    };
  } catch (error) {
    console.log(`PostgreSQL not measured: ${error.message}`);
    return undefined;
  } finally {
    await admin.end().catch(() => {});
  }
}

/** The server as an office runs it, its log lines going to a file (as to journald), not back to us. */
async function spawnServer(config, logFile) {
  const log = await open(logFile, 'w');
  const child = spawn(process.execPath, ['bin/press-widgets.js', 'contact-server', '--config', config, '--port', '0'], {
    stdio: ['ignore', log.fd, 'inherit'],
  });
  await log.close();
  for (;;) {
    const listening = (await readFile(logFile, 'utf8'))
      .split('\n')
      .map((line) => (line ? JSON.parse(line) : {}))
      .find((entry) => entry.event === 'listening');
    if (listening) return { child, endpoint: `${listening.url}${listening.path}` };
    if (child.exitCode !== null) throw new Error(`contact-server exited (${child.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const load = (endpoint, options) =>
  autocannon({
    url: endpoint,
    method: 'POST',
    duration: 10,
    headers: { 'content-type': 'application/json' },
    body: message,
    requests: [
      { setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }) },
    ],
    ...options,
  });

/**
 * `rate` messages a second for `seconds`, each sent at its own moment whether or not the ones before were
 * answered (autocannon's `overallRate` sends each second's requests in one burst, which measures bursts).
 * A latency counts from the moment the message was due, so a stalled server cannot hide its stall.
 */
async function steadyLoad(endpoint, rate, seconds) {
  const agent = new Agent({ keepAlive: true, maxSockets: 100 });
  const latencies = [];
  let refused = 0;
  let errors = 0;
  const send = (due) =>
    new Promise((resolve) => {
      const sent = request(
        endpoint,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(message),
            'idempotency-key': randomUUID(),
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode === 201) latencies.push(performance.now() - due);
            else refused += 1;
            resolve();
          });
        },
      );
      sent.on('error', () => {
        errors += 1;
        resolve();
      });
      sent.end(message);
    });
  const start = performance.now();
  const total = rate * seconds;
  const pending = [];
  for (let index = 0; index < total; index++) {
    const due = start + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(due));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (share) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))]);
  return {
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    answered: latencies.length,
    refused,
    errors,
  };
}

const summary = (result) => ({
  perSecond: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  answered: result['2xx'],
  refused: result.non2xx,
  errors: result.errors + result.timeouts,
});

/**
 * The CPU time a process has used, in ms (Linux's /proc): what a message costs the server, which depends
 * far less than its latency on what else the machine is doing.
 */
async function cpuTime(pid) {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  // utime and stime, the 14th and 15th fields, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Measures one store: a steady 300 messages a second, then the most it takes (autocannon, 20 connections). */
async function measureStore(kind, store) {
  const sink = await startSink();
  const folder = await mkdtemp(join(tmpdir(), 'press-bench-contact-'));
  const config = join(folder, 'contact.config.json');
  await writeFile(
    config,
    JSON.stringify({
      feed: join(process.cwd(), 'test/fixtures/contact/feed.json'),
      routes: { '*': 'office@ministry.example' },
      smtp: `smtp://127.0.0.1:${sink.port}`,
      from: 'Contact form <contact@ministry.example>',
      rate_limit: 1_000_000,
      ...store,
    }),
  );
  const server = await spawnServer(config, join(folder, 'server.log'));
  try {
    await load(server.endpoint, { connections: 2, duration: 1 }); // warm up
    // The steady rate first: it is measured with the outbox forwarding as it goes, as it would in a day's
    // work, not behind the backlog the most messages a second leave.
    let cpu = await cpuTime(server.child.pid);
    const steady = await steadyLoad(server.endpoint, 300, 10);
    steady.cpuPerMessage = ((await cpuTime(server.child.pid)) - cpu) / steady.answered;
    const health = await (await fetch(new URL('/healthz', server.endpoint))).json();
    steady.waiting = health.outbox.pending;
    cpu = await cpuTime(server.child.pid);
    const most = summary(await load(server.endpoint, { connections: 20 }));
    most.cpuPerMessage = ((await cpuTime(server.child.pid)) - cpu) / most.answered;
    return { kind, most, steady };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    sink.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** Both stores, one after the other. */
export async function contactBench() {
  // `data` is read from the configuration's folder: a temporary one, on this machine's disk.
  const results = [await measureStore('sqlite', { data: 'data' })];
  const database = await freshDatabase();
  if (database)
    try {
      results.push(await measureStore('postgresql', { database_url: database.url }));
    } finally {
      await database.drop();
    }
  return results;
}
