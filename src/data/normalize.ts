import { parseFeedDate } from './dates.js';
import { FeedError, type FeedErrorCode } from './feed-error.js';
import { isSanitizerReady, sanitizeOrUndefined, type SanitizerEngine } from './sanitize.js';
import { excerpt, htmlToText, optionalText, plainText } from './text.js';
import type { Author, PressFeed, PressRelease, Quote } from './types.js';
import { linkSchemes, safeUrl } from './urls.js';

/**
 * One item as a format reader found it: strings as in the document (URLs not yet resolved, dates not yet
 * parsed, HTML not yet sanitized). `where` names the item in warnings.
 */
export interface ItemDraft {
  where: string;
  id?: string;
  url?: string;
  title?: string;
  summary?: string;
  /** The summary is HTML (RSS description): reduced to text. */
  summaryIsHtml?: boolean;
  contentHtml?: string;
  contentText?: string;
  image?: string;
  imageAlt?: string;
  published?: string;
  modified?: string;
  tags: string[];
  category?: string;
  source?: string;
  location?: string;
  language?: string;
  authors: Author[];
  quotes?: Pick<Quote, 'text' | 'speaker' | 'role' | 'organisation'>[];
  translations?: Record<string, string>;
}

/** A whole feed as a format reader found it; `press` reads JSON Feed's `_press` once URLs can be resolved. */
export interface FeedDraft {
  title?: string;
  description?: string;
  homePage?: string;
  self?: string;
  next?: string;
  language?: string;
  authors: Author[];
  items: ItemDraft[];
  press?: () => Pick<PressFeed, 'organisation' | 'contact'>;
}

// The state of the one parse running: parseFeed is synchronous, so a run never overlaps another.
let warnings: string[] = [];
let warningCount = 0;
let feedUrl: string | undefined;
let maxItems = 0;
let baseUrl: string | undefined;
let engine: SanitizerEngine = 'auto';
let htmlReady = false;

/** Starts reading one feed fetched from `url` (resolved), the base of its relative URLs. */
export function startParse(url: string | undefined, itemCap: number, sanitizer: SanitizerEngine): void {
  warnings = [];
  warningCount = 0;
  feedUrl = url;
  maxItems = itemCap;
  engine = sanitizer;
  htmlReady = isSanitizerReady(sanitizer);
}

export function fail(code: FeedErrorCode, message: string, cause?: unknown): never {
  throw new FeedError(code, message, { url: feedUrl, cause });
}

/** The items of a feed, unless there are more than `maxItems`. */
export function checkItemCount<T>(items: T[]): T[] {
  if (items.length > maxItems) fail('too-large', `The feed has ${items.length} items; at most ${maxItems} are read. Split it into pages (JSON Feed next_url, atom:link rel="next").`);
  return items;
}

// A broken feed can repeat the same fault ten thousand times; the first 50 tell the web team what to fix.
export function warn(message: string): undefined {
  if (warningCount++ < 50) warnings.push(message);
}

/** `value` resolved against the feed's base URL if it has an allowed scheme, else a warning. */
export function toUrl(value: string | undefined, where: string, schemes?: ReadonlySet<string>): string | undefined {
  if (!value?.trim()) return undefined;
  const url = safeUrl(value, baseUrl, schemes);
  if (!url) warn(`${where}: "${value.slice(0, 100)}" is not a usable web address; ignored.`);
  return url;
}

function toDate(value: string | undefined, where: string): Date | undefined {
  const date = value?.trim() ? parseFeedDate(value) : undefined;
  if (value?.trim() && !date) warn(`${where}: "${value.slice(0, 60)}" is not a valid date; ignored.`);
  return date;
}

function normalizeItem(draft: ItemDraft, defaults: Pick<FeedDraft, 'language' | 'authors'>): PressRelease | undefined {
  const { where } = draft;
  const url = toUrl(draft.url, `${where} url`);
  const id = draft.id?.trim() || url;
  if (!id) return warn(`${where} has neither an id nor a link; skipped.`);
  // Without a sanitizer, HTML is kept as its text only, never raw (parseFeed warns once).
  const html = draft.contentHtml?.trim() ? draft.contentHtml : undefined;
  const contentHtml = html && htmlReady ? sanitizeOrUndefined(html, baseUrl, { engine }) : undefined;
  const contentText = draft.contentText?.trim() || (html && !htmlReady ? htmlToText(html) : undefined) || undefined;
  const summary = optionalText(draft.summary && draft.summaryIsHtml ? htmlToText(draft.summary) : draft.summary);
  // Reading the text out of HTML costs as much as sanitizing it, so it is done only for a missing title.
  const title = optionalText(draft.title) ?? excerpt(summary ?? contentText ?? (contentHtml ? htmlToText(contentHtml) : ''));
  if (!title) return warn(`${where} has no title and no text; skipped.`);
  const image = toUrl(draft.image, `${where} image`);
  const release: PressRelease = {
    id,
    url,
    title,
    summary,
    contentHtml,
    contentText,
    image: image ? { url: image, alt: optionalText(draft.imageAlt) } : undefined,
    published: toDate(draft.published, `${where} publication date`),
    modified: toDate(draft.modified, `${where} modification date`),
    tags: [...new Set(draft.tags.map(plainText).filter(Boolean))],
    category: optionalText(draft.category),
    source: optionalText(draft.source),
    location: optionalText(draft.location),
    language: draft.language?.trim() || defaults.language,
    authors: (draft.authors.length ? draft.authors : defaults.authors).flatMap((author) => {
      const name = optionalText(author.name);
      return name ? [{ name, url: toUrl(author.url, `${where} author url`, linkSchemes) }] : [];
    }),
    quotes: [],
    translations: draft.translations && translations(draft.translations, where),
  };
  release.quotes = (draft.quotes ?? []).flatMap((quote, index) => {
    const text = optionalText(quote.text);
    const speaker = optionalText(quote.speaker);
    if (!text || !speaker) {
      warn(`${where} quote ${index + 1} has no ${text ? 'speaker' : 'text'}; skipped.`);
      return [];
    }
    const { id: releaseId, url: releaseUrl, published, language } = release;
    return [{ text, speaker, role: optionalText(quote.role), organisation: optionalText(quote.organisation), releaseId, releaseUrl, published, language }];
  });
  return release;
}

// A translation is another item's id or a URL; a URL is resolved, an id kept as it is.
function translations(targets: Record<string, string>, where: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [language, target] of Object.entries(targets)) {
    const value = /^[a-z][a-z\d+.-]*:|^\.{0,2}\//i.test(target) ? toUrl(target, `${where} translation "${language}"`) : target.trim();
    if (value) result[language] = value;
  }
  return result;
}

/**
 * A format reader's draft into the model: URLs resolved against `url` (where the feed was fetched from),
 * else where the feed says it lives, else its home page; items normalized, unusable ones skipped and
 * repeated ids dropped (the first wins), each with a warning.
 */
export function normalizeFeed(draft: FeedDraft): PressFeed {
  const page = globalThis.location?.href;
  baseUrl = feedUrl ?? (draft.self && safeUrl(draft.self, page)) ?? (draft.homePage && safeUrl(draft.homePage, page)) ?? undefined;
  if (!htmlReady && draft.items.some((item) => item.contentHtml?.trim())) {
    warn('HTML content is shown as plain text because no HTML sanitizer was ready (await ensureSanitizer() before parseFeed).');
  }
  const seen = new Set<string>();
  const items: PressRelease[] = [];
  for (const item of draft.items) {
    const release = normalizeItem(item, draft);
    if (!release) continue;
    if (seen.has(release.id)) warn(`${item.where} repeats the id "${release.id.slice(0, 100)}"; only the first is kept.`);
    else items.push(release);
    seen.add(release.id);
  }
  const feed: PressFeed = {
    title: plainText(draft.title ?? ''),
    description: optionalText(draft.description),
    homePageUrl: toUrl(draft.homePage, 'home page link'),
    feedUrl: toUrl(draft.self, 'feed link'),
    nextUrl: toUrl(draft.next, 'next page link'),
    language: draft.language,
    ...draft.press?.(),
    items,
    warnings,
  };
  if (warningCount > 50) warnings.push(`…and ${warningCount - 50} more warnings like these.`);
  return feed;
}
