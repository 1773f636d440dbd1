// `press-widgets`, the package's command-line tool: the press office's and the web team's side of the
// widgets. Plain Node: no browser. Exit codes a CI job can use: 0 done, 1 the work failed (a feed that
// cannot be read, markup with no widget), 2 the command was not understood.
import { render } from './render.js';

const help = `press-widgets <command> [options]

Commands:
  render <markup>...   The widgets as you write them on a page, rendered to HTML that shows their
                       releases, quote or form without JavaScript; the page's script takes it over.
                       Run \`press-widgets render --help\` for its options.
  contact-server       Receives the contact form's messages, stores them and forwards them by e-mail.
  contact-export       Writes the stored messages as JSON or CSV, for staff.

Options:
  --help               This text.
`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  render,
  'contact-server': async (args) => (await import('./contact-server.js')).contactServer(args),
  'contact-export': async (args) => (await import('./contact-export.js')).contactExport(args),
};

const [command, ...args] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h') {
  process.stdout.write(help);
  process.exitCode = command ? 0 : 2;
} else if (!commands[command]) {
  process.stderr.write(`press-widgets: there is no command "${command}".\n\n${help}`);
  process.exitCode = 2;
} else {
  process.exitCode = await commands[command](args);
}
