// `press-widgets`, the package's command-line tool: the press office's and the web team's side of the
// widgets. Plain Node: no browser. Exit codes a CI job can use: 0 done, 1 the work found problems (a feed
// that cannot be read, markup with no widget, a release with no title), 2 the command was not understood.

const help = `press-widgets <command> [options]

Commands:
  validate <file-or-URL>   Checks a feed (JSON Feed with _press, RSS or Atom) as the widgets will read
                           it, and, given an address, what its server sends.
  build <releases-folder>  Writes the feed (JSON Feed with _press, and RSS) from releases written in
                           Markdown, or from a CMS's RSS or Atom feed with --from.
  render <markup>...       The widgets as you write them on a page, rendered to HTML that shows their
                           releases, quote or form without JavaScript; the page's script takes it over.
  contact-server           Receives the contact form's messages, stores them and forwards them by e-mail.
  contact-export           Writes the stored messages as JSON or CSV, for staff.

Run \`press-widgets <command> --help\` for a command's options.

Options:
  --help                   This text.
`;

// Each command is loaded when it runs: --help answers at once, without the DOM the others bring.
const commands: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
  validate: async () => (await import('./validate.js')).validate,
  build: async () => (await import('./build.js')).build,
  render: async () => (await import('./render.js')).render,
  'contact-server': async () => (await import('./contact-server.js')).contactServer,
  'contact-export': async () => (await import('./contact-export.js')).contactExport,
};

/** Runs the command `argv` names, and resolves to the exit code. */
export async function main([command, ...args]: string[]): Promise<number> {
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(help);
    return command ? 0 : 2;
  }
  const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!load) {
    process.stderr.write(`press-widgets: there is no command "${command}".\n\n${help}`);
    return 2;
  }
  return (await load())(args);
}

process.exitCode = await main(process.argv.slice(2));
