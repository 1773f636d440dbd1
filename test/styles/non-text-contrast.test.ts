import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/press-contact-form/press-contact-form.define.js';
import { one } from '../helpers/shadow.js';

// WCAG 1.4.11 Non-text Contrast, which axe does not check: the boundaries of controls and the focus ring
// of the default theme stand out 3:1 against the surface behind them, on a light and on a dark page.
const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (color: string) => {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

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
