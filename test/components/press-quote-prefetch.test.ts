// The copy code is fetched when a visitor points at or moves into a quote, so that a click copies at
// once (some browsers let a page write to the clipboard only right after the click). Its own file, so
// that nothing has loaded that code before this test does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/components/press-quote/press-quote.define.js';
import type { PressQuote } from '../../src/components/press-quote/press-quote.js';

const fetched = (module: RegExp) =>
  performance.getEntriesByType('resource').some((entry) => module.test(new URL(entry.name).pathname));

describe('<press-quote>: the copy code', () => {
  after(() => resetMouse());

  it('is fetched when the pointer comes over the quote, not before', async () => {
    const el = await fixture<PressQuote>(
      html`<press-quote speaker="Ana Anić">Every road we repair keeps people safe.</press-quote>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched(/\/press-quote\/copy-text\.[jt]s$/), 'fetched before anyone came to the quote').to.equal(false);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
    await waitUntil(
      () => fetched(/\/press-quote\/copy-text\.[jt]s$/),
      'pointing at the quote did not fetch the copy code',
    );
  });
});
