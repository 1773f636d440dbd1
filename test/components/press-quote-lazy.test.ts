// Code that only some quotes use arrives when a quote uses it: copying on the click, transliteration
// with `script`, the feed code with `src`, the rotator with `rotate`. Its own file, in this order, so
// that nothing has loaded a feature's code before its test does.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/press-quote/press-quote.define.js';
import type { PressQuote } from '../../src/components/press-quote/press-quote.js';

const sample = '/demo/feeds/sample.json';
const fetched = (module: RegExp) =>
  performance.getEntriesByType('resource').some((entry) => module.test(new URL(entry.name).pathname));
const shadow = (el: PressQuote) => el.shadowRoot!;
const text = (el: PressQuote, selector: string) =>
  shadow(el).querySelector(selector)?.textContent!.replace(/\s+/g, ' ').trim();

describe('<press-quote>: code loaded when it is needed', () => {
  afterEach(() => delete (navigator.clipboard as unknown as Record<string, unknown>).writeText);

  it('copies although the copy code was not loaded before the click', async () => {
    const written: string[] = [];
    (navigator.clipboard as unknown as Record<string, unknown>).writeText = async (copy: string) =>
      void written.push(copy);
    const el = await fixture<PressQuote>(
      html`<press-quote speaker="Ana Anić">Every road we repair keeps people safe.</press-quote>`,
    );
    expect(fetched(/\/press-quote\/copy-text\.[jt]s$/), 'the copy code, before anyone copied').to.equal(false);
    const copied = oneEvent(el, 'press-quote-copy');
    shadow(el).querySelector<HTMLButtonElement>('[part=copy-button]')!.click();
    await copied;
    expect(written).to.deep.equal(['“Every road we repair keeps people safe.” — Ana Anić']);
    await el.updateComplete;
    expect(text(el, '[role=status]')).to.equal('The quote has been copied.');
  });

  it('transliterates once `script` is set after the first render, keeping the quote on screen meanwhile', async () => {
    const el = await fixture<PressQuote>(
      html`<press-quote speaker="Ивица Дачић" organisation="Влада Србије">Сарадња је боља.</press-quote>`,
    );
    expect(text(el, '[part=speaker]')).to.equal('Ивица Дачић');
    expect(fetched(/\/data\/script\.[jt]s$/), 'the script code, with no script').to.equal(false);
    const seen: string[] = [];
    const observer = new MutationObserver(() => shadow(el).querySelector('.skeleton') && seen.push('skeleton'));
    observer.observe(shadow(el), { childList: true, subtree: true });
    el.script = 'latin';
    await el.updateComplete;
    observer.disconnect();
    expect(seen, 'the quote never gave way to the skeleton').to.deep.equal([]);
    expect(text(el, '[part=speaker]')).to.equal('Ivica Dačić');
    expect(text(el, '[part=organisation]')).to.equal('Vlada Srbije');
    expect(shadow(el).querySelector('blockquote')!.getAttribute('lang')).to.equal('sr-Latn');
    expect(fetched(/\/data\/script\.[jt]s$/)).to.equal(true);
  });

  it('loads its feed when `src` is set after the first render', async () => {
    const el = await fixture<PressQuote>(html`<press-quote speaker="dacic"></press-quote>`);
    expect(text(el, '[part=message]')).to.equal('There is no quote to show.');
    expect(fetched(/\/controllers\/feed\.[jt]s$/), 'the feed code, with no feed').to.equal(false);
    const loaded = oneEvent(el, 'press-load');
    el.src = sample;
    await el.updateComplete;
    expect(shadow(el).querySelector('[aria-busy=true]'), 'the skeleton while the feed loads').to.exist;
    await loaded;
    await waitUntil(() => shadow(el).querySelector('figure'), 'no quote was shown', { timeout: 5000 });
    expect(text(el, '[part=speaker]')).to.equal('Ivica Dačić');
    expect(fetched(/\/controllers\/feed\.[jt]s$/)).to.equal(true);
  });

  it('becomes a rotator when `rotate` is set after the first render', async () => {
    const el = await fixture<PressQuote>(html`<press-quote src=${sample} pick="all"></press-quote>`);
    await waitUntil(() => shadow(el).querySelector('[part=list]'), 'no list was shown', { timeout: 5000 });
    expect(fetched(/\/press-quote\/press-quote\.rotator\.[jt]s$/), 'the rotator code, with no rotator').to.equal(false);
    el.rotate = 60;
    await el.updateComplete;
    expect(text(el, '[part=position]')).to.equal('Quote 1 of 8');
    expect(shadow(el).querySelectorAll('figure')).to.have.length(1);
    expect(shadow(el).querySelector('[part=list]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
