import { html, isServer, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { PressElement } from '../press-element.js';
import { LocalizeController } from '../../controllers/localize.js';
import { feedErrorText } from '../../i18n/common.js';
import { quoteTexts } from '../../i18n/quote.js';
import type { QuoteTexts } from '../../i18n/translation.js';
import type { FeedController, FeedStatus } from '../../controllers/feed.js';
import { localDay, oneOf } from '../../data/attribute-values.js';
import type { Feed, Quote } from '../../data/types.js';
import type { SerbianScript } from '../../data/script.js';
import { linkSchemes, pageUrl, safeUrl } from '../../data/urls.js';
import { PressQuoteCopyEvent } from '../../events/press-quote-copy.js';
import { quoteStyles } from './press-quote.styles.js';
import type { QuotePick } from './select-quotes.js';
import { LazyCode } from '../lazy-code.js';
import { copyIcon, icon, nextIcon, pauseIcon, playIcon, previousIcon } from './icons.js';

// A quote written inline needs no feed; a quote with `src` or `.feed`, or one shown in the other Serbian
// script, needs the data layer, which comes on first use (the loader asks for it as soon as it sees such
// a quote, beside the feed request).
const feedCode = new LazyCode(() => import('./select-quotes.js'));

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
 * @event {PressLoadEvent} press-load - The feed has loaded (`detail.feed`).
 * @event {PressErrorEvent} press-error - The feed could not be loaded (`detail.error`, a `FeedError`).
 * @event {PressQuoteCopyEvent} press-quote-copy - A visitor copied a quote (`detail.quote`, `detail.text`: what went to the clipboard).
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
  static override styles = [...PressElement.styles, quoteStyles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    speaker: {},
    speakerRole: { attribute: 'speaker-role' },
    organisation: {},
    date: {},
    href: {},
    tags: {},
    release: {},
    pick: {},
    rotate: { type: Number },
    variant: { reflect: true },
    image: {},
    imageAlt: { attribute: 'image-alt' },
    clamp: { type: Number },
    label: {},
    // Reflected, since the interface's script follows the attribute (see LocalizeController).
    script: { reflect: true },
    current: { state: true },
    playing: { state: true },
    hovered: { state: true },
    focused: { state: true },
    expanded: { state: true },
    overflowing: { state: true },
    copied: { state: true },
    inlineText: { state: true },
  };

  /** Space-separated URLs of press feeds; their releases' quotes are shown. */
  declare src: string | undefined;
  /** A feed the page already has (property only): shown as is, nothing is fetched. */
  declare feed: Feed | undefined;
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
  /**
   * The name of the rotator, or of the list of quotes (default "Quotes"). The rotator is a region, a
   * landmark, unless it stands in a container the page has already labelled (`aria-label` or
   * `aria-labelledby`): then it is a group, and the page's landmark is not named twice.
   */
  declare label: string | undefined;
  /**
   * `latin` or `cyrillic`: shows Serbian quotes (from a release in `sr`, `sr-*`, or in Cyrillic with no
   * language) in that script: the text, speaker, role and organisation. Unset: as written.
   */
  declare script: SerbianScript | undefined;

  declare private current: number;
  declare private playing: boolean;
  declare private hovered?: boolean;
  declare private focused?: boolean;
  /** `[index]` of every quote a visitor has expanded. */
  declare private expanded: string;
  /** `[index]` of every quote that is cut off at its clamp (or was, and is now expanded). */
  declare private overflowing: string;
  declare private copied: { quote: Quote; message: string } | undefined;
  declare private inlineText: string;

  protected readonly localize = new LocalizeController(this, quoteTexts, { dates: true });
  /** Made once the quote has `src` or `.feed` and the feed code is here. */
  #feeds?: FeedController;
  #inline = true;
  #shown: Quote[] = [];
  // What the quotes on show were chosen from: they are chosen again only when it changes, so a random pick holds still.
  #from: unknown[] = [];
  #timer?: ReturnType<typeof setTimeout>;
  /** Measures clamped quotes when they first lay out and whenever their size changes. */
  #resize?: ResizeObserver;
  /** Inline text can arrive or change after the element is upgraded (a CMS, a framework). */
  #text?: MutationObserver;

  constructor() {
    super();
    this.pick = 'latest';
    this.variant = 'card';
    this.overflowing = '';
    this.addEventListener('pointerenter', () => (this.hovered = true));
    this.addEventListener('pointerleave', () => (this.hovered = false));
    this.addEventListener('focusin', () => (this.focused = true));
    // Focus moving inside the shadow root is retargeted to the host itself, which `contains` counts.
    this.addEventListener('focusout', (event) => (this.focused = this.contains(event.relatedTarget as Node | null)));
  }

  // The browser's observers are made here, not in the constructor, so the element also renders on a server.
  override connectedCallback() {
    super.connectedCallback();
    this.playing ??= !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#resize ??= new ResizeObserver((entries) => {
      for (const { target } of entries) if (!target.isConnected) this.#resize!.unobserve(target);
      // Measured on the next frame: a re-render inside the observer's callback would loop.
      requestAnimationFrame(() => this.#measure());
    });
    this.#text ??= new MutationObserver(() => this.#readText());
    this.#readText();
    this.#text.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#text?.disconnect();
    clearTimeout(this.#timer);
  }

  /** Shows the next quote of the rotator, as the "Next quote" button does. */
  next() {
    this.#step(1);
  }

  /** Shows the previous quote of the rotator, as the "Previous quote" button does. */
  previous() {
    this.#step(-1);
  }

  /** The quotes on show now (all of them for a list or rotator). */
  get quotes(): readonly Quote[] {
    return this.#shown;
  }

  #step(by: number) {
    const count = this.#shown.length || 1;
    this.current = (this.current + by + count) % count;
  }

  #readText() {
    this.inlineText = this.textContent!.replace(/\s+/g, ' ').trim();
  }

  get #rotator(): boolean {
    return this.rotate! > 0 && this.#shown.length > 1;
  }

  /** Rotating now: it is on show, and the visitor has not paused it and is neither pointing at it nor working in it. */
  get #running(): boolean {
    return this.#rotator && this.playing && !this.hovered && !this.focused;
  }

  protected override willUpdate() {
    this.pick = oneOf(this.pick, ['latest', 'random', 'all']);
    this.variant = oneOf(this.variant, ['card', 'pull', 'compact']);
    const inline = (this.#inline = !this.src && !this.feed);
    const code = feedCode.value;
    if ((!inline || this.script) && !code && !feedCode.failed) void feedCode.fetch().then(() => this.requestUpdate());
    if (!inline && code && !this.#feeds) this.#feeds = new code.FeedController(this);
    this.#feeds?.setSources(this.src);
    this.#feeds?.setFeed(this.feed);
    const from = [
      this.#feeds?.feed,
      this.inlineText,
      this.speaker,
      this.speakerRole,
      this.organisation,
      this.date,
      this.href,
      this.tags,
      this.release,
      this.pick,
    ];
    if (from.some((value, i) => value !== this.#from[i])) {
      this.#from = from;
      this.current = 0;
      this.expanded = '';
      this.#shown = !inline
        ? code && this.#feeds
          ? code.chooseQuotes(this.#feeds!.items, this.speaker, this.tags, this.release, this.pick)
          : []
        : // A server does not see the element's text, which its slot shows all the same.
          this.inlineText || isServer
          ? [
              {
                text: this.inlineText ?? '',
                speaker: this.speaker ?? '',
                role: this.speakerRole,
                organisation: this.organisation,
                releaseId: '',
                releaseUrl: this.href && safeUrl(this.href, pageUrl(), linkSchemes),
                published: localDay(this.date),
              },
            ]
          : [];
    }
  }

  protected override updated() {
    // A clamped quote is measured when it first lays out and whenever its size changes.
    this.renderRoot.querySelectorAll('.text').forEach((element) => this.#resize?.observe(element));
    // Auto-advance never announces: the region is aria-live="off" while it runs.
    clearTimeout(this.#timer);
    if (this.#running) this.#timer = setTimeout(() => this.next(), this.rotate! * 1000);
  }

  // "Show more" appears only when the clamped text really is cut off at the current width.
  #measure() {
    let overflowing = '';
    this.renderRoot.querySelectorAll<HTMLElement>('.text').forEach((element) => {
      const key = `[${element.dataset.index}]`;
      if (
        element.matches('.clamped') ? element.scrollHeight > element.clientHeight + 1 : this.overflowing.includes(key)
      )
        overflowing += key;
    });
    this.overflowing = overflowing;
  }

  async #copy(quote: Quote, url: string | undefined, id: string) {
    const { t } = this.localize;
    const attribution = [
      quote.speaker,
      quote.role,
      quote.organisation,
      quote.published && this.localize.formatDate(quote.published),
      url,
    ];
    const copy = `${t.quoted(quote.text)} — ${attribution.filter(Boolean).join(', ')}`;
    // The Clipboard API only: where the page may not use it (a plain-HTTP page has no `navigator.clipboard`, a
    // frame may lack `clipboard-write`) the text is selected below with the words on how to copy it. The
    // older `execCommand('copy')` is left out: on every page the widgets are meant for (HTTPS) the API works,
    // and the fallback cost every quote 0.1 KB.
    let copied = true;
    try {
      await navigator.clipboard.writeText(copy);
    } catch {
      copied = false;
    }
    // Emptied first, so that copying twice is announced twice.
    this.copied = undefined;
    await this.updateComplete;
    this.copied = { quote, message: copied ? t.quoteCopied : t.copyFailed };
    // Copied, or else the text is selected so that a visitor can copy it by hand.
    if (copied) this.dispatchEvent(new PressQuoteCopyEvent({ quote, text: copy }));
    else getSelection()?.selectAllChildren(this.#inline ? this : this.renderRoot.querySelector(`#${id}`)!);
  }

  protected override get canReplaceServerRender(): boolean {
    return this.#status !== 'loading';
  }

  /**
   * Loading also while the feed code is on its way; an error also when it could not be loaded. A quote
   * written inline waits for it only to first show in another script; one on show stays until it is
   * here, and without it a quote shows as written.
   */
  get #status(): FeedStatus {
    if (this.#inline)
      return this.script && !this.hasUpdated && !feedCode.value && !feedCode.failed ? 'loading' : 'ready';
    return this.#feeds?.status ?? (feedCode.failed ? 'error' : 'loading');
  }

  #retry() {
    feedCode.retry();
    this.#feeds?.retry();
    this.requestUpdate();
  }

  override render() {
    const { t } = this.localize;
    const status = this.#status;
    if (status === 'error') {
      const code = this.#feeds?.error?.code;
      return html`<div class="message message--error" part="message">
        <p>${feedErrorText(t, code)}</p>
        <button class="button" @click=${this.#retry}>${t.retry}</button>
      </div>`;
    }
    if (status !== 'ready') {
      return html`<div class="skeleton" aria-busy="true" part="message">
        <span class="visually-hidden">${t.loading}</span><span></span><span></span><span></span>
      </div>`;
    }
    const transliterate = feedCode.value?.transliterateQuote;
    const quotes = this.#shown.map((quote) => (transliterate ? transliterate(quote, this.script) : quote));
    if (!quotes.length) return html`<p class="message" part="message">${t.noQuote}</p>`;
    if (this.#rotator) return this.#renderRotator(t, quotes);
    return quotes.length > 1
      ? html`<ul class="list" part="list" aria-label=${this.label || t.quotes}>
          ${quotes.map((quote, i) => html`<li>${this.#quote(quote, i)}</li>`)}
        </ul>`
      : this.#quote(quotes[0], 0);
  }

  /** One quote at a time, with pause, previous and next. */
  #renderRotator(t: QuoteTexts, quotes: Quote[]): TemplateResult {
    const index = this.current;
    const position = t.quotePosition(index + 1, quotes.length);
    const button = (label: string, path: string, click: () => void) =>
      html`<button class="button" aria-controls="slides" @click=${click}>${icon(path)}<span class="visually-hidden">${label}</span></button>`;
    // A server cannot see the page around the element; a region until the browser can. In a container the
    // page has labelled, a group: the page's landmark is not named twice.
    const landmark = isServer || !this.closest('[aria-label],[aria-labelledby]');
    // Moving on by itself, the slide is not announced; a new quote is a new slide.
    return html`<div class="rotator" role=${landmark ? 'region' : 'group'} aria-label=${this.label || t.quotes}>
      <div class="controls needs-script" part="controls">
        ${
          this.playing
            ? button(t.pauseRotation, pauseIcon, () => (this.playing = false))
            : button(t.playRotation, playIcon, () => (this.playing = true))
        }
        ${button(t.previousQuote, previousIcon, () => this.#step(-1))}
        <span class="position" part="position" aria-hidden="true">${position}</span>
        ${button(t.nextQuote, nextIcon, () => this.#step(1))}
      </div>
      <div id="slides" class="slides" aria-live=${this.#running ? 'off' : 'polite'}>
        ${keyed(quotes[index], html`<div><span class="visually-hidden">${position}</span>${this.#quote(quotes[index], index)}</div>`)}
      </div>
    </div>`;
  }

  #quote(quote: Quote, index: number): TemplateResult {
    const { t } = this.localize;
    const { clamp, image } = this;
    const { role, organisation, published, language } = quote;
    const id = `quote-${index}`;
    // Unset: quotes over 280 characters get 4 lines. Set as a property (CSSOM), not a style attribute,
    // which a CSP without style-src 'unsafe-inline' blocks.
    const lines = Number.isFinite(clamp) ? Math.max(0, Math.floor(clamp!)) : quote.text.length > 280 ? 4 : 0;
    const key = `[${index}]`;
    const expanded = this.expanded.includes(key);
    const clamped = lines && !expanded;
    // Cut off at this width: faded, with "Show more" (a clamp the text fits in shows as it is).
    const cut = lines && this.overflowing.includes(key);
    // Already through the scheme allow-list: the feed's by parseFeed or sanitizeFeed, an inline one's here.
    const url = quote.releaseUrl;
    // A portrait can be an inline `data:image/…` too: an `img` never runs what it shows.
    const portrait = image && (/^data:image\//i.test(image) ? image : safeUrl(image, pageUrl()));
    const part = (name: string, value?: string) => (value ? html`<span part=${name}>${value}</span>` : nothing);
    return html`<div class="quote">
      <figure part="figure">
        ${portrait ? html`<img part="portrait" src=${portrait} alt=${this.imageAlt ?? ''} />` : nothing}
        <blockquote id=${id} part="quote" cite=${url || nothing} lang=${language ?? nothing}>
          <div class="text ${clamped ? 'clamped' : ''} ${clamped && cut ? 'cut' : ''}" .style=${`--_clamp: ${lines}`} data-index=${index}>
            ${this.#inline ? html`<slot></slot>` : quote.text}
          </div>
        </blockquote>
        ${
          cut
            ? html`<button class="more needs-script" part="more-button" aria-expanded=${expanded} aria-controls=${id} @click=${() => (this.expanded = expanded ? this.expanded.replace(key, '') : this.expanded + key)}>
              ${expanded ? t.showLess : t.showMore}
            </button>`
            : nothing
        }
        <figcaption part="attribution" lang=${language ?? nothing}>
          ${part('speaker', quote.speaker)}
          ${role || organisation ? html`<span>${part('role', role)}${role && organisation ? ', ' : ''}${part('organisation', organisation)}</span>` : nothing}
          ${
            published
              ? html`<time part="date" lang=${this.localize.lang} datetime=${this.#inline ? this.date! : published.toISOString()}>${this.localize.formatDate(published)}</time>`
              : nothing
          }
        </figcaption>
      </figure>
      <div class="actions">
        ${url ? html`<a part="link" href=${url}>${t.readRelease}</a>` : nothing}
        <button class="${this.variant === 'compact' ? 'more' : 'button'} needs-script" part="copy-button" @click=${() => this.#copy(quote, url, id)}>
          ${icon(copyIcon)}${t.copyQuote}
        </button>
        <span class="status" role="status">${this.copied?.quote === quote ? this.copied.message : ''}</span>
      </div>
    </div>`;
  }
}
