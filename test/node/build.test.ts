// `press-widgets build` as a press office uses it: releases in Markdown and a configuration in, a feed
// the widgets read out (JSON Feed pages and RSS), every file passing validate; bad input named by file
// and line, and nothing written then. Also a CMS's RSS or Atom feed converted with --from.
import { describe, it } from 'node:test';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { pressWidgets, serve } from '../helpers/cli.js';

const config = {
  title: 'Ministry of the Interior: press releases',
  feed_url: 'https://mup.example.gov.rs/press/feed.json',
  language: 'en',
  _press: {
    organisation: { name: 'Ministry of the Interior' },
    contact: { intro: 'Write to us.', topics: [{ id: 'question', label: 'Question' }] },
  },
};

/** A folder with these files, and the configuration beside it. */
async function workspace(releases: Record<string, string>) {
  const folder = await mkdtemp(join(tmpdir(), 'press-build-'));
  await mkdir(join(folder, 'releases'));
  for (const [name, text] of Object.entries(releases)) await writeFile(join(folder, 'releases', name), text);
  await writeFile(join(folder, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  const build = (...args: string[]) =>
    pressWidgets(['build', 'releases', '--config', 'config.json', '--out', 'public', ...args], folder);
  const read = async (name: string) => readFile(join(folder, 'public', name), 'utf8');
  const json = async (name: string) => JSON.parse(await read(name));
  return { folder, build, read, json };
}

const markdown = (front: string, body = 'The release.') => `---\n${front.trim()}\n---\n\n${body}\n`;

const sepca = markdown(
  `
title: "Dačić: all priorities of the Serbian chairmanship of SEPCA have been fulfilled"
url: releases/sepca.html
date_published: 2024-10-14T10:30:00+02:00
tags: [sepca, interpol]
category: International police cooperation
`,
  `Ivica Dačić stated today that all priorities have been fulfilled.

> All priorities have been fulfilled.
— Ivica Dačić, Deputy Prime Minister and Minister of the Interior, Government of Serbia

According to him, a regional bureau would be a historic step.

> “A regional bureau would be a historic step.”

-- Ivica Dačić, Minister

> Two paragraphs,
> one quote.
>
> Said once.
— Ahmed Naser Al-Raisi

\`\`\`
> Not a quote: code.
\`\`\``,
);

const twinning = markdown(`
id: twinning-2016
title: EU-funded Twinning project concludes
date_published: 2016-09-22T12:00:00+02:00
`);

describe('press-widgets build', () => {
  it('writes a JSON Feed with _press, newest first, quotes from blockquotes, and the same releases as RSS', async () => {
    const { folder, build, json, read } = await workspace({ 'sepca.md': sepca, 'old.md': twinning });
    const run = await build();
    expect(run).to.deep.equal({
      code: 0,
      stdout: 'Wrote 2 releases to public: feed.json, feed.xml.\n',
      stderr: '',
    });
    const feed = await json('feed.json');
    expect(feed).to.deep.include({ version: 'https://jsonfeed.org/version/1.1', ...config });
    expect(feed.next_url).to.equal(undefined);
    expect(feed.items.map((item: { id: string }) => item.id)).to.deep.equal(['sepca', 'twinning-2016']);
    const [first] = feed.items;
    expect(first).to.deep.include({
      url: 'releases/sepca.html',
      title: 'Dačić: all priorities of the Serbian chairmanship of SEPCA have been fulfilled',
      date_published: '2024-10-14T10:30:00+02:00',
      tags: ['sepca', 'interpol'],
    });
    expect(first._press).to.deep.equal({
      category: 'International police cooperation',
      quotes: [
        {
          text: 'All priorities have been fulfilled.',
          speaker: 'Ivica Dačić',
          role: 'Deputy Prime Minister and Minister of the Interior',
          organisation: 'Government of Serbia',
        },
        { text: 'A regional bureau would be a historic step.', speaker: 'Ivica Dačić', role: 'Minister' },
        { text: 'Two paragraphs, one quote. Said once.', speaker: 'Ahmed Naser Al-Raisi' },
      ],
    });
    // The quotes stay in the text, as figures; the attribution is their caption, not a paragraph.
    expect(first.content_html).to.contain(
      '<figure>\n<blockquote>\n<p>All priorities have been fulfilled.</p>\n</blockquote>\n' +
        '<figcaption>— Ivica Dačić, Deputy Prime Minister and Minister of the Interior, Government of Serbia</figcaption>\n</figure>',
    );
    expect(first.content_html).to.contain('<pre><code>&gt; Not a quote: code.');
    expect(first.content_html).not.to.match(/<p>(—|--)/);

    const rss = await read('feed.xml');
    expect(rss).to.contain('<link>https://mup.example.gov.rs/press/releases/sepca.html</link>');
    expect(rss).to.contain('<guid isPermaLink="false">sepca</guid>');
    expect(rss).to.contain('<pubDate>Mon, 14 Oct 2024 08:30:00 GMT</pubDate>');
    expect(rss).to.contain(
      '<atom:link rel="self" type="application/rss+xml" href="https://mup.example.gov.rs/press/feed.xml"/>',
    );

    const check = await pressWidgets(['validate', 'public/feed.json', 'public/feed.xml', '--strict'], folder);
    expect(check.code, check.stdout).to.equal(0);
  });

  it('splits the releases into pages linked by next_url, in JSON and RSS, and removes pages a smaller build left', async () => {
    const releases = Object.fromEntries(
      Array.from({ length: 5 }, (_, index) => [
        `r${index}.md`,
        markdown(`title: Release ${index}\ndate_published: 2026-10-1${index}T10:00:00Z`),
      ]),
    );
    const { folder, build, json, read } = await workspace(releases);
    expect((await build('--page-size', '2')).stdout).to.equal(
      'Wrote 5 releases to public: feed.json and 2 more pages, feed.xml.\n',
    );
    expect(await readdir(join(folder, 'public'))).to.have.members([
      'feed.json',
      'feed-2.json',
      'feed-3.json',
      'feed.xml',
      'feed-2.xml',
      'feed-3.xml',
    ]);
    const pages = await Promise.all(['feed.json', 'feed-2.json', 'feed-3.json'].map(json));
    expect(pages.map((page) => [page.next_url, page.items.map((item: { id: string }) => item.id)])).to.deep.equal([
      ['feed-2.json', ['r4', 'r3']],
      ['feed-3.json', ['r2', 'r1']],
      [undefined, ['r0']],
    ]);
    expect(await read('feed.xml')).to.contain('<atom:link rel="next" type="application/rss+xml" href="feed-2.xml"/>');
    const check = await pressWidgets(['validate', '--json', 'public/feed.json', 'public/feed.xml'], folder);
    expect(JSON.parse(check.stdout).documents.map(({ page }: { page?: number }) => page ?? 1)).to.deep.equal([
      1, 2, 3, 1, 2, 3,
    ]);
    expect(check.code).to.equal(0);

    await build('--page-size', '5');
    expect(await readdir(join(folder, 'public'))).to.have.members(['feed.json', 'feed.xml']);
  });

  it('names the file and line of each bad release, and writes nothing', async () => {
    const { folder, build } = await workspace({
      'colon.md': markdown('title: Dačić: all priorities\ndate_published: 2026-10-14T10:30:00Z'),
      'untitled.md': markdown('date_published: 2026-10-14T10:30:00Z'),
      'undated.md': markdown('title: Undated\ndate_published: 14 October 2026'),
      'no-day.md': markdown('title: No such day\ndate_published: 2026-02-30T10:30:00Z'),
      'typo.md': markdown('title: Typo\ndate_published: 2026-10-14T10:30:00Z\ncategroy: EU projects'),
      // Its quotes' problems and its front matter's are said in one run.
      'speechless.md': markdown(
        'date_published: 2026-10-14T10:30:00Z',
        'Text.\n\n> Words nobody said.\n\nMore text.\n\n> Words.\n—  , Minister',
      ),
      'one.md': markdown('id: same\ntitle: One\ndate_published: 2026-10-14T10:30:00Z'),
      'two.md': markdown('id: same\ntitle: Two\ndate_published: 2026-10-15T10:30:00Z'),
      'empty.md': markdown('title: Empty\ndate_published: 2026-10-14T10:30:00Z', ''),
      'bare.md': 'Just text.\n',
    });
    await mkdir(join(folder, 'public'));
    await writeFile(join(folder, 'public', 'feed.json'), 'the feed before');
    const run = await build();
    expect(run.code).to.equal(1);
    expect(run.stdout).to.equal('');
    expect(run.stderr.split('\n')).to.deep.equal([
      'releases/bare.md:1: has no front matter: begin with a line ---, then title: and date_published:, then a line ---',
      'releases/colon.md:2: Nested mappings are not allowed in compact mappings: a value with a colon and a space in it goes in quotes, as in title: "Dačić: …"',
      'releases/empty.md:5: the release has no text below its front matter',
      'releases/no-day.md:3: date_published is not a real date and time',
      'releases/one.md:2: id repeats the id "same" of releases/two.md',
      'releases/speechless.md:1: title is required',
      'releases/speechless.md:7: a quote needs who said it on the line after it: — Speaker, Role, Organisation',
      'releases/speechless.md:12: the quote has no speaker: write — Speaker, Role, Organisation',
      'releases/typo.md:4: "categroy" is not a release field (the fields: id, url, external_url, title, summary, image, banner_image, date_published, date_modified, author, authors, tags, language, category, source, location, image_alt, translations)',
      'releases/undated.md:3: date_published must be an RFC 3339 date-time such as 2026-10-14T10:30:00+02:00',
      'releases/untitled.md:1: title is required',
      'press-widgets build: nothing written; 11 problems.',
      '',
    ]);
    expect(await readdir(folder)).to.have.members(['releases', 'config.json', 'public']);
    expect(await readdir(join(folder, 'public'))).to.deep.equal(['feed.json']);
    expect(await readFile(join(folder, 'public', 'feed.json'), 'utf8')).to.equal('the feed before');
  });

  it('names the configuration’s line of what the feed cannot take', async () => {
    const { folder, build } = await workspace({ 'a.md': twinning });
    await writeFile(
      join(folder, 'config.json'),
      JSON.stringify({ title: 'Press', items: [], _press: { contact: { topics: [{ id: 'x' }] } } }, null, 2),
    );
    const run = await build();
    expect([run.code, run.stderr]).to.deep.equal([
      1,
      'config.json:3: "items" is not a feed field it can set (the fields: title, home_page_url, feed_url, description, author, authors, language, _press, user_comment, icon, favicon, expired, hubs)\n' +
        // The nearest line the configuration has: the topic's.
        'config.json:7: _press.contact.topics[0].label is required\n' +
        'press-widgets build: nothing written; 2 problems.\n',
    ]);
    await writeFile(join(folder, 'config.json'), '{\n  "title": "Press",\n}\n');
    expect((await build()).stderr).to.equal(
      'config.json:3: is not JSON: Expected double-quoted property name\npress-widgets build: nothing written; 1 problem.\n',
    );
  });

  it('converts a CMS’s RSS feed, with the configuration adding what RSS cannot say', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'press-build-from-'));
    await writeFile(join(folder, 'config.json'), JSON.stringify({ _press: config._press }));
    const run = await pressWidgets(
      [
        'build',
        '--from',
        `${process.cwd()}/test/fixtures/feeds/rss-2.0.xml`,
        '--config',
        'config.json',
        '--out',
        'out',
      ],
      folder,
    );
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stderr).to.contain('2 images have no text alternative (RSS and Atom have no place for one)');
    const feed = JSON.parse(await readFile(join(folder, 'out', 'feed.json'), 'utf8'));
    expect(feed.title).to.equal('Vlada & saopštenja');
    expect(feed._press).to.deep.equal(config._press);
    expect(feed.items.map((item: { id: string }) => item.id)).to.deep.equal([
      'https://vlada.example.gov.rs/vesti/2',
      'vlada-1',
    ]);
    expect(feed.items[1]).to.deep.include({
      url: 'https://vlada.example.gov.rs/vesti/sednica',
      date_published: '2024-03-05T09:00:00Z',
      image: 'https://vlada.example.gov.rs/img/sednica.jpg',
      // Sanitized as the widgets sanitize it: no script, no javascript: link.
      content_html: '<p>Pun tekst <a>veza</a></p>',
    });
    expect(feed.items.every((item: { date_published: string }) => /T.*Z$/.test(item.date_published))).to.equal(true);
    expect((await pressWidgets(['validate', 'out/feed.json'], folder)).code).to.equal(0);
  });

  it('converts the feed WordPress writes by default: categories as tags, the excerpt as the summary', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'press-build-from-'));
    await writeFile(join(folder, 'config.json'), JSON.stringify(config));
    const wordpress = `${process.cwd()}/test/fixtures/feeds/cms/wordpress.xml`;
    const run = await pressWidgets(['build', '--from', wordpress, '--config', 'config.json', '--out', '.'], folder);
    expect([run.code, run.stderr]).to.deep.equal([0, '']);
    const feed = JSON.parse(await readFile(join(folder, 'feed.json'), 'utf8'));
    expect(feed).to.deep.include({ ...config, home_page_url: 'https://mup.example.gov.rs/' });
    const [sepca] = feed.items;
    expect(sepca).to.deep.include({
      id: 'https://mup.example.gov.rs/?p=123',
      url: 'https://mup.example.gov.rs/2024/10/14/dacic-sepca-priorities/',
      date_published: '2024-10-14T08:30:00Z',
      authors: [{ name: 'Press Office' }],
      tags: ['International police cooperation', 'SEPCA'],
    });
    expect(sepca.summary).to.match(/^Deputy Prime Minister .* highlighted … Continue reading “Dačić: all priorities”$/);
    expect(sepca.content_html).to.contain('<cite>Ivica Dačić</cite></blockquote>');
    expect(sepca.content_html).to.contain('alt="The Second General Assembly of SEPCA"');
    expect((await pressWidgets(['validate', '--strict', 'feed.json', 'feed.xml'], folder)).code).to.equal(0);
  });

  it('converts an Atom feed from an address', async () => {
    const atom = await readFile('test/fixtures/feeds/atom-1.0.xml', 'utf8');
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/atom+xml' });
      response.end(atom);
    });
    try {
      const folder = await mkdtemp(join(tmpdir(), 'press-build-from-'));
      await writeFile(join(folder, 'config.json'), JSON.stringify({ title: 'Converted' }));
      const run = await pressWidgets(
        ['build', '--from', `${server.origin}/atom.xml`, '--config', 'config.json', '--out', '.', '--name', 'press'],
        folder,
      );
      expect(run.code, run.stderr).to.equal(0);
      const feed = JSON.parse(await readFile(join(folder, 'press.json'), 'utf8'));
      expect([feed.title, feed.items.length]).to.deep.equal(['Converted', 3]);
      expect(await readdir(folder)).to.have.members(['config.json', 'press.json', 'press.xml']);
    } finally {
      await server.close();
    }
  });

  it('says how it is used, and exits 2 when it is not understood', async () => {
    const help = await pressWidgets(['build', '--help']);
    expect(help.code).to.equal(0);
    expect(help.stdout).to.contain('— Ivica Dačić, Deputy Prime Minister');
    const { build } = await workspace({ 'a.md': twinning });
    expect((await build('--page-size', '0')).code).to.equal(2);
    expect((await build('--from', 'x.xml')).code).to.equal(2);
    expect((await pressWidgets(['build', 'releases', '--out', 'x'])).stderr).to.contain('give --config and --out');
    const missing = await pressWidgets(['build', 'no-such-folder', '--config', 'demo/press.config.json', '--out', 'x']);
    expect([missing.code, missing.stderr]).to.deep.equal([
      2,
      'press-widgets build: there is no folder no-such-folder.\n',
    ]);
  });
});
