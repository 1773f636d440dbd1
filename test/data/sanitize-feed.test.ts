import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse-feed.js';
import { ensureSanitizer } from '../../src/data/sanitize.js';
import { sanitizeFeed } from '../../src/data/sanitize-feed.js';
import type { Feed } from '../../src/data/types.js';
import '../../src/components/press-feed/press-feed.define.js';
import '../../src/components/press-quote/press-quote.define.js';

declare global {
  interface Window {
    inlineFeedExecuted?: boolean;
  }
}

// An app hands the widgets an object it built itself: nothing of it went through parseFeed.
const hostileFeed = (): Feed => ({
  title: 'Built by an app',
  warnings: [],
  contact: { topics: [], fields: [], privacyUrl: 'javascript:window.inlineFeedExecuted=true' },
  items: [
    {
      id: 'x',
      title: 'A release <img src=x onerror="window.inlineFeedExecuted=true">',
      url: 'javascript:window.inlineFeedExecuted=true',
      contentHtml:
        '<p>Text</p><img src="x" onerror="window.inlineFeedExecuted=true"><script>window.inlineFeedExecuted=true</script>',
      image: { url: 'javascript:alert(1)', alt: 'x' },
      published: new Date('2026-11-20T10:00:00Z'),
      tags: [],
      authors: [{ name: 'Press office', url: 'mailto:press@example.org' }],
      quotes: [
        {
          text: 'Words.',
          speaker: 'Ana Anić',
          releaseId: 'x',
          releaseUrl: 'javascript:window.inlineFeedExecuted=true',
        },
      ],
    },
  ],
});

describe('sanitizeFeed', () => {
  it('sanitizes the HTML and drops links and images with other schemes than the allow-list', () => {
    const safe = sanitizeFeed(hostileFeed());
    const [release] = safe.items;
    const image = new URL('x', location.href).href;
    expect(release.contentHtml).to.equal(`<p>Text</p><img src="${image}" loading="lazy" decoding="async">`);
    expect(release.url).to.equal(undefined);
    expect(release.image).to.equal(undefined);
    expect(release.quotes[0].releaseUrl).to.equal(undefined);
    expect(release.authors[0].url, 'mailto: is fine for a person').to.equal('mailto:press@example.org');
    expect(safe.contact!.privacyUrl).to.equal(undefined);
    expect(release.title, 'plain text stays text').to.include('<img');
  });

  it('keeps a feed that is already safe as it was', () => {
    const feed: Feed = {
      title: 'T',
      warnings: [],
      items: [
        {
          id: 'a',
          title: 'A',
          url: 'https://example.org/a',
          contentHtml: '<p>Hi <a href="https://example.org/">there</a></p>',
          tags: ['t'],
          authors: [],
          quotes: [],
        },
      ],
    };
    const [release] = sanitizeFeed(feed).items;
    expect(release.url).to.equal('https://example.org/a');
    expect(release.contentHtml).to.equal(
      '<p>Hi <a href="https://example.org/" rel="noopener noreferrer">there</a></p>',
    );
  });

  it('gives a release from plain JavaScript the lists it left out, and reads dates written as text', () => {
    // What an app without types may hand over: no lists, dates as text or time stamps, some no date at all.
    const written = {
      title: 'T',
      items: [
        { id: 'a', title: 'A', published: '2026-03-01T10:00:00+01:00', modified: '31 February 2026' },
        { id: 'b', title: 'B', quotes: [{ text: 'Q.', speaker: 'S', releaseId: 'b', published: 'Sun, 1 Mar 2026' }] },
        { id: 'c', title: 'C', published: Date.UTC(2026, 2, 1), modified: new Date('') },
      ],
    } as unknown as Feed;
    const [a, b, c] = sanitizeFeed(written).items;
    expect([a.tags, a.authors, a.quotes]).to.deep.equal([[], [], []]);
    expect(a.published?.toISOString()).to.equal('2026-03-01T09:00:00.000Z');
    expect(a.modified, 'a day that does not exist').to.equal(undefined);
    expect(b.quotes[0].published?.toISOString()).to.equal('2026-03-01T00:00:00.000Z');
    expect(c.published?.toISOString(), 'a time stamp').to.equal('2026-03-01T00:00:00.000Z');
    expect(c.modified, 'an Invalid Date').to.equal(undefined);
  });

  it('passes the releases parseFeed made through as they are, frozen so they stay safe', async () => {
    await ensureSanitizer();
    const parsed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Parsed',
      items: [
        {
          id: 'a',
          title: 'A',
          content_html: '<p>Hi</p>',
          _press: { quotes: [{ text: 'Words.', speaker: 'Ana Anić' }] },
        },
      ],
    });
    const [release] = parsed.items;
    expect(sanitizeFeed(parsed).items[0]).to.equal(release);
    expect(() =>
      Object.assign(release, { contentHtml: '<img src=x onerror="window.inlineFeedExecuted=true">' }),
    ).to.throw(TypeError);
    expect(() => Object.assign(release.quotes[0], { releaseUrl: 'javascript:alert(1)' })).to.throw(TypeError);
    expect(release.contentHtml).to.equal('<p>Hi</p>');

    // A copy is the app's own object: it is sanitized like any other.
    const copy = { ...release, contentHtml: '<p>Hi</p><img src=x onerror="window.inlineFeedExecuted=true">' };
    const [sanitizedCopy] = sanitizeFeed({ ...parsed, items: [copy] }).items;
    expect(sanitizedCopy).not.to.equal(copy);
    expect(sanitizedCopy.contentHtml).not.to.include('onerror');
  });

  it('is applied to a .feed given to the widgets: nothing in it runs', async () => {
    window.inlineFeedExecuted = false;
    const feedElement = await fixture<HTMLElement & { feed?: Feed; updateComplete: Promise<unknown> }>(
      html`<press-feed expand .feed=${hostileFeed()}></press-feed>`,
    );
    // `expand` is code the feed loads when asked for it.
    await waitUntil(() => feedElement.shadowRoot!.querySelector('button.toggle'), 'no disclosure appeared', {
      timeout: 5000,
    });
    const toggle = feedElement.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    toggle.click();
    await feedElement.updateComplete;
    const content = feedElement.shadowRoot!.querySelector('[part=content]')!;
    expect(content.innerHTML).to.include('Text');
    expect(content.querySelector('[onerror], script')).to.equal(null);
    for (const link of feedElement.shadowRoot!.querySelectorAll('a')) expect(link.href).not.to.match(/^javascript:/);

    const quote = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<press-quote .feed=${hostileFeed()}></press-quote>`,
    );
    // A quote loads its feed code on first use, as it does for `src`.
    await waitUntil(() => quote.shadowRoot!.querySelector('blockquote'), 'the quote never showed');
    expect(quote.shadowRoot!.querySelector('blockquote')!.getAttribute('cite')).to.equal(null);
    for (const link of quote.shadowRoot!.querySelectorAll('a')) expect(link.href).not.to.match(/^javascript:/);

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.inlineFeedExecuted).to.equal(false);
  });
});
