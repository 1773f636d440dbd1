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

  it('shows releases that have only an id and a title, or dates written as text, and throws nothing', async () => {
    const feed = {
      title: 'Press',
      items: [
        { id: 'a', title: 'Only an id and a title' },
        {
          id: 'b',
          title: 'A date written as text',
          published: '2026-03-01T12:00:00Z',
          tags: ['sepca'],
          quotes: [{ text: 'Cooperation is better.', speaker: 'Ivica Dačić', published: '2026-03-02T12:00:00Z' }],
        },
      ],
    };
    const host = await fixture<HTMLElement>(html`<div lang="en">
      <press-feed .feed=${feed} show-search show-filters></press-feed>
      <press-quote .feed=${feed}></press-quote>
    </div>`);
    const [list, quote] = [...host.children] as HTMLElement[];
    await waitUntil(() => screenText(list).includes('Only an id and a title'), 'the feed showed no release');
    expect(screenText(list)).to.include('A date written as text');
    expect(screenText(list)).to.include('March 1, 2026');
    await waitUntil(() => screenText(quote).includes('Cooperation is better.'), 'the quote showed nothing');
    expect(screenText(quote)).to.include('Ivica Dačić');
    expect(screenText(quote)).to.include('March 2, 2026');
    expect(errors).to.deep.equal([]);
    await expect(host).to.be.accessible();
  });
});
