// `expand`: each release read in full inline, in a disclosure. Loaded only when a feed asks for it.
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PressRelease } from '../../data/types.js';
import type { FeedTexts } from '../../i18n/translation.js';

export { expandStyles as styles } from './press-feed.expand.styles.js';

/** The ids of the releases each feed has open. */
const opened = new WeakMap<ReactiveControllerHost, Set<string>>();

/**
 * The disclosure of a release with text: a button, described by the release's heading `id`, and
 * the text when it is open. Only the sanitizer's output reaches `unsafeHTML`.
 */
export function disclosure(
  host: ReactiveControllerHost,
  t: FeedTexts,
  item: PressRelease,
  id: string,
  lang: string | typeof nothing,
) {
  const full = item.contentHtml ? unsafeHTML(item.contentHtml) : item.contentText;
  if (!full) return nothing;
  const open = opened.get(host) ?? new Set<string>();
  opened.set(host, open);
  const isOpen = open.has(item.id);
  const toggle = () => {
    if (!open.delete(item.id)) open.add(item.id);
    host.requestUpdate();
  };
  return html`<button class="button toggle" aria-expanded=${isOpen} aria-controls=${isOpen ? `${id}-full` : nothing} aria-describedby=${id}
      @click=${toggle}>${isOpen ? t.hideFullRelease : t.readFullRelease}</button>
    ${isOpen ? html`<div id="${id}-full" part="content" class="content" lang=${lang}>${full}</div>` : nothing}`;
}
