import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/feed-error.js';
import { parseFeed } from '../../src/data/parse-feed.js';
import { ensureSanitizer } from '../../src/data/sanitize.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).text();

function parseError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

const jsonFeed = (items: unknown[], extra: object = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'T',
  items,
  ...extra,
});

describe('parseFeed: JSON Feed', () => {
  before(() => ensureSanitizer());

  it('reads a JSON Feed 1.1 with the _press extension', async () => {
    const feed = parseFeed(await fixture('json-feed-1.1.json'));
    expect(feed.title).to.equal('Ministarstvo unutrašnjih poslova – saopštenja');
    expect(feed.language).to.equal('sr-Latn');
    expect(feed.organisation).to.deep.equal({
      name: 'Ministarstvo unutrašnjih poslova',
      url: 'https://mup.example.gov.rs/',
      logo: 'https://mup.example.gov.rs/img/logo.svg',
    });
    expect(feed.contact?.endpoint).to.equal('https://mup.example.gov.rs/api/contact');
    expect(feed.contact?.privacyUrl).to.equal('https://mup.example.gov.rs/privatnost');
    expect(feed.contact?.topics).to.deep.equal([
      { id: 'press', label: 'Akreditacije', institution: 'Kabinet ministra' },
      { id: '7', label: 'Saobraćaj', institution: undefined },
    ]);
    expect(feed.contact?.fields[0]).to.include({ name: 'outlet', label: 'Medij', type: 'text', required: true });
    expect(feed.warnings).to.deep.equal([]);

    const [first, second] = feed.items;
    expect(first.url).to.equal('https://mup.example.gov.rs/saopstenja/dacic-interpol');
    expect(first.image).to.deep.equal({
      url: 'https://mup.example.gov.rs/feeds/img/dacic.jpg',
      alt: 'Ministar Dačić i delegacija',
    });
    expect(first.published?.toISOString()).to.equal('2026-03-05T09:00:00.000Z');
    expect(first.modified?.toISOString()).to.equal('2026-03-05T12:30:00.000Z');
    expect(first).to.include({
      category: 'Saopštenja',
      source: 'Kabinet ministra',
      location: 'Beograd',
      language: 'sr-Latn',
    });
    expect(first.tags).to.deep.equal(['INTERPOL', 'saradnja']);
    expect(first.authors).to.deep.equal([{ name: 'Služba za odnose s javnošću', url: undefined }]);
    expect(first.contentHtml).to.contain('<a href="https://mup.example.gov.rs/o-nama" rel="noopener noreferrer">');
    expect(first.contentText).to.equal(undefined);
    expect(first.translations).to.deep.equal({
      'sr-Cyrl': '2026-03-05-dacic-cyr',
      en: 'https://mup.example.gov.rs/en/dacic',
    });
    expect(first.quotes).to.deep.equal([
      {
        text: 'Saradnja je ključna.',
        speaker: 'Ivica Dačić',
        role: 'ministar',
        organisation: 'MUP',
        releaseId: '2026-03-05-dacic',
        releaseUrl: 'https://mup.example.gov.rs/saopstenja/dacic-interpol',
        published: first.published,
        language: 'sr-Latn',
      },
    ]);
    expect(second.language).to.equal('sr-Cyrl');
    expect(second.category).to.equal('Вести');
  });

  it('keeps content_text as text, never as HTML', async () => {
    const release = parseFeed(await fixture('json-feed-1.1.json')).items[1];
    expect(release.contentHtml).to.equal(undefined);
    expect(release.contentText).to.equal('Текст <b>без</b> HTML-а.');
  });

  it('reads JSON Feed 1.0: a single author, numeric ids, a missing title, a date without time', async () => {
    const feed = parseFeed(await fixture('json-feed-1.0.json'));
    const [first, second] = feed.items;
    expect(first.id).to.equal('101');
    expect(first.authors).to.deep.equal([{ name: 'Ana Anić', url: undefined }]);
    expect(second.id).to.equal('102');
    expect(second.authors).to.deep.equal([{ name: 'Press Office', url: 'mailto:press@old.example.org' }]);
    expect(second.url).to.equal('https://old.example.org/news/102');
    expect(second.title).to.equal('A release with no title whose first words become the title because the feed…');
    expect(second.published?.toISOString()).to.equal('2024-03-06T00:00:00.000Z');
  });

  it('decodes character references in titles and shows markup in them as text', () => {
    const feed = parseFeed(
      jsonFeed([{ id: '1', title: 'Tom &amp; Jerry &#8211; <b>live</b> &lt;3', content_text: 'x' }]),
    );
    expect(feed.items[0].title).to.equal('Tom & Jerry – <b>live</b> <3');
  });

  it('resolves relative URLs against the fetch URL first, then feed_url, then home_page_url', () => {
    const items = [{ id: '1', url: 'a/b', title: 't', content_text: 'x' }];
    const withBoth = { feed_url: 'https://feed.example.org/f/feed.json', home_page_url: 'https://home.example.org/' };
    expect(parseFeed(jsonFeed(items, withBoth), { url: 'https://fetched.example.org/x/feed' }).items[0].url).to.equal(
      'https://fetched.example.org/x/a/b',
    );
    expect(parseFeed(jsonFeed(items, withBoth)).items[0].url).to.equal('https://feed.example.org/f/a/b');
    expect(parseFeed(jsonFeed(items, { home_page_url: 'https://home.example.org/h/' })).items[0].url).to.equal(
      'https://home.example.org/h/a/b',
    );
  });

  it('tolerates null and wrongly typed fields, skips unusable items and drops duplicates, each with a warning', async () => {
    const feed = parseFeed(await fixture('messy.json'));
    expect(feed.title).to.equal('');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a', 'b', 'https://messy.example.org/fallback-id']);
    const [a, b, wrongId] = feed.items;
    expect(a.tags).to.deep.equal(['one', 'two']);
    expect(a.published).to.equal(undefined);
    expect(b.title).to.equal('Body only');
    expect(b.quotes).to.deep.equal([]);
    expect(wrongId.image).to.equal(undefined);
    expect(wrongId.published).to.equal(undefined);
    const warnings = feed.warnings.join('\n');
    for (const expected of [
      'feed.title is null',
      'items[0].tags is text, not a list',
      '"2024-02-30T10:00:00Z" is not a valid date',
      'repeats the id "a"',
      'items[2] is not an object; skipped',
      'items[3] is not an object; skipped',
      'items[4] has neither an id nor a link; skipped',
      'items[5].tags is null',
      'items[5]._press.quotes[0] has no speaker',
      'items[6] has no title and no text; skipped',
      'items[7].id is an object',
      '"someday" is not a valid date',
      '"javascript:alert(1)" is not a usable web address',
    ]) {
      expect(warnings).to.contain(expected);
    }
    expect(warnings).not.to.contain('_acme');
  });

  it('reads "items" given as one object', async () => {
    const feed = parseFeed(await fixture('single-item-object.json'));
    expect(feed.items.map((item) => item.id)).to.deep.equal(['only']);
    expect(feed.warnings[0]).to.contain('"items" is an object');
  });

  it('recognises a JSON Feed without a version by its shape', () => {
    const feed = parseFeed({ title: 'No version', items: [{ id: 1, title: 'x', content_text: 'y' }] });
    expect(feed.items).to.have.length(1);
  });

  it('keeps each parse to itself when one starts while another runs', () => {
    const inner = jsonFeed([
      {
        id: 'in',
        url: 'in.html',
        title: 'Inner',
        content_text: 'x',
        tags: 'a,b',
        date_published: '2026-10-14T10:30:00Z',
      },
    ]);
    let innerFeed: ReturnType<typeof parseFeed> | undefined;
    // A getter on the input is the one way an app's code runs in the middle of a parse.
    const outerItem = {
      id: 'out',
      url: 'out.html',
      content_text: 'x',
      date_published: '2026-10-14T10:30:00+02:00',
      get title() {
        innerFeed = parseFeed(inner, { url: 'https://inner.example.org/feed.json' });
        return 'Outer';
      },
    };
    const outer = parseFeed(jsonFeed([outerItem], { title: null }), { url: 'https://outer.example.org/feed.json' });
    expect(outer.items[0].url).to.equal('https://outer.example.org/out.html');
    expect(outer.warnings).to.deep.equal(['feed.title is null, not text; ignored.']);
    expect(innerFeed!.items[0].url).to.equal('https://inner.example.org/in.html');
    expect(innerFeed!.warnings).to.deep.equal(['items[0].tags is text, not a list; read as comma-separated values.']);
  });

  it('reads a feed whose version is the number instead of the URL, with a warning', () => {
    for (const version of ['1.1', '1']) {
      const feed = parseFeed(
        jsonFeed([{ id: '1', title: 't', content_text: 'x', date_published: '2026-12-01T10:00:00Z' }], { version }),
      );
      expect(feed.items, version).to.have.length(1);
      expect(feed.warnings).to.deep.equal([`feed.version "${version}" is not a URL; read as JSON Feed ${version}.`]);
    }
    for (const version of ['2', 'https://jsonfeed.org/version/2', ''])
      expect(parseError(() => parseFeed(jsonFeed([], { version }))).code, version).to.equal('format');
  });

  it('reads the names of the topics in each language (_press.tags), skipping an entry without tag or labels', () => {
    const feed = parseFeed(
      jsonFeed([{ id: '1', title: 't', content_text: 'x', tags: ['organised-crime'] }], {
        _press: {
          tags: [
            { tag: 'organised-crime', labels: { en: 'Organised crime', 'sr-Latn': 'Organizovani kriminal' } },
            { tag: 'no-labels' },
          ],
        },
      }),
    );
    expect(feed.tagLabels).to.deep.equal({
      'organised-crime': { en: 'Organised crime', 'sr-Latn': 'Organizovani kriminal' },
    });
    expect(parseFeed(jsonFeed([])).tagLabels).to.equal(undefined);
  });

  it('strips a byte order mark and whitespace around the document', async () => {
    const feed = parseFeed(`\uFEFF \n\t${await fixture('json-feed-1.0.json')}\n\n`);
    expect(feed.items).to.have.length(2);
  });
});

describe('parseFeed: RSS 2.0', () => {
  before(() => ensureSanitizer());

  it('reads channel and items: content:encoded, categories, dc:creator, enclosure and media images', async () => {
    const feed = parseFeed(`\uFEFF\n${await fixture('rss-2.0.xml')}`);
    expect(feed.title).to.equal('Vlada & saopštenja');
    expect(feed.homePageUrl).to.equal('https://vlada.example.gov.rs/');
    expect(feed.feedUrl).to.equal('https://vlada.example.gov.rs/rss.xml');
    expect(feed.nextUrl).to.equal('https://vlada.example.gov.rs/rss.xml?page=2');
    const [first, second] = feed.items;
    expect(first.id).to.equal('vlada-1');
    expect(first.title).to.equal('Sednica Vlade – zaključci');
    expect(first.url).to.equal('https://vlada.example.gov.rs/vesti/sednica');
    expect(first.summary).to.equal('Kratak opis.');
    expect(first.contentHtml).to.equal('<p>Pun tekst <a>veza</a></p>');
    expect(first.tags).to.deep.equal(['Vlada', 'sednica']);
    expect(first.authors).to.deep.equal([{ name: 'Biro za saradnju sa medijima', url: undefined }]);
    expect(first.image?.url).to.equal('https://vlada.example.gov.rs/img/sednica.jpg');
    expect(first.published?.toISOString()).to.equal('2024-03-05T09:00:00.000Z');
    expect(first.language).to.equal('sr-Latn');
    expect(second.id).to.equal('https://vlada.example.gov.rs/vesti/2');
    expect(second.contentHtml).to.equal('Drugi tekst');
    expect(second.authors).to.deep.equal([{ name: 'Biro', url: undefined }]);
    expect(second.image?.url).to.equal('https://cdn.example.org/2.jpg');
    expect(second.published?.toISOString()).to.equal('2024-03-05T10:00:00.000Z');
  });

  it('reads the default RSS of WordPress, Drupal and Joomla: text summaries, HTML content, tags, images, authors', async () => {
    const [wordpress, drupal, joomla] = await Promise.all(
      ['rss-wordpress.xml', 'rss-drupal.xml', 'rss-joomla.xml'].map(async (name) => parseFeed(await fixture(name))),
    );
    for (const feed of [wordpress, drupal, joomla]) expect(feed.warnings).to.deep.equal([]);
    // WordPress: an excerpt in description, the post in content:encoded; the featured image as media:content.
    const [post, withoutImage] = wordpress.items;
    expect(post.summary).to.match(/^Deputy Prime Minister .* Secretary General … Continue reading/);
    expect(post.contentHtml).to.contain('<strong>Ivica Dačić</strong>').and.not.contain('Continue reading');
    expect(post.image?.url).to.equal('https://mup.example.gov.rs/wp-content/uploads/2024/10/dacic-interpol.jpg');
    expect(post.tags).to.deep.equal(['Press releases', 'INTERPOL', 'organised crime']);
    expect(post.authors).to.deep.equal([{ name: 'Press Office', url: undefined }]);
    expect(post.published?.toISOString()).to.equal('2024-10-14T08:30:00.000Z');
    expect(withoutImage.image).to.equal(undefined);
    expect(withoutImage.authors[0].name, 'dc:creator "Name <address>"').to.equal('Jana Petrović');
    // Drupal: the teaser as escaped HTML in description, and nothing else: a text summary and the HTML content.
    const [arrest, warning] = drupal.items;
    expect(arrest.summary).to.match(/^Pripadnici Policijske uprave .* krađu tri vozila\. Opširnije/);
    expect(arrest.contentHtml).to.contain('<strong>tri vozila</strong>');
    expect(arrest.image?.url).to.equal('https://policija.example.gov.rs/sites/default/files/2024-10/vozila.jpg');
    expect(arrest.tags).to.deep.equal(['krađa vozila', 'Novi Sad']);
    expect(arrest.id).to.equal('1532 at https://policija.example.gov.rs');
    expect(warning.summary).to.equal(
      'Molimo građane da ne kreću na put bez zimske opreme. Informacije o stanju na putevima: 011 987.',
    );
    expect(warning.image).to.equal(undefined);
    // Joomla: the intro text with its image as CDATA in description, RSS's "address (Name)" and its reverse.
    const [drill, rain] = joomla.items;
    expect(drill.summary).to.equal(
      'U Kragujevcu je održana vežba evakuacije učenika iz osnovne škole „Radoje Domanović“.',
    );
    expect(drill.contentHtml).to.contain('<img src="https://svs.example.gov.rs/images/2024/10/vezba.jpg"');
    expect(drill.image?.url).to.equal('https://svs.example.gov.rs/images/2024/10/vezba.jpg');
    expect(drill.authors[0].name).to.equal('Služba za odnose sa javnošću');
    expect(rain.authors[0].name).to.equal('Marko Jovanović');
    expect(rain.published?.toISOString()).to.equal('2024-10-13T14:30:00.000Z');
  });

  const rss = (items: string, head = '') =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"${head}><channel><title>T</title>${items}</channel></rss>`;

  it('gives an item with only a description a text summary, and its HTML as the content', () => {
    const [release] = parseFeed(
      rss(
        '<item><guid>1</guid><title>t</title><description>&lt;p&gt;A &lt;b&gt;bold&lt;/b&gt; move.&lt;/p&gt;</description></item>',
      ),
    ).items;
    expect(release.summary).to.equal('A bold move.');
    expect(release.contentHtml).to.equal('<p>A <b>bold</b> move.</p>');
  });

  it('takes a permalink guid as the link when the item has no <link>', () => {
    const items = parseFeed(
      rss(
        '<item><title>default</title><guid>https://gov.example.org/1</guid></item>' +
          '<item><title>true</title><guid isPermaLink="true">https://gov.example.org/2</guid></item>' +
          '<item><title>false</title><guid isPermaLink="false">https://gov.example.org/3</guid></item>' +
          '<item><title>not a URL</title><guid>release-4</guid></item>' +
          '<item><title>link wins</title><link>https://gov.example.org/5</link><guid>https://gov.example.org/?p=5</guid></item>',
      ),
    ).items;
    expect(items.map(({ id, url }) => [id, url])).to.deep.equal([
      ['https://gov.example.org/1', 'https://gov.example.org/1'],
      ['https://gov.example.org/2', 'https://gov.example.org/2'],
      ['https://gov.example.org/3', undefined],
      ['release-4', undefined],
      ['https://gov.example.org/?p=5', 'https://gov.example.org/5'],
    ]);
  });

  it('gives the name, not the address, of an author or dc:creator', () => {
    const dc = ' xmlns:dc="http://purl.org/dc/elements/1.1/"';
    const names = parseFeed(
      rss(
        [
          '<author>press@gov.example.org (Press Office)</author>',
          '<author>Jane Doe (jane@example.org)</author>',
          '<author>Jane Doe &lt;jane@example.org&gt;</author>',
          '<dc:creator>Jane Doe (jane@example.org)</dc:creator>',
          '<dc:creator><![CDATA[Jane Doe <jane@example.org>]]></dc:creator>',
          '<author>Jane Doe (Minister)</author>',
          '<author>press@gov.example.org</author>',
        ]
          .map((author, index) => `<item><guid>${index}</guid><title>t</title>${author}</item>`)
          .join(''),
        dc,
      ),
    ).items.map((release) => release.authors[0]?.name);
    expect(names).to.deep.equal([
      'Press Office',
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
      'Jane Doe (Minister)',
      'press@gov.example.org',
    ]);
  });

  it('recovers from HTML entities, a bare & and an undeclared namespace prefix, with a warning each', async () => {
    const feed = parseFeed(await fixture('rss-legacy-cms.xml'));
    expect(feed.title).to.equal('Ministarstvo – vesti');
    expect(feed.feedUrl).to.equal('https://www.example.gov.rs/rss.php');
    const [cafe, rd] = feed.items;
    expect(cafe.title).to.equal('Café „Evropa“: konferencija za medije');
    expect(cafe.summary).to.equal('Ministar je održao konferenciju za medije u kafeu Evropa.');
    expect(rd.title).to.equal('Program R&D saradnje');
    expect(rd.url).to.equal('https://www.example.gov.rs/vest.php?id=1020&lang=sr');
    expect(feed.warnings.slice(0, 3)).to.deep.equal([
      'The XML uses &ndash; &scaron; &eacute; &bdquo; &ldquo; &nbsp; &zcaron;, which only HTML defines; read as HTML reads them.',
      'The XML has an & that starts no character reference; read as the character &.',
      'The XML never declares the namespace prefix atom:; read as http://www.w3.org/2005/Atom.',
    ]);
  });

  it('reads an atom:link under any undeclared prefix as Atom, and leaves CDATA as it is', () => {
    const feed = parseFeed(
      rss(
        '<a10:link rel="self" href="https://gov.example.org/feed.xml"/><itunes:author>x</itunes:author>' +
          '<item><guid>1</guid><title>t</title><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>' +
          '<description><![CDATA[<p>Word&nbsp;HTML <o:p></o:p>&amp;</p>]]></description></item>',
      ),
    );
    expect(feed.feedUrl).to.equal('https://gov.example.org/feed.xml');
    expect(feed.items[0].contentHtml).to.equal('<p>Word&nbsp;HTML &amp;</p>');
    expect(feed.warnings).to.deep.equal([
      'The XML never declares the namespace prefix a10:; read as http://www.w3.org/2005/Atom.',
      'The XML never declares the namespace prefix itunes:; its elements are ignored.',
    ]);
  });

  it('still refuses XML that is broken beyond these repairs, naming what is wrong', () => {
    const error = parseError(() => parseFeed(rss('<item><title>&nbsp;unclosed</item>')));
    expect(error.code).to.equal('parse');
    expect(error.message).to.contain('broken XML');
  });

  it('reads the date spellings of RSS and dc:date', () => {
    const dates = parseFeed(
      rss(
        [
          '<pubDate>Tue, 05 Mar 2024 10:00:00 MET</pubDate>',
          '<pubDate>Tue, 05 Mar 2024 11:00:00 MEST</pubDate>',
          '<pubDate>Tue, 05 Mar 2024 10:00:00 +01:00</pubDate>',
          '<pubDate>Tue Mar  5 09:00:00 2024</pubDate>',
          '<pubDate>Tue Mar 05 10:00:00 CET 2024</pubDate>',
          '<pubDate>Tue, 05 Mar 2024</pubDate>',
          '<dc:date>2024-03-05T10:00+01:00</dc:date>',
          '<dc:date>2024-03</dc:date>',
          '<dc:date>2024</dc:date>',
          '<dc:date>2024-03-05-01</dc:date>',
        ]
          .map((date, index) => `<item><guid>${index}</guid><title>t</title>${date}</item>`)
          .join(''),
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
      ),
    ).items.map((release) => release.published?.toISOString());
    expect(dates).to.deep.equal([
      '2024-03-05T09:00:00.000Z',
      '2024-03-05T09:00:00.000Z',
      '2024-03-05T09:00:00.000Z',
      '2024-03-05T09:00:00.000Z',
      '2024-03-05T09:00:00.000Z',
      '2024-03-05T00:00:00.000Z',
      '2024-03-05T09:00:00.000Z',
      '2024-03-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
      undefined,
    ]);
  });
});

describe('parseFeed: Atom 1.0', () => {
  before(() => ensureSanitizer());

  it('reads html, xhtml and text content, categories, authors and links', async () => {
    const feed = parseFeed(await fixture('atom-1.0.xml'));
    expect(feed.title).to.equal('Ministry & Press');
    expect(feed.description).to.equal('Releases');
    expect(feed.homePageUrl).to.equal('https://gov.example.org/');
    expect(feed.language).to.equal('en');
    const [html, xhtml, text] = feed.items;
    expect(html.url).to.equal('https://gov.example.org/releases/1');
    expect(html.contentHtml).to.equal(
      '<p>Hello <img src="https://gov.example.org/a.png" loading="lazy" decoding="async"></p>',
    );
    expect(html.summary).to.equal('Short text');
    expect(html.tags).to.deep.equal(['Police', 'traffic']);
    expect(html.authors).to.deep.equal([{ name: 'Press Office', url: 'https://gov.example.org/press' }]);
    expect(html.published?.toISOString()).to.equal('2024-03-05T09:00:00.000Z');
    expect(html.modified?.toISOString()).to.equal('2024-03-05T10:00:00.000Z');
    expect(xhtml.contentHtml).to.equal('<p>Rich <strong>text</strong></p>');
    expect(xhtml.language).to.equal('sr-Latn');
    expect(xhtml.authors).to.deep.equal([{ name: 'Jovana Jović', url: undefined }]);
    expect(xhtml.published?.toISOString()).to.equal('2024-03-06T10:00:00.000Z');
    expect(text.contentHtml).to.equal(undefined);
    expect(text.contentText).to.equal('Plain <b>text</b>');
  });
});

describe('parseFeed: dates', () => {
  const dateOf = (value: string) =>
    parseFeed(
      jsonFeed([{ id: '1', title: 't', content_text: 'x', date_published: value }]),
    ).items[0].published?.toISOString();

  it('reads RFC 3339, RFC 822 and zone-less dates as the same moment', () => {
    const moment = '2024-03-05T09:00:00.000Z';
    for (const value of [
      '2024-03-05T10:00:00+01:00',
      '2024-03-05T09:00:00Z',
      '2024-03-05t09:00:00z',
      '2024-03-05 09:00:00Z',
      '2024-03-05T09:00:00.000000Z',
      '2024-03-05T09:00:00',
      '2024-03-05T10:00+0100',
      'Tue, 05 Mar 2024 10:00:00 +0100',
      'Tue, 05 Mar 2024 09:00:00 GMT',
      'Tue, 5 Mar 2024 04:00:00 EST',
      '05 Mar 2024 09:00 UT',
      'Tue, 05 Mar 24 09:00:00 Z',
      'Tue, 05 Mar 2024 10:00:00 CET',
      'Tue, 05 Mar 2024 10:00:00 MET',
      'Tue, 05 Mar 2024 11:00:00 MEST',
      'Tue, 05 Mar 2024 11:00:00 EET',
      'Tue, 05 Mar 2024 10:00:00 BST',
      'Tue, 05 Mar 2024 01:00:00 PST',
      'Tue, 05 Mar 2024 09:00:00 UTC',
      'Tue, 05 Mar 2024 10:00:00 +01:00',
      'Tue, 05 Mar 2024 08:00:00 -0100',
      '2024-03-05T08:00:00-01:00',
      '2024-03-05T10:00+01:00',
      'Tue, 05 Mar 2024 09:00:00',
    ]) {
      expect(dateOf(value), value).to.equal(moment);
    }
  });

  it('reads a date without a time of day as midnight UTC, so every visitor sees the same day', () => {
    for (const value of ['2024-03-05', '20240305', 'Tue, 05 Mar 2024', '5 Mar 2024'])
      expect(dateOf(value), value).to.equal('2024-03-05T00:00:00.000Z');
  });

  it('drops impossible dates with a warning', () => {
    for (const value of [
      '2024-02-30T10:00:00Z',
      '2024-13-01',
      'Fri, 31 Feb 2024 10:00:00 GMT',
      '5. mart 2024.',
      '2024-03-05T25:00:00Z',
      'Tue, 05 Mar 2024 10:00:00 XYZ',
      // An offset past 23:59, or one after a date without a time, is never turned into some instant.
      '2024-03-05T10:00:00-99:99',
      '2024-03-05T10:00:00+24:00',
      '2024-03-05T10:00:00+01:60',
      'Tue, 05 Mar 2024 10:00:00 -99:99',
      'Tue, 05 Mar 2024 10:00:00 -01',
      'Tue, 05 Mar 2024 -0100',
      '2024-03-05-01',
      '2024-03-05+01:00',
    ]) {
      const feed = parseFeed(jsonFeed([{ id: '1', title: 't', content_text: 'x', date_published: value }]));
      expect(feed.items[0].published, value).to.equal(undefined);
      expect(feed.warnings.join(), value).to.contain('is not a valid date');
    }
  });
});

describe('parseFeed: what is not a feed', () => {
  const documents: Record<string, string> = {};
  before(async () => {
    for (const name of ['html-page.html', 'broken.json', 'broken.xml', 'not-a-feed.json'])
      documents[name] = await fixture(name);
  });

  it('says an HTML page is not a feed, in words a web team understands', () => {
    const error = parseError(() => parseFeed(documents['html-page.html']));
    expect(error.code).to.equal('format');
    expect(error.message).to.contain('returned an HTML page, not a news feed');
    expect(parseError(() => parseFeed('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).code).to.equal(
      'format',
    );
  });

  it('reports broken JSON and broken XML as parse errors', () => {
    expect(parseError(() => parseFeed(documents['broken.json'])).code).to.equal('parse');
    expect(parseError(() => parseFeed(documents['broken.xml'])).code).to.equal('parse');
    expect(parseError(() => parseFeed('hello')).code).to.equal('parse');
    expect(parseError(() => parseFeed('')).code).to.equal('parse');
  });

  it('reports well-formed documents of another kind as format errors', () => {
    expect(parseError(() => parseFeed(documents['not-a-feed.json'])).message).to.contain('not a JSON Feed');
    expect(parseError(() => parseFeed('[1, 2]')).code).to.equal('format');
    for (const json of ['"a string"', '42', 'null', 'true', '[]', ' "items" '])
      expect(parseError(() => parseFeed(json)).code, json).to.equal('format');
    expect(parseError(() => parseFeed('<?xml version="1.0"?><sitemap><url/></sitemap>')).message).to.contain(
      '<sitemap>',
    );
    expect(
      parseError(() => parseFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')).message,
    ).to.contain('RSS 1.0');
    expect(parseError(() => parseFeed('<rss version="2.0"></rss>')).code).to.equal('format');
  });

  it('stops at the item cap and the byte cap', () => {
    const items = Array.from({ length: 11 }, (_, index) => ({ id: String(index), title: 't', content_text: 'x' }));
    expect(parseError(() => parseFeed(jsonFeed(items), { maxItems: 10 })).code).to.equal('too-large');
    expect(parseFeed(jsonFeed(items.slice(0, 10)), { maxItems: 10 }).items).to.have.length(10);
    const rss = `<rss version="2.0"><channel><title>x</title>${'<item><guid>g</guid><title>t</title></item>'.repeat(3)}</channel></rss>`;
    expect(parseError(() => parseFeed(rss, { maxItems: 2 })).code).to.equal('too-large');
    // 600 two-byte letters: under 1,000 UTF-16 units but over 1,000 bytes.
    const big = JSON.stringify(jsonFeed([{ id: '1', title: 't', content_text: 'ž'.repeat(600) }]));
    expect(parseError(() => parseFeed(big, { maxBytes: 1000 })).code).to.equal('too-large');
    expect(parseFeed(big, { maxBytes: 2000 }).items).to.have.length(1);
  });
});
