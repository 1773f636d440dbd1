// Plain-text fields are never parsed as HTML: `<` is escaped before the inert parser sees the string, so
// it only decodes character references. DOMParser documents never run scripts or load images.
let parser: DOMParser | undefined;
const inertParser = () => (parser ??= new DOMParser());

const hiddenElements = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title']);
const blockElements = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'pre', 'hr',
  'table', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer',
]);

/** Collapses runs of spaces, keeps paragraph breaks as one blank line. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\r\u00a0]+/g, ' ')
    .replace(/ ?\n[\s]*/g, (breaks) => (breaks.split('\n').length > 2 ? '\n\n' : '\n'))
    .trim();
}

/** A plain-text feed field with character references decoded (`&amp;` → `&`) and whitespace collapsed. */
export function plainText(value: string): string {
  if (!value.includes('&')) return value.replace(/\s+/g, ' ').trim();
  const doc = inertParser().parseFromString(value.replaceAll('<', '&lt;'), 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `plainText`, or `undefined` for a missing or blank value. */
export function optionalText(value: string | undefined): string | undefined {
  return value ? plainText(value) || undefined : undefined;
}

/** The readable text of a DOM tree: no script or style text, block elements on their own lines. */
function textOf(root: Node): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && hiddenElements.has((node as Element).localName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  // A tree walker rather than recursion: hostile HTML can nest deeper than the call stack.
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue;
    else if (blockElements.has((node as Element).localName)) text += '\n\n';
  }
  return tidy(text);
}

/** The text of an HTML string, read in an inert document; for search, excerpts and the no-sanitizer fallback. */
export function htmlToText(html: string): string {
  return textOf(inertParser().parseFromString(html, 'text/html').body);
}

/** The first words of a text, cut at a word boundary, for a title that the feed left empty. */
export function excerpt(text: string, maxLength = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

const serializedReferences: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&nbsp;': ' ' };

/**
 * The words of HTML this package sanitized, for the search index: much cheaper than parsing it again.
 * The HTML serializer writes only these five character references.
 */
export function wordsOfSanitizedHtml(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(?:amp|lt|gt|quot|nbsp);/g, (reference) => serializedReferences[reference]);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
