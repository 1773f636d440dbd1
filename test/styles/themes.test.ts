import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/press-feed/press-feed.define.js';
import '../../src/components/press-quote/press-quote.define.js';
import '../../src/components/press-contact-form/press-contact-form.define.js';
import { PressFeed } from '../../src/components/press-feed/press-feed.js';
import { PressQuote } from '../../src/components/press-quote/press-quote.js';
import { PressContactForm } from '../../src/components/press-contact-form/press-contact-form.js';
import { feedOptionStyles } from '../../src/components/press-feed/press-feed.options.styles.js';
import { tokenStyles } from '../../src/styles/tokens.styles.js';
import type { CSSResult } from 'lit';
import { contrast } from '../helpers/contrast.js';

// A feed's styles with those its options bring (search, filters, pages, expand).
const feedStyles = { elementStyles: [...PressFeed.elementStyles, feedOptionStyles] };
const components = { 'press-feed': feedStyles, 'press-quote': PressQuote, 'press-contact-form': PressContactForm };
const results = (element: { elementStyles: unknown[] }) => element.elementStyles as CSSResult[];
const cssText = (element: { elementStyles: unknown[] }) =>
  results(element)
    .map((style) => style.cssText)
    .join('\n');
const names = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((match) => match[1]));
const reads = (text: string, prefix: string) => names(text, new RegExp(`var\\(\\s*(${prefix}[\\w-]+)`, 'g'));
const minus = (a: Set<string>, b: Set<string>) => [...a].filter((name) => !b.has(name)).sort();

/** The `--press-*` names in the first cell of the rows of a markdown table under `heading`, up to the next heading. */
async function documented(file: string, heading?: string): Promise<Set<string>> {
  let text = await (await fetch(file)).text();
  if (heading) text = text.slice(text.indexOf(heading)).split(/\n#{1,3} /)[0];
  const cells = text.split('\n').flatMap((line) => line.match(/^\|([^|]*)\|/)?.[1] ?? []);
  return names(cells.join('\n'), /`(--press-[\w-]+)`/g);
}

describe('design tokens', () => {
  it('reads every global token of the table in docs/theming.md, and no other', async () => {
    const table = await documented('/docs/theming.md', '## Global tokens');
    const read = reads(tokenStyles.cssText, '--press-');
    expect(table.size).to.be.greaterThan(20);
    expect(minus(read, table), 'read in tokens.styles.ts but not in the table').to.deep.equal([]);
    expect(minus(table, read), 'in the table but never read').to.deep.equal([]);
  });

  it('uses no --press-* token that is not documented, and documents none that is not used', async () => {
    const global = reads(tokenStyles.cssText, '--press-');
    const perComponent = await documented('/docs/api.md');
    for (const [tag, element] of Object.entries(components)) {
      const own = [...reads(cssText(element), '--press-')].filter((name) => !global.has(name));
      expect(minus(new Set(own), perComponent), `<${tag}> reads undocumented tokens`).to.deep.equal([]);
      for (const name of own) expect(name, `<${tag}> reads another element's token`).to.match(new RegExp(`^--${tag}-`));
    }
    const used = new Set(Object.values(components).flatMap((element) => [...reads(cssText(element), '--press-')]));
    expect(minus(perComponent, used), 'documented in docs/api.md but read by no element').to.deep.equal([]);
  });

  it('declares every private --_ token an element reads, and reads every one declared', () => {
    // --_clamp is the one set from the element's code: the quote's line clamp, through CSSOM.
    const setByCode = new Set(['--_clamp']);
    const shared = names(tokenStyles.cssText, /(--_[\w-]+)\s*:/g);
    const readBySome = new Set<string>();
    for (const [tag, element] of Object.entries(components)) {
      const text = cssText(element);
      const read = reads(text, '--_');
      read.forEach((name) => readBySome.add(name));
      expect(
        minus(read, new Set([...names(text, /(--_[\w-]+)\s*:/g), ...setByCode])),
        `<${tag}> reads undeclared`,
      ).to.deep.equal([]);
      const own = new Set(minus(names(text, /(--_[\w-]+)\s*:/g), shared));
      expect(minus(own, read), `<${tag}> declares unread`).to.deep.equal([]);
    }
    expect(minus(shared, readBySome), 'declared in tokens.styles.ts, read by no element').to.deep.equal([]);
  });
});

/** The colour a private token (`--_color-<token>`, or `--_<token>` given with its dashes) resolves to inside `el`, light-dark() included. */
const probeColour = (el: Element) => (token: string) => {
  const probe = document.createElement('span');
  probe.style.color = `var(${token.startsWith('--') ? token : `--_color-${token}`})`;
  el.shadowRoot!.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
};

describe('docs/partner-theme.css', () => {
  it('holds tokens only, and its colours keep AA contrast in both schemes', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await fetch('/docs/partner-theme.css')).text());
    const rules = [...sheet.cssRules] as CSSStyleRule[];
    expect(rules.map((rule) => rule.selectorText)).to.deep.equal(['press-feed, press-quote, press-contact-form']);
    const properties = [...rules[0].style];
    expect(properties.length).to.be.greaterThan(5);
    for (const property of properties) expect(property).to.match(/^--press-/);

    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      for (const scheme of ['light', 'dark']) {
        const page = await fixture<HTMLDivElement>(
          html`<div style="color-scheme: ${scheme}"><press-quote speaker="Ana">A quote.</press-quote></div>`,
        );
        const colour = probeColour(page.querySelector('press-quote')!);
        expect(colour('accent'), 'the partner colours apply').to.equal(
          scheme === 'light' ? 'rgb(122, 31, 61)' : 'rgb(242, 167, 190)',
        );
        for (const surface of ['surface', 'surface-raised'].map(colour)) {
          for (const token of ['text', 'text-muted', 'link', 'accent'])
            expect(contrast(colour(token), surface), `${scheme} ${token}`).to.be.at.least(4.5);
          // The quote's mark and rule (--press-quote-accent) are not text: 3:1 like borders.
          for (const token of ['border', 'focus', '--_accent'])
            expect(contrast(colour(token), surface), `${scheme} ${token}`).to.be.at.least(3);
        }
        expect(contrast(colour('accent-contrast'), colour('accent')), `${scheme} accent-contrast`).to.be.at.least(4.5);
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  });
});

describe('theme="high-contrast"', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`gives every text at least 7:1 and every border 3:1 in a ${scheme} scheme, whatever the site's colour tokens`, async () => {
      const page =
        await fixture<HTMLDivElement>(html`<div style="color-scheme: ${scheme}; --press-color-text: #888; --press-color-link: #999; --press-color-accent: #aaa">
        <press-quote theme="high-contrast" speaker="Ana">A quote.</press-quote>
      </div>`);
      const quote = page.querySelector('press-quote')!;
      await quote.updateComplete;
      const colour = probeColour(quote);
      const surfaces = ['surface', 'surface-raised'].map(colour);
      expect(surfaces[0]).to.equal(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
      for (const token of ['text', 'text-muted', 'link', 'accent', 'danger', 'success'])
        for (const surface of surfaces) expect(contrast(colour(token), surface), token).to.be.at.least(7);
      expect(contrast(colour('accent-contrast'), colour('accent')), 'accent-contrast').to.be.at.least(7);
      for (const token of ['border', 'focus', 'skeleton'])
        for (const surface of surfaces) expect(contrast(colour(token), surface), token).to.be.at.least(3);
    });
  }

  it('draws thick borders, a thick focus ring and thick link underlines', async () => {
    const [plain, strong] = await Promise.all(
      [undefined, 'high-contrast'].map((theme) =>
        fixture<PressQuote>(html`<press-quote theme=${theme ?? 'light'} speaker="Ana">A quote.</press-quote>`),
      ),
    );
    const probe = (el: PressQuote) => {
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = 'link';
      link.style.cssText = 'border: var(--_border-width) solid; outline: var(--_focus-width) solid';
      el.shadowRoot!.append(link);
      return getComputedStyle(link);
    };
    const [before, after] = [probe(plain), probe(strong)];
    expect(before.borderTopWidth).to.equal('1px');
    expect(after.borderTopWidth).to.equal('2px');
    expect(after.outlineWidth).to.equal('4px');
    expect(after.textDecorationLine).to.equal('underline');
    expect(parseFloat(after.textDecorationThickness)).to.be.at.least(2);
    expect(before.textDecorationThickness).to.equal('auto');
  });
});

// This Chromium cannot emulate forced colours (and @web/test-runner-commands' emulateMedia passes
// forcedColors to Playwright only), so the tests read the rules the browser parsed.
describe('forced colours', () => {
  const forcedRules = (element: { elementStyles: unknown[] }) =>
    results(element)
      .flatMap((style) => [...style.styleSheet!.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)',
      )
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
  const style = (element: { elementStyles: unknown[] }, selector: string) =>
    forcedRules(element).find((rule) => rule.selectorText.split(', ').includes(selector))?.style;

  it('keeps the focus ring and every button in system colours in all three elements', () => {
    for (const [tag, element] of Object.entries(components)) {
      expect(style(element, ':focus-visible')?.outlineColor, tag).to.equal('highlight');
      expect(style(element, '.button')?.borderColor, tag).to.equal('buttontext');
      expect(style(element, '.button[disabled]')?.color, tag).to.equal('graytext');
    }
  });

  it('shows a pressed topic and the current page in the highlight colour, and outlines what only a background drew', () => {
    for (const selector of ['.chip[aria-pressed="true"]', '.pages [aria-current="page"]']) {
      expect(style(feedStyles, selector)?.backgroundColor, selector).to.equal('highlight');
      expect(style(feedStyles, selector)?.color, selector).to.equal('highlighttext');
    }
    // A border shorthand with var() keeps its longhands empty in the CSSOM, so these read the whole declaration.
    for (const selector of ['.bone', '.tag'])
      expect(style(feedStyles, selector)?.cssText, selector).to.match(/border: .*canvastext/i);
    for (const selector of ['.quote', '.skeleton > :not(.visually-hidden)'])
      expect(style(PressQuote, selector)?.cssText, selector).to.match(/border: .*canvastext/i);
  });
});
