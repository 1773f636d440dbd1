// The features of <press-feed> a page turns on with an attribute, in one module loaded only for them:
// the visitor's search box and filters with `sync-url`, the full text inline with `expand`, numbered
// pages with `paging="pages"`, and new releases checked for with `refresh`, held until the visitor asks.
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PressRelease } from '../../data/types.js';
import type { FeedTexts } from '../../i18n/translation.js';

export { FeedControls } from './press-feed.controls.js';
export { pageNavigation } from './press-feed.pages.js';
export { NewReleases } from './press-feed.news.js';
export { RefreshController } from '../../controllers/refresh.js';
export { feedOptionStyles } from './press-feed.options.styles.js';

/**
 * The disclosure of a release with text: a button, described by the release's heading `id`, and the
 * text when it is open. Only the sanitizer's output reaches `unsafeHTML`.
 */
export function disclosure(
  t: FeedTexts,
  item: PressRelease,
  id: string,
  lang: string | typeof nothing,
  isOpen: boolean,
  toggle: () => void,
) {
  const full = item.contentHtml ? unsafeHTML(item.contentHtml) : item.contentText;
  if (!full) return nothing;
  return html`<button class="button toggle needs-script" aria-expanded=${isOpen} aria-controls=${isOpen ? `${id}-full` : nothing} aria-describedby=${id}
      @click=${toggle}>${isOpen ? t.hideFullRelease : t.readFullRelease}</button>
    ${isOpen ? html`<div id="${id}-full" part="content" class="content" lang=${lang}>${full}</div>` : nothing}`;
}
