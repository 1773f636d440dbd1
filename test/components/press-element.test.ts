import { aTimeout, expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { PressElement } from '../../src/components/press-element.js';
import { LocalizeController } from '../../src/controllers/localize.js';
import { loadTexts, type TextPart } from '../../src/i18n/registry.js';
import { commonTexts } from '../../src/i18n/common.js';
import { text } from '../helpers/shadow.js';

class PressProbe extends PressElement {
  static override tagName = 'press-probe';
  declare now: Date;
  // Only the texts every widget shares.
  protected readonly localize = new LocalizeController(this);

  /** The date as the first paint showed it. */
  firstDate?: string;

  constructor() {
    super();
    this.now = new Date('2026-11-23T12:00:00Z');
  }

  override firstUpdated() {
    this.firstDate = text(this, 'time');
  }

  override render() {
    const published = new Date('2026-11-20T12:00:00Z');
    return html`<p part="label">${this.localize.t.retry}</p>
      <time datetime=${published.toISOString()}>${this.localize.formatRelative(published, this.now) ?? this.localize.formatDate(published)}</time>`;
  }
}
PressProbe.define();

let slowProbes = 0;
let takenTags = 0;

/**
 * An element whose own part of the texts arrives in Serbian when the test calls `arrive`, as a slow
 * chunk would. A new element and part each time: the registry keeps a part once it has loaded.
 */
function slowPartProbe() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const tagName = `press-part-probe-${++slowProbes}`;
  const part: TextPart<{ heading: string }> = {
    name: tagName,
    en: { heading: 'Press releases' },
    load: () => arrived.then(() => ({ default: { heading: 'Saopštenja' } })),
  };
  class PressPartProbe extends PressElement {
    static override tagName = tagName;
    protected readonly localize = new LocalizeController(this, part);

    override render() {
      return html`<h2>${this.localize.t.heading}</h2><p>${this.localize.t.retry}</p>`;
    }
  }
  PressPartProbe.define();
  return { tagName, arrive };
}

describe('PressElement', () => {
  it('renders in the nearest language, with that language’s texts from the first paint', async () => {
    const wrapper = await fixture(testHtml`<div lang="sr-Cyrl"><press-probe></press-probe></div>`);
    const probe = wrapper.querySelector('press-probe')!;
    await (probe as PressProbe).updateComplete;
    expect(text(probe, 'p')).to.equal('Покушајте поново');
  });

  it('waits for the texts of its own part too before the first paint', async () => {
    // The shared Serbian texts are at hand, so only the element's own part can hold the paint back.
    await loadTexts('sr-Latn', [commonTexts]);
    const { tagName, arrive } = slowPartProbe();
    const probe = document.createElement(tagName) as PressElement;
    probe.lang = 'sr-Latn';
    document.body.append(probe);
    try {
      await aTimeout(0);
      expect(probe.hasUpdated, 'painted before its Serbian part arrived').to.equal(false);
      arrive();
      await waitUntil(() => probe.hasUpdated, 'never painted', { timeout: 5000 });
      await probe.updateComplete;
      expect(text(probe, 'h2')).to.equal('Saopštenja');
      expect(text(probe, 'p')).to.equal('Pokušajte ponovo');
    } finally {
      probe.remove();
    }
  });

  it('follows a change of the page’s language', async () => {
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div lang="en"><press-probe></press-probe></div>`);
    const probe = wrapper.querySelector<PressProbe>('press-probe')!;
    await probe.updateComplete;
    expect(text(probe, 'p')).to.equal('Try again');
    wrapper.lang = 'sr-Latn';
    await waitUntil(() => text(probe, 'p') !== 'Try again', 'the texts never changed', { timeout: 5000 });
    expect(text(probe, 'p')).to.equal('Pokušajte ponovo');
  });

  it('writes relative dates in the visitor’s language once its date locale has loaded', async () => {
    const probe = await fixture<PressProbe>(testHtml`<press-probe lang="sr-Latn"></press-probe>`);
    // Read from the first paint, which never waits for the date locale: once an earlier test has loaded
    // it, the relative date replaces the absolute one before the test can read the screen.
    expect(probe.firstDate, 'the absolute date until then').to.equal('20. novembar 2026.');
    await waitUntil(() => text(probe, 'time') !== '20. novembar 2026.', 'relative date never appeared', {
      timeout: 5000,
    });
    expect(text(probe, 'time')).to.equal('pre 3 dana');
  });

  it('can be registered under another name too', async () => {
    PressProbe.define('agency-probe');
    const renamed = await fixture(testHtml`<agency-probe></agency-probe>`);
    expect(renamed).to.be.instanceOf(PressProbe);
    expect(customElements.get('press-probe')).to.equal(PressProbe);
  });

  it('leaves a tag another script registered alone, and warns once', () => {
    // A tag of its own: a page keeps both the registration and the warning for good.
    const taken = `press-taken-${++takenTags}`;
    customElements.define(taken, class extends HTMLElement {});
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      PressProbe.define(taken);
      PressProbe.define(taken);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(customElements.get(taken)).not.to.equal(PressProbe);
  });

  it('takes light, dark and partner colours from tokens', async () => {
    const probe = await fixture<PressProbe>(testHtml`<press-probe theme="light"></press-probe>`);
    const color = () => getComputedStyle(probe).color;
    expect(color()).to.equal('rgb(27, 31, 36)');
    probe.setAttribute('theme', 'dark');
    expect(color()).to.equal('rgb(232, 234, 237)');
    probe.style.setProperty('--press-color-text', 'rgb(1, 2, 3)');
    expect(color()).to.equal('rgb(1, 2, 3)');
  });
});

describe('colour scheme', () => {
  it('inherits the page’s scheme without a theme, and follows the theme attribute when given', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      testHtml`<div style="color-scheme: dark"><press-probe></press-probe></div>`,
    );
    const probe = wrapper.querySelector<PressProbe>('press-probe')!;
    expect(getComputedStyle(probe).color, 'dark page').to.equal('rgb(232, 234, 237)');
    wrapper.style.colorScheme = 'light';
    expect(getComputedStyle(probe).color, 'light page').to.equal('rgb(27, 31, 36)');
    probe.setAttribute('theme', 'dark');
    expect(getComputedStyle(probe).color, 'theme="dark" on a light page').to.equal('rgb(232, 234, 237)');
  });
});
