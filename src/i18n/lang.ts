/**
 * The language that applies to `element`: its own `lang`, else the nearest ancestor's, crossing
 * shadow roots to their hosts, else `fallback`. An empty `lang=""` means "unknown" and is skipped.
 */
export function closestLang(element: Element, fallback = 'en'): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return fallback;
}

/**
 * On a server an element sees no ancestors, so `renderPage` writes here the language it inherits from
 * them while it renders, and takes the attribute out of what it returns. Not `lang`: on a feed, its own
 * `lang` also chooses its releases.
 */
export const inheritedLangAttribute = 'data-press-inherited-lang';

/** Candidate lookup keys for a tag, most specific first: `sr-Latn-RS` → `sr-latn-rs`, `sr-latn`, `sr`. */
export function langCandidates(lang: string): string[] {
  const parts = lang.toLowerCase().split(/[-_]/);
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
}

/**
 * `lang` in the script a widget's `script` attribute shows Serbian releases in (`sr` or `sr-Cyrl-RS` with
 * `latin` is `sr-Latn…`), so its interface reads in the same script as its releases: one page, one script.
 */
export function inScript(lang: string, script: string | null): string {
  const serbian = script === 'latin' ? 'sr-Latn' : script === 'cyrillic' ? 'sr-Cyrl' : '';
  return serbian ? lang.replace(/^sr(-(latn|cyrl))?(?![^-])/i, serbian) : lang;
}
