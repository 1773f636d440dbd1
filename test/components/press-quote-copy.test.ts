import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render as renderQuote, type PressQuote } from '../helpers/press-quote.js';
import { focused, one, shadow, text } from '../helpers/shadow.js';

const sample = '/demo/feeds/sample.json';
const fixtures = '/test/fixtures/press-quote/quotes.json';
const releaseUrl = new URL('/demo/feeds/releases/mup-sepca-priorities.html', location.href).href;

const copyButton = (el: PressQuote) => one<HTMLButtonElement>(el, '[part=copy-button]');
const status = (el: PressQuote) => text(el, '[role=status]');
// Every test here copies a quote: it waits for the quote, not for a message instead.
const render = (template: unknown) => renderQuote(template, { until: 'figure' });

/** Replaces the Clipboard API for one test; `fail` makes it refuse, as an insecure page would. */
function stubClipboard(fail = false) {
  const written: string[] = [];
  const clipboard = navigator.clipboard as unknown as Record<string, unknown>;
  clipboard.writeText = async (text: string) => {
    if (fail) throw new DOMException('Write permission denied.', 'NotAllowedError');
    written.push(text);
  };
  return written;
}

describe('<press-quote> copy', () => {
  afterEach(() => {
    delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
  });

  it('copies the quote with its attribution, says so politely and fires press-quote-copy', async () => {
    const written = stubClipboard();
    const el = await render(html`<press-quote src=${sample}></press-quote>`);
    expect(status(el)).to.equal('');
    const copied = oneEvent(el, 'press-quote-copy');
    copyButton(el).click();
    const { detail } = await copied;
    const expected =
      '“All priorities of the Serbian police, set upon assuming the chairmanship of the Southeast European Police Chiefs Association (SEPCA), have been successfully fulfilled.”' +
      ` — Ivica Dačić, Deputy Prime Minister and Minister of the Interior, Government of Serbia, October 14, 2024, ${releaseUrl}`;
    expect(written).to.deep.equal([expected]);
    expect(detail.text).to.equal(expected);
    expect(detail.quote.speaker).to.equal('Ivica Dačić');
    expect(detail.quote.releaseId).to.equal('mup-sepca-priorities');
    await el.updateComplete;
    expect(status(el)).to.equal('The quote has been copied.');
    await expect(el).to.be.accessible();
  });

  it('copies an inline quote with what its attributes say, leaving out what they do not', async () => {
    const written = stubClipboard();
    const el = await render(html`<press-quote speaker="Ana Anić" organisation="Agency for Roads" date="2026-11-02">
      <p>Every road we repair keeps people safe.</p>
    </press-quote>`);
    copyButton(el).click();
    await oneEvent(el, 'press-quote-copy');
    expect(written).to.deep.equal([
      '“Every road we repair keeps people safe.” — Ana Anić, Agency for Roads, November 2, 2026',
    ]);
  });

  it('copies in Serbian with Serbian quotation marks and date', async () => {
    const written = stubClipboard();
    const el = await render(
      html`<div lang="sr-Latn"><press-quote src=${fixtures} speaker="дачић"></press-quote></div>`,
    );
    copyButton(el).click();
    await oneEvent(el, 'press-quote-copy');
    expect(written).to.deep.equal([
      '„Сарадња полиција у региону никада није била боља.“ — Ивица Дачић, Први потпредседник Владе, Влада Србије, 20. oktobar 2026., https://example.gov.rs/saopstenja/sepca',
    ]);
    await el.updateComplete;
    expect(status(el)).to.equal('Izjava je kopirana.');
  });

  it('selects the quote and says how to copy it when the page may not use the clipboard', async () => {
    stubClipboard(true);
    const el = await render(html`<div lang="sr-Cyrl"><press-quote src=${sample} speaker="keefe"></press-quote></div>`);
    let fired = false;
    el.addEventListener('press-quote-copy', () => (fired = true));
    copyButton(el).click();
    await waitUntil(() => status(el), 'nothing was said');
    expect(status(el)).to.equal('Изјаву није могуће копирати. Означите текст да бисте га копирали.');
    expect(getSelection()!.toString()).to.contain('Fighting against illegal migrations');
    expect(fired).to.equal(false);
    expect(shadow(el).querySelector('textarea')?.outerHTML, 'no hidden field').to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('<press-quote> long quotes', () => {
  const moreButton = (el: PressQuote) => shadow(el).querySelector<HTMLButtonElement>('[part=more-button]');
  const cutOff = (element: Element) => element.scrollHeight > element.clientHeight + 1;
  const faded = (element: Element) => getComputedStyle(element).maskImage !== 'none';

  it('clamps a quote over 280 characters behind an accessible "Show more"', async () => {
    const el = await render(
      html`<press-quote src=${fixtures} speaker="petrovic" style="max-width: 40rem"></press-quote>`,
    );
    await waitUntil(() => moreButton(el), 'the long quote had no "Show more"');
    const quote = shadow(el).querySelector('blockquote')!;
    const text = quote.querySelector('.text')!;
    const button = moreButton(el)!;
    expect(button.textContent!.trim()).to.equal('Show more');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(quote.id);
    expect(cutOff(text)).to.equal(true);
    expect(faded(text), 'the cut-off text fades').to.equal(true);
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show less');
    expect(cutOff(text)).to.equal(false);
    expect(faded(text), 'the whole text does not fade').to.equal(false);
    expect(focused(el)).to.equal(button);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(cutOff(text)).to.equal(true);
  });

  it('leaves short quotes alone, and clamps to the lines a site asks for', async () => {
    const short = await render(html`<press-quote src=${sample} speaker="al-raisi"></press-quote>`);
    await short.updateComplete;
    expect(moreButton(short)?.outerHTML, 'nothing').to.equal(undefined);

    const clamped = await render(
      html`<press-quote src=${sample} speaker="al-raisi" clamp="1" style="max-width: 20rem"></press-quote>`,
    );
    await waitUntil(() => moreButton(clamped), '`clamp` did not clamp');
    expect(cutOff(shadow(clamped).querySelector('blockquote .text')!)).to.equal(true);

    const never = await render(
      html`<press-quote src=${fixtures} speaker="petrovic" clamp="0" style="max-width: 20rem"></press-quote>`,
    );
    await never.updateComplete;
    expect(moreButton(never)?.outerHTML, 'nothing').to.equal(undefined);
    expect(cutOff(shadow(never).querySelector('blockquote .text')!)).to.equal(false);
  });

  it('offers "Show more" only when the text is really cut off', async () => {
    const el = await render(
      html`<press-quote src=${sample} speaker="al-raisi" clamp="12" style="max-width: 30rem"></press-quote>`,
    );
    await el.updateComplete;
    // The widget measures on the frame after layout; a few frames later it has decided.
    for (let frame = 0; frame < 4; frame++) await new Promise(requestAnimationFrame);
    await el.updateComplete;
    const text = shadow(el).querySelector('blockquote .text')!;
    expect(text.classList.contains('clamped')).to.equal(true);
    expect(moreButton(el)?.outerHTML, 'nothing').to.equal(undefined);
    expect(faded(text), 'a clamp the text fits in does not fade its last line').to.equal(false);
  });

  it('clamps a long inline quote in the visitor’s language', async () => {
    const text = 'A long inline statement. '.repeat(14);
    const el = await render(
      html`<div lang="sr-Latn"><press-quote speaker="Ana Anić" style="max-width: 30rem">${text}</press-quote></div>`,
    );
    await waitUntil(() => moreButton(el), 'the long inline quote had no "Show more"');
    expect(moreButton(el)!.textContent!.trim()).to.equal('Prikažite više');
  });
});
