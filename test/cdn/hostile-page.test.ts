import { expect, waitUntil } from '@open-wc/testing';
import { shadow } from '../helpers/shadow.js';

// demo/hostile.html on the built bundle: `* { box-sizing: content-box; font: 30px serif }` and page rules
// for button, a, li, p, h3, inputs, lists and boxes. The `*` rule reaches each widget's host element (and
// html, so 1rem is 30px there); the widgets set their type and box model one level in, so inside they
// look as they do without the hostile rules, in the page's font family.

const page = '/demo/hostile.html';

async function open(frame: HTMLIFrameElement, load: () => void): Promise<Document> {
  frame.style.cssText = 'width: 1000px; height: 800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  load();
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const root = (doc: Document, tag: string) => shadow(doc.querySelector(tag)!);

async function rendered(doc: Document) {
  const timeout = 10_000;
  await waitUntil(
    () => root(doc, 'press-feed')?.querySelectorAll('[part~="item"]').length === 2,
    'the feed showed no releases',
    { timeout },
  );
  await waitUntil(() => root(doc, 'press-quote')?.querySelector('[part~="quote"]'), 'no quote appeared', { timeout });
  await waitUntil(() => root(doc, 'press-contact-form')?.querySelector('form'), 'the form did not appear', { timeout });
}

const box = [
  'box-sizing',
  'margin-top',
  'margin-left',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-style',
];
const type = [
  'font-size',
  'line-height',
  'font-weight',
  'font-style',
  'color',
  'text-transform',
  'letter-spacing',
  'text-align',
];

// Internal nodes of each widget and what must not change.
const probes: [tag: string, selector: string, properties: string[]][] = [
  ['press-feed', '.feed', [...box, ...type]],
  ['press-feed', '[part~="item"]', [...box, 'list-style-type', 'background-color']],
  ['press-feed', '[part~="title"]', [...box, ...type]],
  ['press-feed', '[part~="summary"]', [...box, ...type]],
  ['press-feed', 'input', [...box, ...type, 'background-color']],
  ['press-feed', 'button', [...box, ...type, 'background-color', 'border-top-color']],
  ['press-quote', '[part~="quote"]', [...box, ...type]],
  ['press-quote', '[part~="copy-button"]', [...box, ...type, 'background-color', 'border-top-color']],
  ['press-contact-form', 'label', [...box, ...type]],
  ['press-contact-form', 'input', [...box, ...type, 'background-color']],
  ['press-contact-form', 'textarea', [...box, ...type, 'background-color']],
  ['press-contact-form', 'button[type="submit"]', [...box, ...type, 'background-color', 'border-top-color']],
];

function internalStyles(doc: Document) {
  return Object.fromEntries(
    probes.map(([tag, selector, properties]) => {
      const node = root(doc, tag).querySelector(selector);
      if (!node) throw new Error(`<${tag}> has no ${selector}`);
      const style = getComputedStyle(node);
      return [
        `${tag} ${selector}`,
        Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)])),
      ];
    }),
  );
}

const pageNodes = ['html', 'body', '#page-p', '#page-li', '#page-button', '#page-a', 'h1', 'ul'];
const pageProperties = [...box, ...type, 'font-family', 'background-color', 'list-style-type', 'border-top-color'];

function pageStyles(doc: Document) {
  return Object.fromEntries(
    pageNodes.map((selector) => {
      const style = getComputedStyle(doc.querySelector(selector)!);
      return [
        selector,
        Object.fromEntries(pageProperties.map((property) => [property, style.getPropertyValue(property)])),
      ];
    }),
  );
}

describe('demo/hostile.html: hostile page CSS', function () {
  // A page, the bundle and three widgets, on a busy machine.
  this.timeout(30_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));
  const frame = () => {
    const created = document.createElement('iframe');
    frames.push(created);
    return created;
  };

  it('does not change the inside of the widgets, which keep the page font family', async () => {
    const doc = await open(frame(), () => (frames.at(-1)!.src = page));
    await rendered(doc);
    const hostile = internalStyles(doc);
    const fontOf = (tag: string) => getComputedStyle(root(doc, tag).querySelector('[part]')!).fontFamily;
    expect(fontOf('press-feed')).to.equal('serif');

    // The same page without the hostile rules, at the root font size they gave it (rem stays rem).
    doc.querySelector<HTMLStyleElement>('#hostile')!.disabled = true;
    doc.documentElement.style.fontSize = '30px';
    expect(internalStyles(doc)).to.deep.equal(hostile);
    expect(fontOf('press-feed')).to.equal(getComputedStyle(doc.body).fontFamily);
    expect(fontOf('press-quote')).to.equal(getComputedStyle(doc.body).fontFamily);
  });

  it('keeps every box inside the form and the feed within the widget', async () => {
    const doc = await open(frame(), () => (frames.at(-1)!.src = page));
    await rendered(doc);
    for (const tag of ['press-feed', 'press-contact-form']) {
      const host = doc.querySelector(tag)!.getBoundingClientRect();
      for (const node of root(doc, tag).querySelectorAll('input, textarea, button, [part~="item"]')) {
        const rect = node.getBoundingClientRect();
        if (!rect.width) continue;
        expect(rect.right, `${tag} ${node.localName} overflows`).to.be.at.most(host.right + 0.5);
      }
    }
  });

  it('leaks no styles out: the page looks the same with and without the widgets', async () => {
    const withWidgets = await open(frame(), () => (frames.at(-1)!.src = page));
    await rendered(withWidgets);
    const html = await (await fetch(page)).text();
    expect(html).to.include('/dist/cdn/press-widgets.js');
    const withoutWidgets = await open(
      frame(),
      () =>
        (frames.at(-1)!.srcdoc = html.replace(
          /<script type="module" src="\/dist\/cdn\/press-widgets.js"><\/script>/,
          '',
        )),
    );
    expect(withoutWidgets.defaultView!.customElements.get('press-feed')).to.equal(undefined);
    expect(pageStyles(withWidgets)).to.deep.equal(pageStyles(withoutWidgets));
  });
});
