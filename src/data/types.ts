import type { field } from './feed-fields.js';

/** The organisation that publishes a feed (`_press.organisation`). */
export interface Organisation {
  name: string;
  url?: string;
  logo?: string;
}

/** A topic of the contact form and the institution its messages are forwarded to. */
export interface ContactTopic {
  id: string;
  label: string;
  institution?: string;
}

/** An extra field a site adds to the contact form. */
export interface ContactField {
  name: string;
  label: string;
  type?: (typeof field.fields.type.oneOf)[number];
  required?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
}

/** The contact form's configuration, from the feed's `_press.contact`. */
export interface ContactConfig {
  intro?: string;
  endpoint?: string;
  topics: ContactTopic[];
  privacyUrl?: string;
  consent?: string;
  fields: ContactField[];
  /** Other ways to reach the office, shown when the form cannot send (no JavaScript). */
  email?: string;
  phone?: string;
  /** The endpoint also takes the form as a browser posts it without JavaScript (see docs/publishing.md). */
  htmlFormPosts?: boolean;
}

/** A statement by an official, taken from a release. */
export interface Quote {
  text: string;
  speaker: string;
  role?: string;
  organisation?: string;
  releaseId: string;
  releaseUrl?: string;
  published?: Date;
  /** The language of the release the quote comes from. */
  language?: string;
}

export interface Author {
  name: string;
  url?: string;
}

/** One press release, normalised from any feed format. Text fields are plain text; only `contentHtml` holds HTML, already sanitized. */
export interface PressRelease {
  id: string;
  url?: string;
  title: string;
  summary?: string;
  /** Sanitized HTML, safe to render. */
  contentHtml?: string;
  contentText?: string;
  image?: { url: string; alt?: string };
  published?: Date;
  modified?: Date;
  tags: string[];
  category?: string;
  source?: string;
  location?: string;
  language?: string;
  authors: Author[];
  quotes: Quote[];
  /** Other-language versions: language tag to item id or URL. */
  translations?: Record<string, string>;
}

export interface Feed {
  title: string;
  description?: string;
  homePageUrl?: string;
  feedUrl?: string;
  /** The next page of the feed (JSON Feed `next_url`), resolved. */
  nextUrl?: string;
  language?: string;
  organisation?: Organisation;
  contact?: ContactConfig;
  /** The feed's names for its topics (`_press.tags`): tag → language tag → label. */
  tagLabels?: Record<string, Record<string, string>>;
  items: PressRelease[];
  /** What was tolerated or dropped while reading the feed, in words a web team understands. */
  warnings: string[];
}

/**
 * What a watcher of one feed URL knows at a moment (see `watchFeed`). The store keeps the last good
 * copy: a failed revalidation keeps `feed` and sets `error`.
 */
export interface FeedSnapshot {
  url: string;
  /** A request for this URL is in flight. */
  loading: boolean;
  feed?: Feed;
  error?: import('./feed-error.js').FeedError;
  /** `feed` comes from the cache and has not been confirmed by the server in this page view. */
  stale: boolean;
  /** When the server last confirmed `feed`. */
  fetchedAt?: Date;
}
