// The embedded store: one SQLite file in the `data` folder, through better-sqlite3. Write-ahead log with
// `synchronous = FULL`: a commit returns once its log is on disk, so an acknowledged message survives a
// killed process and a power cut alike.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Claim, Filing, KeyRecord, MessageStore, NewMessage, OutboxStatus, StoredMessage } from './store.js';

const schema = `
  CREATE TABLE IF NOT EXISTS messages (
    reference TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    topic TEXT,
    fields TEXT NOT NULL,
    forwarded_at INTEGER
  );
  CREATE INDEX IF NOT EXISTS messages_received_at ON messages (received_at);
  CREATE TABLE IF NOT EXISTS outbox (
    reference TEXT PRIMARY KEY REFERENCES messages (reference) ON DELETE CASCADE,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_at INTEGER NOT NULL,
    last_error TEXT
  );
  CREATE INDEX IF NOT EXISTS outbox_due_at ON outbox (due_at);
`;

interface MessageRow {
  reference: string;
  idempotency_key: string;
  fingerprint: string;
  received_at: number;
  topic: string | null;
  fields: string;
  forwarded_at: number | null;
}

const toMessage = (row: MessageRow): StoredMessage => ({
  reference: row.reference,
  idempotencyKey: row.idempotency_key,
  fingerprint: row.fingerprint,
  receivedAt: new Date(row.received_at),
  topic: row.topic ?? undefined,
  fields: JSON.parse(row.fields),
  forwardedAt: row.forwarded_at === null ? undefined : new Date(row.forwarded_at),
});

/**
 * Opens `messages.sqlite` in `folder`, creating both unless `existing` (an export, which has nothing to
 * read in a folder the server never used). One server process per folder.
 */
export function openSqliteStore(folder: string, existing = false): MessageStore {
  // Only the server's own user may read the citizens' messages.
  if (!existing) mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = join(folder, 'messages.sqlite');
  if (existing && !existsSync(file)) throw new Error(`${file} does not exist: the server has stored nothing there.`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // `contact-export` may write (purge) while the server runs: each waits for the other's transaction.
  db.pragma('busy_timeout = 5000');
  db.exec(schema);

  const insert = db.prepare(`
    INSERT INTO messages (reference, idempotency_key, fingerprint, received_at, topic, fields)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`);
  const queue = db.prepare('INSERT INTO outbox (reference, due_at) VALUES (?, ?)');
  const byKey = db.prepare<[string], KeyRecord>(
    'SELECT reference, fingerprint FROM messages WHERE idempotency_key = ?',
  );
  // Group commit: what the requests of one turn of the event loop write is committed in one transaction,
  // so one wait for the disk (`synchronous = FULL`) serves them all, and each promise resolves only once
  // that commit is on disk. Each write is a savepoint of its own: one that fails takes only itself back.
  let batch: { write: () => unknown; resolve: (value: never) => void; reject: (error: unknown) => void }[] = [];
  const commit = db.transaction((writes: typeof batch) =>
    writes.map(({ write }) => {
      try {
        return { value: db.transaction(write)() };
      } catch (error) {
        return { error };
      }
    }),
  );
  const flush = () => {
    const writes = batch;
    if (!writes.length) return;
    batch = [];
    let results;
    try {
      results = commit(writes);
    } catch (error) {
      for (const { reject } of writes) reject(error);
      return;
    }
    results.forEach((result, index) =>
      'error' in result ? writes[index]!.reject(result.error) : writes[index]!.resolve(result.value as never),
    );
  };
  const committed = <T>(write: () => T) =>
    new Promise<T>((resolve, reject) => {
      if (!batch.length) setImmediate(flush);
      batch.push({ write, resolve, reject });
    });

  const fileMessage = (message: NewMessage): Filing => {
    const { reference, idempotencyKey, fingerprint, receivedAt, topic, fields } = message;
    const received = receivedAt.getTime();
    if (insert.run(reference, idempotencyKey, fingerprint, received, topic ?? null, JSON.stringify(fields)).changes) {
      queue.run(reference, received);
      return { outcome: 'filed', reference };
    }
    const filed = byKey.get(idempotencyKey)!;
    return filed.fingerprint === fingerprint
      ? { outcome: 'replayed', reference: filed.reference }
      : { outcome: 'conflict' };
  };

  const due = db.prepare<[number, number], MessageRow & { attempts: number }>(`
    SELECT messages.*, outbox.attempts FROM outbox JOIN messages USING (reference)
    WHERE outbox.due_at <= ? ORDER BY outbox.due_at LIMIT ?`);
  const unqueue = db.prepare('DELETE FROM outbox WHERE reference = ?');
  const markForwarded = db.prepare('UPDATE messages SET forwarded_at = ? WHERE reference = ?');
  const forwarded = (reference: string, at: number) => {
    unqueue.run(reference);
    markForwarded.run(at, reference);
  };
  const postpone = db.prepare(
    'UPDATE outbox SET attempts = attempts + 1, due_at = ?, last_error = ? WHERE reference = ?',
  );
  const nextDue = db.prepare<[], { due: number | null }>('SELECT min(due_at) AS due FROM outbox');
  const status = db.prepare<[], { pending: number; oldest: number | null }>(
    'SELECT count(*) AS pending, min(received_at) AS oldest FROM outbox JOIN messages USING (reference)',
  );
  const since = db.prepare<[number], MessageRow>(
    'SELECT * FROM messages WHERE received_at >= ? ORDER BY received_at, reference',
  );
  const purge = db.prepare('DELETE FROM messages WHERE received_at < ? AND forwarded_at IS NOT NULL');
  const claimed = new Set<string>();

  // better-sqlite3 is synchronous: reads answer at once, and the promises give both stores one shape.
  return {
    kind: 'sqlite',
    find: async (idempotencyKey) => byKey.get(idempotencyKey),
    file: (message) => committed(() => fileMessage(message)),
    // One process per folder: the mails a claim holds are kept aside in memory, and a process that dies
    // frees them with it. Each result is committed as it comes.
    claim: async (now, limit): Promise<Claim> => {
      const rows = due.all(now.getTime(), limit + claimed.size).filter((row) => !claimed.has(row.reference));
      const mails = rows.slice(0, limit).map((row) => ({ message: toMessage(row), attempts: row.attempts }));
      for (const { message } of mails) claimed.add(message.reference);
      return {
        mails,
        forwarded: (reference, at) => committed(() => forwarded(reference, at.getTime())),
        postpone: (reference, next, error) => committed(() => void postpone.run(next.getTime(), error, reference)),
        finish: async () => mails.forEach(({ message }) => claimed.delete(message.reference)),
      };
    },
    nextDue: async () => {
      const { due } = nextDue.get()!;
      return due === null ? undefined : new Date(due);
    },
    outboxStatus: async (): Promise<OutboxStatus> => {
      const { pending, oldest } = status.get()!;
      return { pending, oldest: oldest === null ? undefined : new Date(oldest) };
    },
    messages: async (from) => since.all(from?.getTime() ?? 0).map(toMessage),
    purge: async (before) => purge.run(before.getTime()).changes,
    close: async () => {
      // What was written in this turn is committed first.
      if (batch.length) flush();
      db.close();
    },
  };
}
