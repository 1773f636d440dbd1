import { parseFeedDate } from './dates.js';
import { field as formField, refUrl, type FeedDraft, type ItemDraft } from './feed-fields.js';
import { warn, type ParseContext } from './parse-context.js';
import { sanitizeOrUndefined } from './sanitize.js';
import { markSanitized } from './sanitized-releases.js';
import { excerpt, htmlToText, optionalText, plainText } from './text.js';
import type { ContactConfig, ContactField, Feed, PressRelease } from './types.js';
import { absoluteUrl, linkSchemes, safeUrl } from './urls.js';

// Every format reader returns its feed as a FeedDraft; this module turns that into the model, whatever
// the format was.

/** Where a field's value is read from: any object with optional string fields. */
type Holder<Key extends string> = Partial<Record<Key, string>>;

/** `read(object[key])`, or a warning that the value at `where.key` is not `what`; nothing for a blank value. */
function check<Key extends string, T>(
  context: ParseContext,
  object: Holder<Key>,
  key: Key,
  where: string,
  read: (value: string) => T | undefined,
  what: string,
): T | undefined {
  const value = object[key];
  if (!value?.trim()) return undefined;
  const result = read(value);
  if (!result) warn(context, `${where}.${key}: "${value.slice(0, 100)}" is not a ${what}; ignored.`);
  return result;
}

const toUrl = <Key extends string>(
  context: ParseContext,
  object: Holder<Key>,
  key: Key,
  where: string,
  schemes?: ReadonlySet<string>,
) => check(context, object, key, where, (text) => safeUrl(text, context.baseUrl, schemes), 'usable web address');
const toDate = <Key extends string>(context: ParseContext, object: Holder<Key>, key: Key, where: string) =>
  check(context, object, key, where, parseFeedDate, 'valid date');

// JSON Feed 1.1 has `authors`; 1.0 had a single `author`, still common.
const authorsOf = (context: ParseContext, draft: FeedDraft | ItemDraft, where: string) =>
  (draft.authors ?? (draft.author ? [draft.author] : [])).flatMap((author, index) => {
    const name = optionalText(author.name);
    const path = `${where}.${draft.authors ? `authors[${index}]` : 'author'}`;
    return name ? [{ name, url: toUrl(context, author, 'url', path, linkSchemes) }] : [];
  });

/** A contact topic or field: `key` and `label` are required, else it is ignored. */
const labelled = <Entry extends { label?: string }, T>(
  context: ParseContext,
  list: Entry[] = [],
  key: keyof Entry & string,
  where: string,
  read: (id: string, label: string, entry: Entry, index: number) => T,
): T[] =>
  list.flatMap((entry, index) => {
    const id = (entry[key] as string | undefined)?.trim();
    const label = optionalText(entry.label);
    return id && label
      ? [read(id, label, entry, index)]
      : (warn(context, `${where}[${index}] needs a ${key} and a label; ignored.`) ?? []);
  });

const fieldTypes: readonly unknown[] = formField.fields.type.oneOf;
const isFieldType = (type: unknown): type is NonNullable<ContactField['type']> => fieldTypes.includes(type);

function readContact(
  context: ParseContext,
  contact: NonNullable<NonNullable<FeedDraft['_press']>['contact']>,
): ContactConfig {
  const where = 'feed._press.contact';
  return {
    intro: optionalText(contact.intro),
    endpoint: toUrl(context, contact, 'endpoint', where),
    topics: labelled(context, contact.topics, 'id', `${where}.topics`, (id, label, topic) => ({
      id,
      label,
      institution: optionalText(topic.institution),
    })),
    privacyUrl: toUrl(context, contact, 'privacy_url', where),
    consent: optionalText(contact.consent),
    email: optionalText(contact.email),
    phone: optionalText(contact.phone),
    htmlFormPosts: !!contact.html_form_posts,
    fields: labelled(context, contact.fields, 'name', `${where}.fields`, (name, label, field, index): ContactField => {
      const { type } = field;
      if (type !== undefined && !isFieldType(type))
        warn(context, `${where}.fields[${index}].type: "${type}" is unknown; a text field is shown.`);
      const options = (field.options ?? []).flatMap(({ value, label: optionLabel }) => {
        const text = optionalText(optionLabel) ?? value;
        return value !== undefined && text ? [{ value, label: text }] : [];
      });
      return {
        name,
        label,
        type: isFieldType(type) ? type : 'text',
        required: !!field.required,
        options: options.length ? options : undefined,
        hint: optionalText(field.hint),
      };
    }),
  };
}

function normalizeItem(
  context: ParseContext,
  item: ItemDraft,
  feed: FeedDraft,
  feedAuthors: PressRelease['authors'],
): PressRelease | undefined {
  const { where, _press: press = {} } = item;
  // `external_url` stands in only for a missing `url`, as `image` and `banner_image` below.
  const url = toUrl(context, item, item.url === undefined ? 'external_url' : 'url', where);
  const id = item.id?.trim() || url;
  if (!id) return warn(context, `${where} has neither an id nor a link; skipped.`);
  // Without a sanitizer, HTML is kept as its text only, never raw (normalizeFeed warns once).
  const html = item.content_html?.trim() ? item.content_html : undefined;
  const { htmlReady } = context;
  // The context's `engine` is the sanitizer option.
  const contentHtml = html && htmlReady ? sanitizeOrUndefined(html, context.baseUrl, context) : undefined;
  const contentText = item.content_text?.trim() || (html && !htmlReady && htmlToText(html)) || undefined;
  const summary = optionalText(item.summary);
  // Reading the text out of HTML costs as much as sanitizing it, so it is done only for a missing title.
  const written = optionalText(item.title);
  const title = written ?? excerpt(summary ?? contentText ?? (contentHtml ? htmlToText(contentHtml) : ''));
  if (!title) return warn(context, `${where} has no title and no text; skipped.`);
  if (!written) warn(context, `${where}.title is missing; the start of its text is shown instead.`);
  if (!item.date_published?.trim())
    warn(context, `${where}.date_published is missing; the release shows no date and sorts last.`);
  const image = toUrl(context, item, item.image === undefined ? 'banner_image' : 'image', where);
  const authors = authorsOf(context, item, where);
  const release: PressRelease = {
    id,
    url,
    title,
    summary,
    contentHtml,
    contentText,
    image: image ? { url: image, alt: optionalText(press.image_alt) } : undefined,
    published: toDate(context, item, 'date_published', where),
    modified: toDate(context, item, 'date_modified', where),
    tags: [...new Set((item.tags ?? []).map(plainText).filter(Boolean))],
    category: optionalText(press.category),
    source: optionalText(press.source),
    location: optionalText(press.location),
    language: item.language?.trim() || feed.language,
    authors: authors.length ? authors : feedAuthors,
    quotes: [],
    translations: press.translations && {},
  };
  release.quotes = (press.quotes ?? []).flatMap((quote, index) => {
    const text = optionalText(quote.text);
    const speaker = optionalText(quote.speaker);
    if (!text || !speaker)
      return warn(context, `${where}._press.quotes[${index}] has no ${text ? 'speaker' : 'text'}; skipped.`) ?? [];
    return [
      {
        text,
        speaker,
        role: optionalText(quote.role),
        organisation: optionalText(quote.organisation),
        releaseId: id,
        releaseUrl: url,
        published: release.published,
        language: release.language,
      },
    ];
  });
  // A translation is another item's id or a URL; a URL is resolved, an id kept as it is.
  for (const [language, target] of Object.entries(press.translations ?? {})) {
    const value = refUrl.test(target)
      ? toUrl(context, press.translations!, language, `${where}._press.translations`)
      : target.trim();
    if (value) release.translations![language] = value;
  }
  return release;
}

/**
 * A format reader's draft into the model: URLs resolved against the web address the feed was fetched
 * from, else where the feed says it lives (a feed read from a file names its public home), else its home
 * page; items normalized, unusable ones skipped and repeated ids dropped (the first wins), each with a
 * warning.
 */
export function normalizeFeed(draft: FeedDraft, context: ParseContext): Feed {
  const { warnings } = context;
  context.baseUrl =
    (context.url && safeUrl(context.url, undefined)) ??
    (draft.feed_url && absoluteUrl(draft.feed_url)) ??
    (draft.home_page_url && absoluteUrl(draft.home_page_url));
  if (!context.htmlReady && draft.items.some((item) => item.content_html?.trim())) {
    warn(context, 'HTML is shown as text: no HTML sanitizer was ready (await ensureSanitizer() first).');
  }
  const { organisation, contact, tags } = draft._press ?? {};
  const name = optionalText(organisation?.name);
  if (organisation && !name) warn(context, 'feed._press.organisation has no name; ignored.');
  const feedAuthors = authorsOf(context, draft, 'feed');
  const releases = new Map<string, PressRelease>();
  for (const item of draft.items) {
    const release = normalizeItem(context, item, draft, feedAuthors);
    if (release && releases.has(release.id))
      warn(context, `${item.where} repeats the id "${release.id.slice(0, 100)}"; only the first is kept.`);
    else if (release) releases.set(release.id, markSanitized(release));
  }
  return {
    title: plainText(draft.title ?? ''),
    description: optionalText(draft.description),
    homePageUrl: toUrl(context, draft, 'home_page_url', 'feed'),
    feedUrl: toUrl(context, draft, 'feed_url', 'feed'),
    nextUrl: toUrl(context, draft, 'next_url', 'feed'),
    language: draft.language,
    organisation: name
      ? {
          name,
          url: toUrl(context, organisation!, 'url', 'feed._press.organisation'),
          logo: toUrl(context, organisation!, 'logo', 'feed._press.organisation'),
        }
      : undefined,
    contact: contact && readContact(context, contact),
    tagLabels:
      tags && Object.fromEntries(tags.flatMap(({ tag, labels }) => (tag && labels ? [[tag.trim(), labels]] : []))),
    items: [...releases.values()],
    // A broken feed can repeat the same fault ten thousand times; the first 50 tell the web team what to fix.
    warnings: warnings.length > 50 ? [...warnings.slice(0, 50), `…and ${warnings.length - 50} more.`] : warnings,
  };
}
