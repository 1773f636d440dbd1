// The PostgreSQL store, through pg: for several server instances behind a load balancer, all filing into
// one database. Each filing is one statement, so one transaction; the unique key decides between copies
// that arrive at once on different instances, and the outbox's rows stay locked (SKIP LOCKED for the
// others) while they are sent, so two instances never send the same mail.
import pg from 'pg';
import type {
  Claim,
  Filing,
  KeyRecord,
  MessageStore,
  NewMessage,
  OutboxStatus,
  PendingMail,
  StoredMessage,
} from './store.js';

const schema = `
  CREATE TABLE IF NOT EXISTS messages (
    reference text PRIMARY KEY,
    idempotency_key text NOT NULL UNIQUE,
    fingerprint text NOT NULL,
    received_at timestamptz NOT NULL,
    topic text,
    fields jsonb NOT NULL,
    forwarded_at timestamptz
  );
  CREATE INDEX IF NOT EXISTS messages_received_at ON messages (received_at);
  CREATE TABLE IF NOT EXISTS outbox (
    reference text PRIMARY KEY REFERENCES messages (reference) ON DELETE CASCADE,
    attempts integer NOT NULL DEFAULT 0,
    due_at timestamptz NOT NULL,
    last_error text
  );
  CREATE INDEX IF NOT EXISTS outbox_due_at ON outbox (due_at);
`;

interface MessageRow {
  reference: string;
  idempotency_key: string;
  fingerprint: string;
  received_at: Date;
  topic: string | null;
  fields: StoredMessage['fields'];
  forwarded_at: Date | null;
}

const toMessage = (row: MessageRow): StoredMessage => ({
  reference: row.reference,
  idempotencyKey: row.idempotency_key,
  fingerprint: row.fingerprint,
  receivedAt: row.received_at,
  topic: row.topic ?? undefined,
  fields: row.fields,
  forwardedAt: row.forwarded_at ?? undefined,
});

// Any number, as long as every instance uses the same: instances that start together create the tables once.
const schemaLock = 7_315_001;

/** Connects to `url` and creates the tables if they are missing. */
export async function openPostgresStore(url: string): Promise<MessageStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A connection that drops while idle is replaced by the pool; without a listener it would end the process.
  pool.on('error', () => {});
  const client = await pool.connect();
  // Creating the tables takes locks on them even when they exist, which deadlock with another instance's
  // (or contact-export's) work on the outbox: so only while they are missing, checked again under the
  // lock since instances may start together. The schema is created in one transaction, outbox last.
  const missing = async () =>
    (await client.query<{ missing: boolean }>("SELECT to_regclass('outbox') IS NULL AS missing")).rows[0]!.missing;
  try {
    if (await missing()) {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [schemaLock]);
      if (await missing()) await client.query(schema);
      await client.query('COMMIT');
    }
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }

  const find = async (idempotencyKey: string) =>
    (
      await pool.query<KeyRecord>('SELECT reference, fingerprint FROM messages WHERE idempotency_key = $1', [
        idempotencyKey,
      ])
    ).rows[0];

  return {
    kind: 'postgresql',
    find,
    async file({ reference, idempotencyKey, fingerprint, receivedAt, topic, fields }: NewMessage): Promise<Filing> {
      // On a conflict, INSERT waits for the transaction that holds the key, so the key is committed by the
      // time `find` looks for it.
      const { rowCount } = await pool.query(
        `WITH filed AS (
           INSERT INTO messages (reference, idempotency_key, fingerprint, received_at, topic, fields)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING reference, received_at
         ), queued AS (
           INSERT INTO outbox (reference, due_at) SELECT reference, received_at FROM filed
         )
         SELECT reference FROM filed`,
        [reference, idempotencyKey, fingerprint, receivedAt, topic ?? null, fields],
      );
      if (rowCount) return { outcome: 'filed', reference };
      const filed = (await find(idempotencyKey))!;
      return filed.fingerprint === fingerprint
        ? { outcome: 'replayed', reference: filed.reference }
        : { outcome: 'conflict' };
    },
    // The claimed rows stay locked in a transaction until `finish`: other instances skip them, and should
    // this one die, its connection ends, the transaction with it, and the rows are free at once.
    async claim(now, limit): Promise<Claim> {
      const client = await pool.connect();
      let mails: PendingMail[];
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<MessageRow & { attempts: number }>(
          `SELECT messages.*, outbox.attempts FROM outbox JOIN messages USING (reference)
           WHERE outbox.due_at <= $1 ORDER BY outbox.due_at LIMIT $2 FOR UPDATE OF outbox SKIP LOCKED`,
          [now, limit],
        );
        mails = rows.map((row) => ({ message: toMessage(row), attempts: row.attempts }));
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
      // The mails are sent at once, but one connection takes one statement at a time.
      let last: Promise<unknown> = Promise.resolve();
      const inTurn = <T>(statement: () => Promise<T>): Promise<T> => {
        const turn = last.then(statement, statement);
        last = turn.catch(() => {});
        return turn;
      };
      return {
        mails,
        forwarded: (reference, at) =>
          inTurn(async () => {
            await client.query('DELETE FROM outbox WHERE reference = $1', [reference]);
            await client.query('UPDATE messages SET forwarded_at = $2 WHERE reference = $1', [reference, at]);
          }),
        postpone: (reference, next, error) =>
          inTurn(async () => {
            await client.query(
              'UPDATE outbox SET attempts = attempts + 1, due_at = $2, last_error = $3 WHERE reference = $1',
              [reference, next, error],
            );
          }),
        finish: () =>
          inTurn(async () => {
            try {
              await client.query('COMMIT');
              client.release();
            } catch (error) {
              // A connection that failed mid-transaction is not handed out again.
              client.release(error as Error);
              throw error;
            }
          }),
      };
    },
    async nextDue() {
      const { rows } = await pool.query<{ due: Date | null }>('SELECT min(due_at) AS due FROM outbox');
      return rows[0]?.due ?? undefined;
    },
    async outboxStatus(): Promise<OutboxStatus> {
      const { rows } = await pool.query<{ pending: number; oldest: Date | null }>(
        'SELECT count(*)::int AS pending, min(received_at) AS oldest FROM outbox JOIN messages USING (reference)',
      );
      return { pending: rows[0]!.pending, oldest: rows[0]!.oldest ?? undefined };
    },
    async messages(since) {
      const { rows } = await pool.query<MessageRow>(
        'SELECT * FROM messages WHERE received_at >= $1 ORDER BY received_at, reference',
        [since ?? new Date(0)],
      );
      return rows.map(toMessage);
    },
    async purge(before) {
      const { rowCount } = await pool.query(
        'DELETE FROM messages WHERE received_at < $1 AND forwarded_at IS NOT NULL',
        [before],
      );
      return rowCount ?? 0;
    },
    close: () => pool.end(),
  };
}
