import { expect } from '@open-wc/testing';
import { filterReleases, sortReleases } from '../../src/data/filter-sort.js';
import { foldForSearch } from '../../src/data/fold.js';
import { toLatin } from '../../src/data/transliterate.js';
import { mergeFeeds } from '../../src/data/merge-feeds.js';
import type { Feed, PressRelease } from '../../src/data/types.js';

const release = (id: string, fields: Partial<PressRelease> = {}): PressRelease => ({
  id,
  title: id,
  tags: [],
  authors: [],
  quotes: [],
  ...fields,
});

const releases = [
  release('dacic-lat', {
    title: 'Ministar Dačić u poseti',
    tags: ['MUP', 'Saradnja'],
    category: 'Saopštenja',
    source: 'Kabinet',
    language: 'sr-Latn',
    published: new Date('2024-03-01T10:00:00Z'),
  }),
  release('dacic-cyr', {
    title: 'Министар Дачић у посети',
    tags: ['МУП'],
    category: 'Саопштења',
    language: 'sr-Cyrl',
    published: new Date('2024-03-03T10:00:00Z'),
  }),
  release('djordje', {
    title: 'Interview',
    contentText: 'Đorđe Đorđević spoke about traffic.',
    tags: ['saobraćaj'],
    language: 'en',
    published: new Date('2024-03-02T10:00:00Z'),
  }),
  release('html', {
    title: 'HTML body',
    contentHtml: '<p>Saradnja sa <a href="https://x.org/">Interpolom</a> &amp; Europolom</p>',
  }),
  release('quote', {
    title: 'Quote only',
    quotes: [{ text: 'Bezbednost je prioritet.', speaker: 'Ана Јовић', releaseId: 'quote' }],
    language: 'sr',
  }),
];

const ids = (items: PressRelease[]) => items.map((item) => item.id);

describe('filterReleases', () => {
  it('finds the same releases whatever the case, accents or Serbian script of the query', () => {
    for (const query of ['dacic', 'Dačić', 'DAČIĆ', 'Дачић', 'дачић']) {
      expect(ids(filterReleases(releases, { query })), query).to.deep.equal(['dacic-lat', 'dacic-cyr']);
    }
    for (const query of ['djordje', 'đorđe', 'Ђорђе', 'DJORDJEVIC']) {
      expect(ids(filterReleases(releases, { query })), query).to.deep.equal(['djordje']);
    }
  });

  it('needs every word of the query and searches quotes and speakers', () => {
    expect(ids(filterReleases(releases, { query: 'ministar poseti' }))).to.deep.equal(['dacic-lat', 'dacic-cyr']);
    expect(ids(filterReleases(releases, { query: 'ministar traffic' }))).to.deep.equal([]);
    expect(ids(filterReleases(releases, { query: 'ana jovic prioritet' }))).to.deep.equal(['quote']);
    expect(ids(filterReleases(releases, { query: 'interpolom & europolom' }))).to.deep.equal(['html']);
    expect(ids(filterReleases(releases, { query: 'href' }))).to.deep.equal([]);
  });

  it('filters by any or all tags, across scripts', () => {
    expect(ids(filterReleases(releases, { tags: ['mup', 'saobracaj'] }))).to.deep.equal([
      'dacic-lat',
      'dacic-cyr',
      'djordje',
    ]);
    expect(ids(filterReleases(releases, { tags: ['mup', 'saradnja'], tagMode: 'all' }))).to.deep.equal(['dacic-lat']);
  });

  it('filters by category, source and language; a language matches its regional and script variants', () => {
    expect(ids(filterReleases(releases, { category: 'saopstenja' }))).to.deep.equal(['dacic-lat', 'dacic-cyr']);
    expect(ids(filterReleases(releases, { source: 'KABINET' }))).to.deep.equal(['dacic-lat']);
    // 'html' names no language: it may be in any, so no language filter hides it.
    expect(ids(filterReleases(releases, { language: 'sr' }))).to.deep.equal([
      'dacic-lat',
      'dacic-cyr',
      'html',
      'quote',
    ]);
    expect(
      ids(filterReleases(releases, { language: 'sr-Cyrl' })),
      'a release that says only sr may be in either script',
    ).to.deep.equal(['dacic-cyr', 'html', 'quote']);
    expect(ids(filterReleases(releases, { language: 'sr-Latn-RS' }))).to.deep.equal(['dacic-lat', 'html', 'quote']);
    expect(ids(filterReleases(releases, { language: 'en' }))).to.deep.equal(['djordje', 'html']);
    expect(ids(filterReleases(releases, { language: 's' }))).to.deep.equal(['html']);
  });

  it('filters by date range, inclusive, leaving out undated releases', () => {
    const since = new Date('2024-03-02T10:00:00Z');
    expect(ids(filterReleases(releases, { since }))).to.deep.equal(['dacic-cyr', 'djordje']);
    expect(ids(filterReleases(releases, { until: since }))).to.deep.equal(['dacic-lat', 'djordje']);
  });

  it('returns a copy of everything for an empty filter', () => {
    const all = filterReleases(releases, {});
    expect(all).to.deep.equal(releases);
    expect(all).not.to.equal(releases);
  });
});

describe('foldForSearch', () => {
  it('is toLatin, NFD without marks, lower case and đ as dj, only faster', () => {
    const text = 'Ђорђе ЂОРЂЕВИЋ, Љиљана Њего Џон: Dačić, ŠĆŽ, naïve café, Йошкар 42!';
    const reference = toLatin(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('đ', 'dj');
    expect(foldForSearch(text)).to.equal(reference);
    expect(foldForSearch(text)).to.equal('djordje djordjevic, ljiljana njego dzon: dacic, scz, naive cafe, иoskar 42!');
  });
});

describe('sortReleases', () => {
  it('sorts by date either way, undated last, without touching the input', () => {
    expect(ids(sortReleases(releases, 'newest'))).to.deep.equal(['dacic-cyr', 'djordje', 'dacic-lat', 'html', 'quote']);
    expect(ids(sortReleases(releases, 'oldest'))).to.deep.equal(['dacic-lat', 'djordje', 'dacic-cyr', 'html', 'quote']);
    expect(ids(releases)).to.deep.equal(['dacic-lat', 'dacic-cyr', 'djordje', 'html', 'quote']);
  });
});

describe('mergeFeeds', () => {
  it('lists each release once across feeds, by id or by URL, the first feed winning', () => {
    const feed = (items: PressRelease[]): Feed => ({ title: 'f', items, warnings: [] });
    const merged = mergeFeeds([
      feed([release('a', { url: 'https://x.org/a' }), release('b')]),
      feed([release('a', { title: 'copy' }), release('other-id', { url: 'https://x.org/a' }), release('c')]),
    ]);
    expect(merged.map((item) => `${item.id}:${item.title}`)).to.deep.equal(['a:a', 'b:b', 'c:c']);
  });
});
