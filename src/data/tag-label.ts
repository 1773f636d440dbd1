import type { Feed } from './types.js';

/**
 * A topic as a visitor reads it, from the tag as shown: the feed's label in `lang`, the language of the
 * widget's texts (`en`, `sr-Latn`, `sr-Cyrl`…: `sr` and `sr-Cyrl-RS` are `sr-Cyrl`), else the tag's
 * words, hyphens and underscores as spaces (`organised-crime`: "organised crime"). A Serbian tag shown in
 * the other script (`script`) is looked up as shown.
 */
export const tagLabel = (tag: string, lang: string, feeds: readonly Feed[]): string =>
  feeds.map((feed) => feed.tagLabels?.[tag]?.[lang]).find(Boolean) ?? tag.replace(/[-_]/g, ' ');
