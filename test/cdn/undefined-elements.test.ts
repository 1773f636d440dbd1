import { expect } from '@open-wc/testing';
import { autoload } from '../../src/cdn/autoload.js';

// Before an element's code has arrived, the loader's stylesheet reserves its space and leaves the
// site's fallback content in view. The loader here runs in this window, so the elements in the frame
// stay undefined until the test defines them there.
async function openPage(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>html { font-size: 16px }</style></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('elements not defined yet', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('take their space as blocks and show the site’s fallback content until they are defined', async () => {
    frame = await openPage(`
      <press-feed><a href="/news">Read our press releases</a></press-feed>
      <press-quote>“A quote,” said Ana.</press-quote>
      <press-contact-form><a href="mailto:press@example.org">Write to us</a></press-contact-form>
      <press-quote hidden>Not shown</press-quote>`);
    const doc = frame.contentDocument!;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const [feed, quote, form, hidden] = [
      ...doc.querySelectorAll<HTMLElement>('press-feed, press-quote, press-contact-form'),
    ];
    expect(getComputedStyle(feed).display).to.equal('inline');

    autoload(doc);
    expect(win.customElements.get('press-feed')).to.equal(undefined);
    for (const [el, height] of [
      [feed, 10 * 7.6 * 16],
      [quote, 128],
      [form, 320],
    ] as const) {
      expect(getComputedStyle(el).display, el.localName).to.equal('block');
      expect(el.getBoundingClientRect().height, el.localName).to.be.closeTo(height, 0.5);
    }
    const link = feed.querySelector('a')!;
    expect(link.checkVisibility({ visibilityProperty: true, opacityProperty: true })).to.equal(true);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(quote.innerText).to.include('A quote');
    expect(hidden.getBoundingClientRect().height).to.equal(0);

    // Once defined the rule lets go: the element's own styles decide.
    win.customElements.define('press-feed', class extends win.HTMLElement {});
    expect(getComputedStyle(feed).display).to.equal('inline');
    expect(getComputedStyle(quote).display).to.equal('block');
  });

  it('reserve a feed’s page of releases: as many as its limit (at most 10), as tall as what it shows', async () => {
    frame = await openPage(`
      <press-feed limit="3"></press-feed>
      <press-feed limit="3" show-summary></press-feed>
      <press-feed limit="4" layout="compact"></press-feed>
      <press-feed limit="50"></press-feed>
      <press-feed limit="none"></press-feed>`);
    autoload(frame.contentDocument!);
    const heights = [...frame.contentDocument!.querySelectorAll('press-feed')].map(
      (feed) => feed.getBoundingClientRect().height,
    );
    const expected = [3 * 7.6 * 16, 3 * 9.4 * 16, 4 * 2.6 * 16, 10 * 7.6 * 16, 10 * 7.6 * 16];
    heights.forEach((height, i) => expect(height, `feed ${i + 1}`).to.be.closeTo(expected[i], 0.5));
  });

  it('yields to the site’s own rules for the same elements', async () => {
    frame = await openPage(
      '<style>press-quote:not(:defined) { min-height: 3rem }</style><press-quote>Text</press-quote>',
    );
    autoload(frame.contentDocument!);
    expect(frame.contentDocument!.querySelector('press-quote')!.getBoundingClientRect().height).to.equal(48);
  });

  it('is one constructable stylesheet, added once however often the loader runs', async () => {
    frame = await openPage('<press-feed></press-feed>');
    const doc = frame.contentDocument!;
    const pageSheets = doc.styleSheets.length;
    autoload(doc);
    autoload(doc);
    expect(doc.adoptedStyleSheets).to.have.length(1);
    expect(doc.styleSheets, 'no <style> element, which style-src would govern').to.have.length(pageSheets);
    expect(doc.adoptedStyleSheets[0].cssRules[0].cssText).to.include(
      'press-feed:not(:defined, [hidden], [server-rendered])',
    );
  });

  it('comes with the one-script-tag bundle', async () => {
    frame = await openPage(
      '<script type="module" src="/dist/cdn/press-widgets.js"></script><press-quote>Text</press-quote>',
    );
    const rules = frame.contentDocument!.adoptedStyleSheets.flatMap((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText),
    );
    expect(rules.join(' ')).to.include('press-contact-form:not(:defined, [hidden], [server-rendered])');
  });
});
