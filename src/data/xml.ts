// Namespaces the feed parsers read. Elements are matched by namespace and local name, never by prefix,
// because feeds choose their own prefixes.
export const namespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

/** The direct children of `parent` called `localName` in `namespace` (null: no namespace, as in RSS). */
export function children(parent: Element, localName: string, namespace: string | null = null): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === localName && child.namespaceURI === namespace);
}

export function child(parent: Element, localName: string, namespace: string | null = null): Element | undefined {
  for (const element of parent.children) {
    if (element.localName === localName && element.namespaceURI === namespace) return element;
  }
  return undefined;
}

export function childText(parent: Element, localName: string, namespace: string | null = null): string | undefined {
  return child(parent, localName, namespace)?.textContent ?? undefined;
}
