import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/data/validate-feed.js';
import { parseFeed } from '../../src/data/parse-feed.js';
import { ensureSanitizer } from '../../src/data/sanitize.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';

// Feeds are arbitrary JSON here, built and broken on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests index into them freely
type Json = Record<string, any>;

const fetchJson = async (path: string): Promise<Json> => (await fetch(path)).json();

function validFeed(): Json {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Press releases',
    _press: {
      organisation: { name: 'Ministry of the Interior' },
      contact: {
        endpoint: '/api/contact',
        topics: [{ id: 'question', label: 'Question' }],
        fields: [{ name: 'phone', label: 'Phone', type: 'tel' }],
      },
    },
    items: [
      {
        id: 'a',
        title: 'First release',
        content_text: 'Text.',
        date_published: '2026-10-14T10:30:00+02:00',
        _press: { quotes: [{ text: 'Words.', speaker: 'Ivica Dačić' }] },
      },
    ],
  };
}

/** The problems of a feed changed by `change`, as `path: message` lines that read well in a failure. */
function problemsAfter(change: (feed: Json) => void): string[] {
  const feed = validFeed();
  change(feed);
  return validateFeed(feed).problems.map(({ path, message }) => `${path}: ${message}`);
}

describe('validateFeed', () => {
  it('accepts the demo feed', async () => {
    expect(validateFeed(await fetchJson('/demo/feeds/sample.json'))).to.deep.equal({ valid: true, problems: [] });
  });

  it('accepts a minimal feed and a generated one in three languages', () => {
    expect(validateFeed(validFeed()).valid).to.be.true;
    const generated = validateFeed(generateFeed(500, 3));
    expect(generated.problems).to.deep.equal([]);
    expect(generated.valid).to.be.true;
  });

  it('reports every problem at once, each with its JSON path', () => {
    const result = validateFeed({
      ...validFeed(),
      version: 'https://jsonfeed.org/version/2',
      items: [
        { id: 'a', title: 'A', content_text: 'x', date_published: '2026-10-14T10:30:00Z' },
        {
          id: 'b',
          title: '',
          content_text: 'x',
          date_published: '2026-10-14T10:30:00Z',
          _press: { quotes: [{ text: 'Words.' }] },
        },
      ],
    });
    expect(result.valid).to.be.false;
    expect(result.problems).to.deep.equal([
      { path: '$.version', message: 'must be one of https://jsonfeed.org/version/1.1, https://jsonfeed.org/version/1' },
      { path: '$.items[1].title', message: 'must not be empty' },
      { path: '$.items[1]._press.quotes[0].speaker', message: 'is required' },
    ]);
  });

  it('names each missing required field', () => {
    expect(
      problemsAfter((feed) => {
        delete feed.title;
        delete feed.items[0].date_published;
        delete feed._press.organisation.name;
        delete feed._press.contact.topics[0].label;
        delete feed._press.contact.fields[0].name;
      }),
    ).to.deep.equal([
      '$.title: is required',
      '$._press.organisation.name: is required',
      '$._press.contact.topics[0].label: is required',
      '$._press.contact.fields[0].name: is required',
      '$.items[0].date_published: is required',
    ]);
    expect(validateFeed({}).problems.map((p) => p.path)).to.deep.equal(['$.version', '$.title', '$.items']);
  });

  it('reports wrong types, null included, saying what it found', () => {
    expect(
      problemsAfter((feed) => {
        feed.items[0].tags = 'sepca';
        feed.items[0]._press.quotes[0].speaker = null;
        feed._press.sample = 'yes';
        feed._press.contact.topics = { id: 'question' };
      }),
    ).to.deep.equal([
      '$._press.contact.topics: must be an array, not an object',
      '$._press.sample: must be true or false, not a string',
      '$.items[0]._press.quotes[0].speaker: must be a string, not null',
      '$.items[0].tags: must be an array, not a string',
    ]);
    expect(problemsAfter((feed) => (feed.items[0].tags = ['sepca', 7]))).to.deep.equal([
      '$.items[0].tags[1]: must be a string; readers turn the number 7 into "7"',
    ]);
  });

  it('says that a numeric id will be read as a string', () => {
    expect(problemsAfter((feed) => (feed.items[0].id = 42))).to.deep.equal([
      '$.items[0].id: must be a string; readers turn the number 42 into "42"',
    ]);
  });

  it('accepts RFC 3339 dates with a zone and reports zone-less, malformed and impossible ones', () => {
    const problemFor = (date: string) => problemsAfter((feed) => (feed.items[0].date_published = date));
    expect(problemFor('2026-10-14T08:30:00.250Z')).to.deep.equal([]);
    expect(problemFor('2026-10-14T10:30:00')).to.deep.equal([
      '$.items[0].date_published: has no time zone; readers assume UTC. Add Z or an offset such as +02:00',
    ]);
    expect(problemFor('Wed, 14 Oct 2026 10:30:00 +0200')).to.deep.equal([
      '$.items[0].date_published: must be an RFC 3339 date-time such as 2026-10-14T10:30:00+02:00',
    ]);
    expect(problemFor('2026-02-30T10:30:00+01:00')).to.deep.equal([
      '$.items[0].date_published: is not a real date and time',
    ]);
    expect(problemFor('2026-10-14T24:00:00Z')).to.deep.equal([
      '$.items[0].date_published: is not a real date and time',
    ]);
  });

  it('allows relative and http(s) URLs and rejects other schemes, even when disguised', () => {
    const problemFor = (url: string) => problemsAfter((feed) => (feed.items[0].url = url));
    for (const url of [
      'releases/a.html',
      '/releases/a.html',
      '//example.org/a',
      'HTTPS://example.org/a',
      'http://example.org/?q=a:b',
    ]) {
      expect(problemFor(url), url).to.deep.equal([]);
    }
    for (const [url, scheme] of [
      ['javascript:alert(1)', 'javascript'],
      [' JavaScript:alert(1)', 'javascript'],
      ['java\tscript:alert(1)', 'javascript'],
      ['data:text/html,<script>', 'data'],
    ] as const) {
      expect(problemFor(url), url).to.deep.equal([
        `$.items[0].url: uses "${scheme}:"; only http:, https: or a relative URL is allowed`,
      ]);
    }
    expect(
      problemsAfter((feed) => (feed.authors = [{ name: 'Press Office', url: 'mailto:press@example.org' }])),
    ).to.deep.equal([]);
    expect(problemsAfter((feed) => (feed._press.contact.endpoint = 'file:///etc/passwd'))).to.deep.equal([
      '$._press.contact.endpoint: uses "file:"; only http:, https: or a relative URL is allowed',
    ]);
  });

  it('reports unknown keys inside _press, which are usually typos, and ignores other extensions', () => {
    expect(
      problemsAfter((feed) => {
        feed.items[0]._press.quote = [];
        feed._press.contact.topics[0].instituion = 'Ministry';
        feed._other = { anything: true };
        feed.items[0].not_json_feed = 1;
      }),
    ).to.deep.equal([
      '$._press.contact.topics[0].instituion: is not a known property (known: id, label, institution)',
      '$.items[0]._press.quote: is not a known property (known: category, source, location, quotes, image_alt, translations)',
    ]);
  });

  it('asks for content, and for a text alternative exactly when there is an image', () => {
    expect(
      problemsAfter((feed) => {
        delete feed.items[0].content_text;
        feed.items[0].image = 'images/a.jpg';
      }),
    ).to.deep.equal([
      '$.items[0]: needs content_html or content_text',
      '$.items[0]._press.image_alt: is required with image ("" if the image is decorative)',
    ]);
    expect(problemsAfter((feed) => (feed.items[0]._press.image_alt = 'A photo'))).to.deep.equal([
      '$.items[0]._press.image_alt: describes no image: the item has no image',
    ]);
    expect(
      problemsAfter((feed) => {
        feed.items[0].image = 'images/a.jpg';
        feed.items[0]._press.image_alt = '';
      }),
    ).to.deep.equal([]);
  });

  it('reports repeated item ids, topic ids and field names where they repeat', () => {
    expect(
      problemsAfter((feed) => {
        const release = (id: string) => ({ id, title: 'T', content_text: 'x', date_published: '2026-10-14T10:30:00Z' });
        feed.items.push(release('a'), release('b'), release('b'));
        feed._press.contact.topics.push({ id: 'question', label: 'Another' });
        feed._press.contact.fields.push({ name: 'phone', label: 'Phone again' });
      }),
    ).to.deep.equal([
      '$._press.contact.topics[1].id: repeats the id "question" of $._press.contact.topics[0]',
      '$._press.contact.fields[1].name: repeats the name "phone" of $._press.contact.fields[0]',
      '$.items[1].id: repeats the id "a" of $.items[0]',
      '$.items[3].id: repeats the id "b" of $.items[2]',
    ]);
  });

  it('checks contact fields: type, name, and options with select only', () => {
    expect(
      problemsAfter((feed) => {
        feed._press.contact.fields = [
          { name: 'region', label: 'Region', type: 'select' },
          { name: '1st', label: 'First', type: 'radio', options: [{ value: 'a', label: 'A' }] },
          { name: 'ok', label: 'Fine', type: 'select', options: [{ value: 'a' }] },
        ];
      }),
    ).to.deep.equal([
      '$._press.contact.fields[0].options: is required for a select field',
      '$._press.contact.fields[1].name: must start with a letter and hold only letters, digits, - and _',
      '$._press.contact.fields[1].type: must be one of text, email, tel, url, textarea, select, checkbox',
      '$._press.contact.fields[1].options: only applies to a select field',
      '$._press.contact.fields[2].options[0].label: is required',
    ]);
  });

  it('checks language tags, translation keys included, quoting keys that are not identifiers', () => {
    expect(
      problemsAfter((feed) => {
        feed.language = 'English';
        feed.items[0]._press.translations = {
          'sr-Latn': 'b',
          'sr Cyrl': './releases/b-cyrl.html',
          de: 'releases/b-de.html',
          en: 'javascript:x',
        };
      }),
    ).to.deep.equal([
      '$.items[0]._press.translations["sr Cyrl"]: is not a language tag such as en, sr-Latn or sr-Cyrl',
      '$.items[0]._press.translations.de: would be read as an item id; write "./releases/b-de.html" for a relative URL',
      '$.items[0]._press.translations.en: uses "javascript:"; only http:, https: or a relative URL is allowed',
      '$.language: must be a language tag such as en, sr-Latn or sr-Cyrl',
    ]);
  });

  it('reads JSON text, byte-order mark and all, and explains what is not JSON Feed', () => {
    expect(validateFeed(`\uFEFF ${JSON.stringify(validFeed())}\n`).valid).to.be.true;
    expect(validateFeed('<?xml version="1.0"?><rss/>').problems).to.deep.equal([
      { path: '$', message: 'looks like XML (RSS or Atom?); only JSON Feed is validated' },
    ]);
    const broken = validateFeed('{"version":');
    expect(broken.valid).to.be.false;
    expect(broken.problems[0]!.message).to.match(/^is not JSON: /);
    expect(validateFeed(null).problems).to.deep.equal([{ path: '$', message: 'must be an object, not null' }]);
    expect(validateFeed([]).problems).to.deep.equal([{ path: '$', message: 'must be an object, not an array' }]);
  });
});

describe('the schema, the docs and validateFeed', () => {
  // Where validateFeed reports a key of each `_press` object of the schema, in a feed from validFeed().
  const pressObjects: Record<string, (feed: Json) => Json> = {
    feedPress: (feed) => feed._press,
    organisation: (feed) => feed._press.organisation,
    contact: (feed) => feed._press.contact,
    topic: (feed) => feed._press.contact.topics[0],
    field: (feed) => feed._press.contact.fields[0],
    itemPress: (feed) => feed.items[0]._press,
    quote: (feed) => feed.items[0]._press.quotes[0],
  };

  let schema: Json;
  let docs: string;
  before(async () => {
    schema = await fetchJson('/schema/press-feed.schema.json');
    docs = await (await fetch('/docs/feed-format.md')).text();
  });

  it('know the same _press properties, and the docs describe each', () => {
    for (const [name, locate] of Object.entries(pressObjects)) {
      const feed = validFeed();
      locate(feed).zz_unknown = true;
      const known = validateFeed(feed)
        .problems.find((p) => p.path.endsWith('.zz_unknown'))!
        .message.replace(/^.*\(known: (.*)\)$/, '$1')
        .split(', ');
      const inSchema = Object.keys(schema.$defs[name].properties);
      expect(known, name).to.have.members(inSchema);
      // Documented as `key` or as a dotted path ending in it (`organisation.logo`).
      for (const key of inSchema)
        expect(docs, `${name}.${key} in docs/feed-format.md`).to.match(new RegExp(`\`([\\w.]+\\.)?${key}\``));
    }
  });

  it('require the same fields', () => {
    const required: [string[], (feed: Json) => Json, string][] = [
      [schema.required, (feed) => feed, '$'],
      [schema.$defs.item.required, (feed) => feed.items[0], '$.items[0]'],
      [schema.$defs.quote.required, (feed) => feed.items[0]._press.quotes[0], '$.items[0]._press.quotes[0]'],
      [schema.$defs.organisation.required, (feed) => feed._press.organisation, '$._press.organisation'],
      [schema.$defs.topic.required, (feed) => feed._press.contact.topics[0], '$._press.contact.topics[0]'],
      [schema.$defs.field.required, (feed) => feed._press.contact.fields[0], '$._press.contact.fields[0]'],
    ];
    for (const [keys, locate, path] of required) {
      for (const key of keys) {
        expect(
          problemsAfter((feed) => delete locate(feed)[key]),
          `${path}.${key}`,
        ).to.include(`${path}.${key}: is required`);
      }
    }
  });
});

describe('the demo feed', () => {
  let feed: Json;
  before(async () => {
    feed = await fetchJson('/demo/feeds/sample.json');
  });

  it('reads without a warning, every quote kept', async () => {
    await ensureSanitizer();
    const parsed = parseFeed(feed, { url: '/demo/feeds/sample.json' });
    expect(parsed.warnings).to.deep.equal([]);
    expect(parsed.items.flatMap((item) => item.quotes)).to.have.length(8);
    expect(parsed.items[0]!.url).to.equal(
      new URL('/demo/feeds/releases/mup-sepca-priorities.html', location.href).href,
    );
  });

  it('says its dates are sample dates', () => {
    expect(feed._press.sample).to.be.true;
    expect(feed.description).to.match(/sample dates/);
  });

  /** A release's own paragraphs, and the quotes that stand in its text as figures. */
  const partsOf = (item: Json) => {
    const { body } = new DOMParser().parseFromString(item.content_html, 'text/html');
    return {
      paragraphs: [...body.querySelectorAll(':scope > p')].map((p) => p.textContent!),
      figures: [...body.querySelectorAll(':scope > figure')].map((figure) => ({
        text: figure.querySelector('blockquote')!.textContent!.trim(),
        caption: figure.querySelector('figcaption')!.textContent!,
      })),
    };
  };

  it('holds the two releases, each paragraph once, without the contact text', () => {
    expect(feed.items.map((item: Json) => item.id)).to.deep.equal([
      'mup-sepca-priorities',
      'mup-twinning-illegal-migration-cyber-crime',
    ]);
    for (const item of feed.items) {
      const { paragraphs } = partsOf(item);
      expect(paragraphs.length, item.id).to.be.above(5);
      expect(new Set(paragraphs).size, item.id).to.equal(paragraphs.length);
      expect(paragraphs.join('\n')).not.to.include('send us your message');
    }
    expect(partsOf(feed.items[0]).paragraphs.join('\n')).not.to.include('Suppression');
    expect(feed._press.contact.intro).to.match(/^Whether you have a question, comment, suggestion or any problem/);
  });

  it('quotes each official with name, role and organisation, in the text and in _press.quotes', () => {
    const speakers = feed.items.flatMap((item: Json) =>
      item._press.quotes.map((q: Json) => `${q.speaker} (${q.role}, ${q.organisation})`),
    );
    expect([...new Set(speakers)]).to.deep.equal([
      'Ivica Dačić (Deputy Prime Minister and Minister of the Interior, Government of Serbia)',
      'Ahmed Naser Al-Raisi (President, INTERPOL)',
      'Michael Davenport (Head of the EU Delegation to Serbia, European Union)',
      'Nebojša Stefanović (Minister of the Interior, Republic of Serbia)',
      'Denis Keefe (UK Ambassador in Belgrade, United Kingdom)',
    ]);
    // Reported speech may shift tense (had → has, required → requires); the words come from the release.
    const plain = (text: string) =>
      text
        .toLowerCase()
        .replace(/\bhas\b/g, 'had')
        .replace(/\brequires\b/g, 'required');
    for (const item of feed.items) {
      const { paragraphs, figures } = partsOf(item);
      expect(figures, item.id).to.deep.equal(
        item._press.quotes.map((q: Json) => ({
          text: q.text,
          caption: `— ${q.speaker}, ${q.role}, ${q.organisation}`,
        })),
      );
      const reported = plain(paragraphs.join('\n'));
      for (const quote of item._press.quotes) {
        const words = plain(quote.text).replace(/\.$/, '');
        expect(reported, quote.text).to.include(words.slice(0, 50)).and.to.include(words.slice(-40));
      }
    }
  });
});
