// The one allow-list both sanitizer engines use. Anything not listed is removed with its content, except
// the harmless wrappers below, which are replaced by their content so no text is lost.

export const allowedElements = [
  'p', 'br', 'a', 'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'q',
  'cite', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'img', 'table', 'caption', 'thead',
  'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col', 'code', 'pre', 'hr', 'abbr', 'time', 'span',
  'div', 'dl', 'dt', 'dd',
] as const;

// h1 belongs to the host page, so a release's h1 becomes plain text rather than a second page title.
export const unwrappedElements = [
  'h1', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'font', 'center',
  'small', 'big', 'mark', 'del', 'ins', 'picture', 'label', 'details', 'summary', 'tt', 'kbd', 'samp', 'var',
] as const;

// No id or name (DOM clobbering), no style, no class (the host's CSS must not reach into releases),
// no srcset (its URLs would escape the scheme check).
export const allowedAttributes = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'abbr',
  'datetime', 'cite', 'lang', 'dir', 'start', 'reversed', 'span',
] as const;

/** Attributes holding a URL, and the schemes each may keep after resolving. */
export const urlAttributes: Readonly<Record<string, ReadonlySet<string>>> = {
  href: new Set(['http:', 'https:', 'mailto:', 'tel:']),
  src: new Set(['http:', 'https:']),
  cite: new Set(['http:', 'https:']),
};
