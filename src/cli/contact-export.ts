// `press-widgets contact-export`: see `help` below.
import { ConfigError, readConfigFile } from '../server/config.js';
import { exportMessages } from '../server/export.js';
import { openStore } from '../server/open-store.js';
import { commandArguments, usageError } from './arguments.js';

const help = `press-widgets contact-export --config <file> [--since <date>] [--format json|csv] [--purge]

Writes the messages the contact server stored to standard output, for staff: JSON (an array of messages
with their reference, times received and forwarded, topic, fields and idempotency key) or CSV (a header
row, then a row a message, for a spreadsheet). It reads the store the configuration names, so only
someone who can open that store can export.

Options:
  --config <file>     The contact server's configuration file.
  --since <date>      Only the messages received since then, e.g. 2025-03-01 or 2025-03-01T08:00:00Z.
  --format <format>   json (the default) or csv.
  --purge             After writing, delete the forwarded messages older than the configuration's
                      retain_days (the server also does so every hour).
  --help              This text.

Exit codes: 0 written; 1 the store could not be read; 2 a wrong option or setting.
`;

export async function contactExport(argv: string[]): Promise<number> {
  const parsed = commandArguments('contact-export', help, argv, {
    options: {
      config: { type: 'string' },
      since: { type: 'string' },
      format: { type: 'string', default: 'json' },
      purge: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const fail = (message: string) => usageError('contact-export', message);
  if (!values.config) return fail(`give the configuration with --config <file>.\n\n${help}`);
  if (values.format !== 'json' && values.format !== 'csv')
    return fail(`--format is json or csv, not "${values.format}".`);
  const since = values.since === undefined ? undefined : new Date(values.since);
  if (since && Number.isNaN(since.getTime())) return fail(`--since "${values.since}" is not a date, like 2025-03-01.`);
  let store;
  try {
    const settings = await readConfigFile(values.config);
    store = await openStore(settings.store, { existing: true });
    const output = exportMessages(await store.messages(since), values.format);
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(output, (error) => (error ? reject(error) : resolve())),
    );
    if (values.purge) {
      const purged = await store.purge(new Date(Date.now() - settings.retainDays * 86_400_000));
      process.stderr.write(`Purged ${purged} forwarded message(s) older than ${settings.retainDays} days.\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`press-widgets contact-export: ${(error as Error).message}\n`);
    return error instanceof ConfigError ? 2 : 1;
  } finally {
    await store?.close();
  }
}
