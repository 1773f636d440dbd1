// The visitor's search box and filters of <press-feed>, and `sync-url`.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { UrlStateController, type UrlValues } from '../../controllers/url-state.js';
import { localDay, wordList } from '../../data/attribute-values.js';
import type { ReleaseFilter } from '../../data/filter-sort.js';
import { foldForSearch } from '../../data/fold.js';
import { isSerbian, serbianScript, toScript } from '../../data/script.js';
import type { PressRelease } from '../../data/types.js';
import { PressFilterChangeEvent } from '../../events/press-filter-change.js';
import type { CommonTexts, FeedTexts } from '../../i18n/translation.js';

/** The visitor's own filters, as the controls show them. */
interface VisitorFilter {
  query: string;
  tags: string[];
  category: string;
  /** `YYYY-MM-DD`, as `<input type="date">` gives it. */
  from: string;
  to: string;
}

const noFilter: VisitorFilter = { query: '', tags: [], category: '', from: '', to: '' };

const value = (event: Event) => (event.target as HTMLInputElement).value;

/** What the controls read of the feed element they sit in. */
export interface ControlsHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly id: string;
  readonly showSearch: boolean;
  readonly showFilters: boolean;
  readonly syncUrl: string | undefined;
  readonly script: string | undefined;
}

/** What the feed lets its controls do: move to a page, and count what the filters let through. */
export interface ResultsAccess {
  setPage(page: number): void;
  count(): number;
  /** A topic as visitors read it (see `tagLabel`), from the tag as shown. */
  tagLabel(tag: string): string;
}

/**
 * The visitor's search and filters, kept in the page URL with `sync-url`. Filtering runs on the releases
 * already loaded and never refetches; each change fires `press-filter-change` once the list shows it.
 */
export class FeedControls implements ReactiveController {
  /** The visitor's filter; the element shows the releases it lets through. */
  filter = noFilter;
  readonly #host: ControlsHost;
  readonly #results: ResultsAccess;
  readonly #url: UrlStateController;
  #syncUrl: string | undefined;
  /** What is in the search box, which may be ahead of the applied (debounced) query. */
  #searchText = '';
  #searchTimer?: ReturnType<typeof setTimeout>;
  #choices?: { deps: unknown[]; value: ReturnType<typeof choices> };

  constructor(host: ControlsHost, results: ResultsAccess) {
    this.#host = host;
    this.#results = results;
    this.#url = new UrlStateController(host, (values) => this.#restore(values));
    host.addController(this);
  }

  hostUpdate() {
    const { syncUrl } = this.#host;
    if (syncUrl === this.#syncUrl) return;
    this.#syncUrl = syncUrl;
    this.#url.prefix = syncUrl === undefined ? undefined : syncUrl || this.#host.id || 'feed';
    if (this.#url.prefix !== undefined) this.#restore(this.#url.read());
  }

  hostDisconnected() {
    clearTimeout(this.#searchTimer);
  }

  /** The visitor's filter as the data layer reads it. */
  releaseFilter(): ReleaseFilter {
    const { query, tags, category, from, to } = this.filter;
    return { query, tags, tagMode: 'all', category, since: localDay(from), until: localDay(to, true) };
  }

  /** Writes the filters and `page` to the URL with `sync-url`; `push` makes a new history entry. */
  write(page: number, push: boolean) {
    const { query, tags, category, from, to } = this.filter;
    this.#url.write({ q: query, tags: tags.join(), category, from, to, page: page > 1 ? `${page}` : '' }, push);
  }

  #restore({ q = '', tags, category = '', from = '', to = '', page }: UrlValues) {
    this.#searchText = q;
    this.#setFilter({ query: q, tags: wordList(tags), category, from, to });
    this.#results.setPage(Math.max(1, Number(page) || 1));
  }

  #setFilter(filter: VisitorFilter) {
    this.filter = filter;
    this.#host.requestUpdate();
  }

  async #change(patch: Partial<VisitorFilter>, push = true) {
    this.#setFilter({ ...this.filter, ...patch });
    this.#results.setPage(1);
    this.write(1, push);
    await this.#host.updateComplete;
    this.#host.dispatchEvent(
      new PressFilterChangeEvent({ filter: this.releaseFilter(), count: this.#results.count() }),
    );
  }

  #onSearch(event: InputEvent) {
    this.#searchText = value(event);
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#applySearch(), 250);
  }

  #applySearch() {
    clearTimeout(this.#searchTimer);
    if (this.#searchText.trim() !== this.filter.query.trim()) void this.#change({ query: this.#searchText }, false);
  }

  async #clear() {
    this.#searchText = '';
    await this.#change(noFilter);
    this.#host.renderRoot.querySelector<HTMLElement>('#search, .chip, #category, #from')?.focus();
  }

  /** Only the search is set: nothing found is "no match for your search", not for "these filters". */
  get searchOnly(): boolean {
    const { query, ...filters } = this.filter;
    return !!query.trim() && !Object.values(filters).join('');
  }

  /** "Clear filters", while any filter is set: every value, the topics included, is empty when none is. */
  clear(t: FeedTexts) {
    return Object.values(this.filter).join('')
      ? html`<button class="button clear" @click=${() => this.#clear()}>${t.clearFilters}</button>`
      : nothing;
  }

  /** The search box and filters the visitor asked for, and the count of what they let through. */
  render(t: CommonTexts & FeedTexts, count: number, base: PressRelease[]) {
    const host = this.#host;
    const { filter } = this;
    const clear = this.clear(t);
    const change = (patch: Partial<VisitorFilter>) => this.#change(patch);
    const deps = [base, host.script];
    if (!this.#choices?.deps.every((dep, i) => dep === deps[i]))
      this.#choices = { deps, value: choices(base, filter.tags, host.script) };
    const { tags, categories, label } = this.#choices.value;
    return html`<div class="controls needs-script">
      ${
        host.showSearch
          ? html`<div class="field search">
            <label for="search">${t.searchLabel}</label>
            <input id="search" part="search" type="search" autocomplete="off" aria-describedby="search-hint"
              .value=${this.#searchText} @input=${(event: InputEvent) => this.#onSearch(event)}
              @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.#applySearch()} />
            <span id="search-hint" class="hint">${t.searchHint}</span>
          </div>`
          : nothing
      }
      ${
        host.showFilters
          ? html`<fieldset part="filters" class="filters">
            <legend class="visually-hidden">${t.filtersLabel}</legend>
            ${
              tags.length
                ? html`<div class="chips" role="group" aria-labelledby="tags-label">
                  <span id="tags-label" class="label">${t.tagsLabel}</span>
                  ${tags.map((tag) => {
                    const pressed = filter.tags.includes(tag);
                    return html`<button part="chip" class="chip" aria-pressed=${pressed}
                      @click=${() => change({ tags: pressed ? filter.tags.filter((picked) => picked !== tag) : [...filter.tags, tag] })}>${this.#results.tagLabel(label(tag))}</button>`;
                  })}
                </div>`
                : nothing
            }
            ${
              categories.length > 1 || filter.category
                ? html`<div class="field">
                  <label for="category">${t.categoryLabel}</label>
                  <select id="category" @change=${(event: Event) => change({ category: value(event) })}>
                    <option value="" ?selected=${!filter.category}>${t.allCategories}</option>
                    ${categories.map((category) => html`<option value=${category} ?selected=${category === filter.category}>${label(category)}</option>`)}
                  </select>
                </div>`
                : nothing
            }
            ${(['from', 'to'] as const).map(
              (key) => html`<div class="field">
                <label for=${key}>${key === 'from' ? t.sinceLabel : t.untilLabel}</label>
                <input id=${key} type="date" .value=${filter[key]} min=${(key === 'to' && filter.from) || nothing}
                  max=${(key === 'from' && filter.to) || nothing} @change=${(event: Event) => change({ [key]: value(event) })} />
              </div>`,
            )}
            ${clear}
          </fieldset>`
          : clear
      }
    </div>
    <p class="count" aria-live="polite" aria-atomic="true">${t.resultCount(count)}</p>`;
  }
}

/**
 * Topics and categories the visitor can pick from: those of the releases the site's filters allow, and
 * the topics already picked. Those of Serbian releases are named in the `script` asked for.
 */
function choices(base: PressRelease[], picked: string[], value: string | undefined) {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  // One option per category, however it is written: the filter already matches across scripts and accents.
  const categories = new Map<string, string>();
  const script = serbianScript(value);
  for (const { tags, category, language, title } of base) {
    if (script && isSerbian(language, title))
      for (const text of [...tags, category]) if (text) labels.set(text, toScript(text, script));
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    if (category && !categories.has(foldForSearch(category))) categories.set(foldForSearch(category), category);
  }
  const tags = [
    ...new Set([
      ...[...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([tag]) => tag),
      ...picked,
    ]),
  ];
  const label = (text: string) => labels.get(text) ?? text;
  return { tags, categories: [...categories.values()].sort((a, b) => label(a).localeCompare(label(b))), label };
}
