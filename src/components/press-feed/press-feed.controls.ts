import { html, nothing } from 'lit';
import type { Translation } from '../../i18n/translation.js';

/** The visitor's own filters, as the controls show them. */
export interface VisitorFilter {
  query: string;
  tags: string[];
  category: string;
  /** `YYYY-MM-DD`, as `<input type="date">` gives it. */
  from: string;
  to: string;
}

export const noVisitorFilter: VisitorFilter = { query: '', tags: [], category: '', from: '', to: '' };

export const isFiltering = (filter: VisitorFilter) =>
  Boolean(filter.query || filter.tags.length || filter.category || filter.from || filter.to);

export interface ControlsView {
  t: Translation;
  showSearch: boolean;
  showFilters: boolean;
  /** What is in the search box, which may be ahead of the applied (debounced) query. */
  searchText: string;
  filter: VisitorFilter;
  tags: string[];
  categories: string[];
  onSearch: (event: InputEvent) => void;
  onSearchKey: (event: KeyboardEvent) => void;
  change: (patch: Partial<VisitorFilter>) => void;
  clear: () => void;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export function renderControls(view: ControlsView) {
  const { t, filter, change } = view;
  const clear = isFiltering(filter)
    ? html`<button class="button clear" @click=${view.clear}>${t.clearFilters}</button>`
    : nothing;
  return html`<div class="controls">
    ${view.showSearch
      ? html`<div class="field search">
          <label for="search">${t.searchLabel}</label>
          <input id="search" part="search" type="search" autocomplete="off" aria-describedby="search-hint"
            .value=${view.searchText} @input=${view.onSearch} @keydown=${view.onSearchKey} />
          <span id="search-hint" class="hint">${t.searchHint}</span>
        </div>`
      : nothing}
    ${view.showFilters
      ? html`<fieldset part="filters" class="filters">
          <legend class="visually-hidden">${t.filtersLabel}</legend>
          ${view.tags.length
            ? html`<div class="chips" role="group" aria-labelledby="tags-label">
                <span id="tags-label" class="label">${t.tagsLabel}</span>
                ${view.tags.map((tag) => {
                  const pressed = filter.tags.includes(tag);
                  return html`<button part="chip" class="chip" aria-pressed=${pressed}
                    @click=${() => change({ tags: pressed ? filter.tags.filter((picked) => picked !== tag) : [...filter.tags, tag] })}>${tag}</button>`;
                })}
              </div>`
            : nothing}
          ${view.categories.length > 1 || filter.category
            ? html`<div class="field">
                <label for="category">${t.categoryLabel}</label>
                <select id="category" @change=${(event: Event) => change({ category: value(event) })}>
                  <option value="" ?selected=${!filter.category}>${t.allCategories}</option>
                  ${view.categories.map((category) => html`<option ?selected=${category === filter.category}>${category}</option>`)}
                </select>
              </div>`
            : nothing}
          <div class="field">
            <label for="from">${t.sinceLabel}</label>
            <input id="from" type="date" .value=${filter.from} max=${filter.to || nothing} @change=${(event: Event) => change({ from: value(event) })} />
          </div>
          <div class="field">
            <label for="to">${t.untilLabel}</label>
            <input id="to" type="date" .value=${filter.to} min=${filter.from || nothing} @change=${(event: Event) => change({ to: value(event) })} />
          </div>
          ${clear}
        </fieldset>`
      : clear}
  </div>`;
}

/** Page numbers to show: the first, the last, and the current one with its neighbours; 0 marks a gap. */
export function pageWindow(current: number, count: number): number[] {
  const pages = [...new Set([1, current - 1, current, current + 1, count])].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  return pages.flatMap((page, index) => (index && page - pages[index - 1] > 1 ? [0, page] : [page]));
}

export function renderPages(t: Translation, current: number, count: number, hasNext: boolean, go: (page: number) => void) {
  return html`<nav part="more" class="pages" aria-label=${t.pagination}>
    <ul role="list">
      <li><button class="button" ?disabled=${current <= 1} @click=${() => go(current - 1)}>${t.previousPage}</button></li>
      ${pageWindow(current, count).map((page) =>
        page
          ? html`<li><button class="button" aria-label=${t.pageLabel(page)} aria-current=${page === current ? 'page' : nothing}
              @click=${() => go(page)}>${page}</button></li>`
          : html`<li aria-hidden="true">…</li>`,
      )}
      <li><button class="button" ?disabled=${!hasNext} @click=${() => go(current + 1)}>${t.nextPage}</button></li>
    </ul>
  </nav>`;
}
