import type { Locale } from 'date-fns';
import type { FeedErrorCode } from '../data/feed-error.js';
import type { SendErrorCode } from '../form/send-message.js';

// Every text the widgets show, in one language, in parts: the texts all widgets share travel with
// the script tag's entry, each element's own texts with that element. The widgets call a text that
// varies (counts, dates, names) as a function; a language writes it as data (see `Strings`), which
// the registry turns into that function once per language.

/** The language itself and the texts every widget shows (loading, errors of a feed, dates). */
export interface CommonTexts {
  /** BCP 47 tag of this translation, e.g. `sr-Latn`. */
  $code: string;
  $dir: 'ltr' | 'rtl';
  /** Loads the date-fns locale for relative dates; called only when a widget shows one. */
  $dateLocale: () => Promise<Locale>;

  loading: string;
  retry: string;
  feedError: Record<Exclude<FeedErrorCode, 'abort' | 'cors'>, string>;
  /** Shown above cached releases when the feed could not be refreshed. */
  staleNotice: (lastUpdated: string) => string;
}

/** The texts of `<press-feed>`. */
export interface FeedTexts {
  releases: string;
  searchLabel: string;
  searchHint: string;
  filtersLabel: string;
  tagsLabel: string;
  categoryLabel: string;
  allCategories: string;
  sinceLabel: string;
  untilLabel: string;
  clearFilters: string;
  resultCount: (count: number) => string;
  noResults: string;
  /** Nothing matches, and the visitor only searched. */
  noSearchResults: string;
  emptyFeed: string;
  /** The page's language alone hides every release (a Serbian page on an English feed). */
  noReleasesInLanguage: string;
  /** Before the buttons that show the releases of another language, each named in its own. */
  languagesWithReleases: string;
  loadMore: string;
  pagination: string;
  pageLabel: (page: number) => string;
  previousPage: string;
  nextPage: string;
  newReleases: (count: number) => string;
  showNewReleases: string;
  readFullRelease: string;
  hideFullRelease: string;
}

/** The texts of `<press-quote>`. */
export interface QuoteTexts {
  quotes: string;
  readRelease: string;
  copyQuote: string;
  quoteCopied: string;
  copyFailed: string;
  showMore: string;
  showLess: string;
  previousQuote: string;
  nextQuote: string;
  pauseRotation: string;
  playRotation: string;
  quotePosition: (current: number, total: number) => string;
  noQuote: string;
  /** A quote in this language's quotation marks, for copied text. */
  quoted: (text: string) => string;
}

/** The texts of `<press-contact-form>`. */
export interface ContactFormTexts {
  nameLabel: string;
  emailLabel: string;
  emailHint: string;
  phoneLabel: string;
  topicLabel: string;
  subjectLabel: string;
  messageLabel: string;
  /** Shown in brackets after the label of a field that may be left empty. */
  optional: string;
  /** The empty first choice of a list. */
  choose: string;
  /** Under the topic list: who the message goes to. */
  recipient: (institution: string) => string;
  charactersLeft: (count: number) => string;
  charactersOver: (count: number) => string;
  privacyLink: string;
  /** The label of the spam trap field that people never see. */
  honeypotLabel: string;
  send: string;
  sending: string;
  retrying: (attempt: number, attempts: number) => string;
  errorSummary: string;
  /** Read before each field error by screen readers, e.g. "Error:". */
  errorPrefix: string;
  nameRequired: string;
  emailRequired: string;
  emailInvalid: string;
  phoneInvalid: string;
  urlInvalid: string;
  messageRequired: string;
  consentRequired: string;
  fieldRequired: (label: string) => string;
  fieldSelect: (label: string) => string;
  offlineNotice: string;
  offlineNotSent: string;
  sendWhenOnline: string;
  sentHeading: string;
  referenceNumber: (reference: string) => string;
  sendAnother: string;
  sendFailed: string;
  messageKept: string;
  sendError: Record<Exclude<SendErrorCode, 'abort' | 'offline' | 'cors'>, string>;
  formUnavailable: string;
  /** Shown, without JavaScript, where the form cannot send: its endpoint takes no plain HTML post. */
  needsScript: string;
  /** Before the feed's e-mail address and phone number, in the same place. */
  otherWays: string;
}

/** Every text the widgets show, in one language. */
export type Translation = CommonTexts & FeedTexts & QuoteTexts & ContactFormTexts;

/**
 * The forms of a text that counts, by CLDR plural category (`Intl.PluralRules` of the language picks
 * one); `other` is required because every language has it.
 */
export type PluralForms = { [category in Intl.LDMLPluralRule]?: string } & { other: string };

/**
 * How a language writes the texts `T`: a text is a string; a text the widgets call with values is a
 * template naming them in braces (`'Page {page}'`), or, when its first value is a number, plural forms
 * (`{ one: '{count} release', other: '{count} releases' }`); a group of texts is a group of strings.
 * The language itself (`$code`, `$dir`, `$dateLocale`) comes from the list in languages.ts.
 */
export type Strings<T> = {
  [K in keyof T as K extends `$${string}` ? never : K]: T[K] extends string
    ? string
    : T[K] extends (count: number, ...values: never[]) => string
      ? string | PluralForms
      : T[K] extends (...values: never[]) => string
        ? string
        : Strings<T[K]>;
};

/** What a language's common.ts holds. */
export type CommonStrings = Strings<CommonTexts>;
/** What a language's feed.ts holds. */
export type FeedStrings = Strings<FeedTexts>;
/** What a language's quote.ts holds. */
export type QuoteStrings = Strings<QuoteTexts>;
/** What a language's contact-form.ts holds. */
export type ContactFormStrings = Strings<ContactFormTexts>;

/**
 * What `registerTranslation` takes: any of the strings of any part, as a language file writes them, and
 * any of a group (`feedError`, `sendError`). Missing ones fall back to English.
 */
export type PartialTranslation = {
  [K in keyof Strings<Translation>]?: Strings<Translation>[K] extends string | PluralForms
    ? Strings<Translation>[K]
    : Partial<Strings<Translation>[K]>;
};
