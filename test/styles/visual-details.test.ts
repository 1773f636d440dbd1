import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render as renderFeed, now } from '../helpers/press-feed.js';
import { render as renderQuote } from '../helpers/press-quote.js';
import { all, one } from '../helpers/shadow.js';

// What a web team would send back if it looked wrong, read from what the browser lays out.
const mixed = '/test/fixtures/press-feed/mixed.json';
const sample = '/demo/feeds/sample.json';
const after = (element: Element) => getComputedStyle(element, '::after');

describe('visual details', () => {
  it('the metadata line: one even separator, which ends a part and never starts a wrapped line', async () => {
    const el = await renderFeed(html`<press-feed src=${mixed} dates="both" .now=${now}></press-feed>`);
    const meta = all(el, '.item:first-child .meta > *');
    expect(meta.length).to.be.greaterThan(1);
    for (const part of meta.slice(0, -1)) {
      expect(after(part).content).to.equal('"·" / ""');
      // The gap after the separator is the space before it: even on both sides.
      expect(after(part).marginInlineStart).to.equal(getComputedStyle(one(el, '.meta')).columnGap);
    }
    expect(after(meta.at(-1)!).content).to.equal('none');
    for (const part of meta) expect(getComputedStyle(part, '::before').content).to.equal('none');
  });

  it('an expanded release keeps its paragraphs apart, and its disclosure is a link-like button', async () => {
    const el = await renderFeed(html`<press-feed src=${mixed} expand></press-feed>`);
    const toggle = one<HTMLButtonElement>(el, '.item:first-child button.toggle');
    await waitUntil(() => getComputedStyle(toggle).borderTopStyle === 'none', 'the toggle is drawn as a box');
    expect(getComputedStyle(toggle).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(toggle).textDecorationLine).to.equal('underline');
    toggle.click();
    await el.updateComplete;
    const [first] = all(el, '[part=content] p');
    expect(parseFloat(getComputedStyle(first).marginBottom)).to.be.greaterThan(0);
  });

  it('the rotator’s controls sit at the card’s start edge', async () => {
    const host = await fixture<HTMLElement>(
      html`<div style="width: 600px"><press-quote src=${sample} pick="all" rotate="60"></press-quote></div>`,
    );
    const quote = host.querySelector('press-quote')!;
    await waitUntil(() => quote.shadowRoot?.querySelector('[part=controls] button'), 'no rotator');
    const first = one(quote, '[part=controls] button').getBoundingClientRect();
    const card = one(quote, '.quote').getBoundingClientRect();
    expect(Math.abs(first.left - card.left)).to.be.below(1);
  });

  it('a compact quote offers copying with a quiet, link-like button', async () => {
    const el = await renderQuote(html`<press-quote src=${sample} variant="compact"></press-quote>`);
    const copy = one(el, '[part=copy-button]');
    expect(getComputedStyle(copy).borderTopStyle).to.equal('none');
    expect(getComputedStyle(copy).textDecorationLine).to.equal('underline');
    expect(copy.getBoundingClientRect().height).to.be.at.least(24);
  });
});
