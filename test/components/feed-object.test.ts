import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/press-feed/press-feed.define.js';
import '../../src/components/press-quote/press-quote.define.js';
import '../../src/components/press-contact-form/press-contact-form.define.js';
import { screenText } from '../helpers/shadow.js';

// An app in plain JavaScript can give `.feed` any object. One that is no feed shows as a feed with no
// releases, never as a blank box or an uncaught exception.
describe('a `.feed` that is not a feed', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  beforeEach(() => {
    errors.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  it('shows the widgets’ messages for no releases, and throws nothing', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en">
      <press-feed .feed=${{}}></press-feed>
      <press-quote .feed=${{}}></press-quote>
      <press-contact-form .feed=${{}} endpoint="/api/contact-test/feed-object/201"></press-contact-form>
    </div>`);
    const [feed, quote, form] = [...host.children] as HTMLElement[];
    await waitUntil(() => screenText(feed).includes('There are no press releases yet.'), 'the feed said nothing');
    await waitUntil(() => screenText(quote).includes('There is no quote to show.'), 'the quote said nothing');
    await waitUntil(() => form.shadowRoot?.querySelector('form'), 'the form never showed');
    expect(errors).to.deep.equal([]);
    await expect(host).to.be.accessible();
  });
});
