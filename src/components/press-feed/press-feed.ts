import { html, nothing, type PropertyValues } from 'lit';
import { PressElement } from '../press-element.js';
import { FeedController } from '../../controllers/feed.js';
import { UrlStateController, type UrlValues } from '../../controllers/url-state.js';
import { filterReleases, foldForSearch, loadNextPage, mergeFeeds, sortReleases, type ReleaseFilter } from '../../data/index.js';
import type { FeedError } from '../../data/feed-error.js';
import type { PressFeed as Feed, PressRelease } from '../../data/types.js';
import { PressErrorEvent } from '../../events/press-error.js';
import { PressFilterChangeEvent } from '../../events/press-filter-change.js';
import { PressItemSelectEvent } from '../../events/press-item-select.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { isFiltering, noVisitorFilter, renderControls, renderPages, type VisitorFilter } from './press-feed.controls.js';
import { errorText, renderItem, renderSkeleton, type DateStyle, type ItemView } from './press-feed.item.js';
import { NewReleases } from './press-feed.news.js';
import { feedStyles } from './press-feed.styles.js';

const oneOf = <const T extends string>(value: string | undefined, allowed: readonly T[]): T =>
  allowed.includes(value as T) ? (value as T) : allowed[0];

/** `YYYY-MM-DD` is a whole local day (its first or last moment); anything else as `Date` reads it. */
function day(value: string | undefined, end = false): Date | undefined {
  if (!value) return undefined;
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? [];
  const date = y ? new Date(+y, +m - 1, +d + (end ? 1 : 0), 0, 0, 0, end ? -1 : 0) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const list = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);
const SEARCH_DELAY = 250;
const MAX_CHIPS = 12;

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
    src: { type: String },
    feed: { attribute: false },
    tags: { type: String },
    tagMode: { type: String, attribute: 'tag-mode' },
    category: { type: String },
    source: { type: String },
    since: { type: String },
    until: { type: String },
    query: { type: String },
    showSearch: { type: Boolean, attribute: 'show-search' },
    showFilters: { type: Boolean, attribute: 'show-filters' },
    sort: { type: String },
    limit: { type: Number },
    paging: { type: String },
    layout: { type: String },
    showImages: { type: Boolean, attribute: 'show-images' },
    showSummary: { type: Boolean, attribute: 'show-summary' },
    dates: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    expand: { type: Boolean },
    refresh: { type: Number },
    syncUrl: { type: String, attribute: 'sync-url' },
    now: { attribute: false },
    filter: { state: true },
    page: { state: true },
    open: { state: true },
    nextFeeds: { state: true },
    nextError: { state: true },
    loadingNext: { state: true },
    revealed: { state: true },
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
  declare dates: DateStyle;
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

  declare private filter: VisitorFilter;
  declare private page: number;
  declare private open: ReadonlySet<string>;
  declare private nextFeeds: Feed[];
  declare private nextError: FeedError | undefined;
  declare private loadingNext: boolean;
  declare private revealed: number;

  private readonly data = new FeedController(this);
  private readonly url = new UrlStateController(this, (values) => this.restore(values));
  private searchText = '';
  private searchTimer?: ReturnType<typeof setTimeout>;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private focusIndex?: number;
  private memos = new Map<string, { deps: unknown[]; value: unknown }>();
  private readonly news = new NewReleases();

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
    this.filter = noVisitorFilter;
    this.page = 1;
    this.open = new Set();
    this.nextFeeds = [];
    this.loadingNext = false;
    this.revealed = 0;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.startRefresh();
  }

  private startRefresh() {
    clearInterval(this.refreshTimer);
    if (this.refresh && this.refresh > 0) this.refreshTimer = setInterval(() => document.hidden || this.data.retry(), this.refresh * 1000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearInterval(this.refreshTimer);
  }

  private memo<T>(key: string, deps: unknown[], compute: () => T): T {
    const last = this.memos.get(key);
    if (last && last.deps.length === deps.length && last.deps.every((dep, i) => dep === deps[i])) return last.value as T;
    const value = compute();
    this.memos.set(key, { deps, value });
    return value;
  }

  private get perPage() {
    return this.limit > 0 ? Math.floor(this.limit) : 10;
  }

  /** Every release loaded, next pages included, each once. */
  private all(): PressRelease[] {
    return this.memo('all', [this.data.feed, this.nextFeeds], () =>
      this.nextFeeds.length && this.data.feed ? mergeFeeds([this.data.feed, ...this.nextFeeds]) : this.data.items,
    );
  }

  /** The site's filters applied and sorted; held-back new releases included. */
  private base(): PressRelease[] {
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
    const key = JSON.stringify(preset);
    return this.memo('base', [this.all(), key, this.sort], () => sortReleases(filterReleases(this.all(), preset), oneOf(this.sort, ['newest', 'oldest'])));
  }

  /** The ids of releases a refresh brought that the visitor has not asked to see yet. */
  private held(): Set<string> {
    const confirmed = this.data.status === 'ready' && !this.data.loading && !this.data.stale;
    return this.memo('held', [this.all(), confirmed, this.revealed], () => this.news.held(this.all(), confirmed));
  }

  private visitorFilter(): ReleaseFilter {
    const { query, tags, category, from, to } = this.filter;
    return { query, tags, tagMode: 'all', category, since: day(from), until: day(to, true) };
  }

  /** What matches every filter, in order. */
  private results(): PressRelease[] {
    return this.memo('results', [this.base(), this.held(), this.filter], () => {
      const held = this.held();
      return filterReleases(held.size ? this.base().filter((item) => !held.has(item.id)) : this.base(), this.visitorFilter());
    });
  }

  /** The feed whose `next_url` comes next, while there is one. */
  private get tail(): Feed | undefined {
    const tail = this.nextFeeds.at(-1) ?? this.data.feeds.find((feed) => feed.nextUrl);
    return tail?.nextUrl ? tail : undefined;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src')) {
      this.data.setSources(this.src);
      this.nextFeeds = [];
      this.news.reset();
      this.page = 1;
    }
    if (changed.has('feed')) {
      this.data.setFeed(this.feed);
      this.news.reset();
    }
    if (changed.has('syncUrl')) {
      this.url.prefix = this.syncUrl === undefined ? undefined : this.syncUrl || this.id || 'feed';
      if (this.url.prefix !== undefined) this.restore(this.url.read());
    }
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has('refresh')) this.startRefresh();
    // After "Show more", a page change or "Show" new releases: focus goes to the first release that appeared.
    if (this.focusIndex !== undefined && !this.loadingNext) {
      const item = this.renderRoot.querySelectorAll('.list:not(.skeleton) > .item')[this.focusIndex];
      this.focusIndex = undefined;
      if (item) {
        const target = item.querySelector<HTMLElement>('a, button') ?? item.querySelector<HTMLElement>('.title')!;
        if (!target.matches('a, button')) target.tabIndex = -1;
        target.focus();
      }
    }
  }

  private restore(values: UrlValues) {
    this.searchText = values.q ?? '';
    this.filter = { query: this.searchText, tags: list(values.tags), category: values.category ?? '', from: values.from ?? '', to: values.to ?? '' };
    this.page = Math.max(1, Number(values.page) || 1);
  }

  private async changeFilter(patch: Partial<VisitorFilter>, push = true) {
    this.filter = { ...this.filter, ...patch };
    this.page = 1;
    this.writeUrl(push);
    await this.updateComplete;
    this.dispatchEvent(new PressFilterChangeEvent({ filter: this.visitorFilter(), count: this.results().length }));
  }

  private writeUrl(push: boolean) {
    const { query, tags, category, from, to } = this.filter;
    this.url.write({ q: query, tags: tags.join(','), category, from, to, page: this.page > 1 ? String(this.page) : '' }, push);
  }

  private onSearch = (event: InputEvent) => {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DELAY);
  };

  private onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') this.applySearch();
  };

  private applySearch() {
    clearTimeout(this.searchTimer);
    if (this.searchText.trim() !== this.filter.query.trim()) void this.changeFilter({ query: this.searchText }, false);
  }

  private clear = async () => {
    this.searchText = '';
    await this.changeFilter(noVisitorFilter);
    this.renderRoot.querySelector<HTMLElement>('#search, .chip, #category, #from')?.focus();
  };

  private select = (item: PressRelease, event: MouseEvent) => {
    if (!this.dispatchEvent(new PressItemSelectEvent({ item }))) event.preventDefault();
  };

  private toggle = (item: PressRelease) => {
    const open = new Set(this.open);
    if (!open.delete(item.id)) open.add(item.id);
    this.open = open;
  };

  /** Shows the next releases; asks for the feed's next page when the loaded ones run out. */
  private async more() {
    this.focusIndex = this.paging === 'pages' ? 0 : Math.min(this.page * this.perPage, this.results().length);
    this.page += 1;
    this.writeUrl(true);
    if (this.page * this.perPage > this.results().length) await this.loadNext();
  }

  private async loadNext() {
    const tail = this.tail;
    if (!tail || this.loadingNext) return;
    this.loadingNext = true;
    this.nextError = undefined;
    try {
      const next = await loadNextPage(tail);
      if (next) this.nextFeeds = [...this.nextFeeds, next];
      else this.nextFeeds = [...this.nextFeeds, { ...tail, nextUrl: undefined, items: [] }];
    } catch (error) {
      this.nextError = error as FeedError;
      this.page -= 1;
      this.dispatchEvent(new PressErrorEvent({ error: this.nextError }));
    } finally {
      this.loadingNext = false;
    }
  }

  private goTo = (page: number) => {
    const pageCount = Math.ceil(this.results().length / this.perPage);
    if (page > pageCount) return void this.more();
    this.page = page;
    this.focusIndex = 0;
    this.writeUrl(true);
  };

  private showNew = () => {
    const held = this.held();
    this.news.reveal(this.all().filter((item) => held.has(item.id)));
    this.revealed += 1;
    this.page = 1;
    this.focusIndex = this.paging === 'pages' || this.sort !== 'oldest' ? 0 : undefined;
  };

  override render() {
    const { t } = this.localize;
    // With several feeds, the list waits for all of them rather than growing under the visitor's eyes.
    const partial = !this.feed && this.data.loading && this.data.feeds.length < list(this.src).length;
    const status = partial ? 'loading' : this.data.status;
    const layout = oneOf(this.layout, ['list', 'grid', 'compact']);
    if (status === 'idle') return html`<slot></slot>`;
    const skeleton = () => renderSkeleton(t, Math.min(this.perPage, 10), layout, this.showSummary);
    if (status === 'loading') return skeleton();
    if (status === 'error') {
      return html`<div class="message message--error" part="error">
        <p>${errorText(t, this.data.error)}</p>
        <button class="button" ?disabled=${this.data.loading} @click=${() => this.data.retry()}>${t.retry}</button>
        <slot></slot>
      </div>`;
    }
    if (!this.all().length) return html`<p class="message">${t.emptyFeed}</p>`;

    const results = this.results();
    const held = this.memo('heldShown', [this.base(), this.held()], () => this.base().filter((item) => this.held().has(item.id)).length);
    const perPage = this.perPage;
    const pageCount = Math.max(1, Math.ceil(results.length / perPage));
    const pages = this.paging === 'pages';
    const page = Math.min(this.page, pageCount + (this.loadingNext ? 1 : 0));
    const shown = pages ? results.slice((page - 1) * perPage, page * perPage) : results.slice(0, page * perPage);
    const hasNext = Boolean(this.tail);
    const fetchedAt = this.data.fetchedAt;
    const controls = this.showSearch || this.showFilters;
    const view: ItemView = {
      localize: this.localize,
      headingLevel: this.headingLevel >= 1 && this.headingLevel <= 6 ? Math.floor(this.headingLevel) : 3,
      dates: oneOf(this.dates, ['absolute', 'relative', 'both']),
      now: this.now ?? new Date(),
      compact: layout === 'compact',
      showImages: this.showImages,
      showSummary: this.showSummary,
      expand: this.expand,
      open: this.open,
      select: this.select,
      toggle: this.toggle,
    };
    return html`<div class="feed">
      ${this.data.stale && fetchedAt ? html`<p class="notice">${t.staleNotice(this.localize.formatDate(fetchedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>` : nothing}
      ${controls ? renderControls({ t, showSearch: this.showSearch, showFilters: this.showFilters, searchText: this.searchText, filter: this.filter, ...this.choices(), onSearch: this.onSearch, onSearchKey: this.onSearchKey, change: (patch) => this.changeFilter(patch), clear: this.clear }) : nothing}
      ${controls ? html`<p class="count" aria-live="polite" aria-atomic="true">${t.resultCount(results.length)}</p>` : nothing}
      <div class="new" aria-live="polite">${held ? html`<p>${t.newReleases(held)} — <button class="button" @click=${this.showNew}>${t.showNewReleases}</button></p>` : nothing}</div>
      ${shown.length
        ? html`<ul class="list ${layout}" role="list" aria-label=${t.releases}>${shown.map((item, index) => renderItem(item, index, view))}</ul>`
        : this.loadingNext
          ? skeleton()
          : html`<div class="message"><p>${t.noResults}</p>${isFiltering(this.filter) ? html`<button class="button" @click=${this.clear}>${t.clearFilters}</button>` : nothing}</div>`}
      ${this.nextError ? html`<p class="message message--error">${errorText(t, this.nextError)}</p>` : nothing}
      ${pages
        ? pageCount > 1 || hasNext ? renderPages(t, page, pageCount, page < pageCount || hasNext, this.goTo) : nothing
        : shown.length < results.length || hasNext
          ? html`<button part="more" class="button more" aria-disabled=${this.loadingNext} @click=${() => this.loadingNext || this.more()}>${this.loadingNext ? t.loading : t.loadMore}</button>`
          : nothing}
    </div>`;
  }

  /** Topics and categories the visitor can pick from: those of the releases the site's filters allow. */
  private choices() {
    return this.memo('choices', [this.base()], () => {
      const counts = new Map<string, number>();
      for (const item of this.base()) for (const tag of item.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      const tags = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_CHIPS).map(([tag]) => tag);
      for (const tag of this.filter.tags) if (!tags.includes(tag)) tags.push(tag);
      // One option per category, however it is written: the filter already matches across scripts and accents.
      const categories = new Map<string, string>();
      for (const { category } of this.base()) if (category && !categories.has(foldForSearch(category))) categories.set(foldForSearch(category), category);
      return { tags, categories: [...categories.values()].sort((a, b) => a.localeCompare(b)) };
    });
  }
}
