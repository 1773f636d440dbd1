import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PressElement } from '../press-element.js';
import { FeedController } from '../../controllers/feed.js';
import type { PressFeed, Quote } from '../../data/types.js';
import { linkSchemes, safeUrl } from '../../data/urls.js';
import { PressQuoteCopyEvent } from '../../events/press-quote-copy.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { quoteStyles } from './press-quote.styles.js';
import { matchingQuotes, pickQuotes, type QuotePick } from './select-quotes.js';
import { copyText, selectText } from './copy-text.js';
import { icons } from './icons.js';

/** Quotes longer than this many characters are clamped when no `clamp` is given. */
const longQuote = 280;
const defaultClampLines = 4;
const picks: readonly QuotePick[] = ['latest', 'random', 'all'];
const variants: readonly PressQuote['variant'][] = ['card', 'pull', 'compact'];
// A portrait can be an inline `data:image/…` too: an `img` never runs what it shows.
const imageSchemes: ReadonlySet<string> = new Set(['http:', 'https:', 'data:']);

let nextId = 0;

/**
 * Quote cards of what officials said: from a press feed's releases (`src` or `.feed`), chosen by
 * speaker, tags or release, or written inline with no feed at all. Several quotes show as a list or,
 * with `rotate`, as an accessible rotator that visitors can pause.
 *
 * @tag press-quote
 * @summary A quote card (or several) with attribution, a link to the release and "Copy quote".
 *
 * @slot - Inline mode (no `src` or `.feed`): the text of the quote.
 *
 * @event press-load - The feed has loaded (`detail.feed`).
 * @event press-error - The feed could not be loaded (`detail.error`, a `FeedError`).
 * @event press-quote-copy - A visitor copied a quote (`detail.quote`, `detail.text`: what went to the clipboard).
 *
 * @csspart figure - The `figure` of one quote.
 * @csspart quote - The `blockquote` with the quote's text.
 * @csspart attribution - The `figcaption`: speaker, role, organisation and date.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role (title).
 * @csspart organisation - The speaker's organisation.
 * @csspart date - The `time` of the statement.
 * @csspart portrait - The speaker's picture (`image`).
 * @csspart link - The "Read the release" link.
 * @csspart copy-button - The "Copy quote" button.
 * @csspart more-button - The "Show more" / "Show less" button of a clamped quote.
 * @csspart list - The list of quotes (`pick="all"` without `rotate`).
 * @csspart controls - The rotator's buttons and position.
 * @csspart position - "Quote 2 of 5" in the rotator.
 * @csspart message - The loading, empty or error message.
 *
 * @cssproperty [--press-quote-background=var(--press-color-surface-raised)] - The card's background.
 * @cssproperty [--press-quote-border-color=var(--press-color-border)] - The card's border.
 * @cssproperty [--press-quote-accent=var(--press-color-accent)] - The quotation mark and the pull quote's rule.
 * @cssproperty [--press-quote-font-size=var(--press-font-size-large)] - The size of the quote's text (card and pull).
 * @cssproperty [--press-quote-padding=var(--press-space-l)] - The card's padding.
 * @cssproperty [--press-quote-portrait-size=4rem] - The portrait's width and height.
 */
export class PressQuote extends PressElement {
  static override tagName = 'press-quote';
  static override styles = [...PressElement.styles, buttonStyles, quoteStyles];

  static override properties = {
    src: { type: String },
    feed: { attribute: false },
    speaker: { type: String },
    speakerRole: { type: String, attribute: 'speaker-role' },
    organisation: { type: String },
    date: { type: String },
    href: { type: String },
    tags: { type: String },
    release: { type: String },
    pick: { type: String },
    rotate: { type: Number },
    variant: { type: String, reflect: true },
    image: { type: String },
    imageAlt: { type: String, attribute: 'image-alt' },
    clamp: { type: Number },
    current: { state: true, attribute: false },
    playing: { state: true, attribute: false },
    hovered: { state: true, attribute: false },
    focused: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    overflowing: { state: true, attribute: false },
    copied: { state: true, attribute: false },
    inlineText: { state: true, attribute: false },
  };

  /** Space-separated URLs of press feeds; their releases' quotes are shown. */
  declare src: string | undefined;
  /** A feed the page already has (property only): shown as is, nothing is fetched. */
  declare feed: PressFeed | undefined;
  /**
   * From a feed: show only this speaker's quotes (any part of the name, in any case, with or without
   * accents, in either Serbian script: `dacic` finds "Ivica Dačić"). Inline: the speaker's name.
   */
  declare speaker: string | undefined;
  /** Inline: the speaker's role or title (`speaker-role`; `role` is ARIA's and is left to it). */
  declare speakerRole: string | undefined;
  /** Inline: the speaker's organisation. */
  declare organisation: string | undefined;
  /** Inline: when it was said, an ISO date (`2026-10-14`) or date and time. */
  declare date: string | undefined;
  /** Inline: the address of the release or statement the quote comes from. */
  declare href: string | undefined;
  /** From a feed: only quotes from releases with any of these tags (space- or comma-separated). */
  declare tags: string | undefined;
  /** From a feed: only quotes from the release with this id. */
  declare release: string | undefined;
  /** Which of the matching quotes to show: the newest (`latest`, default), one at `random`, or `all`. */
  declare pick: QuotePick;
  /** Seconds between quotes: with several quotes, shows one at a time in a rotator. 0 or unset: a list. */
  declare rotate: number | undefined;
  /** The look: a `card` (default), a large `pull` quote, or a `compact` one for sidebars. */
  declare variant: 'card' | 'pull' | 'compact';
  /** A portrait of the speaker, shown with each quote (pair it with `speaker`). */
  declare image: string | undefined;
  /** The portrait's text alternative; leave it out or set it empty when the portrait is decorative. */
  declare imageAlt: string | undefined;
  /** Clamp every quote to this many lines, with "Show more". Unset: quotes over 280 characters get 4 lines; 0: never. */
  declare clamp: number | undefined;

  private declare current: number;
  private declare playing: boolean;
  private declare hovered: boolean;
  private declare focused: boolean;
  private declare expanded: ReadonlySet<Quote>;
  private declare overflowing: ReadonlySet<Quote>;
  private declare copied: { quote: Quote; message: string } | undefined;
  private declare inlineText: string;

  private readonly feeds = new FeedController(this);
  private readonly uid = `press-quote-${++nextId}`;
  private shown: Quote[] = [];
  private shownFrom?: unknown[];
  private timer?: ReturnType<typeof setTimeout>;
  private timerKey = '';
  private resizeObserver?: ResizeObserver;
  private textObserver?: MutationObserver;

  constructor() {
    super();
    this.pick = 'latest';
    this.variant = 'card';
    this.current = 0;
    this.playing = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.hovered = false;
    this.focused = false;
    this.expanded = new Set();
    this.overflowing = new Set();
    this.inlineText = '';
    this.addEventListener('pointerenter', () => (this.hovered = true));
    this.addEventListener('pointerleave', () => (this.hovered = false));
    this.addEventListener('focusin', () => (this.focused = true));
    this.addEventListener('focusout', (event) => {
      // Focus moving inside the shadow root is retargeted to the host itself, which `contains` counts.
      const to = event.relatedTarget as Node | null;
      this.focused = !!to && this.contains(to);
    });
  }

  override connectedCallback() {
    super.connectedCallback();
    this.inlineText = this.readInlineText();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      for (const { target } of entries) if (!target.isConnected) this.resizeObserver!.unobserve(target);
      // Measured on the next frame: a re-render inside the observer's callback would loop.
      requestAnimationFrame(() => this.measureClamps());
    });
    // Inline text can arrive or change after the element is upgraded (a CMS, a framework).
    this.textObserver ??= new MutationObserver(() => (this.inlineText = this.readInlineText()));
    this.textObserver.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.textObserver?.disconnect();
    clearTimeout(this.timer);
    this.timerKey = '';
  }

  /** Shows the next quote of the rotator, as the "Next quote" button does. */
  next() {
    this.current = (this.current + 1) % Math.max(this.shown.length, 1);
  }

  /** Shows the previous quote of the rotator, as the "Previous quote" button does. */
  previous() {
    this.current = (this.current - 1 + this.shown.length) % Math.max(this.shown.length, 1);
  }

  /** The quotes on show now (all of them for a list or rotator). */
  get quotes(): readonly Quote[] {
    return this.shown;
  }

  private get inline(): boolean {
    return !this.src && !this.feed;
  }

  private get isRotator(): boolean {
    return (this.rotate ?? 0) > 0 && this.shown.length > 1;
  }

  /** Rotating now: the visitor has not paused it, and is neither pointing at it nor working in it. */
  private get running(): boolean {
    return this.isRotator && this.playing && !this.hovered && !this.focused;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src')) this.feeds.setSources(this.src);
    if (changed.has('feed')) this.feeds.setFeed(this.feed);
    if (!picks.includes(this.pick)) this.pick = 'latest';
    if (!variants.includes(this.variant)) this.variant = 'card';
    this.shown = this.selectQuotes();
    if (this.current >= this.shown.length) this.current = 0;
  }

  // Chosen again only when what they are chosen from changes, so a random pick holds still.
  private selectQuotes(): Quote[] {
    const from = this.inline
      ? [this.inlineText, this.speaker, this.speakerRole, this.organisation, this.date, this.href]
      : [this.feeds.feed, this.speaker, this.tags, this.release, this.pick];
    if (this.shownFrom && from.length === this.shownFrom.length && from.every((value, i) => value === this.shownFrom![i])) {
      return this.shown;
    }
    this.shownFrom = from;
    this.current = 0;
    this.expanded = new Set();
    if (this.inline) return this.inlineQuote();
    const tags = (this.tags ?? '').split(/[\s,]+/).filter(Boolean);
    return pickQuotes(matchingQuotes(this.feeds.items, { speaker: this.speaker, tags, release: this.release }), this.pick);
  }

  private inlineQuote(): Quote[] {
    if (!this.inlineText) return [];
    return [
      {
        text: this.inlineText,
        speaker: this.speaker ?? '',
        role: this.speakerRole || undefined,
        organisation: this.organisation || undefined,
        releaseId: '',
        releaseUrl: this.href ? safeUrl(this.href, document.baseURI, linkSchemes) : undefined,
        published: parseDate(this.date),
      },
    ];
  }

  private readInlineText(): string {
    return (this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  protected override updated() {
    // A clamped quote is measured when it first lays out and whenever its width changes.
    this.renderRoot.querySelectorAll('.text.clamped').forEach((element) => this.resizeObserver?.observe(element));
    this.scheduleRotation();
  }

  private scheduleRotation() {
    const key = this.running ? `${this.current}/${this.shown.length}/${this.rotate}` : '';
    if (key === this.timerKey) return;
    clearTimeout(this.timer);
    this.timerKey = key;
    // Auto-advance never announces: the region is aria-live="off" while it runs.
    if (key) this.timer = setTimeout(() => ((this.timerKey = ''), this.next()), this.rotate! * 1000);
  }

  // "Show more" appears only when the clamped text really is cut off at the current width.
  private measureClamps() {
    const overflowing = new Set<Quote>();
    this.renderRoot.querySelectorAll<HTMLElement>('.text.clamped').forEach((element) => {
      const quote = this.shown[Number(element.dataset.index)];
      if (quote && element.scrollHeight > element.clientHeight + 1) overflowing.add(quote);
    });
    for (const quote of this.expanded) overflowing.add(quote);
    if (overflowing.size !== this.overflowing.size || [...overflowing].some((quote) => !this.overflowing.has(quote))) {
      this.overflowing = overflowing;
    }
  }

  private clampLines(quote: Quote): number {
    if (this.clamp !== undefined && this.clamp !== null && !Number.isNaN(this.clamp)) return Math.max(0, Math.floor(this.clamp));
    return (this.inline ? this.inlineText : quote.text).length > longQuote ? defaultClampLines : 0;
  }

  private toggleExpanded(quote: Quote) {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(quote)) expanded.add(quote);
    this.expanded = expanded;
  }

  /** The quote with its attribution, as it goes to the clipboard. */
  private citation(quote: Quote): string {
    const { t } = this.localize;
    const url = quote.releaseUrl && safeUrl(quote.releaseUrl, document.baseURI, linkSchemes);
    const attribution = [quote.speaker, quote.role, quote.organisation, quote.published && this.localize.formatDate(quote.published), url];
    return `${t.quoted(quote.text)} — ${attribution.filter(Boolean).join(', ')}`;
  }

  private async copy(quote: Quote, textId: string) {
    const text = this.citation(quote);
    const copied = await copyText(text, this.renderRoot as ShadowRoot);
    const { t } = this.localize;
    // Emptied first, so that copying twice is announced twice.
    this.copied = undefined;
    await this.updateComplete;
    this.copied = { quote, message: copied ? t.quoteCopied : t.copyFailed };
    if (copied) {
      this.dispatchEvent(new PressQuoteCopyEvent({ quote, text }));
    } else {
      selectText(this.inline ? this : this.renderRoot.querySelector(`#${textId}`)!);
    }
  }

  override render() {
    const { t } = this.localize;
    if (!this.inline) {
      const status = this.feeds.status;
      if (status === 'loading' || status === 'idle') {
        return html`<div class="skeleton" aria-busy="true" part="message">
          <span class="visually-hidden">${t.loading}</span>
          <span class="bone"></span><span class="bone"></span><span class="bone bone--short"></span>
        </div>`;
      }
      if (status === 'error') {
        const code = this.feeds.error?.code;
        return html`<div class="message message--error" part="message">
          <p>${code && code !== 'abort' ? t.feedError[code] : t.feedError.network}</p>
          <button class="button" @click=${() => this.feeds.retry()}>${t.retry}</button>
        </div>`;
      }
    }
    const quotes = this.shown;
    if (!quotes.length) return html`<p class="message" part="message">${t.noQuote}</p>`;
    if (this.isRotator) return this.renderRotator(quotes);
    if (quotes.length > 1) {
      return html`<ul class="list" part="list" aria-label=${t.quotes}>
        ${quotes.map((quote, index) => html`<li>${this.renderQuote(quote, index)}</li>`)}
      </ul>`;
    }
    return this.renderQuote(quotes[0], 0);
  }

  private renderRotator(quotes: Quote[]): TemplateResult {
    const { t } = this.localize;
    const index = this.current;
    const position = t.quotePosition(index + 1, quotes.length);
    const slides = `${this.uid}-slides`;
    return html`<section class="rotator" aria-label=${t.quotes}>
      <div class="controls" part="controls">
        <button class="button control" @click=${() => (this.playing = !this.playing)}>
          ${this.playing ? icons.pause : icons.play}<span class="visually-hidden">${this.playing ? t.pauseRotation : t.playRotation}</span>
        </button>
        <button class="button control" aria-controls=${slides} @click=${() => this.previous()}>
          ${icons.previous}<span class="visually-hidden">${t.previousQuote}</span>
        </button>
        <span class="position" part="position" aria-hidden="true">${position}</span>
        <button class="button control" aria-controls=${slides} @click=${() => this.next()}>
          ${icons.next}<span class="visually-hidden">${t.nextQuote}</span>
        </button>
      </div>
      <div id=${slides} class="slides" aria-live=${this.running ? 'off' : 'polite'}>
        ${keyed(quotes[index], html`<div class="slide"><span class="visually-hidden">${position}</span>${this.renderQuote(quotes[index], index)}</div>`)}
      </div>
    </section>`;
  }

  private renderQuote(quote: Quote, index: number): TemplateResult {
    const { t } = this.localize;
    const textId = `${this.uid}-quote-${index}`;
    const lines = this.clampLines(quote);
    const expanded = this.expanded.has(quote);
    const url = quote.releaseUrl && safeUrl(quote.releaseUrl, document.baseURI, linkSchemes);
    const src = this.image && safeUrl(this.image, document.baseURI, imageSchemes);
    const image = src && !/^data:(?!image\/)/i.test(src) ? src : undefined;
    const details = [quote.role && html`<span part="role">${quote.role}</span>`, quote.organisation && html`<span part="organisation">${quote.organisation}</span>`].filter(Boolean);
    const copied = this.copied?.quote === quote ? this.copied.message : '';
    return html`<div class="quote">
      <figure part="figure">
        ${image ? html`<img class="portrait" part="portrait" src=${image} alt=${this.imageAlt ?? ''} />` : nothing}
        <blockquote id=${textId} part="quote" cite=${ifDefined(url)} lang=${ifDefined(quote.language)}>
          <div class=${lines && !expanded ? 'text clamped' : 'text'} style=${lines ? `--_clamp: ${lines}` : nothing} data-index=${index}>
            ${this.inline ? html`<slot></slot>` : html`<p>${quote.text}</p>`}
          </div>
        </blockquote>
        ${lines && this.overflowing.has(quote)
          ? html`<button class="more" part="more-button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${textId} @click=${() => this.toggleExpanded(quote)}>
              ${expanded ? t.showLess : t.showMore}
            </button>`
          : nothing}
        <figcaption part="attribution" lang=${ifDefined(quote.language)}>
          ${quote.speaker ? html`<span class="speaker" part="speaker">${quote.speaker}</span>` : nothing}
          ${details.length ? html`<span class="details">${details.map((detail, i) => html`${i ? ', ' : ''}${detail}`)}</span>` : nothing}
          ${quote.published
            ? html`<time part="date" lang=${this.localize.lang} datetime=${this.inline && this.date ? this.date : quote.published.toISOString()}>${this.localize.formatDate(quote.published)}</time>`
            : nothing}
        </figcaption>
      </figure>
      <div class="actions">
        ${url ? html`<a part="link" href=${url}>${t.readRelease}</a>` : nothing}
        <button class="button copy" part="copy-button" @click=${() => this.copy(quote, textId)}>
          ${icons.copy}${t.copyQuote}
        </button>
        <span class="copy-status" role="status">${copied}</span>
      </div>
    </div>`;
  }
}

/** A date attribute: `2026-10-14` is that day where the visitor is; anything else as `Date` reads it. */
function parseDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
