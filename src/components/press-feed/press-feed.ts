import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { PressElement } from '../press-element.js';
import { LocalizeController } from '../../controllers/localize.js';
import { FeedController } from '../../controllers/feed.js';
import { UrlStateController, type UrlValues } from '../../controllers/url-state.js';
import { filterReleases, foldForSearch, loadNextPage, mergeFeeds, sortReleases, type ReleaseFilter } from '../../data/index.js';
import type { FeedError } from '../../data/feed-error.js';
import type { PressFeed as Feed, PressRelease } from '../../data/types.js';
import type { CommonTexts, FeedTexts } from '../../i18n/translation.js';
import { feedTexts } from '../../i18n/feed.js';
import { PressErrorEvent } from '../../events/press-error.js';
import { PressFilterChangeEvent } from '../../events/press-filter-change.js';
import { PressItemSelectEvent } from '../../events/press-item-select.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { day, filtering, list, noFilter, oneOf, pageWindow, type VisitorFilter } from './press-feed.filter.js';
import { NewReleases } from './press-feed.news.js';
import { feedStyles } from './press-feed.styles.js';
import { isSerbian, serbianScript, toScript, transliterateRelease, type SerbianScript } from '../../data/script.js';

/** What went wrong, in words a visitor understands. */
const errorText = (t: CommonTexts & FeedTexts, error: FeedError | undefined) => t.feedError[error && error.code !== 'abort' ? error.code : 'network'];

const value = (event: Event) => (event.target as HTMLInputElement).value;

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
 * A list of press releases from one or more feeds, filtered by the site and by the visitor.
 *
 * @tag press-feed
 * @summary The filtered press-release feed a web team embeds with one tag.
 *
 * @slot - Fallback shown before the element is defined and with the error message (e.g. a link to the releases page).
 *
 * @event {PressLoadEvent} press-load - The feed has loaded; `detail.feed`.
 * @event {PressErrorEvent} press-error - The feed (or its next page) could not be loaded; `detail.error` is a `FeedError`.
 * @event {PressFilterChangeEvent} press-filter-change - The visitor changed the search or a filter; `detail.filter`, `detail.count`.
 * @event {PressItemSelectEvent} press-item-select - A release's link was activated; `detail.item`. Cancelable: canceling keeps the link from navigating.
 *
 * @csspart item - One release.
 * @csspart title - The release's heading (it holds the link).
 * @csspart date - The `<time>` of publication.
 * @csspart summary - The release's summary (`show-summary`).
 * @csspart tag - A topic of a release.
 * @csspart image - The release's image (`show-images`).
 * @csspart content - The full release shown inline (`expand`).
 * @csspart search - The search box (`show-search`).
 * @csspart filters - The group of filters (`show-filters`).
 * @csspart chip - A topic toggle button among the filters.
 * @csspart error - The error message with its Retry button.
 * @csspart more - The "load more" button, or the page navigation with `paging="pages"`.
 *
 * @cssproperty [--press-feed-gap=1.5rem] - Space between releases.
 * @cssproperty [--press-feed-title-color=the link color] - Colour of release titles.
 * @cssproperty [--press-feed-title-size=1.125em] - Font size of release titles.
 * @cssproperty [--press-feed-item-background=transparent] - Background of a release (cards in `grid`).
 * @cssproperty [--press-feed-item-border-color=the border color] - Line between releases, card border in `grid`.
 * @cssproperty [--press-feed-column-width=16rem] - Narrowest column of the `grid` layout.
 * @cssproperty [--press-feed-image-ratio=16 / 9] - Aspect ratio of release images.
 */
export class PressFeed extends PressElement {
  static override tagName = 'press-feed';
  static override styles = [...PressElement.styles, buttonStyles, feedStyles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    tags: {},
    tagMode: { attribute: 'tag-mode' },
    category: {},
    source: {},
    since: {},
    until: {},
    query: {},
    showSearch: { type: Boolean, attribute: 'show-search' },
    showFilters: { type: Boolean, attribute: 'show-filters' },
    sort: {},
    limit: { type: Number },
    paging: {},
    layout: {},
    showImages: { type: Boolean, attribute: 'show-images' },
    showSummary: { type: Boolean, attribute: 'show-summary' },
    dates: {},
    script: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    expand: { type: Boolean },
    refresh: { type: Number },
    syncUrl: { attribute: 'sync-url' },
    now: { attribute: false },
    filter: { state: true, attribute: false },
    page: { state: true, attribute: false },
    open: { state: true, attribute: false },
    nextFeeds: { state: true, attribute: false },
    nextError: { state: true, attribute: false },
    loadingNext: { state: true, attribute: false },
    revealed: { state: true, attribute: false },
  };

  /** Feed URL, or several separated by spaces: merged, newest first, each release once. */
  declare src: string | undefined;
  /** A feed the page already has (property only); nothing is fetched. */
  declare feed: Feed | undefined;
  /** Only releases with these topics (space- or comma-separated). */
  declare tags: string | undefined;
  /** `any` (default): a release needs one of `tags`; `all`: every one. */
  declare tagMode: 'any' | 'all';
  /** Only releases of this category. */
  declare category: string | undefined;
  /** Only releases from this issuing body. */
  declare source: string | undefined;
  /** Only releases published on or after this date (`YYYY-MM-DD` or an ISO date-time). */
  declare since: string | undefined;
  /** Only releases published on or before this date (`YYYY-MM-DD`: the whole day). */
  declare until: string | undefined;
  /** Only releases containing these words (in any case, accents or Serbian script). */
  declare query: string | undefined;
  /** Shows a search box; it filters what is loaded, never refetching. */
  declare showSearch: boolean;
  /** Shows topic toggles, a category select, a date range and "Clear filters". */
  declare showFilters: boolean;
  /** `newest` (default) or `oldest` first. */
  declare sort: 'newest' | 'oldest';
  /** Releases per page (default 10). */
  declare limit: number;
  /** `more` (default): a "Show more" button; `pages`: numbered pages. Both follow the feed's `next_url`. */
  declare paging: 'more' | 'pages';
  /** `list` (default), `grid` (cards in columns when there is room) or `compact` (titles and dates). */
  declare layout: 'list' | 'grid' | 'compact';
  /** Shows each release's image. */
  declare showImages: boolean;
  /** Shows each release's summary. */
  declare showSummary: boolean;
  /** `absolute` (default) "14 October 2026", `relative` "3 days ago", or `both`. */
  declare dates: 'absolute' | 'relative' | 'both';
  /** The heading level of release titles, 1–6 (default 3), to fit the page's outline. */
  declare headingLevel: number;
  /** Each release can be read in full inline, in a disclosure. */
  declare expand: boolean;
  /** Checks the feed for new releases every this many seconds; they wait for the visitor's "Show". */
  declare refresh: number | undefined;
  /** Keeps the visitor's filters in the page URL; the value (or the element's `id`, or `feed`) prefixes the parameters. */
  declare syncUrl: string | undefined;
  /** The moment relative dates count from (property only; default: the time of rendering). */
  declare now: Date | undefined;
  /**
   * `latin` or `cyrillic`: shows Serbian releases (language `sr`, `sr-*`, or Cyrillic text with no
   * language) in that script: titles, summaries, text, topics and quotes. Unset: as the feed has them.
   */
  declare script: SerbianScript | undefined;

  declare private filter: VisitorFilter;
  declare private page: number;
  declare private open: ReadonlySet<string>;
  declare private nextFeeds: Feed[];
  declare private nextError: FeedError | undefined;
  declare private loadingNext: boolean;
  declare private revealed: number;

  protected readonly localize = new LocalizeController(this, feedTexts);
  readonly #data = new FeedController(this);
  readonly #url = new UrlStateController(this, (values) => this.#restore(values));
  readonly #news = new NewReleases();
  readonly #memos = new Map<string, { deps: unknown[]; value: unknown }>();
  /** What is in the search box, which may be ahead of the applied (debounced) query. */
  #searchText = '';
  #searchTimer?: ReturnType<typeof setTimeout>;
  #refreshTimer?: ReturnType<typeof setInterval>;
  /** The release to focus after the next update (after "Show more", a page change or "Show" new releases). */
  #focusIndex?: number;

  constructor() {
    super();
    this.tagMode = 'any';
    this.showSearch = false;
    this.showFilters = false;
    this.sort = 'newest';
    this.limit = 10;
    this.paging = 'more';
    this.layout = 'list';
    this.showImages = false;
    this.showSummary = false;
    this.dates = 'absolute';
    this.headingLevel = 3;
    this.expand = false;
    this.filter = noFilter;
    this.page = 1;
    this.open = new Set();
    this.nextFeeds = [];
    this.loadingNext = false;
    this.revealed = 0;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.#startRefresh();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    clearInterval(this.#refreshTimer);
  }

  #startRefresh() {
    clearInterval(this.#refreshTimer);
    if (this.refresh! > 0) this.#refreshTimer = setInterval(() => document.hidden || this.#data.retry(), this.refresh! * 1000);
  }

  #memo<T>(key: string, deps: unknown[], compute: () => T): T {
    const last = this.#memos.get(key);
    if (last?.deps.every((dep, i) => dep === deps[i])) return last.value as T;
    const value = compute();
    this.#memos.set(key, { deps, value });
    return value;
  }

  get #perPage() {
    const limit = Math.floor(this.limit);
    return limit > 0 ? limit : 10;
  }

  /** Every release loaded, next pages included, each once. */
  #all(): PressRelease[] {
    const { feed, items } = this.#data;
    return this.#memo('all', [feed, this.nextFeeds], () => (this.nextFeeds.length && feed ? mergeFeeds([feed, ...this.nextFeeds]) : items));
  }

  /** The site's filters applied and sorted; held-back new releases included. */
  #base(): PressRelease[] {
    const preset: ReleaseFilter = {
      tags: list(this.tags),
      tagMode: oneOf(this.tagMode, ['any', 'all']),
      category: this.category,
      source: this.source,
      language: this.getAttribute('lang') || undefined,
      since: day(this.since),
      until: day(this.until, true),
      query: this.query,
    };
    return this.#memo('base', [this.#all(), JSON.stringify(preset), this.sort], () =>
      sortReleases(filterReleases(this.#all(), preset), oneOf(this.sort, ['newest', 'oldest'])),
    );
  }

  /** The ids of releases a refresh brought that the visitor has not asked to see yet. */
  #held(): Set<string> {
    const data = this.#data;
    const confirmed = data.status === 'ready' && !data.loading && !data.stale;
    return this.#memo('held', [this.#all(), confirmed, this.revealed], () => this.#news.held(this.#all(), confirmed));
  }

  #visitorFilter(): ReleaseFilter {
    const { query, tags, category, from, to } = this.filter;
    return { query, tags, tagMode: 'all', category, since: day(from), until: day(to, true) };
  }

  /** What matches every filter, in order; and how many releases the site's filters allow are held back. */
  #results(): [PressRelease[], number] {
    return this.#memo('results', [this.#base(), this.#held(), this.filter], () => {
      const held = this.#held();
      const base = this.#base();
      const shown = held.size ? base.filter((item) => !held.has(item.id)) : base;
      return [filterReleases(shown, this.#visitorFilter()), base.length - shown.length];
    });
  }

  /** The feed whose `next_url` comes next, while there is one. */
  get #tail(): Feed | undefined {
    const tail = this.nextFeeds.at(-1) ?? this.#data.feeds.find((feed) => feed.nextUrl);
    return tail?.nextUrl ? tail : undefined;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src')) {
      this.#data.setSources(this.src);
      this.nextFeeds = [];
      this.#news.reset();
      this.page = 1;
    }
    if (changed.has('feed')) {
      this.#data.setFeed(this.feed);
      this.#news.reset();
    }
    if (changed.has('syncUrl')) {
      this.#url.prefix = this.syncUrl === undefined ? undefined : this.syncUrl || this.id || 'feed';
      if (this.#url.prefix !== undefined) this.#restore(this.#url.read());
    }
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has('refresh')) this.#startRefresh();
    if (this.#focusIndex !== undefined && !this.loadingNext) {
      const item = this.renderRoot.querySelectorAll('.list:not(.skeleton) > .item')[this.#focusIndex];
      this.#focusIndex = undefined;
      // The release's link or disclosure button; a release with neither is focused by its heading.
      const control = item?.querySelector<HTMLElement>('a, button');
      const title = item?.querySelector<HTMLElement>('.title');
      if (!control && title) title.tabIndex = -1;
      (control ?? title)?.focus();
    }
  }

  #restore({ q = '', tags, category = '', from = '', to = '', page }: UrlValues) {
    this.#searchText = q;
    this.filter = { query: q, tags: list(tags), category, from, to };
    this.page = Math.max(1, Number(page) || 1);
  }

  async #changeFilter(patch: Partial<VisitorFilter>, push = true) {
    this.filter = { ...this.filter, ...patch };
    this.page = 1;
    this.#writeUrl(push);
    await this.updateComplete;
    this.dispatchEvent(new PressFilterChangeEvent({ filter: this.#visitorFilter(), count: this.#results()[0].length }));
  }

  #writeUrl(push: boolean) {
    const { query, tags, category, from, to } = this.filter;
    this.#url.write({ q: query, tags: tags.join(), category, from, to, page: this.page > 1 ? `${this.page}` : '' }, push);
  }

  // Event listeners bound in templates: Lit calls them with the element as `this`.
  #onSearch(event: InputEvent) {
    this.#searchText = value(event);
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#applySearch(), 250);
  }

  #onSearchKey(event: KeyboardEvent) {
    if (event.key === 'Enter') this.#applySearch();
  }

  #applySearch() {
    clearTimeout(this.#searchTimer);
    if (this.#searchText.trim() !== this.filter.query.trim()) void this.#changeFilter({ query: this.#searchText }, false);
  }

  async #clear() {
    this.#searchText = '';
    await this.#changeFilter(noFilter);
    this.renderRoot.querySelector<HTMLElement>('#search, .chip, #category, #from')?.focus();
  }

  #toggle(item: PressRelease) {
    const open = new Set(this.open);
    if (!open.delete(item.id)) open.add(item.id);
    this.open = open;
  }

  /** Shows the next releases; asks for the feed's next page when the loaded ones run out. */
  #more() {
    this.#focusIndex = this.paging === 'pages' ? 0 : Math.min(this.page * this.#perPage, this.#results()[0].length);
    this.page += 1;
    this.#writeUrl(true);
    if (this.page * this.#perPage > this.#results()[0].length) void this.#loadNext();
  }

  async #loadNext() {
    const tail = this.#tail;
    if (!tail || this.loadingNext) return;
    this.loadingNext = true;
    this.nextError = undefined;
    try {
      // No next page after all: an empty one ends the chain.
      this.nextFeeds = [...this.nextFeeds, (await loadNextPage(tail)) ?? { ...tail, nextUrl: undefined, items: [] }];
    } catch (error) {
      this.nextError = error as FeedError;
      this.page -= 1;
      this.dispatchEvent(new PressErrorEvent({ error: this.nextError }));
    }
    this.loadingNext = false;
  }

  #goTo(page: number) {
    if (page > Math.ceil(this.#results()[0].length / this.#perPage)) return this.#more();
    this.page = page;
    this.#focusIndex = 0;
    this.#writeUrl(true);
  }

  #showNew() {
    const held = this.#held();
    this.#news.reveal(this.#all().filter((item) => held.has(item.id)));
    this.revealed += 1;
    this.page = 1;
    this.#focusIndex = this.paging === 'pages' || this.sort !== 'oldest' ? 0 : undefined;
  }

  override render() {
    const { t } = this.localize;
    const data = this.#data;
    // With several feeds, the list waits for all of them rather than growing under the visitor's eyes.
    const status = !this.feed && data.loading && data.feeds.length < list(this.src).length ? 'loading' : data.status;
    const layout = oneOf(this.layout, ['list', 'grid', 'compact']);
    if (status === 'idle') return html`<slot></slot>`;
    if (status === 'loading') return this.#skeleton(layout);
    if (status === 'error') {
      return html`<div class="message message--error" part="error">
        <p>${errorText(t, data.error)}</p>
        <button class="button" ?disabled=${data.loading} @click=${() => data.retry()}>${t.retry}</button>
        <slot></slot>
      </div>`;
    }
    if (!this.#all().length) return html`<p class="message">${t.emptyFeed}</p>`;

    const [results, held] = this.#results();
    const perPage = this.#perPage;
    const pageCount = Math.max(1, Math.ceil(results.length / perPage));
    const pages = this.paging === 'pages';
    const page = Math.min(this.page, pageCount + (this.loadingNext ? 1 : 0));
    const shown = results.slice(pages ? (page - 1) * perPage : 0, page * perPage);
    const hasNext = !!this.#tail;
    const fetchedAt = data.fetchedAt;
    const clear = filtering(this.filter) ? html`<button class="button clear" @click=${this.#clear}>${t.clearFilters}</button>` : nothing;
    const now = this.now ?? new Date();
    return html`<div class="feed">
      ${data.stale && fetchedAt ? html`<p class="notice">${t.staleNotice(this.localize.formatDate(fetchedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>` : nothing}
      ${this.showSearch || this.showFilters ? this.#controls(t, clear, results.length) : nothing}
      <div class="new" aria-live="polite">${held ? html`<p>${t.newReleases(held)} — <button class="button" @click=${this.#showNew}>${t.showNewReleases}</button></p>` : nothing}</div>
      ${shown.length
        ? html`<ul class="list ${layout}" role="list" aria-label=${t.releases}>${shown.map((item, index) => this.#item(item, index, now))}</ul>`
        : this.loadingNext
          ? this.#skeleton(layout)
          : html`<div class="message"><p>${t.noResults}</p>${clear}</div>`}
      ${this.nextError ? html`<p class="message message--error">${errorText(t, this.nextError)}</p>` : nothing}
      ${pages
        ? pageCount > 1 || hasNext ? this.#pages(t, page, pageCount, page < pageCount || hasNext) : nothing
        : shown.length < results.length || hasNext
          ? html`<button part="more" class="button more" aria-disabled=${this.loadingNext} @click=${() => this.loadingNext || this.#more()}>${this.loadingNext ? t.loading : t.loadMore}</button>`
          : nothing}
    </div>`;
  }

  /** Placeholders the size of the list to come, so nothing jumps when it arrives. */
  #skeleton(layout: string) {
    const lines = this.showSummary && layout !== 'compact' ? html`<span class="bone"></span><span class="bone"></span>` : nothing;
    return html`<div class="feed" aria-busy="true">
      <p class="visually-hidden" role="status">${this.localize.t.loading}</p>
      <ul class="list ${layout} skeleton" role="list" aria-hidden="true">
        ${Array.from({ length: Math.min(this.#perPage, 10) }, () => html`<li class="item"><div class="body"><span class="bone title"></span><span class="bone"></span>${lines}</div></li>`)}
      </ul>
    </div>`;
  }

  #item(release: PressRelease, index: number, now: Date) {
    const { t } = this.localize;
    const item = transliterateRelease(release, this.script);
    const id = `r${index}`;
    const open = this.expand && this.open.has(item.id);
    const full = item.contentHtml ? unsafeHTML(item.contentHtml) : item.contentText;
    // The release's own language marks its texts, not the widget's labels around them.
    const lang = item.language ?? nothing;
    const rich = this.layout !== 'compact';
    const level = this.headingLevel >= 1 && this.headingLevel <= 6 ? Math.floor(this.headingLevel) : 3;
    const title = item.url
      ? html`<a href=${item.url} lang=${lang} @click=${(event: MouseEvent) => this.dispatchEvent(new PressItemSelectEvent({ item: release })) || event.preventDefault()}>${item.title}</a>`
      : html`<span lang=${lang}>${item.title}</span>`;
    return html`<li part="item" class="item">
      ${rich && this.showImages && item.image
        ? html`<img part="image" class="image" src=${item.image.url} alt=${item.image.alt ?? ''} loading="lazy" decoding="async" />`
        : nothing}
      <div class="body">
        ${heading(level, id, title)}
        <p class="meta">
          ${item.published ? this.#date(item.published, now) : nothing}
          ${rich ? [item.category, item.source].map((text) => (text ? html`<span class="category">${text}</span>` : nothing)) : nothing}
        </p>
        ${rich && this.showSummary && item.summary ? html`<p part="summary" lang=${lang}>${item.summary}</p>` : nothing}
        ${rich && item.tags.length
          ? html`<ul class="tags" role="list" aria-label=${t.tagsLabel}>${item.tags.map((tag) => html`<li part="tag" class="tag">${tag}</li>`)}</ul>`
          : nothing}
        ${this.expand && full
          ? html`<button class="button toggle" aria-expanded=${open} aria-controls=${open ? `${id}-full` : nothing} aria-describedby=${id}
                @click=${() => this.#toggle(item)}>${open ? t.hideFullRelease : t.readFullRelease}</button>
              ${open ? html`<div id="${id}-full" part="content" class="content" lang=${lang}>${full}</div>` : nothing}`
          : nothing}
      </div>
    </li>`;
  }

  /**
   * Always a `<time datetime>`. A relative date ("3 days ago") carries the absolute date too, visually
   * hidden, so assistive technology hears the exact day; until the language's date-fns locale has
   * loaded, the absolute date is shown.
   */
  #date(date: Date, now: Date) {
    const dates = oneOf(this.dates, ['absolute', 'relative', 'both']);
    const absolute = this.localize.formatDate(date);
    const relative = dates === 'absolute' ? undefined : this.localize.formatRelative(date, now);
    return html`<time part="date" datetime=${date.toISOString()} title=${relative ? absolute : nothing}
      >${!relative ? absolute : dates === 'both' ? `${absolute} · ${relative}` : html`${relative}<span class="visually-hidden"> (${absolute})</span>`}</time
    >`;
  }

  /** The search box and filters the visitor asked for, and the count of what they let through. */
  #controls(t: CommonTexts & FeedTexts, clear: unknown, count: number) {
    const { filter } = this;
    const { tags, categories, label } = this.#choices();
    const change = (patch: Partial<VisitorFilter>) => this.#changeFilter(patch);
    return html`<div class="controls">
      ${this.showSearch
        ? html`<div class="field search">
            <label for="search">${t.searchLabel}</label>
            <input id="search" part="search" type="search" autocomplete="off" aria-describedby="search-hint"
              .value=${this.#searchText} @input=${this.#onSearch} @keydown=${this.#onSearchKey} />
            <span id="search-hint" class="hint">${t.searchHint}</span>
          </div>`
        : nothing}
      ${this.showFilters
        ? html`<fieldset part="filters" class="filters">
            <legend class="visually-hidden">${t.filtersLabel}</legend>
            ${tags.length
              ? html`<div class="chips" role="group" aria-labelledby="tags-label">
                  <span id="tags-label" class="label">${t.tagsLabel}</span>
                  ${tags.map((tag) => {
                    const pressed = filter.tags.includes(tag);
                    return html`<button part="chip" class="chip" aria-pressed=${pressed}
                      @click=${() => change({ tags: pressed ? filter.tags.filter((picked) => picked !== tag) : [...filter.tags, tag] })}>${label(tag)}</button>`;
                  })}
                </div>`
              : nothing}
            ${categories.length > 1 || filter.category
              ? html`<div class="field">
                  <label for="category">${t.categoryLabel}</label>
                  <select id="category" @change=${(event: Event) => change({ category: value(event) })}>
                    <option value="" ?selected=${!filter.category}>${t.allCategories}</option>
                    ${categories.map((category) => html`<option value=${category} ?selected=${category === filter.category}>${label(category)}</option>`)}
                  </select>
                </div>`
              : nothing}
            ${(['from', 'to'] as const).map(
              (key) => html`<div class="field">
                <label for=${key}>${key === 'from' ? t.sinceLabel : t.untilLabel}</label>
                <input id=${key} type="date" .value=${filter[key]} min=${(key === 'to' && filter.from) || nothing}
                  max=${(key === 'from' && filter.to) || nothing} @change=${(event: Event) => change({ [key]: value(event) })} />
              </div>`,
            )}
            ${clear}
          </fieldset>`
        : clear}
    </div>
    <p class="count" aria-live="polite" aria-atomic="true">${t.resultCount(count)}</p>`;
  }

  #pages(t: CommonTexts & FeedTexts, current: number, count: number, hasNext: boolean) {
    const button = (page: number, text: unknown, disabled = false, label?: string) =>
      html`<li><button class="button" ?disabled=${disabled} aria-label=${label ?? nothing} aria-current=${page === current ? 'page' : nothing}
        @click=${() => this.#goTo(page)}>${text}</button></li>`;
    return html`<nav part="more" class="pages" aria-label=${t.pagination}>
      <ul role="list">
        ${button(current - 1, t.previousPage, current <= 1)}
        ${pageWindow(current, count).map((page) => (page ? button(page, page, false, t.pageLabel(page)) : html`<li aria-hidden="true">…</li>`))}
        ${button(current + 1, t.nextPage, !hasNext)}
      </ul>
    </nav>`;
  }

  /** Topics and categories the visitor can pick from: those of the releases the site's filters allow. */
  #choices() {
    return this.#memo('choices', [this.#base(), this.script], () => {
      const counts = new Map<string, number>();
      // How a topic or category is shown: in the `script` asked for when it comes from a Serbian release.
      const labels = new Map<string, string>();
      const script = serbianScript(this.script);
      for (const item of this.#base()) {
        const serbian = script && isSerbian(item.language, item.title);
        if (serbian) for (const text of item.category ? [...item.tags, item.category] : item.tags) labels.set(text, toScript(text, script));
        for (const tag of item.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
      const tags = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([tag]) => tag);
      for (const tag of this.filter.tags) if (!tags.includes(tag)) tags.push(tag);
      // One option per category, however it is written: the filter already matches across scripts and accents.
      const categories = new Map<string, string>();
      for (const { category } of this.#base()) if (category && !categories.has(foldForSearch(category))) categories.set(foldForSearch(category), category);
      const label = (text: string) => labels.get(text) ?? text;
      return { tags, categories: [...categories.values()].sort((a, b) => label(a).localeCompare(label(b))), label };
    });
  }
}
