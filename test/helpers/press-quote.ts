// Shared by the <press-quote> tests: render until the widget shows what the test is about.
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/components/press-quote/press-quote.define.js';
import type { PressQuote } from '../../src/components/press-quote/press-quote.js';

export type { PressQuote };

/**
 * Renders the template and waits until its <press-quote> shows `until`: by default its quotes or a
 * message; the copy tests, which copy a quote, wait for the quote itself.
 */
export async function render(template: unknown, { until = 'figure, .message' } = {}): Promise<PressQuote> {
  const host = await fixture<HTMLElement>(template as never);
  const el = (host.localName === 'press-quote' ? host : host.querySelector('press-quote')!) as PressQuote;
  await waitUntil(() => el.shadowRoot?.querySelector(until), `the widget never showed ${until}`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}
