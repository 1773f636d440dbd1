import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { parseFeed } from '../../src/data/index.js';
import { fresh } from '../helpers/fresh-url.js';
import { render, type PressQuote } from '../helpers/press-quote.js';
import { shadow, text, texts } from '../helpers/shadow.js';

const sample = '/demo/feeds/sample.json';
const fixtures = '/test/fixtures/press-quote/quotes.json';

describe('<press-quote> from a feed', () => {
  it('shows the latest quote of the sample feed as figure, blockquote and figcaption, and fires press-load', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('press-quote');
    const loaded = oneEvent(el, 'press-load');
    el.src = sample;
    host.append(el);
    const { detail } = await loaded;
    expect(detail.feed.items).to.have.length(2);
    await waitUntil(() => shadow(el).querySelector('figure'), 'no quote was shown', { timeout: 5000 });

    const blockquote = shadow(el).querySelector('figure > blockquote')!;
    expect(blockquote.textContent!.trim()).to.match(/^All priorities of the Serbian police/);
    expect(blockquote.getAttribute('cite')).to.equal(
      new URL('/demo/feeds/releases/mup-sepca-priorities.html', location.href).href,
    );
    expect(blockquote.getAttribute('lang')).to.equal('en');
    expect(text(el, 'figcaption [part=speaker]')).to.equal('Ivica Dačić');
    expect(text(el, 'figcaption [part=role]')).to.equal('Deputy Prime Minister and Minister of the Interior');
    expect(text(el, 'figcaption [part=organisation]')).to.equal('Government of Serbia');
    const time = shadow(el).querySelector('figcaption time')!;
    expect(new Date(time.getAttribute('datetime')!).toISOString()).to.equal('2024-10-14T08:30:00.000Z');
    expect(time.textContent).to.contain('2024');
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=link]')!;
    expect(link.textContent!.trim()).to.equal('Read the release');
    expect(link.href).to.equal(blockquote.getAttribute('cite'));
    expect(shadow(el).querySelectorAll('figure')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('draws the opening quotation mark as decoration, which assistive technology does not read', async () => {
    const el = await render(html`<press-quote speaker="Ana Anić">Our roads are safer.</press-quote>`);
    const blockquote = shadow(el).querySelector('blockquote')!;
    expect(getComputedStyle(blockquote, '::before').content).to.equal('"“" / ""');
    type Node = { name?: string; children?: Node[] };
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    const read = (node: Node): string => [node.name ?? '', ...(node.children ?? []).map(read)].join(' ');
    const quote = findAccessibilityNode<Node>(snapshot as never, (node) => read(node).includes('Our roads are safer'));
    expect(quote, 'the quote is in the accessibility tree').to.exist;
    expect(read(snapshot)).not.to.contain('“');
  });

  it('finds a speaker without accents, in any case and in either script', async () => {
    const el = await render(html`<press-quote src=${sample} speaker="dacic" pick="all"></press-quote>`);
    expect(texts(el, '[part=speaker]')).to.deep.equal(['Ivica Dačić', 'Ivica Dačić']);

    const cyrillic = await render(html`<press-quote src=${fixtures} speaker="DACIC"></press-quote>`);
    expect(text(cyrillic, '[part=speaker]')).to.equal('Ивица Дачић');
    // The quote is spoken in its release's language, whatever the page's language.
    expect(shadow(cyrillic).querySelector('blockquote')!.getAttribute('lang')).to.equal('sr-Cyrl');

    const latinQuery = await render(html`<press-quote src=${sample} speaker="Стефановић"></press-quote>`);
    expect(text(latinQuery, '[part=speaker]')).to.equal('Nebojša Stefanović');
  });

  it('chooses by tag and by release, newest release first', async () => {
    const byTag = await render(html`<press-quote src=${sample} tags="interpol" pick="all"></press-quote>`);
    expect(texts(byTag, '[part=speaker]')).to.deep.equal(['Ivica Dačić', 'Ivica Dačić', 'Ahmed Naser Al-Raisi']);

    const eitherTag = await render(
      html`<press-quote src=${sample} tags="cyber-crime, interpol" pick="all"></press-quote>`,
    );
    expect(texts(eitherTag, '[part=speaker]')).to.have.length(8);
    expect(texts(eitherTag, '[part=speaker]')[0]).to.equal('Ivica Dačić');

    const byRelease = await render(
      html`<press-quote src=${sample} release="mup-twinning-illegal-migration-cyber-crime"></press-quote>`,
    );
    expect(text(byRelease, '[part=speaker]')).to.equal('Michael Davenport');
    expect(text(byRelease, 'blockquote')).to.match(/^Suppression and fighting/);

    const tagAndSpeaker = await render(
      html`<press-quote src=${sample} tags="eu" speaker="keefe" pick="all"></press-quote>`,
    );
    expect(texts(tagAndSpeaker, '[part=speaker]')).to.deep.equal(['Denis Keefe', 'Denis Keefe']);
  });

  it('picks one of the matching quotes at random, and keeps it while the visitor reads', async () => {
    const keefe = [
      'Fighting against illegal migrations and cyber crime requires clear and well-organised tactic, thus making the cooperation with international partners even more important.',
      'Improvements brought by this project are in the best interest of all Serbian citizens, but the EU’s as well.',
    ];
    const seen = new Set<string>();
    for (let round = 0; round < 6; round++) {
      const el = await render(html`<press-quote src=${sample} speaker="keefe" pick="random"></press-quote>`);
      expect(shadow(el).querySelectorAll('figure')).to.have.length(1);
      const shown = text(el, 'blockquote');
      expect(keefe).to.include(shown);
      el.variant = 'pull';
      await el.updateComplete;
      expect(text(el, 'blockquote')).to.equal(shown);
      seen.add(shown);
    }
  });

  it('lists every quote with pick="all"', async () => {
    const el = await render(html`<press-quote src=${sample} pick="all"></press-quote>`);
    const list = shadow(el).querySelector('ul[part=list]')!;
    expect(list.getAttribute('aria-label')).to.equal('Quotes');
    expect(list.querySelectorAll(':scope > li > .quote > figure')).to.have.length(8);
    expect(texts(el, '[part=speaker]')).to.deep.equal([
      'Ivica Dačić',
      'Ivica Dačić',
      'Ahmed Naser Al-Raisi',
      'Michael Davenport',
      'Michael Davenport',
      'Nebojša Stefanović',
      'Denis Keefe',
      'Denis Keefe',
    ]);
    expect(shadow(el).querySelector('[part=controls]')?.outerHTML, 'nothing').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a feed the page already has, without fetching', async () => {
    const feed = parseFeed(await (await fetch(fixtures)).json(), { url: fixtures });
    const el = await render(html`<press-quote .feed=${feed} speaker="petrovic"></press-quote>`);
    expect(text(el, '[part=speaker]')).to.equal('Jelena Petrović');
  });

  it('says so when no quote matches, rather than showing an empty box', async () => {
    const el = await render(html`<press-quote src=${sample} speaker="Nobody Atall"></press-quote>`);
    expect(text(el, '[part=message]')).to.equal('There is no quote to show.');
    expect(shadow(el).querySelector('figure')?.outerHTML, 'nothing').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while the feed loads', async () => {
    const el = await fixture<PressQuote>(html`<press-quote src=${fresh('/api/press-quote/slow')}></press-quote>`);
    const skeleton = shadow(el).querySelector('[aria-busy=true]')!;
    expect(skeleton).to.exist;
    expect(skeleton.textContent!.trim()).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });

  it('explains a feed that cannot be loaded, fires press-error and tries again on request', async () => {
    const el = document.createElement('press-quote');
    el.src = `/api/press-quote/flaky?key=${Math.random()}`;
    const failed = oneEvent(el, 'press-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await failed;
    expect(detail.error.code).to.equal('http');
    await waitUntil(() => shadow(el).querySelector('.message--error'), 'no error was shown', { timeout: 5000 });
    expect(text(el, '.message--error p')).to.equal(
      'The news server is not available at the moment. Please try again later.',
    );
    await expect(el).to.be.accessible();

    const loaded = oneEvent(el, 'press-load');
    shadow(el).querySelector<HTMLButtonElement>('.message--error button')!.click();
    await loaded;
    await waitUntil(() => shadow(el).querySelector('figure'), 'no quote was shown', { timeout: 5000 });
    expect(text(el, '[part=speaker]')).to.equal('Ивица Дачић');
  });

  it('shows a server error in the visitor’s language', async () => {
    const el = await render(html`<div lang="sr-Latn"><press-quote src="/api/press-quote/broken"></press-quote></div>`);
    expect(text(el, '.message--error p')).to.equal(
      'Server sa vestima trenutno nije dostupan. Pokušajte ponovo kasnije.',
    );
    expect(text(el, '.message--error button')).to.equal('Pokušajte ponovo');
  });
});

describe('<press-quote> inline', () => {
  it('shows the quote in its slot with the speaker, role, organisation, date and link from attributes', async () => {
    const el = await render(html`<press-quote
      speaker="Ana Anić"
      speaker-role="Director"
      organisation="Agency for Roads"
      date="2026-11-02"
      href="https://example.gov.rs/statements/roads"
      >Every road we repair is a road that keeps people safe.</press-quote
    >`);
    const blockquote = shadow(el).querySelector('figure > blockquote')!;
    expect(blockquote.querySelector('slot')!.assignedNodes()[0].textContent).to.equal(
      'Every road we repair is a road that keeps people safe.',
    );
    expect(blockquote.getAttribute('cite')).to.equal('https://example.gov.rs/statements/roads');
    expect(text(el, '[part=speaker]')).to.equal('Ana Anić');
    expect(text(el, '[part=role]')).to.equal('Director');
    expect(text(el, '[part=organisation]')).to.equal('Agency for Roads');
    const time = shadow(el).querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-11-02');
    expect(time.textContent).to.equal('November 2, 2026');
    expect(shadow(el).querySelector<HTMLAnchorElement>('[part=link]')!.href).to.equal(
      'https://example.gov.rs/statements/roads',
    );
    // `role` stays ARIA's: the speaker's role is `speaker-role`.
    expect(el.hasAttribute('role')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('follows its text when a CMS fills it in later, and leaves out what is not given', async () => {
    const el = await render(html`<press-quote speaker="Ana Anić"></press-quote>`);
    expect(text(el, '[part=message]')).to.equal('There is no quote to show.');
    el.textContent = 'We will open three new offices.';
    await waitUntil(() => shadow(el).querySelector('figure'), 'no quote was shown', { timeout: 5000 });
    expect(
      shadow(el).querySelector('[part=role], [part=organisation], time, [part=link]')?.outerHTML,
      'nothing',
    ).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('refuses a javascript: link', async () => {
    const el = await render(html`<press-quote speaker="X" href="javascript:alert(1)">Text.</press-quote>`);
    expect(shadow(el).querySelector('[part=link]')?.outerHTML, 'nothing').to.equal(undefined);
    expect(shadow(el).querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
  });

  it('shows a portrait with its alt text, or as decoration, from a web address or an inline image only', async () => {
    const portrait = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const described = await render(
      html`<press-quote speaker="Ana Anić" image="/test/fixtures/press-quote/portrait.svg" image-alt="Ana Anić at the opening">Text.</press-quote>`,
    );
    const img = shadow(described).querySelector('img[part=portrait]')!;
    expect(img.getAttribute('alt')).to.equal('Ana Anić at the opening');
    await expect(described).to.be.accessible();

    const decorative = await render(
      html`<press-quote speaker="Ana Anić" image="/test/fixtures/press-quote/portrait.svg" image-alt="">Text.</press-quote>`,
    );
    expect(shadow(decorative).querySelector('img')!.getAttribute('alt')).to.equal('');
    await expect(decorative).to.be.accessible();

    const inlineImage = await render(html`<press-quote speaker="Ana Anić" image=${portrait}>Text.</press-quote>`);
    expect(shadow(inlineImage).querySelector('img')!.getAttribute('src')).to.equal(portrait);

    for (const unsafe of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const refused = await render(html`<press-quote speaker="Ana Anić" image=${unsafe}>Text.</press-quote>`);
      expect(shadow(refused).querySelector('img')?.outerHTML, unsafe).to.equal(undefined);
    }
  });

  for (const variant of ['card', 'pull', 'compact'] as const) {
    it(`renders the ${variant} variant accessibly`, async () => {
      const el = await render(
        html`<press-quote src=${sample} variant=${variant} image="/test/fixtures/press-quote/portrait.svg"></press-quote>`,
      );
      expect(el.getAttribute('variant')).to.equal(variant);
      expect(shadow(el).querySelector('figure')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('falls back to a card for an unknown variant and to the latest quote for an unknown pick', async () => {
    const el = await render(html`<press-quote src=${sample} variant="huge" pick="several"></press-quote>`);
    expect(el.variant).to.equal('card');
    expect(el.getAttribute('variant')).to.equal('card');
    expect(shadow(el).querySelectorAll('figure')).to.have.length(1);
  });
});

describe('<press-quote> in three languages', () => {
  it('speaks Serbian in Latin script', async () => {
    const el = await render(html`<div lang="sr-Latn"><press-quote src=${sample}></press-quote></div>`);
    expect(text(el, '[part=link]')).to.equal('Pročitajte saopštenje');
    expect(text(el, '[part=copy-button]')).to.equal('Kopirajte izjavu');
    expect(text(el, 'time')).to.equal('14. oktobar 2024.');
    // The English quote keeps its own language inside the Serbian widget.
    expect(shadow(el).querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('speaks Serbian in Cyrillic script', async () => {
    const el = await render(html`<div lang="sr-Cyrl"><press-quote src=${sample}></press-quote></div>`);
    expect(text(el, '[part=link]')).to.equal('Прочитајте саопштење');
    expect(text(el, '[part=copy-button]')).to.equal('Копирајте изјаву');
    await expect(el).to.be.accessible();

    const empty = await render(
      html`<div lang="sr-Cyrl"><press-quote src=${sample} tags="nothing-here"></press-quote></div>`,
    );
    expect(text(empty, '[part=message]')).to.equal('Нема изјаве за приказ.');
    await expect(empty).to.be.accessible();
  });

  it('speaks English by default', async () => {
    const el = await render(html`<press-quote src=${sample} pick="all" rotate="30"></press-quote>`);
    expect(text(el, '[part=position]')).to.equal('Quote 1 of 8');
    expect(text(el, '[part=copy-button]')).to.equal('Copy quote');
  });
});
