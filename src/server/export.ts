// The stored messages for staff, as `press-widgets contact-export` writes them: JSON for programs, CSV for
// a spreadsheet. Only someone who can open the store can export: nothing on the network reads messages.
import type { StoredMessage } from './store.js';

export type ExportFormat = 'json' | 'csv';

/** One message as the export writes it. */
export interface ExportedMessage {
  reference: string;
  received_at: string;
  forwarded_at: string | null;
  topic: string | null;
  fields: StoredMessage['fields'];
  idempotency_key: string;
}

const exported = (message: StoredMessage): ExportedMessage => ({
  reference: message.reference,
  received_at: message.receivedAt.toISOString(),
  forwarded_at: message.forwardedAt?.toISOString() ?? null,
  topic: message.topic ?? null,
  fields: message.fields,
  idempotency_key: message.idempotencyKey,
});

// The form's own fields in its order, a site's extra fields (by name: the same columns from either store), then consent.
const formOrder = ['name', 'email', 'phone', 'subject', 'message'];

/**
 * A CSV cell: quoted when it must be, and text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`
 * first: a citizen's words, or a phone number like +381…) marked as text with a leading `'`.
 */
function cell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(messages: StoredMessage[]): string {
  const extra = [...new Set(messages.flatMap((message) => Object.keys(message.fields)))]
    .filter((name) => !['topic', 'consent', ...formOrder].includes(name))
    .sort();
  const columns = [...formOrder, ...extra, 'consent'];
  const rows = [
    ['reference', 'received_at', 'forwarded_at', 'topic', ...columns, 'idempotency_key'],
    ...messages.map((message) => {
      const row = exported(message);
      const value = (name: string) => {
        const field = message.fields[name];
        return field === true ? 'yes' : field || '';
      };
      return [
        row.reference,
        row.received_at,
        row.forwarded_at ?? '',
        row.topic ?? '',
        ...columns.map(value),
        row.idempotency_key,
      ];
    }),
  ];
  // A byte order mark, so that a spreadsheet reads the file as UTF-8 (Cyrillic, diacritics) without asking.
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The messages as JSON (an array) or CSV (a header row, then one row a message). */
export function exportMessages(messages: StoredMessage[], format: ExportFormat): string {
  return format === 'csv' ? csv(messages) : `${JSON.stringify(messages.map(exported), null, 2)}\n`;
}
