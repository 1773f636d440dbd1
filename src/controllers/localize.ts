import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from 'date-fns';
import { formatDistance } from 'date-fns';
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
const dateLocales = new Map<Translation, Promise<Locale>>();

/**
 * Gives a widget its language: the texts, `lang`/`dir` to put on its root, and date formatting.
 * The language is the element's own `lang` or the nearest ancestor's, across shadow roots.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  lang = 'en';
  t: Translation = en;
  private dateLocale?: Locale;
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
    this.dateLocale = undefined;
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
   * "3 days ago" in the current language, or undefined until that language's date-fns locale has
   * loaded (the host re-renders when it has, so callers show the absolute date meanwhile).
   */
  formatRelative(date: Date, now: Date = new Date()): string | undefined {
    if (!this.dateLocale) {
      this.loadDateLocale();
      return undefined;
    }
    return formatDistance(date, now, { addSuffix: true, locale: this.dateLocale });
  }

  private loadDateLocale() {
    const translation = this.t;
    let loading = dateLocales.get(translation);
    if (!loading) {
      loading = translation.$dateLocale();
      dateLocales.set(translation, loading);
    }
    loading.then(
      (locale) => {
        if (this.t !== translation || this.dateLocale === locale) return;
        this.dateLocale = locale;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }
}
