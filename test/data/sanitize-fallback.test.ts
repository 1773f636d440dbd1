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
        content_html: '<p>First <b>paragraph</b><img src=x onerror="window.__xss=1"></p><p>Second</p>',
      },
    ],
  };

  it('parseFeed keeps HTML as plain text only, and says so', () => {
    expect(isSanitizerReady('dompurify')).to.equal(false);
    const parsed = parseFeed(feed, { sanitizer: 'dompurify' });
    expect(parsed.items[0].contentHtml).to.equal(undefined);
    expect(parsed.items[0].contentText).to.equal('First paragraph\n\nSecond');
    expect(parsed.warnings.join()).to.contain('no HTML sanitizer was ready');
  });

  it('a forced engine that is not loaded is a programming error', () => {
    expect(() => sanitizeHtml('<p>x</p>', undefined, { engine: 'dompurify' })).to.throw(/ensureSanitizer/);
  });

  it('after ensureSanitizer, parseFeed returns sanitized HTML', async () => {
    await ensureSanitizer({ engine: 'dompurify' });
    const parsed = parseFeed(feed, { sanitizer: 'dompurify' });
    expect(parsed.items[0].contentHtml).to.match(
      /^<p>First <b>paragraph<\/b><img src="[^"]+\/x" loading="lazy" decoding="async"><\/p><p>Second<\/p>$/,
    );
    expect(parsed.warnings).to.deep.equal([]);
  });
});
