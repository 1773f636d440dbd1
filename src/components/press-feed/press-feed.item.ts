import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PressRelease } from '../../data/types.js';
import type { LocalizeController } from '../../controllers/localize.js';
import type { FeedError } from '../../data/feed-error.js';
import type { Translation } from '../../i18n/translation.js';

export type DateStyle = 'relative' | 'absolute' | 'both';

/** What every item of one render shares. */
export interface ItemView {
  localize: LocalizeController;
  headingLevel: number;
  dates: DateStyle;
  now: Date;
  compact: boolean;
  showImages: boolean;
  showSummary: boolean;
  expand: boolean;
  open: ReadonlySet<string>;
  select: (item: PressRelease, event: MouseEvent) => void;
  toggle: (item: PressRelease) => void;
}

// Lit cannot bind a tag name; six small templates cost less than `lit/static-html.js`.
function heading(level: number, id: string, content: unknown): TemplateResult {
  switch (level) {
    case 1: return html`<h1 id=${id} class="title" part="title">${content}</h1>`;
    case 2: return html`<h2 id=${id} class="title" part="title">${content}</h2>`;
    case 4: return html`<h4 id=${id} class="title" part="title">${content}</h4>`;
    case 5: return html`<h5 id=${id} class="title" part="title">${content}</h5>`;
    case 6: return html`<h6 id=${id} class="title" part="title">${content}</h6>`;
    default: return html`<h3 id=${id} class="title" part="title">${content}</h3>`;
  }
}

/**
 * Always a `<time datetime>`. A relative date ("3 days ago") carries the absolute date too, visually
 * hidden, so assistive technology hears the exact day; until the language's date-fns locale has
 * loaded, the absolute date is shown.
 */
export function renderDate(date: Date, view: Pick<ItemView, 'localize' | 'dates' | 'now'>) {
  const absolute = view.localize.formatDate(date);
  const relative = view.dates === 'absolute' ? undefined : view.localize.formatRelative(date, view.now);
  return html`<time part="date" class="date" datetime=${date.toISOString()} title=${relative ? absolute : nothing}
    >${!relative ? absolute : view.dates === 'both' ? `${absolute} · ${relative}` : html`${relative}<span class="visually-hidden"> (${absolute})</span>`}</time
  >`;
}

export function renderItem(item: PressRelease, index: number, view: ItemView) {
  const { t } = view.localize;
  const id = `r${index}`;
  const open = view.expand && view.open.has(item.id);
  const full = item.contentHtml ? unsafeHTML(item.contentHtml) : item.contentText;
  // The release's own language marks its texts, not the widget's labels around them.
  const lang = item.language ?? nothing;
  const title = item.url
    ? html`<a href=${item.url} lang=${lang} @click=${(event: MouseEvent) => view.select(item, event)}>${item.title}</a>`
    : html`<span lang=${lang}>${item.title}</span>`;
  const rich = !view.compact;
  return html`<li part="item" class="item">
    ${rich && view.showImages && item.image
      ? html`<img part="image" class="image" src=${item.image.url} alt=${item.image.alt ?? ''} loading="lazy" decoding="async" />`
      : nothing}
    <div class="body">
      ${heading(view.headingLevel, id, title)}
      <p class="meta">
        ${item.published ? renderDate(item.published, view) : nothing}
        ${rich ? [item.category, item.source].map((text) => (text ? html`<span class="category">${text}</span>` : nothing)) : nothing}
      </p>
      ${rich && view.showSummary && item.summary ? html`<p part="summary" class="summary" lang=${lang}>${item.summary}</p>` : nothing}
      ${rich && item.tags.length
        ? html`<ul class="tags" role="list" aria-label=${t.tagsLabel}>${item.tags.map((tag) => html`<li part="tag" class="tag">${tag}</li>`)}</ul>`
        : nothing}
      ${view.expand && full
        ? html`<button class="button toggle" aria-expanded=${open} aria-controls=${open ? `${id}-full` : nothing} aria-describedby=${id}
              @click=${() => view.toggle(item)}>${open ? t.hideFullRelease : t.readFullRelease}</button>
            ${open ? html`<div id="${id}-full" part="content" class="content" lang=${lang}>${full}</div>` : nothing}`
        : nothing}
    </div>
  </li>`;
}

/** Placeholders the size of the list to come, so nothing jumps when it arrives. */
export function renderSkeleton(t: Translation, rows: number, layout: string, summary: boolean) {
  const lines = summary && layout !== 'compact' ? html`<span class="bone"></span><span class="bone"></span>` : nothing;
  return html`<div class="feed" aria-busy="true">
    <p class="visually-hidden" role="status">${t.loading}</p>
    <ul class="list ${layout} skeleton" role="list" aria-hidden="true">
      ${Array.from({ length: rows }, () => html`<li class="item"><div class="body"><span class="bone title"></span><span class="bone"></span>${lines}</div></li>`)}
    </ul>
  </div>`;
}

/** What went wrong, in words a visitor understands. */
export const errorText = (t: Translation, error: FeedError | undefined) =>
  t.feedError[error && error.code !== 'abort' ? error.code : 'network'];
