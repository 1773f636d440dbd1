// A page on one site reading a feed, and posting a message, on another: with CORS the widgets work as on
// their own site; without it the site's team learns why (a `cors` error and a console message naming the
// address), and a visitor reads only that the news could not be loaded.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { fetchFeedText } from '../../src/data/fetch-feed.js';
import { FeedError } from '../../src/data/feed-error.js';
import { resetFeedStore } from '../../src/data/feed-store.js';
import { SendError, sendMessage } from '../../src/form/send-message.js';
import '../../src/components/press-feed/press-feed.define.js';
import '../../src/components/press-contact-form/press-contact-form.define.js';
import type { PressFeed } from '../../src/components/press-feed/press-feed.js';
import type { PressContactForm } from '../../src/components/press-contact-form/press-contact-form.js';
import { text } from '../helpers/shadow.js';

// The test server under its other name: the same files, another origin.
const otherOrigin = () => {
  const url = new URL(location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
};
const feedAt = (policy: string) => `${otherOrigin()}/api/cross-origin/${policy}/feed.json?${Math.random()}`;
const endpointAt = (policy: string) => `${otherOrigin()}/api/cross-origin/${policy}/contact`;

/** Calls `run` with console.error recorded. */
async function consoleErrors<T>(run: () => Promise<T>): Promise<[T | unknown, string[]]> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.join(' '));
  try {
    return [await run().catch((error: unknown) => error), logged];
  } finally {
    console.error = original;
  }
}

describe('a feed and a contact endpoint on another origin', () => {
  beforeEach(() => resetFeedStore());

  it('reads a feed whose server allows the page’s origin', async () => {
    const result = await fetchFeedText(feedAt('allowed'));
    expect(result.status).to.equal(200);
    expect(result.status === 200 && JSON.parse(result.text).items.length).to.be.greaterThan(0);
  });

  it('revalidates a feed from another origin without asking for a preflight its server may not answer', async () => {
    const url = feedAt('allowed');
    const first = await fetchFeedText(url);
    // A copy held from an earlier visit: its validators stay home, so no preflight is needed.
    const again = await fetchFeedText(url, { etag: '"v1"', lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT' });
    expect([first.status, again.status]).to.deep.equal([200, 200]);
  });

  it('tells a refused CORS request from a server that cannot be reached, and says why in the console', async () => {
    const url = feedAt('refused');
    const [error, logged] = await consoleErrors(() => fetchFeedText(url));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('cors');
    expect(logged).to.have.length(1);
    expect(logged[0]).to.include(url).and.include('Access-Control-Allow-Origin').and.include(location.origin);

    // Nothing listens on port 9: the request fails before any server answers.
    const [unreachable, quiet] = await consoleErrors(() =>
      fetchFeedText(`${otherOrigin().replace(/:\d+$/, '')}:9/feed.json`),
    );
    expect((unreachable as FeedError).code).to.equal('network');
    expect(quiet).to.deep.equal([]);
  });

  it('shows a visitor a plain message, and the site a press-error with the cors code', async () => {
    const url = feedAt('refused');
    const [, logged] = await consoleErrors(async () => {
      const el = await fixture<PressFeed>(html`<press-feed></press-feed>`);
      const failed = oneEvent(el, 'press-error');
      el.src = url;
      const { detail } = await failed;
      expect(detail.error.code).to.equal('cors');
      await el.updateComplete;
      expect(text(el, '[part=error] p')).to.equal('The news could not be loaded. Please try again later.');
      await expect(el).to.be.accessible();
    });
    expect(logged.join('\n')).to.include(url);
  });

  it('posts a message to an endpoint whose preflight allows the page', async () => {
    const result = await sendMessage({
      endpoint: endpointAt('allowed'),
      payload: { name: 'Ana', message: 'Hello' },
      idempotencyKey: crypto.randomUUID(),
      headers: { 'X-Captcha-Token': 'token' },
    });
    expect(result.reference).to.equal('REF-CROSS');
  });

  it('does not retry an endpoint whose preflight refuses the page, and keeps the message in the form', async () => {
    const endpoint = endpointAt('refused');
    const [error, logged] = await consoleErrors(() =>
      sendMessage({ endpoint, payload: { message: 'Hello' }, idempotencyKey: crypto.randomUUID() }),
    );
    expect(error).to.be.instanceOf(SendError);
    expect((error as SendError).code).to.equal('cors');
    expect((error as SendError).retryable).to.equal(false);
    expect(logged.join('\n')).to.include(endpoint).and.include('preflight');

    await consoleErrors(async () => {
      const form = await fixture<PressContactForm>(
        html`<press-contact-form endpoint=${endpoint} .minFillTime=${0}></press-contact-form>`,
      );
      const root = form.shadowRoot!;
      const type = (selector: string, value: string) => {
        const field = root.querySelector<HTMLInputElement>(selector)!;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      type('[name=name]', 'Ana Anić');
      type('[name=email]', 'ana@example.org');
      type('[name=message]', 'A question about the release.');
      const failed = oneEvent(form, 'press-submit-error');
      await form.submit();
      const { detail } = await failed;
      expect(detail.error.code).to.equal('cors');
      await form.updateComplete;
      expect(text(form, '[part=failure]')).to.include('The connection to the server failed.');
      expect(root.querySelector<HTMLTextAreaElement>('[name=message]')!.value).to.equal(
        'A question about the release.',
      );
      await expect(form).to.be.accessible();
    });
  });
});
