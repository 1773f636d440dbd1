// `press-widgets validate` as a web team and a CI job use it: every problem of a feed with its place,
// what is wrong and what the widgets do about it; for an address, what the server sends, each with its
// fix; exit codes 0 (no errors), 1 (problems), 2 (not understood).
import { describe, it } from 'node:test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect } from 'chai';
import { pressWidgets, serve } from '../helpers/cli.js';

interface Reported {
  ok: boolean;
  errors: number;
  warnings: number;
  documents: { source: string; page?: number; format?: string; releases?: number; note?: string }[];
  problems: {
    severity: string;
    source: string;
    path: string;
    message: string;
    effect?: string;
    widgets?: string;
    fix?: string;
  }[];
}

const validate = async (...args: string[]) => {
  const run = await pressWidgets(['validate', '--json', ...args]);
  return { code: run.code, report: JSON.parse(run.stdout) as Reported };
};

/** Each problem as one line: severity, place, message; then what the widgets do, and the fix. */
const lines = ({ problems }: Reported) =>
  problems.map(({ severity, path, message, effect, widgets, fix }) =>
    [`${severity} ${path}: ${message}`, effect && `(${effect})`, widgets, fix && `Fix: ${fix}`]
      .filter(Boolean)
      .join(' '),
  );

async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'press-validate-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  return folder;
}

const jsonFeed = (items: object[], extra: object = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Press', ...extra, items });

const release = (id: string) => ({
  id,
  title: `Release ${id}`,
  content_text: 'Text.',
  date_published: '2026-10-14T10:30:00+02:00',
});

describe('press-widgets validate: the feed', () => {
  it('passes the demo feed and the RSS it is built with, and exits 0', async () => {
    const run = await pressWidgets(['validate', 'demo/feeds/sample.json', 'demo/feeds/sample.xml']);
    expect(run).to.deep.equal({
      code: 0,
      stdout:
        'demo/feeds/sample.json (JSON Feed, 2 releases): no problems\n' +
        'demo/feeds/sample.xml (RSS, 2 releases): no problems\n' +
        '0 errors, 0 warnings.\n',
      stderr: '',
    });
  });

  it('passes the feeds WordPress, Drupal and Joomla write by default, even with --strict', async () => {
    const cms = ['wordpress', 'drupal', 'joomla'].map((name) => `test/fixtures/feeds/cms/${name}.xml`);
    const { code, report } = await validate('--strict', ...cms);
    expect(lines(report)).to.deep.equal([]);
    expect(code).to.equal(0);
    expect(report.documents).to.deep.equal(cms.map((source) => ({ source, format: 'RSS', releases: 2 })));
  });

  it('names each problem of a JSON Feed by its JSON path, with what the widgets do about it, and exits 1', async () => {
    const { code, report } = await validate('test/fixtures/feeds/messy.json');
    expect(code).to.equal(1);
    expect(report).to.include({ ok: false, errors: 22, warnings: 0 });
    expect(report.documents).to.deep.equal([
      { source: 'test/fixtures/feeds/messy.json', format: 'JSON Feed', releases: 3 },
    ]);
    expect(lines(report)).to.include.members([
      'error $.title: must be a string, not null (drop) feed.title is null, not text; ignored.',
      'error $.items[0].tags: must be an array, not a string (fall back) items[0].tags is text, not a list; read as comma-separated values.',
      'error $.items[0].date_published: is not a real date and time (drop) items[0].date_published: "2024-02-30T10:00:00Z" is not a valid date; ignored.',
      'error $.items[1].id: repeats the id "a" of $.items[0] (drop) items[1] repeats the id "a"; only the first is kept.',
      'error $.items[3]: must be an object, not a string (drop) items[3] is not an object; skipped.',
      'error $.items[5].title: must be a string, not null (fall back) items[5].title is null, not text; ignored. items[5].title is missing; the start of its text is shown instead.',
      'error $.items[5]._press.quotes[0].speaker: is required (drop) items[5]._press.quotes[0] has no speaker; skipped.',
      'error $.items[7].image: uses "javascript:"; only http:, https: or a relative URL is allowed (drop) items[7].image: "javascript:alert(1)" is not a usable web address; ignored.',
      // Nothing the widgets show changes; other readers may be stricter.
      'error $.items[7]._press.image_alt: is required with image ("" if the image is decorative)',
    ]);
  });

  it('refuses what is not a feed, at the line and column where reading stopped', async () => {
    const broken = await validate('test/fixtures/feeds/broken.json');
    expect(broken.code).to.equal(1);
    expect(lines(broken.report)).to.deep.equal([
      'error line 1, column 91: is not well-formed JSON: Expected double-quoted property name (refuse) They show their error message instead of the releases.',
    ]);
    const xml = await validate('test/fixtures/feeds/broken.xml');
    expect(lines(xml.report)[0]).to.equal(
      'error line 2, column 51: is not well-formed XML: unexpected close tag. (refuse) They show their error message instead of the releases.',
    );
    const page = await validate('test/fixtures/feeds/html-page.html');
    expect(lines(page.report)[0]).to.match(
      /^error \/html: This address returned an HTML page, not a news feed\..* \(refuse\)/,
    );
    const notAFeed = await validate('test/fixtures/feeds/not-a-feed.json');
    expect(lines(notAFeed.report)).to.include('error $.version: is required');
  });

  it('names the problems of RSS and Atom by their XML path; what the widgets only guess is a warning', async () => {
    const folder = await folderWith({
      'rss.xml': `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Press</title>
  <item><guid>a</guid><title>Dated</title><pubDate>Mon, 14 Oct 2024 10:30:00 +0200</pubDate><description>x</description></item>
  <item><guid>b</guid><description>A release whose first words stand in for its title.</description><pubDate>someday</pubDate></item>
  <item><description>Neither a guid nor a link.</description></item>
  <item><guid>c</guid><title>Undated</title><description>x</description></item>
</channel></rss>`,
      'atom.xml': `<feed xmlns="http://www.w3.org/2005/Atom"><title>Press</title>
  <entry><id>urn:1</id><title>One</title><updated>2026-10-14T10:30:00Z</updated><link href="javascript:alert(1)"/></entry>
</feed>`,
    });
    const rss = await validate(join(folder, 'rss.xml'));
    expect(rss.code).to.equal(1);
    expect(lines(rss.report)).to.deep.equal([
      'warning /rss/channel/item[2]: title is missing; the start of its text is shown instead. (fall back)',
      'error /rss/channel/item[2]: date_published: "someday" is not a valid date; ignored. (drop)',
      'error /rss/channel/item[3]: has neither an id nor a link; skipped. (drop)',
      'warning /rss/channel/item[4]: date_published is missing; the release shows no date and sorts last. (fall back)',
    ]);
    const atom = await validate(join(folder, 'atom.xml'));
    expect(lines(atom.report)).to.deep.equal([
      'error /feed/entry[1]: url: "javascript:alert(1)" is not a usable web address; ignored. (drop)',
    ]);
  });

  it('passes warnings with exit 0, unless --strict', async () => {
    const file = join(
      await folderWith({
        'feed.xml': '<rss><channel><title>P</title><item><guid>a</guid><title>A</title></item></channel></rss>',
      }),
      'feed.xml',
    );
    const lenient = await pressWidgets(['validate', file]);
    expect(lenient.code).to.equal(0);
    expect(lenient.stdout).to.contain(
      '  warning  /rss/channel/item[1]: date_published is missing; the release shows no date and sorts last.\n0 errors, 1 warning.\n',
    );
    expect((await pressWidgets(['validate', '--strict', file])).code).to.equal(1);
    expect((await validate('--strict', file)).report.ok).to.equal(false);
  });

  it('follows next_url from file to file, and finds a page that is missing or leads back', async () => {
    const folder = await folderWith({
      'feed.json': jsonFeed([release('a')], { next_url: 'feed-2.json' }),
      'feed-2.json': jsonFeed([release('b')], { next_url: 'feed.json' }),
      'other.json': jsonFeed([release('c')], { next_url: 'gone.json' }),
      'far.json': jsonFeed([release('d')], { next_url: 'https://elsewhere.example/feed-2.json' }),
    });
    const loop = await validate(join(folder, 'feed.json'));
    expect(loop.report.documents.map(({ page, releases }) => [page, releases])).to.deep.equal([
      [undefined, 1],
      [2, 1],
    ]);
    expect(lines(loop.report)).to.deep.equal([
      `error $.next_url: leads back to page 1 (${join(folder, 'feed.json')}): the pages go round in a loop (drop) They stop at a page they have shown already, so no release after it shows.`,
    ]);
    const missing = await validate(join(folder, 'other.json'));
    expect(lines(missing.report)).to.deep.equal([
      'error file: does not exist, though page 1 leads here (next_url) (refuse)',
    ]);
    const far = await validate(join(folder, 'far.json'));
    expect(far.code).to.equal(0);
    expect(far.report.documents[0]!.note).to.contain('Page 2, https://elsewhere.example/feed-2.json, is not checked');
  });

  it('says how it is used, and exits 2 when it is not understood', async () => {
    const help = await pressWidgets(['validate', '--help']);
    expect(help.code).to.equal(0);
    expect(help.stdout).to.contain('--origin <url>');
    expect((await pressWidgets(['validate'])).code).to.equal(2);
    const missing = await pressWidgets(['validate', 'no-such-feed.json']);
    expect([missing.code, missing.stderr]).to.deep.equal([
      2,
      'press-widgets validate: there is no feed file no-such-feed.json.\n',
    ]);
    expect((await pressWidgets(['validate', 'demo/feeds/sample.json', '--origin', 'partner.example'])).code).to.equal(
      2,
    );
    expect((await pressWidgets(['validate', '--no-such-option'])).code).to.equal(2);
  });
});

// A feed server that gets every header right; each test breaks one thing.
const goodFeed = jsonFeed(
  Array.from({ length: 20 }, (_, index) => ({ ...release(`r${index}`), content_text: 'Dačić: '.repeat(40) })),
  { next_url: '/feed-2.json' },
);
const pageTwo = jsonFeed([release('older')]);

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

function goodServer(change: (headers: Record<string, string>, request: IncomingMessage) => void = () => {}): Handler {
  return (request, response) => {
    const body = request.url === '/feed-2.json' ? pageTwo : goodFeed;
    const etag = `"${body.length}"`;
    const headers: Record<string, string> = {
      'content-type': 'application/feed+json; charset=utf-8',
      'cache-control': 'max-age=300',
      etag,
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag',
    };
    change(headers, request);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-origin': headers['access-control-allow-origin'] ?? '',
        'access-control-allow-headers': headers['access-control-allow-headers'] ?? 'If-None-Match, If-Modified-Since',
      });
      response.end();
    } else if (request.headers['if-none-match'] === etag && !headers['x-ignore-validators']) {
      response.writeHead(304, headers);
      response.end();
    } else {
      const gzip = /gzip/.test(String(request.headers['accept-encoding'])) && !headers['x-no-compression'];
      response.writeHead(Number(headers['x-status'] ?? 200), {
        ...headers,
        ...(gzip && { 'content-encoding': 'gzip' }),
      });
      response.end(gzip ? gzipSync(body) : body);
    }
  };
}

async function validateServed(handler: Handler, path = '/feed.json', ...args: string[]) {
  const server = await serve(handler);
  try {
    return await validate(`${server.origin}${path}`, '--origin', 'https://partner.example', ...args);
  } finally {
    await server.close();
  }
}

describe('press-widgets validate: the server', () => {
  it('passes a server that gets it all right, page by page, even with --strict', async () => {
    const { code, report } = await validateServed(goodServer(), '/feed.json', '--strict');
    expect(lines(report)).to.deep.equal([]);
    expect(code).to.equal(0);
    expect(report.documents.map(({ page, releases }) => [page, releases])).to.deep.equal([
      [undefined, 20],
      [2, 1],
    ]);
  });

  it('says what a server that gets it all wrong must change', async () => {
    const { code, report } = await validateServed(
      goodServer((headers) => {
        headers['content-type'] = 'text/html; charset=iso-8859-1';
        delete headers['cache-control'];
        delete headers.etag;
        delete headers['access-control-allow-origin'];
        headers['x-no-compression'] = 'yes';
      }),
    );
    expect(code).to.equal(1);
    expect(lines(report)).to.deep.equal([
      "warning Content-Type: is text/html, not a feed's type (fall back) They read the feed anyway, by its content; feed readers and proxies may not. Fix: Send Content-Type: application/feed+json; charset=utf-8.",
      `error Content-Type: says charset=iso-8859-1, but the feed is UTF-8 They decode it as iso-8859-1: "Dačić" shows as "${new TextDecoder('iso-8859-1').decode(Buffer.from('Dačić'))}". Fix: Send charset=utf-8.`,
      'error Access-Control-Allow-Origin: is missing, so pages on https://partner.example cannot read the feed (refuse) On https://partner.example the browser keeps the feed from them: they show their error message instead of the releases. Fix: Send Access-Control-Allow-Origin: * (a public feed), or https://partner.example together with Vary: Origin.',
      'warning ETag: and Last-Modified are both missing (fall back) They download the whole feed on every visit instead of asking whether it has changed. Fix: Send an ETag (static file servers do) or Last-Modified, and answer 304 Not Modified when they match.',
      'warning Cache-Control: is missing, so browsers and caches guess how long to keep the feed Fix: Send Cache-Control: max-age=300 (five minutes), or no-cache to have every visit ask first.',
      `warning Content-Encoding: is missing: the feed travels uncompressed, ${kilobytes(Buffer.byteLength(goodFeed))} where gzip would send ${kilobytes(gzipSync(goodFeed).length)} Fix: Turn on gzip or Brotli for text/html (nginx: gzip_types; Apache: AddOutputFilterByType DEFLATE).`,
      // The next page is read too, and its CORS answer is just as missing.
      'error Access-Control-Allow-Origin: is missing, so pages on https://partner.example cannot read the feed (refuse) On https://partner.example the browser keeps the feed from them: they show their error message instead of the releases. Fix: Send Access-Control-Allow-Origin: * (a public feed), or https://partner.example together with Vary: Origin.',
    ]);
  });

  it('finds validators the server ignores, one site allowed without Vary and long caching', async () => {
    const { report } = await validateServed(
      goodServer((headers) => {
        headers['access-control-allow-origin'] = 'https://partner.example';
        headers['access-control-allow-headers'] = 'Content-Type';
        headers['cache-control'] = 'public, max-age=604800';
        headers['x-ignore-validators'] = 'yes';
      }),
    );
    expect(lines(report).map((line) => line.replace(/ \(.*$| They.*$| A cache.*$/, ''))).to.deep.equal([
      'warning Vary: does not name Origin, though Access-Control-Allow-Origin names one site',
      'warning If-None-Match: is not heeded: asked with the ETag it just sent, the server answered 200, not 304 Not Modified',
      'warning Cache-Control: lets browsers and caches keep the feed 7 days without asking: a new release can take that long to show Fix: Send max-age=300 or less; with an ETag, asking again costs a 304 and no body.',
    ]);
  });

  it('says that it checked for the feed’s own site only, when not given --origin and the feed is not open to all', async () => {
    const server = await serve(goodServer((headers) => delete headers['access-control-allow-origin']));
    try {
      const { code, report } = await validate(`${server.origin}/feed.json`);
      expect(code).to.equal(0);
      expect(report.documents[0]!.note).to.equal(
        `Checked for pages on ${server.origin} only: for widgets on another site, add --origin https://that.example (CORS).`,
      );
      expect(report.documents[1]!.note).to.equal(undefined);
      const open = await validate(`${server.origin}/feed.json`, '--origin', 'https://partner.example');
      expect(open.report.documents[0]!.note).to.equal(undefined);
    } finally {
      await server.close();
    }
  });

  it('refuses an address that answers 404, a feed over 5 MB, and a server that cannot be reached', async () => {
    const notFound = await validateServed(goodServer((headers) => (headers['x-status'] = '404')));
    expect(lines(notFound.report)).to.deep.equal([
      'error HTTP status: the server answered 404 Not Found (refuse) They show their error message instead of the releases. Fix: Serve the feed at this address with 200 OK.',
    ]);
    const huge = jsonFeed([{ ...release('huge'), content_text: 'x'.repeat(5.5 * 1024 * 1024) }]);
    const tooLarge = await validateServed((_request, response) => response.end(huge));
    expect(lines(tooLarge.report)[0]).to.equal(
      'error size: is over 5.0 MB, the most the widgets read (refuse) They show their error message instead of the releases. Fix: Split the feed into pages linked by next_url (press-widgets build --page-size).',
    );
    const closed = await serve(() => {});
    await closed.close();
    const unreachable = await validate(`${closed.origin}/feed.json`);
    expect(unreachable.code).to.equal(1);
    expect(lines(unreachable.report)[0]).to.match(
      /^error request: could not be reached \(.*ECONNREFUSED.*\) \(refuse\)/,
    );
  });

  it('finds a next page that is missing, and pages that go round in a loop', async () => {
    const missing = await validateServed(
      goodServer((headers, request) => {
        if (request.url === '/feed-2.json') headers['x-status'] = '404';
      }),
    );
    expect(
      missing.report.problems.map(({ source, path }) => [source.replace(/^http:\/\/[^/]+/, ''), path]),
    ).to.deep.equal([['/feed-2.json', 'HTTP status']]);
    const loop = await validateServed((request, response) => {
      response.writeHead(200, {
        'content-type': 'application/feed+json',
        'access-control-allow-origin': '*',
        'cache-control': 'no-cache',
        'last-modified': 'Mon, 14 Oct 2024 08:30:00 GMT',
        'access-control-allow-headers': '*',
      });
      response.end(
        jsonFeed([release(String(request.url))], {
          next_url: request.url === '/feed.json' ? '/feed-2.json' : '/feed.json',
        }),
      );
    });
    expect(lines(loop.report).map((line) => line.replace(/http:\/\/[^/]+/, ''))).to.include(
      'error $.next_url: leads back to page 1 (/feed.json): the pages go round in a loop (drop) They stop at a page they have shown already, so no release after it shows.',
    );
  });
});
