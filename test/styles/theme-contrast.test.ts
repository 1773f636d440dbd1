import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/press-feed/press-feed.define.js';
import '../../src/components/press-quote/press-quote.define.js';
import '../../src/components/press-contact-form/press-contact-form.define.js';

// Every `theme` on a light page and on a dark one: the widgets' text is readable on what is behind it.
// A theme whose scheme differs from the page's paints its own surface; without one, the widgets follow
// the page's `color-scheme`.
const themes = [undefined, 'auto', 'light', 'dark', 'high-contrast'] as const;
const pages = {
  light: 'color-scheme: light; background: #ffffff; color: #1b1f24',
  dark: 'color-scheme: dark; background: #121212; color: #e8eaed',
} as const;

describe('contrast in every theme on every page', () => {
  for (const [scheme, pageStyle] of Object.entries(pages)) {
    for (const theme of themes) {
      it(`theme=${theme ?? '(none)'} on a ${scheme} page`, async () => {
        const page = await fixture<HTMLElement>(html`<main style=${pageStyle} lang="en">
          <press-feed src="/test/fixtures/press-feed/mixed.json" limit="3" show-summary theme=${theme ?? ''}></press-feed>
          <press-quote speaker="Ana Anić" speaker-role="Minister" date="2026-10-14" theme=${theme ?? ''}>Our roads are safer.</press-quote>
          <press-contact-form endpoint="/api/contact-test/theme/201" theme=${theme ?? ''}></press-contact-form>
        </main>`);
        // An empty theme attribute is the same as none.
        if (!theme) for (const element of page.children) element.removeAttribute('theme');
        const feed = page.querySelector('press-feed')!;
        await waitUntil(() => feed.shadowRoot?.querySelector('.list:not(.skeleton) .item'), 'no releases', {
          timeout: 5000,
        });
        await waitUntil(() => page.querySelector('press-quote')!.shadowRoot?.querySelector('figure'), 'no quote');
        await waitUntil(() => page.querySelector('press-contact-form')!.shadowRoot?.querySelector('form'), 'no form');
        await expect(page).to.be.accessible({
          runOnly: ['color-contrast', 'color-contrast-enhanced', 'link-in-text-block'],
        } as never);
      });
    }
  }
});
