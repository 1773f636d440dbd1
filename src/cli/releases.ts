// A release written in Markdown, read into a JSON Feed item. The front matter's keys are the item's own
// names (feed-fields.ts), those of its `_press` object too, without `_press` around them; the text below
// it is the release, and each blockquote followed by an attribution line is one of its quotes.
import MarkdownIt, { type Token } from 'markdown-it';
import { item, itemPress } from '../data/feed-fields.js';
import { yamlLines } from './lines.js';

/** Something wrong in a file the command was given, where a person can find it. */
export interface InputProblem {
  file: string;
  line: number;
  message: string;
}

export interface Release {
  file: string;
  /** The JSON Feed item, not yet validated. */
  item: Record<string, unknown>;
  /** The line of a place in the item: `['tags', 1]`, `['_press', 'quotes', 0]`, `['content_html']`. */
  lineOf(path: readonly (string | number)[]): number;
}

// The body gives these; everything else of an item is written in the front matter.
const fromBody = new Set(['content_html', 'content_text', '_press', 'quotes']);
const itemKeys = Object.keys(item.fields).filter((key) => !fromBody.has(key));
const pressKeys = Object.keys(itemPress.fields).filter((key) => !fromBody.has(key));
export const frontMatterKeys = [...itemKeys, ...pressKeys];

/** `— Speaker, Role, Organisation`, with an em or en dash or two hyphens. */
const attribution = /^ {0,3}(?:—|–|--(?!-))(.*)$/;
const inBlockquote = /^ {0,3}>/;
const openingMarks = '"“„«‘‚‹»\'';
const closingMarks = '"”“»’‘›«\'';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
// A quote is a figure: the words in a blockquote, who said them in its caption.
markdown.renderer.rules.blockquote_open = (tokens, index, options, _env, self) =>
  tokens[index]!.meta?.caption ? '<figure>\n<blockquote>\n' : self.renderToken(tokens, index, options);
markdown.renderer.rules.blockquote_close = (tokens, index, options, _env, self) => {
  const caption = tokens[index]!.meta?.caption as string | undefined;
  return caption
    ? `</blockquote>\n<figcaption>${markdown.utils.escapeHtml(caption)}</figcaption>\n</figure>\n`
    : self.renderToken(tokens, index, options);
};

interface Quote {
  text: string;
  speaker: string;
  role?: string;
  organisation?: string;
}

/** The words of a blockquote: its paragraphs' text, without the quotation marks around it all. */
function wordsOf(tokens: Token[]): string {
  const text = tokens
    .filter((token) => token.type === 'inline')
    .map((inline) =>
      inline
        .children!.map((child) =>
          child.type === 'text' || child.type === 'code_inline' ? child.content : /break$/.test(child.type) ? ' ' : '',
        )
        .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return openingMarks.includes(text[0] ?? '') && closingMarks.includes(text.at(-1) ?? '')
    ? text.slice(1, -1).trim()
    : text;
}

/** `Speaker, Role, Organisation`: a role with commas in it takes every part between the first and last. */
function attributed(text: string, words: string): Quote {
  const [speaker = '', ...rest] = text.split(',').map((part) => part.trim());
  const organisation = rest.length > 1 ? rest.pop() : undefined;
  const role = rest.join(', ') || undefined;
  return { text: words, speaker, ...(role && { role }), ...(organisation && { organisation }) };
}

/**
 * The release's HTML and quotes. `firstLine` is the body's line in the file, for messages. The
 * attribution lines become each quote's caption; the quotes stay in the text.
 */
function readBody(body: string, firstLine: number, report: (line: number, message: string) => void) {
  const lines = body.split('\n');
  const captions = new Map<number, { line: number; text: string }>();
  for (const token of markdown.parse(body, {})) {
    if (token.type !== 'blockquote_open' || token.level !== 0) continue;
    const [start, end] = token.map!;
    // Right below the quote, where Markdown reads it as the quote's last line, or after one blank line.
    const at = [end - 1, end + 1].find(
      (line) =>
        attribution.test(lines[line] ?? '') && !inBlockquote.test(lines[line]!) && (line < end || !lines[end]!.trim()),
    );
    if (at === undefined) {
      report(firstLine + start, 'a quote needs who said it on the line after it: — Speaker, Role, Organisation');
      continue;
    }
    captions.set(start, { line: firstLine + at, text: attribution.exec(lines[at]!)![1]!.trim() });
    lines[at] = '';
  }
  const tokens = markdown.parse(lines.join('\n'), {});
  const quotes: Quote[] = [];
  const quoteLines: number[] = [];
  tokens.forEach((token, index) => {
    const caption = token.type === 'blockquote_open' && token.level === 0 && captions.get(token.map![0]);
    if (!caption) return;
    const close = tokens.findIndex(
      (other, after) => after > index && other.type === 'blockquote_close' && other.level === 0,
    );
    const quote = attributed(caption.text, wordsOf(tokens.slice(index, close)));
    if (!quote.speaker) report(caption.line, 'the quote has no speaker: write — Speaker, Role, Organisation');
    if (!quote.text) report(firstLine + token.map![0], 'the quote has no words');
    token.meta = tokens[close]!.meta = {
      caption: `— ${[quote.speaker, quote.role, quote.organisation].filter(Boolean).join(', ')}`,
    };
    // Said once, here: the feed is not checked for what is already reported.
    if (!quote.speaker || !quote.text) return;
    quotes.push(quote);
    quoteLines.push(firstLine + token.map![0]);
  });
  return { html: markdown.renderer.render(tokens, markdown.options, {}).trim(), quotes, quoteLines };
}

/** Reads one release; `file` is its name in messages, and its base name the id it has unless it says. */
export function readRelease(file: string, text: string): { release?: Release; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (lines[0]!.trim() !== '---' || end < 0) {
    report(1, 'has no front matter: begin with a line ---, then title: and date_published:, then a line ---');
    return { problems };
  }
  const { document, lineOf: yamlLine } = yamlLines(lines.slice(1, end).join('\n'));
  for (const error of document.errors)
    report(
      1 + error.linePos![0].line,
      `${error.message.split(/ at line|\n/)[0]}${error.code === 'BLOCK_AS_IMPLICIT_KEY' ? ': a value with a colon and a space in it goes in quotes, as in title: "Dačić: …"' : ''}`,
    );
  if (problems.length) return { problems };
  const data: unknown = document.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(2, 'the front matter must be lines of key: value');
    return { problems };
  }
  const fields = data as Record<string, unknown>;
  // The front matter's own lines: the key `title` is on line 1 + its line in the YAML.
  const keyLine = (path: readonly (string | number)[]) => 1 + yamlLine(path);
  for (const key of Object.keys(fields))
    if (!frontMatterKeys.includes(key))
      report(keyLine([key]), `"${key}" is not a release field (the fields: ${frontMatterKeys.join(', ')})`);

  const bodyLine = end + 2;
  const body = readBody(lines.slice(end + 1).join('\n'), bodyLine, report);
  if (!body.html) {
    report(bodyLine, 'the release has no text below its front matter');
    return { problems };
  }
  // A release with a problem of its own is still checked with the feed, so that every problem of it is
  // said in one run.

  const press = Object.fromEntries(pressKeys.filter((key) => key in fields).map((key) => [key, fields[key]]));
  if (body.quotes.length) press.quotes = body.quotes;
  const releaseItem = Object.fromEntries(
    Object.keys(item.fields).flatMap((key): [string, unknown][] =>
      key === 'id'
        ? [[key, fields.id ?? file.replace(/^.*[\\/]/, '').replace(/\.md$/i, '')]]
        : key === 'content_html'
          ? [[key, body.html]]
          : key === '_press'
            ? Object.keys(press).length
              ? [[key, press]]
              : []
            : key in fields
              ? [[key, fields[key]]]
              : [],
    ),
  );
  const lineOf = ([key, ...rest]: readonly (string | number)[]): number =>
    key === 'content_html' || key === 'content_text'
      ? bodyLine
      : key === '_press' && rest[0] === 'quotes'
        ? (body.quoteLines[rest[1] as number] ?? bodyLine)
        : key === '_press'
          ? keyLine(rest)
          : key === undefined
            ? 1
            : keyLine([key, ...rest]);
  return { release: { file, item: releaseItem, lineOf }, problems };
}
