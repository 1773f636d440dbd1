// schema/press-feed.schema.json, made from the field table (src/data/feed-fields.ts) and the words
// for people that the table leaves out. test/data/feed-format.test.ts fails when the committed file
// differs; `node scripts/write-feed-schema.mjs` writes it again.
import * as format from '../src/data/feed-fields.js';
import { constraints, keyName, refUrl, type Kind, type Scalar, type Table } from '../src/data/feed-fields.js';
import { linkSchemes, webSchemes } from '../src/data/urls.js';

type Schema = Record<string, unknown>;

/** Each table by its name in feed-fields.ts, which is its name under `$defs`. */
const tables = new Map(
  Object.entries(format).flatMap(([name, value]) =>
    typeof value === 'object' && 'fields' in value ? [[value as Table, name] as const] : [],
  ),
);

// A scheme in any case, and hidden behind white space or control characters as the URL parser allows.
const schemeCheck = (schemes: ReadonlySet<string>) => {
  const anyCase = [...schemes].map((scheme) =>
    scheme.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`),
  );
  return {
    type: 'string',
    allOf: [
      { pattern: '\\S' },
      { pattern: `^(?![\\s\\u0000-\\u001f]*(?!${anyCase.join('|')})[a-zA-Z][a-zA-Z0-9+.-]*:)` },
    ],
  };
};

const scalarDefs = {
  text: {
    type: 'string',
    pattern: '\\S',
    description: 'A string with at least one character that is not white space.',
  },
  url: {
    description:
      'An http: or https: URL, or a relative URL resolved against the feed URL. Any other scheme (javascript:, data:, file:) is rejected.',
    ...schemeCheck(webSchemes),
  },
  link: { description: 'Like url, and also mailto: and tel:.', ...schemeCheck(linkSchemes) },
  date: {
    description: 'An RFC 3339 date-time with a time zone: 2026-10-14T10:30:00+02:00 or 2026-10-14T08:30:00Z.',
    type: 'string',
    format: 'date-time',
    pattern: '^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$',
  },
  language: {
    description: 'A BCP 47 language tag: en, sr-Latn, sr-Cyrl.',
    type: 'string',
    pattern: format.languageTag.source,
  },
  ref: {
    description:
      'An item id in this feed, or a URL. Read as a URL only when it starts with a scheme, /, ./ or ../; otherwise as an item id, which has no /.',
    $ref: '#/$defs/url',
    pattern: `^\\s*${refUrl.source.slice(1)}|^[^/]*$`,
  },
};

const scalar: Record<Scalar, Schema> = {
  text: { $ref: '#/$defs/text' },
  string: { type: 'string' },
  url: { $ref: '#/$defs/url' },
  link: { $ref: '#/$defs/link' },
  date: { $ref: '#/$defs/date' },
  language: { $ref: '#/$defs/language' },
  key: { type: 'string', pattern: keyName.source },
  ref: { $ref: '#/$defs/ref' },
  boolean: { type: 'boolean' },
  number: { type: 'number', minimum: 0 },
  texts: { type: 'array', items: { $ref: '#/$defs/text' } },
};

/** The words for people, by table and field; `''` describes the table itself. */
const descriptions: Record<string, Record<string, string>> = {
  feed: {
    version: 'The JSON Feed version URL. 1.1 is the format; 1.0 is accepted.',
    title: "The feed's name.",
    home_page_url: 'The site the feed belongs to.',
    feed_url: 'Where this feed lives; relative URLs resolve against it.',
    description: 'What the feed is; plain text.',
    user_comment: 'A note for people reading the JSON; not shown.',
    next_url: 'The next page of items; followed with a loop guard.',
    author: 'JSON Feed 1.0; prefer authors.',
    authors: 'Default authors of items that name none.',
    language: 'Default language of the items.',
  },
  author: { url: "The author's page, or a mailto: link." },
  item: {
    '': 'One press release.',
    id: "Unique and stable across the feed's lifetime.",
    url: "The release on the publisher's site.",
    title: 'Plain text; never parsed as HTML.',
    content_html: 'The release as HTML; sanitized before it is shown.',
    content_text: 'The release as plain text.',
    summary: 'Plain text shown in lists.',
    image: 'The main image; its description is _press.image_alt.',
    author: 'JSON Feed 1.0; prefer authors.',
  },
  itemPress: {
    '': 'What a press release has that JSON Feed has no field for.',
    category: 'One category, such as International police cooperation; a filter in press-feed.',
    source: 'The issuing body, such as Ministry of the Interior of the Republic of Serbia; shown and filterable.',
    location: 'Where the release was issued or the event took place.',
    quotes: 'Statements by officials, shown by press-quote.',
    image_alt: 'Text alternative of image; required with image, "" for a decorative image.',
    translations: 'Other-language versions: language tag to an item id in this feed, or a URL.',
  },
  quote: {
    text: 'The words, without quotation marks.',
    speaker: 'Who said it, full name.',
    role: "The speaker's office, such as Minister of the Interior.",
    organisation: 'The body the speaker speaks for, such as European Union.',
  },
  feedPress: {
    '': "What a press office's feed has that JSON Feed has no field for.",
    sample: 'true: the dates are sample dates, not original publication dates.',
  },
  organisation: { '': 'The organisation that publishes the feed.' },
  contact: {
    '': 'The configuration of press-contact-form.',
    intro: 'Plain text shown above the form.',
    endpoint: 'Where the form POSTs its JSON.',
    privacy_url: 'The privacy notice linked from the consent checkbox.',
    consent: "The consent checkbox's label.",
    fields: 'Extra fields after the built-in ones.',
  },
  topic: {
    id: 'Sent to the endpoint; unique within topics.',
    label: 'Shown in the topic choice.',
    institution: 'Who handles messages on this topic; shown beside the choice.',
  },
  field: {
    name: 'The key in the submitted JSON; unique within fields.',
    type: 'Default text.',
    required: 'Default false.',
    hint: 'Help text under the field, linked with aria-describedby.',
  },
};

// What validateFeed checks beyond the fields' kinds, as far as a schema can say it.
const beyondFields: Record<string, Schema> = {
  author: { anyOf: [{ required: ['name'] }, { required: ['url'] }, { required: ['avatar'] }] },
  item: {
    anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
    if: { required: ['image'] },
    then: { required: ['_press'], properties: { _press: { required: ['image_alt'] } } },
    else: { properties: { _press: { not: { required: ['image_alt'] } } } },
  },
  field: {
    if: { required: ['type'], properties: { type: { const: 'select' } } },
    then: { required: ['options'] },
    else: { not: { required: ['options'] } },
  },
};

const nameOf = (table: Table) => tables.get(table)!;

function schemaOf(kind: Kind): Schema {
  if (typeof kind === 'string') return scalar[kind];
  if ('fields' in kind) return { $ref: `#/$defs/${nameOf(kind)}` };
  if ('oneOf' in kind) return { enum: kind.oneOf };
  if ('byLanguage' in kind)
    return { type: 'object', propertyNames: scalar.language, additionalProperties: scalar[kind.byLanguage] };
  return { type: 'array', items: schemaOf(kind[0]) };
}

function objectSchema(table: Table): Schema {
  const name = nameOf(table);
  const { required, closed, unread } = constraints.get(table) ?? {};
  const words = descriptions[name] ?? {};
  const fields = { ...table.fields, ...unread };
  for (const key in words) if (key && !(key in fields)) throw new Error(`descriptions: ${name} has no field ${key}`);
  return {
    ...(words[''] && { description: words[''] }),
    type: 'object',
    ...(required && { required }),
    ...(closed && { additionalProperties: false }),
    // What a feed must have comes first.
    properties: Object.fromEntries(
      [...new Set([...(required ?? []), ...Object.keys(fields)])].map((key) => [
        key,
        { ...schemaOf(fields[key]!), ...(words[key] && { description: words[key] }) },
      ]),
    ),
    ...beyondFields[name],
  };
}

export function feedSchema(): Schema {
  const { type, required, properties } = objectSchema(format.feed);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Press feed',
    description:
      'JSON Feed 1.1 with the _press extension read by @sepca/press-widgets. See docs/feed-format.md. validateFeed() checks all of this and also what a schema cannot: ids unique across items, topic ids and field names unique, dates that exist on the calendar, schemes hidden by control characters.',
    type,
    required,
    properties,
    $defs: {
      ...scalarDefs,
      ...Object.fromEntries(
        [...tables].flatMap(([table, name]) => (name === 'feed' ? [] : [[name, objectSchema(table)]])),
      ),
    },
  };
}
