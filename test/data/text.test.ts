import { expect } from '@open-wc/testing';
import { plainText } from '../../src/data/text.js';

// The fast path for common references must read exactly as the HTML parser does.
const byParser = (value: string) =>
  new DOMParser()
    .parseFromString(value.replaceAll('<', '&lt;'), 'text/html')
    .body.textContent!.replace(/\s+/g, ' ')
    .trim();

describe('plainText', () => {
  const cases = [
    'Tom &amp; Jerry',
    'R&D and Q&amp;A',
    '&lt;b&gt;not bold&lt;/b&gt;',
    '&quot;Quoted&quot; &apos;too&apos;',
    'Non&nbsp;breaking',
    '&#269;&#x107; &#x0110;or&#273;e &#65;',
    '&#128; &#150; euro and dash (windows-1252 remapped)',
    '&#0; &#xD800; &#x110000; invalid',
    '&copy; 2026 &mdash; &eacute;t&eacute;',
    '&copy 2026 without a semicolon',
    'Ampersand at the end &',
    'Mixed &amp;copy; stays literal',
    'Dačić &#8211; SEPCA',
  ];
  for (const value of cases) {
    it(`decodes ${JSON.stringify(value)} as the HTML parser does`, () => {
      expect(plainText(value)).to.equal(byParser(value));
    });
  }

  it('never turns text into markup', () => {
    expect(plainText('<img src=x onerror=alert(1)> &lt;script&gt;')).to.equal('<img src=x onerror=alert(1)> <script>');
  });
});
