// Renders the widgets as a web team writes them on a page into HTML with declarative shadow DOM: the
// releases, the quote and the form's fields show before any script has run, or without one. Each feed
// the widgets show goes into the page too, so the script that takes the render over shows the same at
// once and only revalidates (see src/data/page-copies.ts). Node only: Lit's server renderer, jsdom.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { JSDOM } from 'jsdom';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import '../define.js';
import { lazyCodeLoaded } from '../components/lazy-code.js';
import { feedCopy, feedSnapshot, refresh, seedFeed } from '../data/feed-store.js';
import { decodeFeed } from '../data/fetch-feed.js';
import { feedUrls, serverPage } from '../data/urls.js';
import { inheritedLangAttribute, inScript } from '../i18n/lang.js';
import { loadTranslation } from '../i18n/load-translation.js';

export interface RenderOptions {
  /**
   * Where the page will be. Relative `src`, links and endpoints resolve against it, and a `src` that
   * resolves to a `file:` URL is read from disk. Default: the current directory, as a `file:` URL.
   */
  base?: string;
  /**
   * The language of the page the render goes on (its `<html lang>`), for the widgets with none of their own
   * or around them in the markup. Like a page's language in the browser, it chooses no releases. Default:
   * English.
   */
  lang?: string;
  /** Told, in words a web team understands, what the render leaves out that it could show with help. */
  onNote?: (note: string) => void;
}

/** Why markup could not be rendered, in words a web team understands: nothing is rendered then. */
export class RenderError extends Error {
  override readonly name = 'RenderError';
}

const widgets = ['press-feed', 'press-quote', 'press-contact-form'];

/** An element whose `lang` names a language: `lang=""` says it is unknown, so the one above it applies. */
const withLang = '[lang]:not([lang=""])';
const inheritedLangMarks = new RegExp(` ${inheritedLangAttribute}="[^"]*"`, 'g');

// Lit's markers let its own hydration find the template's parts; these widgets replace a server's render
// instead (src/components/press-element.ts), so the markers are only bytes.
const litMarkers = /<!--\/?lit-(part|node)[^>]*-->|<\?>/g;

/**
 * The render made smaller, as nothing reads it but a browser: no Lit markers, one space after a widget's
 * name, no `shadowroot`, which only browsers of before declarative shadow DOM's standard read, each
 * element's styles without comments or the white space around punctuation (not before a colon, which can
 * be a descendant's pseudo-class), and a JSON feed's text without its indentation.
 */
const compact = (html: string) =>
  html
    .replace(litMarkers, '')
    // Lit's renderer writes several spaces after a custom element's name.
    .replace(/(<press-[a-z-]+) +/g, '$1 ')
    .replaceAll(' shadowroot="open"', '')
    .replace(
      /<style>([\s\S]*?)<\/style>/g,
      (_, css: string) =>
        `<style>${css
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replaceAll(';}', '}')
          .trim()}</style>`,
    );

/** The `<script>` that carries one feed's text; `<` is escaped so no text can close it. */
function withoutIndentation(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    // RSS or Atom: as it came.
    return text;
  }
}

const feedScript = (src: string, copy: { text: string; etag?: string; lastModified?: string; fetchedAt: number }) =>
  `<script type="application/json" data-press-feed="${src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">${JSON.stringify(
    {
      text: withoutIndentation(copy.text),
      etag: copy.etag,
      lastModified: copy.lastModified,
      fetchedAt: copy.fetchedAt,
    },
  ).replaceAll('<', '\\u003c')}</script>`;

async function loadSource(url: string, written: string, tag: string): Promise<void> {
  try {
    if (url.startsWith('file:'))
      // Decoded as a fetched feed is: a UTF-16 file with a byte order mark, or windows-1250 XML, reads too.
      await seedFeed({ url, text: decodeFeed(await readFile(fileURLToPath(url))), fetchedAt: Date.now() });
    // Asked again on every render: a server that renders many pages must not show one day's feed forever.
    else await refresh(url);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `there is no file ${fileURLToPath(url)}`
        : (error as Error).message;
    throw new RenderError(`<${tag} src="${written}">: the feed ${url} could not be read: ${reason}`, { cause: error });
  }
}

/**
 * The widgets in `markup` (and the HTML around them, as it is) rendered with their declarative shadow
 * DOM, followed by the text of each feed they show. Rejects with a `RenderError` when the markup holds
 * no widget or a feed cannot be read.
 */
export function renderPage(markup: string, options: RenderOptions = {}): Promise<string> {
  // One render at a time: while it runs, the page it renders is the widgets' `serverPage`.
  const run = queue.then(() => renderOne(markup, options));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function renderOne(
  markup: string,
  { base = pathToFileURL(`${process.cwd()}/`).href, lang, onNote }: RenderOptions,
): Promise<string> {
  const { document } = new JSDOM('').window;
  const page = document.createElement('template');
  page.innerHTML = markup;
  const misspelt = [...page.content.querySelectorAll('*')].find(
    ({ localName }) => localName.startsWith('press-') && !widgets.includes(localName),
  );
  if (misspelt)
    throw new RenderError(
      `<${misspelt.localName}> is not one of the widgets: ${widgets.map((tag) => `<${tag}>`).join(', ')}.`,
    );
  const elements = [...page.content.querySelectorAll(widgets.join())];
  // A start tag the parser could not close (`<press-feed src="…"` at the end) is no element: counted in
  // the text, outside comments, it is told apart from markup that names no widget.
  const written = markup.replace(/<!--[\s\S]*?-->/g, '').match(/<press-(feed|quote|contact-form)(?![\w-])/g) ?? [];
  if (written.length > elements.length)
    throw new RenderError(
      'The markup has a widget’s tag that does not end: close it with > (and the element with its end tag).',
    );
  if (!elements.length)
    throw new RenderError(`There is no widget in the markup: write ${widgets.map((tag) => `<${tag}>`).join(', ')}.`);
  // Each widget's language: its own `lang`, else the one around it in the markup, else the page's.
  const languages = elements.map((element) => {
    const own = element.getAttribute('lang');
    if (own) return own;
    const inherited = element.parentElement?.closest(withLang)?.getAttribute('lang') ?? lang ?? 'en';
    element.setAttribute(inheritedLangAttribute, inherited);
    return inherited;
  });

  serverPage.url = base;
  try {
    const sources = new Map<string, { written: string; tag: string }>();
    for (const element of elements) {
      const written = element.getAttribute('src')?.split(/\s+/).filter(Boolean) ?? [];
      feedUrls(written.join(' ')).forEach((url, index) =>
        sources.set(url, { written: written[index], tag: element.localName }),
      );
    }
    await Promise.all([...sources].map(([url, { written, tag }]) => loadSource(url, written, tag)));
    // A feed file's relative links resolve against its own `feed_url`, else against the file, to which no
    // web page may link: the sanitizer leaves them out.
    for (const [url, { written, tag }] of sources)
      if (url.startsWith('file:') && !feedSnapshot(url).feed?.feedUrl)
        onNote?.(
          `<${tag} src="${written}">: the feed file has no feed_url, so its relative links are left out (they` +
            ' would point to files here); give the address of the page as the base (--base), or the feed its feed_url.',
        );
    await Promise.all([
      lazyCodeLoaded(),
      ...languages.map((language, index) =>
        loadTranslation(inScript(language, elements[index].getAttribute('script'))),
      ),
    ]);
    const rendered = await collectResult(render(html`${unsafeStatic(page.innerHTML)}`));
    const copies = [...sources].flatMap(([url, { written }]) => {
      const copy = feedCopy(url);
      return copy ? [feedScript(written, copy)] : [];
    });
    return [compact(rendered.replace(inheritedLangMarks, '')), ...copies].join('\n');
  } finally {
    serverPage.url = undefined;
  }
}
