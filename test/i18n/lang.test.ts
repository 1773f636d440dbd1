import { expect, fixture, html } from '@open-wc/testing';
import { closestLang, inScript, langCandidates } from '../../src/i18n/lang.js';
import { loadTexts, loadedTexts, registerTranslation, type TextPart } from '../../src/i18n/registry.js';
import { loadTranslation, textParts } from '../../src/i18n/load-translation.js';
import { commonTexts } from '../../src/i18n/common.js';
import { feedTexts } from '../../src/i18n/feed.js';
import { quoteTexts } from '../../src/i18n/quote.js';
import common from '../../src/i18n/en/common.js';
import contactForm from '../../src/i18n/en/contact-form.js';

describe('inScript', () => {
  it('writes a Serbian tag in the script a widget shows its releases in', () => {
    expect(inScript('sr', 'latin')).to.equal('sr-Latn');
    expect(inScript('sr-RS', 'latin')).to.equal('sr-Latn-RS');
    expect(inScript('sr-Cyrl-RS', 'latin')).to.equal('sr-Latn-RS');
    expect(inScript('SR-latn', 'cyrillic')).to.equal('sr-Cyrl');
  });

  it('leaves other languages, and a tag with no script asked for or an unknown one, as written', () => {
    expect(inScript('en-GB', 'latin')).to.equal('en-GB');
    expect(inScript('srn', 'latin'), 'Sranan Tongo is not Serbian').to.equal('srn');
    expect(inScript('sr-Latn', null)).to.equal('sr-Latn');
    expect(inScript('sr', 'greek')).to.equal('sr');
  });
});

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
    registerTranslation('mt', { retry: 'Erġa’ pprova' });
    const maltese = await loadTranslation('mt-MT');
    expect(maltese.$code).to.equal('mt');
    expect(maltese.retry).to.equal('Erġa’ pprova');
    expect(maltese.loading).to.equal('Loading…');
    expect(maltese.feedError.network).to.be.a('string').and.not.empty;
    expect(maltese.pageLabel(3)).to.equal('Page 3');
    expect(maltese.resultCount(1)).to.equal('1 release');
  });

  it('takes a partner’s plural forms and templates, read with the partner language’s plural rules', async () => {
    registerTranslation('pl', {
      resultCount: {
        one: '{count} komunikat',
        few: '{count} komunikaty',
        many: '{count} komunikatów',
        other: '{count} komunikatu',
      },
      pageLabel: 'Strona {page}',
      quotePosition: 'Cytat {current} z {total}',
      sendError: { timeout: 'Serwer nie odpowiedział na czas.' },
    });
    const polish = await loadTranslation('pl-PL');
    expect([1, 3, 5, 22, 25].map((n) => polish.resultCount(n))).to.deep.equal([
      '1 komunikat',
      '3 komunikaty',
      '5 komunikatów',
      '22 komunikaty',
      '25 komunikatów',
    ]);
    expect(polish.pageLabel(2)).to.equal('Strona 2');
    expect(polish.quotePosition(2, 7)).to.equal('Cytat 2 z 7');
    expect(polish.sendError.timeout).to.equal('Serwer nie odpowiedział na czas.');
    expect(polish.sendError.network, 'the rest of the group in English').to.equal(contactForm.sendError.network);
    expect(polish.newReleases(1), 'a text it did not give, in English').to.equal('1 new release');
    expect([polish.$code, polish.$dir]).to.deep.equal(['pl', 'ltr']);
  });

  it('takes the direction and date locale of a partner’s language, as the list of languages has them', async () => {
    const { arSA } = await import('date-fns/locale/ar-SA');
    const dateLocale = () => Promise.resolve(arSA);
    registerTranslation('ar', { retry: 'حاول مرة أخرى' }, { dir: 'rtl', dateLocale });
    const arabic = await loadTranslation('ar-EG');
    expect([arabic.$dir, arabic.retry]).to.deep.equal(['rtl', 'حاول مرة أخرى']);
    expect(await arabic.$dateLocale()).to.equal(arSA);
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

  it('has every part of a language at hand once loadTranslation has loaded it, as a server renderer needs', async () => {
    expect(loadedTexts('mk', [commonTexts, quoteTexts]), 'nothing before').to.equal(undefined);
    await loadTranslation('mk');
    for (const parts of [[commonTexts], [commonTexts, feedTexts], [commonTexts, quoteTexts], textParts])
      expect((loadedTexts('mk-MK', parts) as { $code: string }).$code).to.equal('mk');
  });

  // A part whose Serbian arrives when the test says so, as a slow chunk would.
  function slowPart() {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const loads: string[] = [];
    const part: TextPart<{ send: string; sending: string }> = {
      name: `probe-${Math.random()}`,
      en: { send: 'Send message', sending: 'Sending…' },
      load: (tag) => (
        loads.push(tag),
        arrived.then(() => ({ default: { send: 'Pošaljite poruku', sending: 'Slanje…' } }))
      ),
    };
    return { part, arrive, loads };
  }

  it('keeps a partner’s texts over a built-in part that loads after them', async () => {
    // Registered texts stay for the page's life: each test registers a region of its own, over sr-Latn.
    const { part, arrive } = slowPart();
    registerTranslation('sr-Latn-XA', { send: 'Pošalji' });
    const loading = loadTexts('sr-Latn-XA', [commonTexts, part]);
    expect(loadedTexts('sr-Latn-XA', [commonTexts, part]), 'nothing until the part has loaded').to.equal(undefined);
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
    registerTranslation('sr-Latn-XB', { sending: 'Šalje se…' });
    const texts = loadedTexts('sr-Latn-XB', [commonTexts, part]) as { sending: string; retry: string; $code: string };
    expect(texts.sending).to.equal('Šalje se…');
    expect(texts.retry, 'the built-in sr-Latn beneath the region').to.equal('Pokušajte ponovo');
    expect(texts.$code).to.equal('sr-Latn-XB');
  });

  it('loads a part only in the language asked for, once, and English never', async () => {
    const { part, arrive, loads } = slowPart();
    arrive();
    expect((loadedTexts('en-GB', [commonTexts, part]) as { send: string }).send).to.equal('Send message');
    await Promise.all([loadTexts('sr-Latn-RS', [commonTexts, part]), loadTexts('sr-Latn', [commonTexts, part])]);
    expect(loads).to.deep.equal(['sr-Latn']);
  });

  it('leaves a part in English when its chunk cannot be loaded', async () => {
    const part: TextPart<{ send: string }> = {
      name: 'unreachable-probe',
      en: { send: 'Send message' },
      load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    };
    const texts = (await loadTexts('hr', [commonTexts, part])) as { send: string; retry: string };
    expect(texts.send).to.equal('Send message');
    expect(texts.retry).to.equal('Pokušajte ponovno');
  });
});
