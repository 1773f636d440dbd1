import { parseFeedDate } from './dates.js';
import { isSanitizerReady, sanitizeOrUndefined, type SanitizerEngine } from './sanitize.js';
import { excerpt, htmlToText, optionalText, plainText } from './text.js';
import type { Author, PressRelease, Quote } from './types.js';
import { linkSchemes, safeUrl } from './urls.js';
import { WarningList } from './warnings.js';

/** A quote as read from the feed, before it learns which release it belongs to. */
export type QuoteDraft = Pick<Quote, 'text' | 'speaker' | 'role' | 'organisation'>;

/**
 * One item as a format parser read it: strings as found in the document (URLs not yet resolved, dates
 * not yet parsed, HTML not yet sanitized). `where` names the item in warnings.
 */
export interface ItemDraft {
  where: string;
  id?: string;
  url?: string;
  title?: string;
  summary?: string;
  /** The summary is HTML (RSS description, Atom summary type="html"): reduced to text. */
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
  quotes: QuoteDraft[];
  translations?: Record<string, string>;
}

/** What every format parser shares while reading one feed: the base URL, the warnings, the sanitizer. */
export class FeedContext {
  #sanitizerMissingReported = false;

  constructor(
    readonly baseUrl: string | undefined,
    readonly sanitizer: SanitizerEngine = 'auto',
    readonly warnings = new WarningList(),
  ) {}

  url(value: string | undefined, where: string, schemes?: ReadonlySet<string>): string | undefined {
    if (!value?.trim()) return undefined;
    const url = safeUrl(value, this.baseUrl, schemes);
    if (!url) this.warnings.add(`${where}: "${value.slice(0, 100)}" is not a usable web address; ignored.`);
    return url;
  }

  date(value: string | undefined, where: string): Date | undefined {
    if (!value?.trim()) return undefined;
    const date = parseFeedDate(value);
    if (!date) this.warnings.add(`${where}: "${value.slice(0, 60)}" is not a valid date; ignored.`);
    return date;
  }

  /** Sanitized HTML; without a ready sanitizer, the HTML's text only, never raw HTML. */
  html(html: string): { contentHtml?: string; contentText?: string } {
    const sanitized = isSanitizerReady(this.sanitizer) ? sanitizeOrUndefined(html, this.baseUrl, { engine: this.sanitizer }) : undefined;
    if (sanitized !== undefined) return { contentHtml: sanitized };
    if (!this.#sanitizerMissingReported) {
      this.#sanitizerMissingReported = true;
      this.warnings.add('HTML content is shown as plain text because no HTML sanitizer was ready (await ensureSanitizer() before parseFeed).');
    }
    return { contentText: htmlToText(html) };
  }
}

function normalizeItem(draft: ItemDraft, context: FeedContext, defaults: ItemDefaults): PressRelease | undefined {
  const url = context.url(draft.url, `${draft.where} url`);
  const id = draft.id?.trim() || url;
  if (!id) {
    context.warnings.add(`${draft.where} has neither an id nor a link; skipped.`);
    return undefined;
  }
  const html = draft.contentHtml?.trim() ? context.html(draft.contentHtml) : undefined;
  const contentText = draft.contentText?.trim() ? draft.contentText.trim() : html?.contentText || undefined;
  const summary = draft.summary ? optionalText(draft.summaryIsHtml ? htmlToText(draft.summary) : draft.summary) : undefined;
  // Reading the text out of HTML costs as much as sanitizing it, so it is done only for a missing title.
  const title = optionalText(draft.title) ?? excerpt(summary ?? contentText ?? (html?.contentHtml ? htmlToText(html.contentHtml) : ''));
  if (!title) {
    context.warnings.add(`${draft.where} has no title and no text; skipped.`);
    return undefined;
  }
  const imageUrl = context.url(draft.image, `${draft.where} image`);
  const published = context.date(draft.published, `${draft.where} publication date`);
  const language = draft.language?.trim() || defaults.language;
  const release: PressRelease = {
    id,
    url,
    title,
    summary,
    contentHtml: html?.contentHtml,
    contentText,
    image: imageUrl ? { url: imageUrl, alt: optionalText(draft.imageAlt) } : undefined,
    published,
    modified: context.date(draft.modified, `${draft.where} modification date`),
    tags: [...new Set(draft.tags.map(plainText).filter(Boolean))],
    category: optionalText(draft.category),
    source: optionalText(draft.source),
    location: optionalText(draft.location),
    language,
    authors: normalizeAuthors(draft.authors.length ? draft.authors : defaults.authors, context, draft.where),
    quotes: [],
    translations: draft.translations && normalizeTranslations(draft.translations, context, draft.where),
  };
  release.quotes = normalizeQuotes(draft.quotes, release, context, draft.where);
  return release;
}

function normalizeAuthors(authors: Author[], context: FeedContext, where: string): Author[] {
  return authors.flatMap((author) => {
    const name = optionalText(author.name);
    return name ? [{ name, url: context.url(author.url, `${where} author url`, linkSchemes) }] : [];
  });
}

function normalizeQuotes(quotes: QuoteDraft[], release: PressRelease, context: FeedContext, where: string): Quote[] {
  return quotes.flatMap((quote, index) => {
    const text = optionalText(quote.text);
    const speaker = optionalText(quote.speaker);
    if (!text || !speaker) {
      context.warnings.add(`${where} quote ${index + 1} has no ${text ? 'speaker' : 'text'}; skipped.`);
      return [];
    }
    return [{
      text,
      speaker,
      role: optionalText(quote.role),
      organisation: optionalText(quote.organisation),
      releaseId: release.id,
      releaseUrl: release.url,
      published: release.published,
      language: release.language,
    }];
  });
}

// A translation is another item's id or a URL; a URL is resolved, an id kept as it is.
function normalizeTranslations(translations: Record<string, string>, context: FeedContext, where: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [language, target] of Object.entries(translations)) {
    const looksLikeUrl = /^[a-z][a-z0-9+.-]*:|^\.{0,2}\//i.test(target);
    const value = looksLikeUrl ? context.url(target, `${where} translation "${language}"`) : target.trim();
    if (value) result[language] = value;
  }
  return result;
}

export interface ItemDefaults {
  language?: string;
  authors: Author[];
}

/** Items into releases: unusable ones skipped, duplicate ids dropped (the first wins), each with a warning. */
export function normalizeItems(drafts: ItemDraft[], context: FeedContext, defaults: ItemDefaults): PressRelease[] {
  const releases: PressRelease[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    const release = normalizeItem(draft, context, defaults);
    if (!release) continue;
    if (seen.has(release.id)) {
      context.warnings.add(`${draft.where} repeats the id "${release.id.slice(0, 100)}"; only the first is kept.`);
      continue;
    }
    seen.add(release.id);
    releases.push(release);
  }
  return releases;
}
