// A feature turned on after the first render (by a site's script or a framework) works as it does from
// the start, without the quote on screen giving way to a skeleton.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/press-quote/press-quote.define.js';
import type { PressQuote } from '../../src/components/press-quote/press-quote.js';
import { fresh } from '../helpers/fresh-url.js';
import { shadow, text } from '../helpers/shadow.js';

const sample = '/demo/feeds/sample.json';

describe('<press-quote>: a feature turned on after the first render', () => {
  it('transliterates once `script` is set, keeping the quote on screen', async () => {
    const el = await fixture<PressQuote>(
      html`<press-quote speaker="Ивица Дачић" organisation="Влада Србије">Сарадња је боља.</press-quote>`,
    );
    expect(text(el, '[part=speaker]')).to.equal('Ивица Дачић');
    const seen: string[] = [];
    const observer = new MutationObserver(() => shadow(el).querySelector('.skeleton') && seen.push('skeleton'));
    observer.observe(shadow(el), { childList: true, subtree: true });
    el.script = 'latin';
    // The transliteration travels with the data layer, which this page has not loaded yet.
    await waitUntil(() => text(el, '[part=speaker]') === 'Ivica Dačić', 'the quote was not transliterated');
    observer.disconnect();
    expect(seen, 'the quote never gave way to the skeleton').to.deep.equal([]);
    expect(text(el, '[part=organisation]')).to.equal('Vlada Srbije');
    expect(shadow(el).querySelector('blockquote')!.getAttribute('lang')).to.equal('sr-Latn');
  });

  it('loads its feed when `src` is set after the first render', async () => {
    const el = await fixture<PressQuote>(html`<press-quote speaker="dacic"></press-quote>`);
    expect(text(el, '[part=message]')).to.equal('There is no quote to show.');
    const loaded = oneEvent(el, 'press-load');
    // A URL no other test has loaded: the skeleton shows while this one loads.
    el.src = fresh(sample);
    await el.updateComplete;
    expect(shadow(el).querySelector('[aria-busy=true]'), 'the skeleton while the feed loads').to.exist;
    await loaded;
    await waitUntil(() => shadow(el).querySelector('figure'), 'no quote was shown', { timeout: 5000 });
    expect(text(el, '[part=speaker]')).to.equal('Ivica Dačić');
  });

  it('becomes a rotator when `rotate` is set after the first render', async () => {
    const el = await fixture<PressQuote>(html`<press-quote src=${sample} pick="all"></press-quote>`);
    await waitUntil(() => shadow(el).querySelector('[part=list]'), 'no list was shown', { timeout: 5000 });
    el.rotate = 60;
    await el.updateComplete;
    expect(text(el, '[part=position]')).to.equal('Quote 1 of 8');
    expect(shadow(el).querySelectorAll('figure')).to.have.length(1);
    expect(shadow(el).querySelector('[part=list]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
