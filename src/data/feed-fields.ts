// The press feed format, field by field: JSON Feed 1.1 and the `_press` objects inside it. The lenient
// reader (read-feed.ts), validateFeed, the draft types below, the JSON Schema (scripts/feed-schema.ts)
// and the tables of docs/feed-format.md all follow it, so a field changes here and nowhere else. It ships
// with every widget that reads a feed: data only, no prose.

/**
 * What a field holds. Read leniently, every kind but `boolean`, `number` and `texts` is text: a number
 * there becomes its text, anything else is dropped with a warning naming its path.
 * - `text`: not empty or only white space; `string`: any string, empty too.
 * - `url`: an http: or https: URL, or one relative to the feed (urls.ts `webSchemes`); `link`: also
 *   mailto: and tel: (urls.ts `linkSchemes`).
 * - `date`: an RFC 3339 date-time with a time zone. `language`: a BCP 47 tag such as sr-Latn.
 * - `key`: a name in the submitted JSON: a letter, then letters, digits, `-` and `_`.
 * - `ref`: an item id or a URL; only a value that starts with a scheme, `/`, `./` or `../` is a URL.
 * - `number`: 0 or more.
 * - `texts`: a list of text; read leniently, text with commas is the list it separates, another single
 *   value a list of one, each with a warning.
 */
export type Scalar =
  'text' | 'string' | 'url' | 'link' | 'date' | 'language' | 'key' | 'ref' | 'boolean' | 'number' | 'texts';

// The shapes of the kinds that are more than a string, for validateFeed, the JSON Schema and normalize.
// Without the `i` flag, so that the JSON Schema can carry them as they are.
export const languageTag = /^[A-Za-z]{2,3}(-[A-Za-z\d]{1,8})*$/;
export const keyName = /^[A-Za-z][\w-]*$/;
/** A `ref` that is a URL: it starts with a scheme, `/`, `./` or `../`; anything else is an item id. */
export const refUrl = /^([A-Za-z][A-Za-z\d+.-]*:|\.{0,2}\/)/;

/** Text that must be one of `oneOf`. */
export interface Choice {
  readonly oneOf: readonly string[];
}

/** An object whose keys are language tags and whose values are all of one kind. */
export interface ByLanguage {
  readonly byLanguage: Scalar;
}

/**
 * An object with its own fields. Read leniently, an object that is not one is dropped with a warning; a
 * list of objects (`[table]`) that is a single value is read as a list of one, with a warning.
 */
export interface Table {
  readonly fields: Fields;
}

export type Kind = Scalar | Choice | ByLanguage | Table | readonly [Table];

export type Fields = { readonly [name: string]: Kind };

export const author = { fields: { name: 'text', url: 'link' } } as const satisfies Table;

export const quote = {
  fields: { text: 'text', speaker: 'text', role: 'text', organisation: 'text' },
} as const satisfies Table;

export const itemPress = {
  fields: {
    category: 'text',
    source: 'text',
    location: 'text',
    quotes: [quote],
    image_alt: 'string',
    translations: { byLanguage: 'ref' },
  },
} as const satisfies Table;

export const item = {
  fields: {
    id: 'text',
    url: 'url',
    external_url: 'url',
    title: 'text',
    content_html: 'string',
    content_text: 'string',
    summary: 'text',
    image: 'url',
    banner_image: 'url',
    date_published: 'date',
    date_modified: 'date',
    author,
    authors: [author],
    tags: 'texts',
    language: 'language',
    _press: itemPress,
  },
} as const satisfies Table;

export const organisation = { fields: { name: 'text', url: 'url', logo: 'url' } } as const satisfies Table;

export const topic = { fields: { id: 'text', label: 'text', institution: 'text' } } as const satisfies Table;

export const option = { fields: { value: 'string', label: 'text' } } as const satisfies Table;

export const field = {
  fields: {
    name: 'key',
    label: 'text',
    type: { oneOf: ['text', 'email', 'tel', 'url', 'textarea', 'select', 'checkbox'] },
    required: 'boolean',
    options: [option],
    hint: 'text',
  },
} as const satisfies Table;

export const contact = {
  fields: {
    intro: 'text',
    endpoint: 'url',
    topics: [topic],
    privacy_url: 'url',
    consent: 'text',
    fields: [field],
    email: 'text',
    phone: 'text',
    html_form_posts: 'boolean',
  },
} as const satisfies Table;

/** A topic's name as visitors read it, in each language: `tag` as the items' `tags` write it. */
export const tagLabel = { fields: { tag: 'text', labels: { byLanguage: 'text' } } } as const satisfies Table;

export const feedPress = { fields: { organisation, contact, tags: [tagLabel] } } as const satisfies Table;

export const feed = {
  fields: {
    title: 'text',
    home_page_url: 'url',
    feed_url: 'url',
    description: 'string',
    next_url: 'url',
    author,
    authors: [author],
    language: 'language',
    items: [item],
    _press: feedPress,
  },
} as const satisfies Table;

export const attachment = {
  fields: { url: 'url', mime_type: 'text', title: 'text', size_in_bytes: 'number', duration_in_seconds: 'number' },
} as const satisfies Table;

export const hub = { fields: { type: 'text', url: 'text' } } as const satisfies Table;

/** What validateFeed holds an object to beyond the kinds of its fields. */
export interface Constraints {
  /** Without these the object is invalid; the lenient reader skips an item or entry it cannot use instead. */
  readonly required?: readonly string[];
  /** Ours (`_press` and what is inside it): an unknown key is invalid, usually a typo. JSON Feed's own are open. */
  readonly closed?: true;
  /** Fields no widget reads: allowed and checked, nothing more. */
  readonly unread?: Fields;
}

// Apart from the tables because only validateFeed and the schema need it: the widgets, which read the
// tables, never import this, so their bundle does not carry it.
export const constraints: ReadonlyMap<Table, Constraints> = /* @__PURE__ */ new Map<Table, Constraints>([
  [
    feed,
    {
      required: ['version', 'title', 'items'],
      unread: {
        version: { oneOf: ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'] },
        user_comment: 'string',
        icon: 'url',
        favicon: 'url',
        expired: 'boolean',
        hubs: [hub],
      },
    },
  ],
  [feedPress, { closed: true, unread: { sample: 'boolean' } }],
  [organisation, { required: ['name'], closed: true }],
  [contact, { closed: true }],
  [topic, { required: ['id', 'label'], closed: true }],
  [tagLabel, { required: ['tag', 'labels'], closed: true }],
  [field, { required: ['name', 'label'], closed: true }],
  [option, { required: ['value', 'label'], closed: true }],
  [item, { required: ['id', 'title', 'date_published'], unread: { attachments: [attachment] } }],
  [itemPress, { closed: true }],
  [quote, { required: ['text', 'speaker'], closed: true }],
  [author, { unread: { avatar: 'url' } }],
  [attachment, { required: ['url', 'mime_type'] }],
  [hub, { required: ['type', 'url'] }],
]);

// What a lenient read of a field holds: its value of the right type, or nothing.
type Draft<K> = K extends 'boolean'
  ? boolean
  : K extends 'number'
    ? number
    : K extends 'texts'
      ? string[]
      : K extends ByLanguage
        ? Record<string, string>
        : K extends readonly [infer T extends Table]
          ? DraftOf<T>[]
          : K extends Table
            ? DraftOf<K>
            : string;

/** An object of `table` as a format reader hands it to normalize: any field may be missing. */
export type DraftOf<T extends Table> = { -readonly [Name in keyof T['fields']]?: Draft<T['fields'][Name]> };

/** An item of any format, in the shape of a JSON Feed item. */
export type ItemDraft = DraftOf<typeof item> & {
  /** Names the item in warnings: `items[3]`, `item 4 (guid)`. */
  where: string;
};

/**
 * A feed of any format in the shape of JSON Feed 1.1 with `_press`, strings as found in the document:
 * URLs not yet resolved, dates not yet parsed, HTML not yet sanitized.
 */
export type FeedDraft = Omit<DraftOf<typeof feed>, 'items'> & { items: ItemDraft[] };
