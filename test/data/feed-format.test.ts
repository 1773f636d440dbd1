import { expect } from '@open-wc/testing';
import {
  author,
  constraints,
  contact,
  feed,
  feedPress,
  field,
  item,
  itemPress,
  quote,
  topic,
  type Choice,
  type Kind,
  type Scalar,
  type Table,
} from '../../src/data/feed-fields.js';
import { parseFeed } from '../../src/data/parse-feed.js';
import { validateFeed } from '../../src/data/validate-feed.js';
import { feedSchema } from '../../scripts/feed-schema.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- feeds are arbitrary JSON, changed in place
type Json = Record<string, any>;

const fieldsOf = (table: Table) => ({ ...table.fields, ...constraints.get(table)?.unread });
const isRead = (table: Table, key: string) => key in table.fields;

/** A valid value of every kind, so that a feed with every field of the table can be built. */
const samples: Record<Scalar, unknown> = {
  text: 'x',
  string: 'x',
  url: 'https://example.org/a',
  link: 'mailto:press@example.org',
  date: '2026-10-14T10:30:00Z',
  language: 'en',
  key: 'k',
  ref: 'other-release',
  boolean: true,
  number: 1,
  texts: ['x'],
};

function sampleOf(kind: Kind): unknown {
  if (typeof kind === 'string') return samples[kind];
  if ('fields' in kind)
    return Object.fromEntries(Object.entries(fieldsOf(kind)).map(([key, entry]) => [key, sampleOf(entry)]));
  if ('oneOf' in kind) return kind.oneOf[0];
  if ('byLanguage' in kind) return { en: samples[kind.byLanguage] };
  return [sampleOf(kind[0])];
}

/** A value of the wrong type for `kind`, whatever it is. */
const wrongFor = (kind: Kind): unknown =>
  kind === 'boolean' || kind === 'number' || (typeof kind === 'object' && !('oneOf' in kind)) ? 'x' : {};

interface Place {
  /** Where validateFeed reports it: `$.items[0]._press.quotes[0].speaker`. */
  path: string;
  /** Where the lenient reader names it: `items[0]._press.quotes[0].speaker`. */
  readerPath: string;
  /** The feed's object that holds the field. */
  locate: (feed: Json) => Json;
  key: string;
  kind: Kind;
  /** The reader reads it (and everything above it). */
  read: boolean;
}

/** Every field of the table, in a feed built by `sampleOf(feed)`. */
function placesOf(
  table: Table,
  path: string,
  readerPath: string,
  locate: (feed: Json) => Json,
  read: boolean,
): Place[] {
  return Object.entries(fieldsOf(table)).flatMap(([key, kind]) => {
    const here: Place = {
      path: `${path}.${key}`,
      readerPath: `${readerPath}.${key}`,
      locate,
      key,
      kind,
      read: read && isRead(table, key),
    };
    if (typeof kind === 'string' || 'oneOf' in kind || 'byLanguage' in kind) return [here];
    const inner = 'fields' in kind ? kind : kind[0];
    const [innerPath, innerReaderPath, innerLocate] =
      'fields' in kind
        ? [here.path, here.readerPath, (feed: Json) => locate(feed)[key]]
        : [`${here.path}[0]`, `${here.readerPath}[0]`, (feed: Json) => locate(feed)[key][0]];
    return [here, ...placesOf(inner, innerPath, innerReaderPath, innerLocate, here.read)];
  });
}

// The reader reads `items` itself (one object is a list of one), and names an item `items[0]`, not `feed.items[0]`.
const places = placesOf(feed, '$', 'feed', (feed) => feed, true).flatMap((place) =>
  place.path === '$.items' ? [] : [{ ...place, readerPath: place.readerPath.replace(/^feed\.items\[0\]/, 'items[0]') }],
);

describe('the field table', () => {
  const completeFeed = () => sampleOf(feed) as Json;
  const problems = (json: Json) => validateFeed(json).problems.map(({ path, message }) => `${path}: ${message}`);

  it('describes a feed that both the reader and validateFeed take, every field filled in', () => {
    const json = completeFeed();
    expect(parseFeed(json).warnings).to.deep.equal([]);
    // What the table cannot say about one field alone: a text field cannot have options.
    expect(problems(json)).to.deep.equal(['$._press.contact.fields[0].options: only applies to a select field']);
  });

  it('drives both: a wrong type anywhere is a problem for validateFeed and, where widgets read it, a warning', () => {
    expect(places.map(({ path }) => path)).to.include.members([
      '$.title',
      '$.version',
      '$.hubs[0].url',
      '$._press.contact.fields[0].options[0].value',
      '$.items[0]._press.quotes[0].speaker',
      '$.items[0]._press.translations',
    ]);
    const baseline = problems(completeFeed());
    for (const { path, readerPath, locate, key, kind, read } of places) {
      const json = completeFeed();
      locate(json)[key] = wrongFor(kind);
      const found = problems(json).filter((problem) => !baseline.includes(problem));
      expect(
        found.some((problem) => problem.startsWith(`${path}: `) || problem.startsWith(`${path}[0]: `)),
        `${path} in ${JSON.stringify(found)}`,
      ).to.be.true;
      const warned = parseFeed(json).warnings.some(
        (warning) => warning.startsWith(`${readerPath} `) || warning.startsWith(`${readerPath}[0] `),
      );
      expect(warned, `${readerPath} ${read ? 'is read, so' : 'is never read, so no'} warning`).to.equal(read);
    }
  });

  it('says which objects are closed: an unknown key there is a problem, even one named like toString', () => {
    const closed = places.flatMap(({ path, locate, key, kind }) => {
      if (typeof kind !== 'object' || 'oneOf' in kind || 'byLanguage' in kind) return [];
      const inList = !('fields' in kind);
      if (!constraints.get(inList ? kind[0] : kind)?.closed) return [];
      return [
        {
          path: inList ? `${path}[0]` : path,
          object: (json: Json) => (inList ? locate(json)[key][0] : locate(json)[key]),
        },
      ];
    });
    expect(closed.map(({ path }) => path)).to.have.members([
      '$._press',
      '$._press.organisation',
      '$._press.contact',
      '$._press.contact.topics[0]',
      '$._press.contact.fields[0]',
      '$._press.contact.fields[0].options[0]',
      '$._press.tags[0]',
      '$.items[0]._press',
      '$.items[0]._press.quotes[0]',
    ]);
    for (const { path, object } of closed) {
      const json = completeFeed();
      object(json).toString = 'x';
      expect(problems(json).join('\n')).to.include(`${path}.toString: is not a known property`);
    }
    const json = completeFeed();
    json.items[0].not_json_feed = 'x';
    expect(problems(json), 'JSON Feed objects are open').to.deep.equal(problems(completeFeed()));
  });
});

describe('schema/press-feed.schema.json', () => {
  it('is what scripts/feed-schema.ts makes of the field table (node scripts/write-feed-schema.mjs)', async () => {
    const committed = await (await fetch('/schema/press-feed.schema.json')).json();
    expect(committed).to.deep.equal(feedSchema());
  });
});

describe('the tables of docs/feed-format.md', () => {
  // In the order the docs show them. An `option` is documented inside the field table, as `{ value, label }`.
  const documented: [string, Table][] = [
    ['the feed', feed],
    ['_press (top level)', feedPress],
    ['_press.contact', contact],
    ['a topic', topic],
    ['a field', field],
    ['an item', item],
    ['_press (item)', itemPress],
    ['a quote', quote],
  ];
  const names = new Map<Table, string>([
    [author, 'author'],
    [quote, 'quote'],
    [topic, 'topic'],
    [field, 'field'],
    [item, 'item'],
  ]);
  // What the type column says first for each kind; a choice lists its values instead.
  const typeOf = (kind: Exclude<Kind, Choice>): string =>
    typeof kind === 'string'
      ? {
          text: 'text',
          string: 'string',
          url: 'URL',
          link: 'URL',
          date: 'date',
          language: 'language tag',
          key: 'a letter, then letters, digits',
          ref: 'item id or URL',
          boolean: 'boolean',
          number: 'number',
          texts: 'array of text',
        }[kind]
      : 'fields' in kind
        ? (names.get(kind) ?? 'object')
        : 'byLanguage' in kind
          ? `object: language tag → ${typeOf(kind.byLanguage)}`
          : `array of ${names.get(kind[0]) ?? `\`{ ${Object.keys(kind[0].fields).join(', ')} }\``}`;
  const matches = (cell: string, kind: Kind) =>
    typeof kind === 'object' && 'oneOf' in kind
      ? kind.oneOf.every((value) => cell.includes(value))
      : cell.startsWith(typeOf(kind));

  let docs: string;
  let tables: string[][][];
  before(async () => {
    docs = await (await fetch('/docs/feed-format.md')).text();
    // Each table that starts `| field | type | required |`, as rows of cells: field, type, required.
    tables = [...docs.matchAll(/^\| field \| type \| required \|.*\n\|[-|]+\|\n((?:\|.*\n)+)/gm)].map(([, rows]) =>
      rows!
        .trimEnd()
        .split('\n')
        .map((row) =>
          row
            .split('|')
            .slice(1, 4)
            .map((cell) => cell.trim()),
        ),
    );
  });

  it('are one per table of the format', () => {
    expect(tables).to.have.length(documented.length);
  });

  it('give each field the type and the required flag of the field table', () => {
    documented.forEach(([name, table], index) => {
      for (const [fieldCell, type, required] of tables[index]!) {
        // `organisation.name` documents a field of the organisation object inside this one.
        const path = /^`([\w.]+)`$/.exec(fieldCell!)![1]!.split('.');
        const key = path.pop()!;
        const owner = path.reduce((outer, inner) => outer.fields[inner] as Table, table);
        const kind = fieldsOf(owner)[key];
        expect(kind, `${name}: ${fieldCell} is in the field table`).to.exist;
        expect(matches(type!, kind!), `${name}: the type of ${fieldCell} is not "${type}"`).to.be.true;
        const isRequired = constraints.get(owner)?.required?.includes(key) ?? false;
        expect(required!.startsWith('yes'), `${name}: is ${fieldCell} required?`).to.equal(isRequired);
      }
    });
  });

  it('list every field of our _press objects, and name every JSON Feed field somewhere', () => {
    documented.forEach(([name, table], index) => {
      const rows = new Set(tables[index]!.map(([fieldCell]) => fieldCell!.replace(/`/g, '')));
      for (const key of Object.keys(fieldsOf(table))) {
        if (constraints.get(table)?.closed) expect(rows, `${name}: a row for ${key}`).to.include(key);
        else expect(docs, `${name}: ${key} in docs/feed-format.md`).to.include(`\`${key}\``);
      }
    });
    const organisation = feedPress.fields.organisation;
    for (const key of Object.keys(fieldsOf(organisation)))
      expect(tables[1]!.map(([fieldCell]) => fieldCell)).to.include(`\`organisation.${key}\``);
  });
});
