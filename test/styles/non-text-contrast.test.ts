import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/press-contact-form/press-contact-form.define.js';
import { contrast } from '../helpers/contrast.js';
import { one } from '../helpers/shadow.js';

// WCAG 1.4.11 Non-text Contrast, which axe does not check: the boundaries of controls and the focus ring
// of the default theme stand out 3:1 against the surface behind them, on a light and on a dark page.
describe('non-text contrast of the default theme', () => {
  for (const [scheme, page] of [
    ['light', 'color-scheme: light; background: rgb(255, 255, 255)'],
    ['dark', 'color-scheme: dark; background: rgb(18, 18, 18)'],
  ] as const) {
    it(`gives fields, buttons and the focus ring 3:1 on a ${scheme} page`, async () => {
      const host = await fixture<HTMLElement>(html`<div style=${page} lang="en">
        <press-contact-form endpoint="/api/contact-test/contrast/201"></press-contact-form>
      </div>`);
      const form = host.querySelector('press-contact-form')!;
      await waitUntil(() => form.shadowRoot?.querySelector('input'), 'no form');
      const behind = getComputedStyle(host).backgroundColor;
      const input = one<HTMLInputElement>(form, 'input[name="name"]');
      const button = one(form, 'button[type="submit"]');
      expect(contrast(getComputedStyle(input).borderTopColor, behind), 'field border').to.be.at.least(3);
      expect(contrast(getComputedStyle(button).backgroundColor, behind), 'primary button').to.be.at.least(3);
      input.focus();
      // A text field shows its focus ring however it was focused.
      expect(input.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(input).outlineStyle).to.equal('solid');
      const ring = getComputedStyle(input).outlineColor;
      expect(contrast(ring, behind), 'focus ring').to.be.at.least(3);
    });
  }
});
