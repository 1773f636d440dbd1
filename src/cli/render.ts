// `press-widgets render`: see `help` below.
import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  --base <url>       The address of the page the output goes on, or its folder on disk (default:
                     the current folder).
  --lang <tag>       The language of the page the output goes on (its <html lang>), for widgets
                     with none of their own or around them (default: English).
  --script <url>     Add the <script type="module"> that loads the widgets, from this address.
  --help             This text.

Exit codes: 0 rendered; 1 a feed could not be read, the markup has no widget or --out cannot be
written; 2 a wrong option.
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
  let base: string | undefined;
  if (values.base) {
    base = await pageAddress(values.base);
    if (!base) {
      process.stderr.write(`press-widgets render: --base "${values.base}" is neither an address nor a folder.\n`);
      return 2;
    }
  }
  let html: string;
  try {
    html = await renderPage(positionals.join('\n'), {
      base,
      lang: values.lang,
      onNote: (note) => process.stderr.write(`press-widgets render: note: ${note}\n`),
    });
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    process.stderr.write(`press-widgets render: ${error.message}\n`);
    return 1;
  }
  const output = `${values.script ? `<script type="module" src="${values.script}"></script>\n` : ''}${html}\n`;
  if (!values.out) {
    process.stdout.write(output);
    return 0;
  }
  try {
    await writeFile(values.out, output);
    return 0;
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
    process.stderr.write(`press-widgets render: cannot write ${values.out}: ${reason}\n`);
    return 1;
  }
}

/**
 * The folder `--base` names, as an address: an http(s) or file address (of a page, or of a folder when it
 * ends in /), or a folder on disk; undefined for anything else.
 */
async function pageAddress(base: string): Promise<string | undefined> {
  try {
    return new URL('.', new URL(base)).href;
  } catch {
    const folder = await stat(base).catch(() => undefined);
    return folder?.isDirectory() ? pathToFileURL(`${resolve(base)}/`).href : undefined;
  }
}
