import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { render, type PressQuote } from '../helpers/press-quote.js';
import { all, focused, one, shadow, text, texts } from '../helpers/shadow.js';

const sample = '/demo/feeds/sample.json';

const position = (el: PressQuote) => text(el, '[part=position]');
const speaker = (el: PressQuote) => text(el, '[part=speaker]');
const slides = (el: PressQuote) => one(el, '.slides');
const buttons = (el: PressQuote) => all<HTMLButtonElement>(el, '[part=controls] button');
const names = (el: PressQuote) => texts(el, '[part=controls] button');

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

// Long enough for a 50 ms rotator to have moved several times had it not been paused.
const severalTurns = () => aTimeout(300);

/** Renders the template and waits until its <press-quote> shows the rotator's position. */
const rotator = (template: unknown) => render(template, { until: '[part=position]' });

describe('<press-quote> rotator', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows one quote at a time with pause, previous and next buttons, and moves on by itself without announcing', async () => {
    const el = await rotator(html`<press-quote src=${sample} pick="all" rotate="0.05"></press-quote>`);
    const region = one(el, '.rotator');
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Quotes');
    expect(names(el)).to.deep.equal(['Pause quotes', 'Previous quote', 'Next quote']);
    expect(shadow(el).querySelectorAll('figure')).to.have.length(1);
    expect(slides(el).getAttribute('aria-live')).to.equal('off');
    expect(slides(el).textContent).to.contain('Quote 1 of 8');
    for (const button of buttons(el).slice(1)) expect(button.getAttribute('aria-controls')).to.equal(slides(el).id);
    await expect(el).to.be.accessible();

    await waitUntil(() => position(el) === 'Quote 2 of 8', 'the rotator did not move on');
    expect(speaker(el)).to.equal('Ivica Dačić');
    await waitUntil(() => position(el) === 'Quote 3 of 8', 'the rotator did not move on');
    expect(speaker(el)).to.equal('Ahmed Naser Al-Raisi');
    expect(slides(el).getAttribute('aria-live')).to.equal('off');
  });

  it('takes the name the page gives it, and is a group, not a second landmark, in a container the page has labelled', async () => {
    const named = await rotator(
      html`<press-quote src=${sample} pick="all" rotate="60" label="Statements"></press-quote>`,
    );
    expect(one(named, '.rotator').getAttribute('role')).to.equal('region');
    expect(one(named, '.rotator').getAttribute('aria-label')).to.equal('Statements');

    const wrapper = await fixture(html`<section aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Quotes</h2>
      <press-quote src=${sample} pick="all" rotate="60"></press-quote>
    </section>`);
    const inside = wrapper.querySelector<PressQuote>('press-quote')!;
    await waitUntil(() => shadow(inside).querySelector('[part=position]'), 'the rotator never showed');
    expect(one(inside, '.rotator').getAttribute('role')).to.equal('group');
    await expect(wrapper).to.be.accessible();
  });

  it('stops on the pause button and starts again on play', async () => {
    const el = await rotator(html`<press-quote src=${sample} pick="all" rotate="0.05"></press-quote>`);
    buttons(el)[0].click();
    await el.updateComplete;
    const paused = position(el);
    expect(names(el)[0]).to.equal('Play quotes');
    expect(slides(el).getAttribute('aria-live')).to.equal('polite');
    await severalTurns();
    expect(position(el)).to.equal(paused);
    await expect(el).to.be.accessible();

    buttons(el)[0].click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Pause quotes');
    await waitUntil(() => position(el) !== paused, 'play did not start the rotator again');
  });

  it('holds still while the pointer is over it', async () => {
    const el = await rotator(html`<press-quote src=${sample} pick="all" rotate="0.05"></press-quote>`);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
    await el.updateComplete;
    const held = position(el);
    expect(slides(el).getAttribute('aria-live')).to.equal('polite');
    await severalTurns();
    expect(position(el)).to.equal(held);
    // Pausing on hover is not the visitor's "pause": the button still offers to pause.
    expect(names(el)[0]).to.equal('Pause quotes');

    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.bottom + 200)] });
    await waitUntil(() => position(el) !== held, 'the rotator did not go on after the pointer left');
  });

  it('is used by keyboard: Tab reaches the buttons, holds it still, and Enter and Space move it without moving focus', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Before</button>
      <press-quote src=${sample} pick="all" rotate="0.05"></press-quote>
    </div>`);
    const el = host.querySelector('press-quote')!;
    await waitUntil(() => position(el), 'the rotator never appeared', { timeout: 5000 });
    host.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttons(el)[0]);
    await el.updateComplete;
    const held = position(el)!;
    expect(slides(el).getAttribute('aria-live')).to.equal('polite');
    await severalTurns();
    expect(position(el)).to.equal(held);

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttons(el)[2]);
    const start = Number(/\d+/.exec(held)![0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(position(el)).to.equal(`Quote ${(start % 8) + 1} of 8`);
    // The change is announced because the visitor asked for it; focus stays on the button.
    expect(slides(el).getAttribute('aria-live')).to.equal('polite');
    expect(slides(el).textContent).to.contain(`Quote ${(start % 8) + 1} of 8`);
    expect(focused(el)).to.equal(buttons(el)[2]);

    await shiftTab();
    expect(focused(el)).to.equal(buttons(el)[1]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(position(el)).to.equal(`Quote ${((start + 6) % 8) + 1} of 8`);
    expect(focused(el)).to.equal(buttons(el)[1]);

    await shiftTab();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Play quotes');
    expect(focused(el)).to.equal(buttons(el)[0]);
    await expect(el).to.be.accessible();
  });

  it('keeps rotating after being moved to another place on the page', async () => {
    const el = await rotator(html`<press-quote src=${sample} pick="all" rotate="0.05"></press-quote>`);
    const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
    elsewhere.append(el);
    const now = position(el);
    await waitUntil(() => position(el) !== now, 'the moved rotator stood still');
  });

  it('wraps around at both ends', async () => {
    const el = await rotator(html`<press-quote src=${sample} speaker="keefe" pick="all" rotate="60"></press-quote>`);
    expect(position(el)).to.equal('Quote 1 of 2');
    buttons(el)[1].click();
    await el.updateComplete;
    expect(position(el)).to.equal('Quote 2 of 2');
    buttons(el)[2].click();
    await el.updateComplete;
    expect(position(el)).to.equal('Quote 1 of 2');
  });

  it('starts paused for visitors who ask for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await rotator(html`<press-quote src=${sample} pick="all" rotate="0.05"></press-quote>`);
    expect(names(el)[0]).to.equal('Play quotes');
    expect(slides(el).getAttribute('aria-live')).to.equal('polite');
    await severalTurns();
    expect(position(el)).to.equal('Quote 1 of 8');
  });

  it('is a plain card when only one quote matches', async () => {
    const el = await fixture<PressQuote>(
      html`<press-quote src=${sample} speaker="al-raisi" pick="all" rotate="0.05"></press-quote>`,
    );
    await waitUntil(() => shadow(el).querySelector('figure'), 'no quote was shown', { timeout: 5000 });
    expect(shadow(el).querySelector('[part=controls]')?.outerHTML, 'nothing').to.equal(undefined);
  });

  it('speaks Serbian in both scripts', async () => {
    const latin = await rotator(
      html`<div lang="sr-Latn"><press-quote src=${sample} pick="all" rotate="60"></press-quote></div>`,
    );
    expect(position(latin)).to.equal('Izjava 1 od 8');
    expect(names(latin)).to.deep.equal(['Zaustavite smenjivanje izjava', 'Prethodna izjava', 'Sledeća izjava']);
    const cyrillic = await rotator(
      html`<div lang="sr-Cyrl"><press-quote src=${sample} pick="all" rotate="60"></press-quote></div>`,
    );
    expect(position(cyrillic)).to.equal('Изјава 1 од 8');
    expect(shadow(cyrillic).querySelector('.rotator')!.getAttribute('aria-label')).to.equal('Изјаве');
    await expect(cyrillic).to.be.accessible();
  });
});
