import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from '../i18n/translation.js';
import { en } from '../i18n/en.js';
import { closestLang } from '../i18n/lang.js';
import { loadTranslation, loadedTranslation } from '../i18n/registry.js';

type LocalizedHost = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
let langObserver: MutationObserver | undefined;

// One observer for the whole page: a site that switches `lang` anywhere re-localizes every widget.
function observeLangChanges() {
  langObserver ??= new MutationObserver(() => connected.forEach((controller) => controller.update()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormatters = new Map<Translation, Promise<RelativeFormatter>>();

type RelativeFormatter = (date: Date, now: Date) => string;

// date-fns and its locales load only for widgets that show relative dates, one language at a time.
function loadRelativeFormatter(translation: Translation): Promise<RelativeFormatter> {
  let loading = relativeFormatters.get(translation);
  if (!loading) {
    loading = Promise.all([import('date-fns/formatDistance'), translation.$dateLocale()]).then(
      ([{ formatDistance }, locale]) =>
        (date: Date, now: Date) => formatDistance(date, now, { addSuffix: true, locale }),
    );
    relativeFormatters.set(translation, loading);
  }
  return loading;
}

/**
 * Gives a widget its language: the texts, `lang`/`dir` to put on its root, and date formatting.
 * The language is the element's own `lang` or the nearest ancestor's, across shadow roots.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  lang = 'en';
  t: Translation = en;
  private relativeFormatter?: RelativeFormatter;
  /** Settles when the texts for the current language are loaded. */
  ready: Promise<unknown> = Promise.resolve();

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    connected.add(this);
    observeLangChanges();
    this.update();
  }

  hostDisconnected() {
    connected.delete(this);
  }

  /** Re-reads the language; called on connect and whenever a `lang` attribute changes on the page. */
  update() {
    const lang = closestLang(this.host);
    if (lang === this.lang && this.t === loadedTranslation(lang)) return;
    this.lang = lang;
    const translation = loadedTranslation(lang);
    if (translation) {
      this.useTranslation(translation);
      return;
    }
    this.ready = loadTranslation(lang).then((loaded) => {
      if (this.lang === lang) this.useTranslation(loaded);
    });
  }

  private useTranslation(translation: Translation) {
    this.t = translation;
    this.relativeFormatter = undefined;
    this.host.requestUpdate();
  }

  /** A date in words, e.g. "14 October 2026", formatted by the browser for the current language. */
  formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const key = `${this.t.$code}|${JSON.stringify(options)}`;
    let format = dateFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(this.t.$code, options);
      dateFormats.set(key, format);
    }
    return format.format(date);
  }

  /**
   * "3 days ago" in the current language, or undefined until date-fns and that language's locale have
   * loaded (the host re-renders when they have, so callers show the absolute date meanwhile).
   */
  formatRelative(date: Date, now: Date = new Date()): string | undefined {
    if (this.relativeFormatter) return this.relativeFormatter(date, now);
    this.preloadRelative();
    return undefined;
  }

  /** Starts loading relative-date support early, e.g. while a feed is still on its way. */
  preloadRelative() {
    const translation = this.t;
    loadRelativeFormatter(translation).then(
      (formatter) => {
        if (this.t !== translation || this.relativeFormatter === formatter) return;
        this.relativeFormatter = formatter;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }
}
