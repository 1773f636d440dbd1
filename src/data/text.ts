// Plain-text fields are never parsed as HTML. DOMParser documents are inert: they run no scripts and
// load no images.
import { domWindow, elementsWhere } from './dom.js';
import { inertHtml } from './trusted-html.js';

/** The body of `html` parsed into an inert document, through the package's Trusted Types policy. */
export const parseInert = (html: string): HTMLElement =>
  new (domWindow().DOMParser)().parseFromString(inertHtml(html), 'text/html').body;

const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A plain-text feed field with character references decoded (`&amp;` → `&`) and whitespace collapsed. */
export function plainText(value: string): string {
  // `<` is escaped first, so the parser only decodes character references and markup stays visible.
  return flatten(value.includes('&') ? parseInert(value.replaceAll('<', '&lt;')).textContent! : value);
}

/** `plainText`, or `undefined` for a missing or blank value. */
export const optionalText = (value: string | undefined): string | undefined => (value && plainText(value)) || undefined;

const hiddenElements = new Set('script style template noscript iframe object svg math title'.split(' '));
const blockElements = new Set(
  (
    'p div br li ul ol dl dt dd blockquote figure figcaption pre hr table tr ' +
    'h1 h2 h3 h4 h5 h6 section article header footer'
  ).split(' '),
);

/**
 * The readable text of an HTML string, read in an inert document: no script or style text, block
 * elements as paragraphs. For excerpts, HTML summaries and the no-sanitizer fallback.
 */
export function htmlToText(html: string): string {
  const body = parseInert(html);
  for (const hidden of elementsWhere(body, ({ localName }) => hiddenElements.has(localName))) hidden.remove();
  for (const block of elementsWhere(body, ({ localName }) => blockElements.has(localName))) block.before('\n\n');
  // Runs of spaces become one; paragraph breaks one blank line.
  return body
    .textContent!.replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, (breaks) => (breaks.split('\n').length > 2 ? '\n\n' : '\n'))
    .trim();
}

/** The first words of a text, cut at a word boundary, for a title that the feed left empty. */
export function excerpt(text: string, maxLength = 80): string {
  const flat = flatten(text);
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

// The only character references the HTML serializer writes, so the only ones in sanitized HTML.
const commonReferences: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };

/** The words of HTML this package sanitized, for the search index: much cheaper than parsing it again. */
export const wordsOfSanitizedHtml = (html: string): string =>
  html.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name: string) => commonReferences[name]!);

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
