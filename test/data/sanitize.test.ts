import { expect } from '@open-wc/testing';
import { ensureSanitizer, isSanitizerReady, sanitizeHtml, type SanitizerEngine } from '../../src/data/sanitize.js';
import { forbiddenElements, xssCorpus } from '../fixtures/xss-corpus.js';

declare global {
  interface Window {
    __xss?: string;
  }
}

const base = new URL('/test/fixtures/', location.href).href;
const engines: SanitizerEngine[] = ['native', 'dompurify'];
const urlSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Everything in sanitized HTML that could run code, load a document or clobber the page, as readable findings. */
function dangers(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const findings: string[] = [];
  for (const element of template.content.querySelectorAll('*')) {
    if (forbiddenElements.includes(element.localName) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml')
      findings.push(`<${element.localName}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (
        name.startsWith('on') ||
        ['style', 'srcdoc', 'formaction', 'action', 'id', 'name', 'srcset', 'xlink:href'].includes(name)
      )
        findings.push(`${element.localName}[${name}]`);
      if (['href', 'src', 'cite'].includes(name) && !urlSchemes.has(new URL(attribute.value, base).protocol))
        findings.push(`${name}="${attribute.value}"`);
    }
    if (element.localName === 'img' && element.getAttribute('src')?.startsWith('mailto:')) findings.push('img mailto');
  }
  return findings;
}

for (const engine of engines) {
  describe(`sanitizeHtml with the ${engine} engine`, () => {
    const alerts: unknown[] = [];
    const violations: Event[] = [];
    const originalAlert = window.alert;
    const onViolation = (event: Event) => violations.push(event);

    before(async () => {
      await ensureSanitizer({ engine });
      window.alert = (message?: unknown) => alerts.push(message);
      document.addEventListener('securitypolicyviolation', onViolation);
    });

    after(() => {
      window.alert = originalAlert;
      document.removeEventListener('securitypolicyviolation', onViolation);
      delete window.__xss;
    });

    it('runs in this browser, so the test covers the engine it names', () => {
      expect(isSanitizerReady(engine)).to.equal(true);
    });

    it(`leaves nothing dangerous in ${xssCorpus.length} known XSS patterns`, () => {
      expect(xssCorpus.length).to.be.at.least(40);
      const findings = xssCorpus.flatMap(({ name, html }) =>
        dangers(sanitizeHtml(html, base, { engine })).map((finding) => `${name}: ${finding}`),
      );
      expect(findings).to.deep.equal([]);
    });

    it('runs nothing when the output is rendered into the page', async () => {
      const container = document.createElement('div');
      container.innerHTML = xssCorpus.map(({ html }) => sanitizeHtml(html, base, { engine })).join('\n');
      document.body.append(container);
      const images = [...container.querySelectorAll('img')];
      // Each image either loads or fails; an onerror payload, had one survived, would have run by then.
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      expect(window.__xss).to.equal(undefined);
      expect(alerts).to.deep.equal([]);
      expect(violations).to.deep.equal([]);
      expect(typeof document.getElementById).to.equal('function');
      expect(typeof document.cookie).to.equal('string');
      container.remove();
    });

    it('keeps text formatting and structure', () => {
      const html =
        '<h2>Naslov</h2><p>Tekst <strong>jak</strong>, <em>kos</em>, H<sub>2</sub>O, <abbr title="Ministarstvo">MUP</abbr>, <time datetime="2024-03-05">5. mart</time>.</p>' +
        '<ul><li>jedan</li></ul><ol start="3"><li>tri</li></ol><blockquote><p>citat</p></blockquote><figure><img src="https://cdn.example.org/a.jpg" alt="A"><figcaption>opis</figcaption></figure>' +
        '<table><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td colspan="2">b</td></tr></tbody></table><pre><code>kod</code></pre><hr><dl><dt>t</dt><dd>d</dd></dl>';
      expect(sanitizeHtml(html, base, { engine })).to.equal(
        html.replace('alt="A">', 'alt="A" loading="lazy" decoding="async">'),
      );
    });

    it('resolves link and image URLs, keeps only web, mail and phone links, and marks links noopener', () => {
      expect(sanitizeHtml('<a href="../page">p</a>', 'https://gov.example.org/feeds/press.json', { engine })).to.equal(
        '<a href="https://gov.example.org/page" rel="noopener noreferrer">p</a>',
      );
      expect(
        sanitizeHtml(
          '<a href="mailto:press@gov.rs">m</a><a href="tel:+381111">t</a><a href="ftp://x.org/f">f</a>',
          base,
          { engine },
        ),
      ).to.equal(
        '<a href="mailto:press@gov.rs" rel="noopener noreferrer">m</a><a href="tel:+381111" rel="noopener noreferrer">t</a><a>f</a>',
      );
      expect(sanitizeHtml('<img src="a.png" alt="a">', 'https://gov.example.org/x/', { engine })).to.equal(
        '<img src="https://gov.example.org/x/a.png" alt="a" loading="lazy" decoding="async">',
      );
      expect(sanitizeHtml('<img src="mailto:x@y.z" alt="a"><img alt="no source">', base, { engine })).to.equal('');
    });

    it('replaces harmless wrappers by their content and drops unknown elements with theirs', () => {
      expect(
        sanitizeHtml(
          '<section><h1>Title</h1><font color="red">red</font></section><x-widget>gone</x-widget><p class="c" data-x="1" aria-hidden="true">p</p>',
          base,
          { engine },
        ),
      ).to.equal('Titlered<p>p</p>');
    });

    it('keeps every word of legacy and inline elements: the harmless kept, the rest replaced by their text', () => {
      const html =
        '<p><strike>old</strike> <acronym title="North Atlantic Treaty Organization">NATO</acronym> <dfn>term</dfn> ' +
        '<bdi>إيان</bdi> <bdo dir="rtl">abc</bdo> <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> <ruby><rb>字</rb><rtc><rt>ji</rt></rtc></ruby> ' +
        '<nobr>no break</nobr> <data value="7">seven</data> <marquee behavior="alternate">moving</marquee> ' +
        '<meter value="0.6">60%</meter> <progress value="3" max="10">3 of 10</progress> <output for="a">sum</output></p>' +
        '<video src="/v.mp4" poster="/p.jpg" controls autoplay><source src="/v.webm" type="video/webm"><track kind="captions" src="/c.vtt">' +
        'Watch <a href="/v.mp4">the video</a>.</video><audio src="/a.mp3" controls>Listen to <a href="/a.mp3">the audio</a>.</audio>';
      expect(sanitizeHtml(html, 'https://gov.example.org/', { engine })).to.equal(
        '<p><strike>old</strike> <acronym title="North Atlantic Treaty Organization">NATO</acronym> <dfn>term</dfn> ' +
          '<bdi>إيان</bdi> <bdo dir="rtl">abc</bdo> <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> <ruby>字<rt>ji</rt></ruby> ' +
          'no break seven moving 60% 3 of 10 sum</p>' +
          'Watch <a href="https://gov.example.org/v.mp4" rel="noopener noreferrer">the video</a>.' +
          'Listen to <a href="https://gov.example.org/a.mp3" rel="noopener noreferrer">the audio</a>.',
      );
    });
  });
}

describe('sanitizeHtml: both engines', () => {
  before(() => Promise.all(engines.map((engine) => ensureSanitizer({ engine }))));

  // Real content only: on hostile markup the engines parse a few mutation tricks differently, both safely.
  it('give the same output for the same content: one allow-list', () => {
    const samples = [
      '<section><h1>Title</h1><font color="red">red</font></section><x-widget>gone</x-widget><p class="c" data-x="1" aria-hidden="true" style="color:red" id="i">p</p>',
      '<p>Text <a href="/rel" target="_blank" onclick="x()">link</a> <img src="i.png" alt="i" width="10" srcset="a.png 2x"></p>',
      '<table><caption>c</caption><colgroup><col span="2"></colgroup><tr><th abbr="a" headers="h">x</th><td rowspan="2">y</td></tr></table>',
      '<!-- comment --><p>after comment</p><script>1</script><style>p{}</style><iframe src="/x"></iframe>',
      '<p>Plain <b>bold</b> <i>it</i> <u>u</u> <s>s</s> <q cite="/c">q</q> <cite>c</cite> <span lang="en" dir="ltr">x</span></p>',
      '<div><p>a<br>b</p><h3>h</h3><h6>h6</h6></div>',
      '<p><strike>s</strike> <acronym title="t">A</acronym> <dfn>d</dfn> <bdo dir="rtl">b</bdo> <ruby>r<rp>(</rp><rt>t</rt><rp>)</rp></ruby> <nobr>n</nobr> <data value="1">one</data> <meter value="1">full</meter></p>',
      '<video controls src="/v.mp4"><source src="/v.webm">Fallback <a href="/v.mp4">link</a></video><audio src="/a.mp3">Audio text</audio><marquee>m</marquee>',
      // Off the allow-list whatever the engine: processing instructions (HTML reads them as comments).
      '<p>a<?xml-stylesheet href="x.xsl"?>b</p><?php echo 1; ?><p>c</p>',
    ];
    for (const html of samples) {
      expect(sanitizeHtml(html, base, { engine: 'dompurify' }), html).to.equal(
        sanitizeHtml(html, base, { engine: 'native' }),
      );
    }
  });
});
