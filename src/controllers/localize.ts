import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CommonTexts } from '../i18n/translation.js';
import type { TextPart } from '../i18n/registry.js';
import { commonTexts } from '../i18n/common.js';
import { closestLang, inheritedLangAttribute, inScript } from '../i18n/lang.js';
import { loadTexts, loadedTexts } from '../i18n/registry.js';

type LocalizedHost = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
let langObserver: MutationObserver | undefined;

// One observer for the whole page: a site that switches `lang` anywhere, or a widget's `script`,
// re-localizes every widget.
function observeLangChanges() {
  langObserver ??= new MutationObserver(() => connected.forEach((controller) => controller.update()));
  // A filter is enough: it implies `attributes: true`.
  langObserver.observe(document.documentElement, { attributeFilter: ['lang', 'script'], subtree: true });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormatters = new Map<CommonTexts['$dateLocale'], Promise<RelativeFormatter>>();

type RelativeFormatter = (date: Date, now: Date) => string;

// date-fns and its locales load only for widgets that show relative dates, one language at a time.
function loadRelativeFormatter(dateLocale: CommonTexts['$dateLocale']): Promise<RelativeFormatter> {
  let loading = relativeFormatters.get(dateLocale);
  if (!loading) {
    loading = Promise.all([import('date-fns/formatDistance'), dateLocale()]).then(
      ([{ formatDistance }, locale]) =>
        (date: Date, now: Date) =>
          formatDistance(date, now, { addSuffix: true, locale }),
    );
    relativeFormatters.set(dateLocale, loading);
  }
  return loading;
}

/**
 * Gives a widget its language: the texts, `lang`/`dir` to put on its root, and date formatting.
 * The language is the element's own `lang` or the nearest ancestor's, across shadow roots, written in
 * the script of the element's `script` attribute if it has one.
 * `t` holds the texts every widget shares and those of the element's own part, e.g.
 * `new LocalizeController(this, feedTexts)`; other parts are never loaded for it.
 *
 * On a server (Lit SSR) an element sees no ancestors and is never connected: its own `lang` decides, else
 * the one `renderPage` found on its ancestors, and the server awaits `loadTranslation(lang)` before
 * rendering, else the element renders in English.
 */
export class LocalizeController<T extends object = object> implements ReactiveController {
  readonly #host: LocalizedHost;
  readonly #parts: readonly TextPart[];
  #pageLang = 'en';
  #texts: CommonTexts & T;
  #relativeFormatter?: RelativeFormatter;
  /** Settles when the texts for the current language are loaded. */
  ready: Promise<unknown> = Promise.resolve();

  readonly #showsDates: boolean;

  /** `dates`: the widget shows dates, so the date format is prepared while its data loads. */
  constructor(host: LocalizedHost, part?: TextPart<T>, { dates = false } = {}) {
    this.#host = host;
    this.#showsDates = dates;
    this.#parts = part ? [commonTexts, part] : [commonTexts];
    // English is always at hand: it ships with each part.
    this.#texts = loadedTexts('en', this.#parts) as CommonTexts & T;
    host.addController(this);
  }

  /** The language's tag as the page writes it, e.g. `sr-Latn-RS`, in the script of the widget's `script`. */
  get lang(): string {
    return isServer
      ? inScript(
          this.#host.getAttribute('lang') || this.#host.getAttribute(inheritedLangAttribute) || 'en',
          this.#host.getAttribute('script'),
        )
      : this.#pageLang;
  }

  /** The texts in that language, with English for whatever it lacks. */
  get t(): CommonTexts & T {
    return isServer
      ? ((loadedTexts(this.lang, this.#parts) as (CommonTexts & T) | undefined) ?? this.#texts)
      : this.#texts;
  }

  hostConnected() {
    connected.add(this);
    observeLangChanges();
    this.update();
    this.#prepareDates();
  }

  hostDisconnected() {
    connected.delete(this);
  }

  /** Re-reads the language; called on connect and whenever a `lang` attribute changes on the page. */
  update() {
    const lang = inScript(closestLang(this.#host), this.#host.getAttribute('script'));
    const texts = loadedTexts(lang, this.#parts);
    if (lang === this.#pageLang && this.#texts === texts) return;
    this.#pageLang = lang;
    if (texts) {
      this.#useTexts(texts);
      return;
    }
    this.ready = loadTexts(lang, this.#parts).then((loaded) => {
      if (this.#pageLang === lang) this.#useTexts(loaded);
    });
  }

  #useTexts(texts: object) {
    this.#texts = texts as CommonTexts & T;
    this.#relativeFormatter = undefined;
    this.#host.requestUpdate();
    this.#prepareDates();
  }

  // The browser's first date format for a language costs a long task (~15 ms here, loading its locale
  // data); made in the next task, it runs while the feed is on its way instead of before the first paint.
  #prepareDates() {
    if (this.#showsDates) setTimeout(() => this.formatDate(new Date()));
  }

  /**
   * A date in words, e.g. "14 October 2026", formatted by the browser for the current language: as the
   * page writes it when it is a variant of the texts' language (`en-GB` under English texts), as
   * relative dates are.
   */
  formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const { lang } = this;
    const { $code } = this.t;
    const code = lang.startsWith($code) ? lang : $code;
    const key = `${code}|${JSON.stringify(options)}`;
    const format = dateFormats.get(key) ?? dateFormats.set(key, new Intl.DateTimeFormat(code, options)).get(key)!;
    return format.format(date);
  }

  /**
   * "3 days ago" in the current language, or undefined until date-fns and that language's locale have
   * loaded (the host re-renders when they have, so callers show the absolute date meanwhile).
   */
  formatRelative(date: Date, now: Date = new Date()): string | undefined {
    if (this.#relativeFormatter) return this.#relativeFormatter(date, now);
    this.preloadRelative();
    return undefined;
  }

  /** Starts loading relative-date support early, e.g. while a feed is still on its way. */
  preloadRelative() {
    const texts = this.t;
    loadRelativeFormatter(texts.$dateLocale).then(
      (formatter) => {
        if (this.t !== texts || this.#relativeFormatter === formatter) return;
        this.#relativeFormatter = formatter;
        this.#host.requestUpdate();
      },
      () => undefined,
    );
  }
}
