// `press-widgets contact-server`: see `help` below.
import { ConfigError, readConfigFile } from '../server/config.js';
import { startContactServer } from '../server/http-server.js';
import { commandArguments, usageError } from './arguments.js';

const help = `press-widgets contact-server --config <file>

Receives the messages of <press-contact-form>: checks each by the form's rules, stores it (once per
idempotency key) and forwards it by e-mail to the institution in charge of its topic. It answers at the
path of the feed's _press.contact.endpoint, and at /healthz. Logs are JSON lines on standard output.
SIGTERM or SIGINT stops it once the requests in flight are answered.

The configuration is a JSON file; docs/contact-server.md describes every setting:

  { "feed": "feed.json", "data": "contact-data", "allow_origins": ["https://www.mup.gov.rs"],
    "routes": { "*": "kontakt@mup.gov.rs" }, "smtp": "smtp://mail.mup.gov.rs:587",
    "from": "Contact form <kontakt@mup.gov.rs>" }

Options:
  --config <file>    The configuration file.
  --port <port>      Listen on this port instead of the configuration's.
  --help             This text.

Exit codes: 0 stopped; 1 it could not start (the feed, the store or the port); 2 a wrong option or setting.
`;

export async function contactServer(argv: string[]): Promise<number> {
  const parsed = commandArguments('contact-server', help, argv, {
    options: { config: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (!values.config) return usageError('contact-server', `give the configuration with --config <file>.\n\n${help}`);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
    return usageError('contact-server', `--port "${values.port}" is not a port number.`);
  let server;
  try {
    const settings = await readConfigFile(values.config);
    server = await startContactServer(port === undefined ? settings : { ...settings, port });
  } catch (error) {
    process.stderr.write(`press-widgets contact-server: ${(error as Error).message}\n`);
    return error instanceof ConfigError ? 2 : 1;
  }
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void running.close().then(resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return 0;
}
