// What the server keeps, whichever store keeps it: the messages, each with its idempotency key under a
// unique constraint, and the outbox of mails still to forward, written in the same transaction as the
// message, so a message is never acknowledged without its mail queued, nor queued twice.
import type { MessageFields } from './message.js';

export interface NewMessage {
  reference: string;
  idempotencyKey: string;
  fingerprint: string;
  receivedAt: Date;
  topic?: string;
  fields: MessageFields;
}

export interface StoredMessage extends NewMessage {
  /** When the mail went to the institution; undefined while it waits in the outbox. */
  forwardedAt?: Date;
}

/** The reference of the message filed under a key, and what its request held. */
export interface KeyRecord {
  reference: string;
  fingerprint: string;
}

/**
 * `filed`: a new message, its mail queued. `replayed`: the key was filed before with the same fields.
 * `conflict`: the key was filed before with other fields.
 */
export type Filing = { outcome: 'filed' | 'replayed'; reference: string } | { outcome: 'conflict' };

/** A mail to forward. */
export interface PendingMail {
  message: StoredMessage;
  /** Failed attempts so far. */
  attempts: number;
}

/**
 * Mails taken from the outbox to send, and where to record how each went. No other sender (another
 * instance on the same database) gets them until `finish`; should this one die first, they are free again.
 */
export interface Claim {
  mails: PendingMail[];
  /** The mail went: out of the outbox, and the message marked forwarded. */
  forwarded(reference: string, at: Date): Promise<void>;
  /** The mail did not go: counted, and due again at `next`. */
  postpone(reference: string, next: Date, error: string): Promise<void>;
  /** Records what `forwarded` and `postpone` said, and frees what is left. */
  finish(): Promise<void>;
}

export interface OutboxStatus {
  pending: number;
  /** When the message that waits longest was received. */
  oldest?: Date;
}

export interface MessageStore {
  readonly kind: 'sqlite' | 'postgresql';
  /** The message filed under a key, if any. */
  find(idempotencyKey: string): Promise<KeyRecord | undefined>;
  /**
   * Files a message and queues its mail in one transaction, unless its key is filed already: the unique
   * constraint decides, so copies that arrive at once file one message. Resolves once committed.
   */
  file(message: NewMessage): Promise<Filing>;
  /** Up to `limit` mails due by `now`, for one sender. */
  claim(now: Date, limit: number): Promise<Claim>;
  /** When the next mail is due, if any waits (one another sender has claimed may be due already). */
  nextDue(): Promise<Date | undefined>;
  outboxStatus(): Promise<OutboxStatus>;
  /** The messages received since `since` (all when undefined), oldest first. */
  messages(since?: Date): Promise<StoredMessage[]>;
  /** Deletes the forwarded messages received before `before`; resolves to how many. Unforwarded ones stay. */
  purge(before: Date): Promise<number>;
  close(): Promise<void>;
}
