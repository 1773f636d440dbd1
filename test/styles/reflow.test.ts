import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/press-quote/press-quote.define.js';
import '../../src/components/press-contact-form/press-contact-form.define.js';
import { all } from '../helpers/shadow.js';

// WCAG 1.4.10 and 1.4.4: at 320 px, and at 390 px with text at 200 %, nothing sticks out sideways.
const sample = '/demo/feeds/sample.json';
const widths = [
  { width: 320, fontSize: 16 },
  { width: 390, fontSize: 32 },
];

async function fits(template: unknown, width: number, fontSize: number, ready: string) {
  const host = await fixture<HTMLElement>(
    html`<div style="width: ${width}px; font-size: ${fontSize}px" lang="en">${template}</div>`,
  );
  const element = host.firstElementChild as HTMLElement;
  element.style.setProperty('--press-font-size', `${fontSize / 16}rem`);
  await waitUntil(() => element.shadowRoot?.querySelector(ready), `${element.localName} never showed ${ready}`, {
    timeout: 5000,
  });
  const right = host.getBoundingClientRect().right + 0.5;
  expect(element.scrollWidth, `${element.localName} at ${width} px`).to.be.at.most(width);
  for (const node of all(element, '*'))
    if (node.getClientRects().length)
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).to.be.at.most(right);
}

describe('reflow', () => {
  for (const { width, fontSize } of widths) {
    const at = `${width} px with ${(fontSize / 16) * 100} % text`;
    it(`quotes as a card with a portrait, a compact one and the rotator fit at ${at}`, async () => {
      await fits(
        html`<press-quote speaker="Ana Anić" speaker-role="Minister of Construction, Transport and Infrastructure" organisation="Government of Serbia" date="2026-10-14" image="/test/fixtures/press-quote/portrait.svg">Every road we repair keeps people safe.</press-quote>`,
        width,
        fontSize,
        'figure',
      );
      await fits(html`<press-quote src=${sample} variant="compact"></press-quote>`, width, fontSize, 'figure');
      await fits(
        html`<press-quote src=${sample} pick="all" rotate="60"></press-quote>`,
        width,
        fontSize,
        '[part=controls]',
      );
    });

    it(`the contact form fits at ${at}`, async () => {
      await fits(html`<press-contact-form src=${sample}></press-contact-form>`, width, fontSize, 'form');
    });
  }
});
