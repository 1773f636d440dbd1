// The demo page shows each widget beside the markup that makes it, for a web team to copy: what a
// snippet says must be what the page has, or a pasted snippet would not do what the demo showed.
import { describe, it } from 'node:test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { root } from '../helpers/cli.js';

const page = async () => new JSDOM(await readFile(join(root, 'demo/index.html'), 'utf8')).window.document;

/** Markup as the HTML parser reads it, without the white space that formatting puts between and in tags. */
function normalized(document: Document, markup: string): string {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.innerHTML.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
}

describe('the demo page', () => {
  it('shows each widget beside its markup, as it is on the page', async () => {
    const document = await page();
    const examples = [...document.querySelectorAll('.example:has(.stage)')];
    expect(examples.map(({ id }) => id)).to.have.length.of.at.least(5);
    for (const example of examples) {
      const snippet = example.querySelector('.snippet code')?.textContent ?? '';
      expect(normalized(document, snippet), `#${example.id}`).to.equal(
        normalized(document, example.querySelector('.stage')!.innerHTML),
      );
    }
  });

  it('has no widget without its markup beside it', async () => {
    const document = await page();
    for (const widget of document.querySelectorAll('press-feed, press-quote, press-contact-form'))
      expect(widget.closest('.example')?.querySelector('.snippet code'), widget.outerHTML).to.not.equal(null);
  });

  it('gives the script tag that loads the widgets, as its head has it', async () => {
    const document = await page();
    const script = document.head.querySelector('script[src$="/press-widgets.js"]')!;
    expect(normalized(document, document.querySelector('#setup .snippet code')!.textContent!)).to.equal(
      normalized(document, script.outerHTML),
    );
  });
});

describe('the README', () => {
  it('shows the demo at its top, in the picture npm run screenshot makes', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const firstSection = readme.slice(0, readme.indexOf('\n## '));
    expect(firstSection).to.match(/!\[[^\]]+\]\(docs\/screenshot\.png\)/);
    const png = await readFile(join(root, 'docs/screenshot.png'));
    expect(png.subarray(1, 4).toString('latin1')).to.equal('PNG');
    expect(png.readUInt32BE(16), 'width').to.equal(1200);
  });
});
