// Structured logs: one JSON object a line, for journald, Docker or any log collector. What a line may hold
// is decided where it is written: a reference, a topic, a status, never a field's value, since the
// citizen's words and addresses belong in the store, where `retain_days` ends them, not in logs kept
// elsewhere for other purposes.

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  event: string;
  [detail: string]: unknown;
}

export type Logger = (entry: LogEntry) => void;

/** Writes each entry as a line of JSON to standard output, with the time first. */
export const jsonLines: Logger = (entry) =>
  void process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
