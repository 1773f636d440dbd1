import { adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PressElement } from '../press-element.js';
import { LocalizeController } from '../../controllers/localize.js';
import { FeedController } from '../../controllers/feed.js';
import { localDay, oneOf, wordList } from '../../data/attribute-values.js';
import { filterReleases, sortReleases, type ReleaseFilter } from '../../data/filter-sort.js';
import { loadNextPage } from '../../data/feed-store.js';
import { mergeFeeds } from '../../data/merge-feeds.js';
import type { FeedError } from '../../data/feed-error.js';
import { transliterateRelease, type SerbianScript } from '../../data/script.js';
import { tagLabel } from '../../data/tag-label.js';
import type { Feed, PressRelease } from '../../data/types.js';
import { feedErrorText } from '../../i18n/common.js';
import { feedTexts } from '../../i18n/feed.js';
import { PressErrorEvent } from '../../events/press-error.js';
import { PressItemSelectEvent } from '../../events/press-item-select.js';
import { LazyCode } from '../lazy-code.js';
import type { FeedControls } from './press-feed.controls.js';
import type { NewReleases } from './press-feed.news.js';
import { feedStyles } from './press-feed.styles.js';

// What a page turns on with an attribute (search, filters, `sync-url`, `expand`, numbered pages,
// `refresh`): the loader then fetches this code beside the element's own, so it costs a page without them
// nothing and one with them no second round trip.
const optionsCode = new LazyCode(() => import('./press-feed.options.js'));

// Lit cannot bind a tag name. The levels pages use most are native headings; the others ARIA headings,
// which assistive technology reads the same, and which cost one template instead of four.
function heading(level: number, id: string, content: unknown): TemplateResult {
  return level === 2
    ? html`<h2 id=${id} class="title" part="title">${content}</h2>`
    : level === 3
      ? html`<h3 id=${id} class="title" part="title">${content}</h3>`
      : html`<div role="heading" aria-level=${level} id=${id} class="title" part="title">${content}</div>`;
}

// A language by its own name, capitalised as a label ("English", "Srpski (latinica)"): what a visitor
// who reads it looks for, whatever the page's language. A tag the browser cannot name stays as written.
function ownName(language: string): string {
  try {
    const name = new Intl.DisplayNames(language, { type: 'language' }).of(language)!;
    return name[0]!.toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return language;
  }
}

/**
 * A list of press releases from one or more feeds, filtered by the site and by the visitor.
 *
 * @tag press-feed
 * @summary The filtered press-release feed a web team embeds with one tag.
 *
 * @slot - Fallback shown before the element is defined, with the error message, and under a server's render for visitors without JavaScript (e.g. a link to the releases page).
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
  static override styles = [...PressElement.styles, feedStyles];

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
    // Reflected, since the interface's script follows the attribute (see LocalizeController).
    script: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    expand: { type: Boolean },
    refresh: { type: Number },
    syncUrl: { attribute: 'sync-url' },
    now: { attribute: false },
    page: { state: true },
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

  declare private page: number;
  // The state of the feed's next pages (`next_url`) and of new releases shown: private fields, each
  // change followed by a requestUpdate, as reactive state names would stay unmangled in the bundle.
  /** The pages after the first one, as "Show more" loaded them. */
  #nextFeeds: Feed[] = [];
  #nextError?: FeedError;
  #loadingNext = false;
  /** How many times the visitor showed new releases: the held ones are worked out again after each. */
  #revealed = 0;

  protected readonly localize = new LocalizeController(this, feedTexts, { dates: true });
  readonly #data = new FeedController(this);
  /** With `refresh`: the releases a refresh brought, held back until the visitor asks for them. */
  #news?: NewReleases;
  readonly #memos = new Map<string, { deps: unknown[]; value: unknown }>();
  #controls?: FeedControls;
  /** The options' code is asked for and still on its way (set before each render by `#prepareOptions`). */
  #optionsPending = false;
  #optionStyled = false;
  /** The ids of the releases the visitor has opened (`expand`). */
  readonly #opened = new Set<string>();
  /**
   * The height of the skeleton, which the list keeps as its least height once its releases show, until
   * the visitor acts in it: fewer or shorter releases than the skeleton's would pull the page up under
   * the reader (a layout shift). What the visitor does may change the height; that is no shift.
   */
  #space = 0;
  /**
   * The visitor acts in the list: it takes its own height again, once (not one more update per key
   * typed in the search). One function, so Lit keeps one listener across renders.
   */
  #release = () => {
    if (!this.#space) return;
    this.#space = 0;
    this.requestUpdate();
  };
  /** The release to focus after the next update (after "Show more", a page change or "Show" new releases). */
  #focusIndex?: number;
  /**
   * The language whose releases the visitor chose to read, as the page's had none, with the page's
   * language then: a page that later switches its `lang` gets its own language's releases again.
   */
  #chosenLanguage?: [pageLang: string | undefined, chosen: string];

  constructor() {
    super();
    // Upgraded in a page, the element is still undefined here, so this is the space the loader reserved
    // for it: it is kept too when the releases come before a skeleton ever showed. A server's render has
    // its own height, and is not laid out here before the page's first paint.
    if (!isServer && !this.shadowRoot) this.#space = this.offsetHeight;
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
    this.page = 1;
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
    return this.#memo('all', [feed, this.#nextFeeds], () =>
      this.#nextFeeds.length && feed ? mergeFeeds([feed, ...this.#nextFeeds]) : items,
    );
  }

  /** The element's own language, which keeps only the releases in it (one inherited from the page does not). */
  get #ownLang(): string | undefined {
    return this.getAttribute('lang') || undefined;
  }

  /** The site's filters: the page's language among them, or the one the visitor chose instead of it. */
  #preset(): ReleaseFilter {
    const pageLang = this.#ownLang;
    const [chosenFor, chosen] = this.#chosenLanguage ?? [];
    return {
      tags: wordList(this.tags),
      tagMode: oneOf(this.tagMode, ['any', 'all']),
      category: this.category,
      source: this.source,
      language: chosenFor === pageLang ? chosen : pageLang,
      since: localDay(this.since),
      until: localDay(this.until, true),
      query: this.query,
    };
  }

  /** The site's filters applied and sorted; held-back new releases included. */
  #base(): PressRelease[] {
    const preset = this.#preset();
    return this.#memo('base', [this.#all(), JSON.stringify(preset), this.sort], () =>
      sortReleases(filterReleases(this.#all(), preset), oneOf(this.sort, ['newest', 'oldest'])),
    );
  }

  /**
   * The languages of the releases the site's filters let through, when the page's language alone hides
   * every one (a Serbian page on an English feed); else none.
   */
  #otherLanguages(): string[] {
    const base = this.#base();
    if (base.length || !this.#ownLang) return [];
    // Worked out again only when the site's filters or the releases change, not on every render.
    return this.#memo('languages', [base], () => {
      // A release that names no language passes every language filter, so each one here names its own.
      const releases = filterReleases(this.#all(), { ...this.#preset(), language: undefined });
      return [...new Set(releases.map((release) => release.language!))];
    });
  }

  #showLanguage(language: string) {
    this.#chosenLanguage = [this.#ownLang, language];
    this.#focusIndex = 0;
    this.requestUpdate();
  }

  /** The ids of releases a refresh brought that the visitor has not asked to see yet. */
  #held(): Set<string> {
    const data = this.#data;
    const confirmed = data.status === 'ready' && !data.loading && !data.stale;
    const news = this.#news;
    return this.#memo('held', [this.#all(), confirmed, this.#revealed, news], () =>
      news ? news.held(this.#all(), confirmed) : new Set<string>(),
    );
  }

  /** What matches every filter, in order; and how many releases the site's filters allow are held back. */
  #results(): [PressRelease[], number] {
    const controls = this.#controls;
    return this.#memo('results', [this.#base(), this.#held(), controls?.filter], () => {
      const held = this.#held();
      const base = this.#base();
      const shown = held.size ? base.filter((item) => !held.has(item.id)) : base;
      return [controls ? filterReleases(shown, controls.releaseFilter()) : shown, base.length - shown.length];
    });
  }

  /** The feed whose `next_url` comes next, while there is one. */
  get #tail(): Feed | undefined {
    const tail = this.#nextFeeds.at(-1) ?? this.#data.feeds.find((feed) => feed.nextUrl);
    return tail?.nextUrl ? tail : undefined;
  }

  /**
   * Makes the controls, and the refresh check with its held releases, once they are asked for and the
   * options' code is here. True while that code is still on its way: the list waits, as it would show
   * unfiltered, or without its disclosures or page navigation, and jump.
   */
  #prepareOptions(): boolean {
    const wantsControls = this.showSearch || this.showFilters || this.syncUrl !== undefined;
    const wantsRefresh = this.refresh! > 0;
    if (!wantsControls && !wantsRefresh && !this.expand && this.paging !== 'pages') return false;
    const code = optionsCode.value;
    if (code) {
      // Their styles join the element's once the code is here: later elements adopt them as they are made
      // (and a server renders them), this one now, before it first shows them.
      const styles = (this.constructor as typeof PressFeed).elementStyles;
      if (!styles.includes(code.feedOptionStyles)) styles.push(code.feedOptionStyles);
      if (!isServer && !this.#optionStyled) adoptStyles(this.renderRoot as ShadowRoot, styles);
      this.#optionStyled = true;
      this.#controls ??= wantsControls
        ? new code.FeedControls(this, {
            setPage: (page) => (this.page = page),
            count: () => this.#results()[0].length,
            tagLabel: (tag) => tagLabel(tag, this.localize.t.$code, this.#data.feeds),
          })
        : undefined;
      if (wantsRefresh && !this.#news) {
        this.#news = new code.NewReleases();
        new code.RefreshController(
          this,
          () => this.refresh,
          () => this.#data.retry(),
        );
      }
      return false;
    }
    // Without it (offline, say) the list shows as the site's filters have it, titles linking to the releases.
    if (optionsCode.failed) return false;
    void optionsCode.fetch().then(() => this.requestUpdate());
    return true;
  }

  override willUpdate(changed: PropertyValues<this>) {
    this.#optionsPending = this.#prepareOptions();
    if (changed.has('src')) {
      this.#data.setSources(this.src);
      this.#nextFeeds = [];
      this.#news?.reset();
      this.page = 1;
    }
    if (changed.has('feed')) {
      this.#data.setFeed(this.feed);
      this.#news?.reset();
    }
  }

  override updated() {
    const skeleton = this.renderRoot.querySelector<HTMLElement>('[aria-busy]');
    if (skeleton) this.#space = skeleton.offsetHeight;
    if (this.#focusIndex !== undefined && !this.#loadingNext) {
      const item = this.renderRoot.querySelectorAll('.list:not(.skeleton) > .item')[this.#focusIndex];
      this.#focusIndex = undefined;
      // The release's link or disclosure button; a release with neither is focused by its heading.
      const control = item?.querySelector<HTMLElement>('a, button');
      const title = item?.querySelector<HTMLElement>('.title');
      if (!control && title) title.tabIndex = -1;
      (control ?? title)?.focus();
    }
  }

  /** Shows the next releases; asks for the feed's next page when the loaded ones run out. */
  #more() {
    this.#focusIndex = this.paging === 'pages' ? 0 : Math.min(this.page * this.#perPage, this.#results()[0].length);
    this.page += 1;
    this.#controls?.write(this.page, true);
    if (this.page * this.#perPage > this.#results()[0].length) void this.#loadNext();
  }

  async #loadNext() {
    const tail = this.#tail;
    if (!tail || this.#loadingNext) return;
    this.#loadingNext = true;
    this.#nextError = undefined;
    this.requestUpdate();
    try {
      // No next page after all: an empty one ends the chain.
      this.#nextFeeds = [...this.#nextFeeds, (await loadNextPage(tail)) ?? { ...tail, nextUrl: undefined, items: [] }];
    } catch (error) {
      this.#nextError = error as FeedError;
      this.page -= 1;
      this.dispatchEvent(new PressErrorEvent({ error: this.#nextError }));
    }
    this.#loadingNext = false;
    this.requestUpdate();
  }

  #goTo(page: number) {
    if (page > Math.ceil(this.#results()[0].length / this.#perPage)) return this.#more();
    this.page = page;
    this.#focusIndex = 0;
    this.#controls?.write(this.page, true);
  }

  #showNew() {
    const held = this.#held();
    this.#news?.reveal(this.#all().filter((item) => held.has(item.id)));
    this.#revealed += 1;
    this.page = 1;
    this.requestUpdate();
    this.#focusIndex = this.paging === 'pages' || this.sort !== 'oldest' ? 0 : undefined;
  }

  // Idle, a server's render stays: it was given neither `src` nor `.feed` here, as where an app rendered
  // `.feed` on its server and has not set it in the browser yet.
  protected override get canReplaceServerRender(): boolean {
    const status = this.#data.status;
    return (!!this.feed || (status !== 'loading' && status !== 'idle')) && !this.#optionsPending;
  }

  override render() {
    const { t } = this.localize;
    const data = this.#data;
    // With several feeds, the list waits for all of them rather than growing under the visitor's eyes.
    const status =
      (!this.feed && data.loading && data.feeds.length < data.sourceCount) ||
      (data.status === 'ready' && this.#optionsPending)
        ? 'loading'
        : data.status;
    const layout = oneOf(this.layout, ['list', 'grid', 'compact']);
    if (status === 'idle') return html`<slot></slot>`;
    if (status === 'error') {
      return html`<div class="message message--error" part="error">
        <p>${feedErrorText(t, data.error?.code)}</p>
        <button class="button" ?disabled=${data.loading} @click=${() => data.retry()}>${t.retry}</button>
        <slot></slot>
      </div>`;
    }
    if (status === 'loading') return this.#skeleton(layout);
    if (!this.#all().length) return html`<p class="message">${t.emptyFeed}</p>`;

    const [results, held] = this.#results();
    const perPage = this.#perPage;
    const pageCount = Math.max(1, Math.ceil(results.length / perPage));
    const controls = this.#controls;
    const pages = this.paging === 'pages';
    const page = Math.min(this.page, pageCount + (this.#loadingNext ? 1 : 0));
    const shown = results.slice(pages ? (page - 1) * perPage : 0, page * perPage);
    const hasNext = !!this.#tail;
    const fetchedAt = data.fetchedAt;
    const now = this.now ?? new Date();
    return html`<div class="feed" .style=${this.#space ? `min-height:${this.#space}px` : ''} @pointerdown=${this.#release} @keydown=${this.#release}>
      ${data.stale && fetchedAt ? html`<p class="notice">${t.staleNotice(this.localize.formatDate(fetchedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>` : nothing}
      ${controls && (this.showSearch || this.showFilters) ? controls.render(t, results.length, this.#base()) : nothing}
      ${this.#news?.notice(t, held, () => this.#showNew())}
      ${
        shown.length
          ? html`<ul class="list ${layout}" role="list" aria-label=${t.releases}>${shown.map((item, index) => this.#item(item, index, now))}</ul>`
          : this.#loadingNext
            ? this.#skeleton(layout)
            : this.#noReleases()
      }
      ${this.#nextError ? html`<p class="message message--error">${feedErrorText(t, this.#nextError.code)}</p>` : nothing}
      ${
        pages
          ? pageCount > 1 || hasNext
            ? optionsCode.value?.pageNavigation(t, page, pageCount, page < pageCount || hasNext, (to) => this.#goTo(to))
            : nothing
          : shown.length < results.length || hasNext
            ? html`<button part="more" class="button more needs-script" aria-disabled=${this.#loadingNext} @click=${() => this.#loadingNext || this.#more()}>${this.#loadingNext ? t.loading : t.loadMore}</button>`
            : nothing
      }
      <div class="no-script"><slot></slot></div>
    </div>`;
  }

  /** Why no release shows: the page's language, with the languages there are releases in; else the filters. */
  #noReleases() {
    const { t } = this.localize;
    const languages = this.#otherLanguages();
    return languages.length
      ? html`<div class="message">
          <p>${t.noReleasesInLanguage}</p>
          <p class="needs-script">${t.languagesWithReleases} ${languages.map(
            (language) =>
              html`<button class="button" lang=${language} @click=${() => this.#showLanguage(language)}>${ownName(language)}</button> `,
          )}</p>
        </div>`
      : html`<p class="message">${this.#controls?.searchOnly ? t.noSearchResults : t.noResults}</p>`;
  }

  /** Placeholders the size of the list to come, so nothing jumps when it arrives. */
  #skeleton(layout: string) {
    const rich = layout !== 'compact';
    const lines = rich && this.showSummary ? html`<span class="bone"></span><span class="bone"></span>` : nothing;
    return html`<div class="feed" aria-busy="true">
      <p class="visually-hidden" role="status">${this.localize.t.loading}</p>
      <ul class="list ${layout} skeleton" role="list" aria-hidden="true">
        ${Array.from(
          { length: Math.min(this.#perPage, 10) },
          () =>
            html`<li class="item">${rich && this.showImages ? html`<span class="image"></span>` : nothing}<div class="body"><span class="bone title"></span><span class="bone meta"></span>${lines}${rich ? html`<span class="bone tag"></span>` : nothing}</div></li>`,
        )}
      </ul>
    </div>`;
  }

  /** With `expand`, the disclosure of a release with text, once its code is here. */
  #disclosure(item: PressRelease, id: string, lang: string | typeof nothing) {
    const isOpen = this.#opened.has(item.id);
    const toggle = () => {
      if (!this.#opened.delete(item.id)) this.#opened.add(item.id);
      this.requestUpdate();
    };
    return optionsCode.value?.disclosure(this.localize.t, item, id, lang, isOpen, toggle) ?? nothing;
  }

  #item(release: PressRelease, index: number, now: Date) {
    const { t } = this.localize;
    const item = transliterateRelease(release, this.script);
    const id = `r${index}`;
    // The release's own language marks its texts, not the widget's labels around them.
    const lang = item.language ?? nothing;
    const rich = this.layout !== 'compact';
    const level = this.headingLevel >= 1 && this.headingLevel <= 6 ? Math.floor(this.headingLevel) : 3;
    const title = item.url
      ? html`<a href=${item.url} lang=${lang} @click=${(event: MouseEvent) => this.dispatchEvent(new PressItemSelectEvent({ item: release })) || event.preventDefault()}>${item.title}</a>`
      : html`<span lang=${lang}>${item.title}</span>`;
    return html`<li part="item" class="item">
      ${
        rich && this.showImages && item.image
          ? html`<img part="image" class="image" src=${item.image.url} alt=${item.image.alt ?? ''} loading="lazy" decoding="async" />`
          : nothing
      }
      <div class="body">
        ${heading(level, id, title)}
        <p class="meta">
          ${item.published ? this.#date(item.published, now) : nothing}
          ${rich ? [item.category, item.source].map((text) => (text ? html`<span lang=${lang}>${text}</span>` : nothing)) : nothing}
        </p>
        ${rich && this.showSummary && item.summary ? html`<p part="summary" lang=${lang}>${item.summary}</p>` : nothing}
        ${
          rich && item.tags.length
            ? html`<ul class="tags" role="list" aria-label=${t.tagsLabel}>${item.tags.map((tag) => html`<li part="tag" class="tag">${tagLabel(tag, t.$code, this.#data.feeds)}</li>`)}</ul>`
            : nothing
        }
        ${this.expand ? this.#disclosure(item, id, lang) : nothing}
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
}
