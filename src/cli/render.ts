// `press-widgets render`: see `help` below.
import { writeFile } from 'node:fs/promises';
import { renderPage, RenderError } from '../ssr/render.js';
import { commandArguments, usageError } from './arguments.js';

const help = `press-widgets render <markup>... [options]

Renders the widgets as you write them on a page, for any CMS or static site:

  press-widgets render '<press-feed src="https://example.org/press/feed.json" limit="5" lang="sr-Cyrl" show-search></press-feed>'

prints the same element with its declarative shadow DOM (what the element shows, in HTML that needs no
script) and the text of each feed it shows, for the page's script to take over without asking again.
Several elements, and the HTML around them, may be given in one call. Paste the output where the
element would go, on a page that also loads the widgets' script.

A src is read from its URL, or from a file when it resolves to one: a relative src resolves against
--base, which is the current folder unless you give the page's address.

Options:
  --out <file>       Write to this file instead of standard output.
  --base <url>       The address of the page the output goes on (default: the current folder).
  --lang <tag>       The language of widgets without one, own or inherited (default: English).
  --script <url>     Add the <script type="module"> that loads the widgets, from this address.
  --help             This text.

Exit codes: 0 rendered; 1 a feed could not be read or the markup has no widget; 2 a wrong option.
`;

export async function render(argv: string[]): Promise<number> {
  const parsed = commandArguments('render', help, argv, {
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      base: { type: 'string' },
      lang: { type: 'string' },
      script: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!positionals.length) {
    return usageError('render', `give the markup to render.\n\n${help}`);
  }
  try {
    if (values.base) new URL(values.base);
  } catch {
    process.stderr.write(`press-widgets render: --base "${values.base}" is not an address.\n`);
    return 2;
  }
  try {
    const html = await renderPage(positionals.join('\n'), {
      base: values.base && new URL('.', values.base).href,
      lang: values.lang,
    });
    const output = `${values.script ? `<script type="module" src="${values.script}"></script>\n` : ''}${html}\n`;
    if (values.out) await writeFile(values.out, output);
    else process.stdout.write(output);
    return 0;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    process.stderr.write(`press-widgets render: ${error.message}\n`);
    return 1;
  }
}
