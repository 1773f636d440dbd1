import { expect, fixture, html } from '@open-wc/testing';
import { closestLang, langCandidates } from '../../src/i18n/lang.js';
import { loadTexts, loadedTexts, registerTranslation, type TextPart } from '../../src/i18n/registry.js';
import { loadTranslation } from '../../src/i18n/load-translation.js';
import { commonTexts } from '../../src/i18n/common.js';
import { common } from '../../src/i18n/en/common.js';
import { contactForm } from '../../src/i18n/en/contact-form.js';

describe('closestLang', () => {
  it('takes the element’s own lang first, then the nearest ancestor’s', async () => {
    const root = await fixture(
      html`<div lang="sr-Latn"><p><span id="inner"></span><span id="own" lang="en-GB"></span></p></div>`,
    );
    expect(closestLang(root.querySelector('#inner')!)).to.equal('sr-Latn');
    expect(closestLang(root.querySelector('#own')!)).to.equal('en-GB');
  });

  it('crosses shadow roots to their hosts', async () => {
    const host = await fixture(html`<div lang="sr-Cyrl"><div id="host"></div></div>`);
    const shadow = host.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><span></span></section>';
    expect(closestLang(shadow.querySelector('span')!)).to.equal('sr-Cyrl');
  });

  it('skips lang="" (unknown) and falls back', async () => {
    const element = await fixture(html`<div lang=""><span></span></div>`);
    const previous = document.documentElement.lang;
    document.documentElement.removeAttribute('lang');
    try {
      expect(closestLang(element.querySelector('span')!, 'en')).to.equal('en');
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('lists lookup keys from the most specific tag', () => {
    expect(langCandidates('sr-Latn-RS')).to.deep.equal(['sr-latn-rs', 'sr-latn', 'sr']);
  });
});

describe('translation registry', () => {
  it('finds Serbian by script, and Cyrillic when no script is given', async () => {
    expect((await loadTranslation('sr-Latn-RS')).$code).to.equal('sr-Latn');
    expect((await loadTranslation('sr-RS')).$code).to.equal('sr-Cyrl');
    expect((await loadTranslation('sr')).$code).to.equal('sr-Cyrl');
  });

  it('falls back to English for a language it does not have', async () => {
    expect((await loadTranslation('xx-YY')).$code).to.equal('en');
  });

  it('takes a partner’s partial translation and fills the gaps from English', async () => {
    registerTranslation('mt', { $code: 'mt', retry: 'Erġa’ pprova' });
    const maltese = await loadTranslation('mt-MT');
    expect(maltese.retry).to.equal('Erġa’ pprova');
    expect(maltese.loading).to.equal('Loading…');
    expect(maltese.feedError.network).to.be.a('string').and.not.empty;
  });

  it('keeps the rest of a group of texts when a partner translates only part of it', async () => {
    registerTranslation('gsw', { retry: 'Nomol probiere' });
    registerTranslation('gsw', { sendError: { timeout: 'De Server het nöd rächtzytig gantwortet.' } });
    const swiss = await loadTranslation('gsw');
    expect(swiss.sendError.timeout).to.equal('De Server het nöd rächtzytig gantwortet.');
    expect(swiss.sendError.network).to.equal(contactForm.sendError.network);
    expect(swiss.feedError.network).to.equal(common.feedError.network);
    expect(swiss.retry).to.equal('Nomol probiere');
  });

  // A part whose Serbian arrives when the test says so, as a slow chunk would.
  function slowPart() {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const loads: string[] = [];
    const part: TextPart<{ send: string; sending: string }> = {
      name: `probe-${Math.random()}`,
      en: { send: 'Send message', sending: 'Sending…' },
      load: {
        'sr-latn': () => (
          loads.push('sr-latn'),
          arrived.then(() => ({ send: 'Pošaljite poruku', sending: 'Slanje…' }))
        ),
      },
    };
    return { part, arrive, loads };
  }

  it('keeps a partner’s texts over a built-in part that loads after them', async () => {
    const { part, arrive } = slowPart();
    registerTranslation('sr-Latn', { send: 'Pošalji' });
    const loading = loadTexts('sr-Latn', [commonTexts, part]);
    expect(loadedTexts('sr-Latn', [commonTexts, part]), 'nothing until the part has loaded').to.equal(undefined);
    arrive();
    const texts = (await loading) as { send: string; sending: string; retry: string };
    expect(texts.send).to.equal('Pošalji');
    expect(texts.sending).to.equal('Slanje…');
    expect(texts.retry).to.equal('Pokušajte ponovo');
  });

  it('keeps a partner’s texts over a built-in part that loaded before them', async () => {
    const { part, arrive } = slowPart();
    arrive();
    await loadTexts('sr-Latn', [commonTexts, part]);
    registerTranslation('sr-Latn', { sending: 'Šalje se…' });
    const texts = loadedTexts('sr-Latn', [commonTexts, part]) as { sending: string; $code: string };
    expect(texts.sending).to.equal('Šalje se…');
    expect(texts.$code).to.equal('sr-Latn');
  });

  it('loads a part only in the language asked for, once, and English never', async () => {
    const { part, arrive, loads } = slowPart();
    arrive();
    expect((loadedTexts('en-GB', [commonTexts, part]) as { send: string }).send).to.equal('Send message');
    await Promise.all([loadTexts('sr-Latn-RS', [commonTexts, part]), loadTexts('sr-Latn', [commonTexts, part])]);
    expect(loads).to.deep.equal(['sr-latn']);
  });
});
