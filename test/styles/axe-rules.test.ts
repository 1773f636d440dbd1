import { expect, fixture, html } from '@open-wc/testing';

// The accessibility checks of every test include WCAG 2.2's Target Size (test/helpers/axe-rules.ts),
// which axe-core leaves out by default.
describe('the accessibility checks', () => {
  it('fail on targets under 24 × 24 px that sit too close together', async () => {
    const crowded = await fixture(html`<div>
      <button style="width: 10px; height: 10px; padding: 0; margin: 0" aria-label="One"></button
      ><button style="width: 10px; height: 10px; padding: 0; margin: 0" aria-label="Two"></button>
    </div>`);
    await expect(crowded).not.to.be.accessible();
  });
});
