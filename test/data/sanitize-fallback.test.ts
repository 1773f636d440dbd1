import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse-feed.js';
import { ensureSanitizer, isSanitizerReady, sanitizeHtml } from '../../src/data/sanitize.js';

// Runs in a page of its own, so DOMPurify is not loaded yet when it starts.
describe('before DOMPurify is loaded', () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'HTML feed',
    items: [
      {
        id: '1',
        title: 'One',
        date_published: '2026-10-14T10:30:00+02:00',
        content_html: '<p>First <b>paragraph</b><img src=x onerror="window.__xss=1"></p><p>Second</p>',
      },
    ],
  };

  // One story in one test: once DOMPurify has loaded, nothing can unload it from the page.
  it('keeps HTML as plain text, and says so, until ensureSanitizer has loaded DOMPurify', async () => {
    expect(isSanitizerReady('dompurify')).to.equal(false);
    const before = parseFeed(feed, { sanitizer: 'dompurify' });
    expect(before.items[0].contentHtml).to.equal(undefined);
    expect(before.items[0].contentText).to.equal('First paragraph\n\nSecond');
    expect(before.warnings.join()).to.contain('no HTML sanitizer was ready');
    expect(
      () => sanitizeHtml('<p>x</p>', undefined, { engine: 'dompurify' }),
      'a forced engine that is not loaded is a programming error',
    ).to.throw(/ensureSanitizer/);

    await ensureSanitizer({ engine: 'dompurify' });
    const after = parseFeed(feed, { sanitizer: 'dompurify' });
    expect(after.items[0].contentHtml).to.match(
      /^<p>First <b>paragraph<\/b><img src="[^"]+\/x" loading="lazy" decoding="async"><\/p><p>Second<\/p>$/,
    );
    expect(after.warnings).to.deep.equal([]);
  });
});
