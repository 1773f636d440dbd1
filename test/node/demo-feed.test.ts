// The demo's feeds are built by the tool from Markdown (npm run demo-feed) and committed, because the tests
// and CI read them without building them: demo/feeds/sample.json from the two real releases in
// demo/releases, demo/feeds/synthetic.json from the made-up ones scripts/demo-sample.mjs writes into
// demo/synthetic. These fail when a feed and what it is made from differ: run `npm run demo-feed`.
// The made-up releases must say everywhere that they are samples, and give the demo page what the two
// real ones cannot: pictures, more than one page of releases, and quotes for the rotator.
import { describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { access, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { filterReleases, mergeFeeds, parseFeed, type Feed } from '@sepca/press-widgets/data';
import { pressWidgets, root } from '../helpers/cli.js';

const feeds = [
  { name: 'sample', releases: 'demo/releases', config: 'demo/press.config.json' },
  { name: 'synthetic', releases: 'demo/synthetic/releases', config: 'demo/synthetic/press.config.json' },
];

// Where the demo serves its feeds: demo/ is the site's root (scripts/serve-demo.mjs).
const site = 'http://demo.example/';
const readFeed = async (path: string): Promise<Feed> =>
  parseFeed(await readFile(join(root, 'demo', path), 'utf8'), { url: new URL(path, site).href });

describe('the demo feeds', () => {
  for (const { name, releases, config } of feeds)
    it(`demo/feeds/${name}.json and .xml are what press-widgets build makes of ${releases} now`, async () => {
      const out = await mkdtemp(join(tmpdir(), 'press-demo-feed-'));
      const run = await pressWidgets(['build', releases, '--config', config, '--out', out, '--name', name]);
      expect(run.code, run.stderr).to.equal(0);
      for (const file of [`${name}.json`, `${name}.xml`])
        expect(await readFile(join(out, file), 'utf8'), `demo/feeds/${file}: run npm run demo-feed`).to.equal(
          await readFile(join(root, 'demo/feeds', file), 'utf8'),
        );
    });

  it('demo/synthetic holds what scripts/demo-sample.mjs writes, and nothing else', async () => {
    const out = await mkdtemp(join(tmpdir(), 'press-demo-sample-'));
    await promisify(execFile)(process.execPath, [join(root, 'scripts/demo-sample.mjs'), out]);
    for (const folder of ['releases', 'images']) {
      const written = (await readdir(join(out, folder))).sort();
      expect((await readdir(join(root, 'demo/synthetic', folder))).sort()).to.deep.equal(written);
      for (const name of written)
        expect(
          await readFile(join(root, 'demo/synthetic', folder, name), 'utf8'),
          `demo/synthetic/${folder}/${name}: run npm run demo-feed`,
        ).to.equal(await readFile(join(out, folder, name), 'utf8'));
    }
  });
});

describe('the synthetic sample releases', () => {
  it('say they are samples: the feed, and every title, summary, text, source, topic, quote and picture', async () => {
    const raw = JSON.parse(await readFile(join(root, 'demo/feeds/synthetic.json'), 'utf8'));
    expect(raw._press.sample).to.equal(true);
    const feed = await readFeed('feeds/synthetic.json');
    expect(feed.title).to.match(/synthetic sample/);
    expect(feed.organisation?.name).to.match(/\(synthetic\)$/);
    expect(feed.items.length).to.be.at.least(24);
    const texts = new Map<string, string>(
      raw.items.map((item: Record<string, string>) => [item.id, item.content_html]),
    );
    for (const release of feed.items) {
      expect(release.title, release.id).to.match(/^Sample release \d\d: /);
      expect(release.summary, release.id).to.match(/^Synthetic sample for the demo, no real event\./);
      expect(texts.get(release.id), release.id).to.match(/^<p><em>This is a synthetic sample release/);
      expect(release.source, release.id).to.match(/^Synthetic sample data/);
      expect(release.tags, release.id).to.include('sample');
      expect(release.image?.alt, release.id).to.match(/^Sample illustration: /);
      expect(release.quotes, release.id).to.not.be.empty;
      for (const quote of release.quotes) expect(quote.organisation, release.id).to.match(/\(synthetic\)$/);
      const picture = await readFile(join(root, 'demo', new URL(release.image!.url).pathname), 'utf8');
      expect(picture, release.image!.url).to.include('SAMPLE IMAGE');
    }
  });

  it('leave the two real releases as they are: their own feed, their own ids, no “Sample” in their titles', async () => {
    const real = await readFeed('feeds/sample.json');
    const synthetic = await readFeed('feeds/synthetic.json');
    expect(real.items.map(({ id }) => id)).to.deep.equal([
      'mup-sepca-priorities',
      'mup-twinning-illegal-migration-cyber-crime',
    ]);
    expect(real.items.map(({ title }) => title).filter((title) => /sample/i.test(title))).to.deep.equal([]);
    expect(synthetic.items.every(({ id }) => id.startsWith('sample-'))).to.equal(true);
  });
});

describe('the demo page', () => {
  const page = async () => new JSDOM(await readFile(join(root, 'demo/index.html'), 'utf8')).window.document;
  const releasesOf = async (element: Element) =>
    mergeFeeds(await Promise.all(element.getAttribute('src')!.split(/\s+/).map(readFeed)));

  it('has feeds with pictures and more releases than a page shows', async () => {
    const feedElements = [...(await page()).querySelectorAll('press-feed')];
    expect(feedElements).to.have.length.of.at.least(1);
    for (const element of feedElements) {
      const tags = element.getAttribute('tags')?.split(/[\s,]+/);
      const releases = filterReleases(await releasesOf(element), { tags });
      const limit = Number(element.getAttribute('limit') ?? 10);
      expect(releases.length, element.outerHTML).to.be.greaterThan(limit);
      if (!element.hasAttribute('show-images')) continue;
      const pictures = releases.filter(({ image }) => image?.alt);
      expect(pictures.length, element.outerHTML).to.be.at.least(limit);
      for (const { image } of pictures) await access(join(root, 'demo', new URL(image!.url).pathname));
    }
  });

  it('rotates several quotes, of several speakers', async () => {
    const rotator = (await page()).querySelector('press-quote[pick="all"][rotate]');
    expect(rotator).to.not.equal(null);
    const quotes = (await releasesOf(rotator!)).flatMap((release) => release.quotes);
    expect(quotes.length).to.be.at.least(10);
    expect(new Set(quotes.map(({ speaker }) => speaker)).size).to.be.at.least(5);
  });
});
