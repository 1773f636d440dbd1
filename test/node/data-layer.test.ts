// The data layer in Node, through the package as an app imports it: the same model as in the browser
// from the same fixtures (test/fixtures/feeds/*.model.json, also read by test/data/feed-model.test.ts),
// HTML sanitized with the same allow-list (DOMPurify on jsdom), nothing of the XSS corpus left.
//   PRESS_WRITE_MODELS=1 npm test -- test/node   rewrites the expected models from this reading.
import { before, describe, it } from 'node:test';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { ensureSanitizer, loadFeed, parseFeed, sanitizeHtml, validateFeed } from '@sepca/press-widgets/data';
import { serverWindow } from '#server-window';
import { feedModel, fixtureUrl, modelFixtures } from '../helpers/feed-model.js';
import { forbiddenElements, xssCorpus } from '../fixtures/xss-corpus.js';

const fixture = (name: string) => readFile(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const modelFile = (name: string) => new URL(`../fixtures/feeds/${name}.model.json`, import.meta.url);

describe('the data layer in Node', () => {
  before(() => ensureSanitizer());

  for (const name of modelFixtures) {
    it(`reads ${name} into the same model as the browser`, async () => {
      const model = feedModel(parseFeed(await fixture(name), { url: fixtureUrl(name) }));
      if (process.env.PRESS_WRITE_MODELS) await writeFile(modelFile(name), `${JSON.stringify(model, null, 2)}\n`);
      expect(model).to.deep.equal(JSON.parse(await readFile(modelFile(name), 'utf8')));
    });
  }

  it('reads feed after feed, with HTML in them, and leaves nothing behind on the shared window', async () => {
    // jsdom keeps a document alive, and makes every later one slower to read, once it has run a selector:
    // each adds listeners to the window. `press-widgets build` reads thousands of releases this way.
    const window = serverWindow();
    const added: string[] = [];
    const { addEventListener } = window;
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      added.push(args[0]);
      addEventListener.apply(this, args);
    };
    try {
      for (const name of ['rss-2.0.xml', 'atom-1.0.xml', 'json-feed-1.1.json', 'messy.json'])
        parseFeed(await fixture(name), { url: fixtureUrl(name) });
      // Broken XML is known by its parser error, found without a selector too.
      expect(() => parseFeed('<rss><channel><title>Broken</title>')).to.throw(/broken XML/);
    } finally {
      window.addEventListener = addEventListener;
    }
    expect(added).to.deep.equal([]);
  });

  it('decodes character references and keeps markup in plain-text fields as text', () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Caf&eacute; &amp; b&auml;r',
      items: [{ id: '1', title: 'Ivica Da&#269;i&#x107; &lt;b&gt; &nbsp;', content_text: 'x' }],
    });
    expect(feed.title).to.equal('Café & bär');
    expect(feed.items[0].title).to.equal('Ivica Dačić <b>');
  });

  it(`leaves nothing dangerous in the ${xssCorpus.length} patterns of the XSS corpus`, () => {
    const { document } = new JSDOM('').window;
    const findings = xssCorpus.flatMap(({ name, html }) => {
      const template = document.createElement('template');
      template.innerHTML = sanitizeHtml(html, 'https://gov.example.org/');
      return [...template.content.querySelectorAll('*')].flatMap((element) => [
        ...(forbiddenElements.includes(element.localName) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml'
          ? [`${name}: <${element.localName}>`]
          : []),
        ...[...element.attributes]
          .filter(
            ({ name: attribute, value }) =>
              /^on|^(style|srcdoc|formaction|action|id|name|srcset|xlink:href)$/i.test(attribute) ||
              (/^(href|src|cite)$/.test(attribute) &&
                !/^(https?|mailto|tel):/.test(new URL(value, 'https://gov.example.org/').protocol)),
          )
          .map(({ name: attribute }) => `${name}: ${element.localName}[${attribute}]`),
      ]);
    });
    expect(findings).to.deep.equal([]);
  });

  it('loads a feed over HTTP once per URL, with the same model as parsing its text', async () => {
    const text = await fixture('rss-2.0.xml');
    let requests = 0;
    const server = createServer((_request, response) => {
      requests += 1;
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' });
      response.end(text);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss.xml`;
      const [first, second] = await Promise.all([loadFeed(url), loadFeed(url)]);
      expect(first).to.equal(second);
      expect(requests).to.equal(1);
      expect(feedModel(first)).to.deep.equal(feedModel(parseFeed(text, { url })));
    } finally {
      server.close();
    }
  });

  it('loads a UTF-16 feed by its byte order mark, as the browser does', async () => {
    const text = await fixture('rss-joomla.xml');
    const server = createServer((_request, response) => {
      // Joomla's declaration says utf-8; the bytes are UTF-16LE with a byte order mark, which outranks it.
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/utf-16.xml`;
      expect(feedModel(await loadFeed(url))).to.deep.equal(feedModel(parseFeed(text, { url })));
    } finally {
      server.close();
    }
  });

  it('validates a feed as in the browser', async () => {
    const sample = await readFile(new URL('../../demo/feeds/sample.json', import.meta.url), 'utf8');
    expect(validateFeed(sample)).to.deep.equal({ valid: true, problems: [] });
    expect(validateFeed(await fixture('messy.json')).problems.length).to.be.greaterThan(3);
  });
});
