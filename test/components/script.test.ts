// script="latin|cyrillic": a Serbian feed read in the other script, on <press-feed> and <press-quote>.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { Feed } from '../../src/data/types.js';
import { now, render, titles } from '../helpers/press-feed.js';
import { render as renderQuote } from '../helpers/press-quote.js';
import { shadow, text, texts } from '../helpers/shadow.js';

const feed = (): Feed => ({
  title: 'Вести',
  warnings: [],
  items: [
    {
      id: 'sr-1',
      url: 'https://example.rs/vesti/1',
      title: 'Дачић: Регионални биро Интерпола у Београду',
      summary: 'Министар унутрашњих послова састао се са председником Интерпола.',
      contentHtml: '<p>Сарадња полиција у региону. <a href="https://www.interpol.int/">Интерпол</a></p>',
      published: new Date('2026-11-20T10:00:00Z'),
      tags: ['Међународна сарадња'],
      authors: [],
      language: 'sr-Cyrl',
      quotes: [
        {
          text: 'Ово би био историјски корак за све у региону.',
          speaker: 'Ивица Дачић',
          role: 'министар унутрашњих послова',
          releaseId: 'sr-1',
          language: 'sr-Cyrl',
        },
      ],
    },
    {
      id: 'en-1',
      title: 'Regional police cooperation',
      published: new Date('2026-11-19T10:00:00Z'),
      tags: ['Cooperation'],
      authors: [],
      quotes: [],
      language: 'en',
    },
  ],
});

describe('script="latin|cyrillic"', () => {
  it('shows a Cyrillic feed in Latin on <press-feed>, and back in Cyrillic', async () => {
    const el = await render(
      html`<press-feed .feed=${feed()} .now=${now} script="latin" show-summary expand></press-feed>`,
    );
    expect(titles(el)).to.deep.equal(['Dačić: Regionalni biro Interpola u Beogradu', 'Regional police cooperation']);
    expect(text(el, '[part=summary]')).to.equal('Ministar unutrašnjih poslova sastao se sa predsednikom Interpola.');
    expect(texts(el, '[part=tag]')).to.deep.equal(['Međunarodna saradnja', 'Cooperation']);
    expect(shadow(el).querySelector('[part=title] a')!.getAttribute('lang')).to.equal('sr-Latn');
    shadow(el).querySelector<HTMLButtonElement>('.toggle')!.click();
    await el.updateComplete;
    expect(text(el, '[part=content]')).to.equal('Saradnja policija u regionu. Interpol');
    expect(shadow(el).querySelector('[part=content] a')!.getAttribute('href'), 'links are left alone').to.equal(
      'https://www.interpol.int/',
    );
    await expect(el).to.be.accessible();

    el.script = 'cyrillic';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Дачић: Регионални биро Интерпола у Београду', 'Regional police cooperation']);
    expect(text(el, '[part=content]')).to.equal('Сарадња полиција у региону. Интерпол');

    el.removeAttribute('script');
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Дачић: Регионални биро Интерпола у Београду');
  });

  it('names topics and categories of Serbian releases in the script asked for, and filters by them', async () => {
    const withCategories = feed();
    withCategories.items[0]!.category = 'Саопштења';
    withCategories.items[1]!.category = 'News';
    const el = await render(
      html`<press-feed .feed=${withCategories} .now=${now} script="latin" show-filters></press-feed>`,
    );
    expect(texts(el, '[part=chip]')).to.have.members(['Međunarodna saradnja', 'Cooperation']);
    expect(texts(el, '#category option')).to.deep.equal(['All categories', 'News', 'Saopštenja']);
    shadow(el)
      .querySelectorAll<HTMLButtonElement>('[part=chip]')
      .forEach((chip) => chip.textContent === 'Međunarodna saradnja' && chip.click());
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Dačić: Regionalni biro Interpola u Beogradu']);
    await expect(el).to.be.accessible();
  });

  it('shows a Latin release in Cyrillic, and never an English one', async () => {
    const latin = feed();
    latin.items[0] = { ...latin.items[0]!, title: 'Dačić: Regionalni biro Interpola u Beogradu', language: 'sr-Latn' };
    const el = await render(html`<press-feed .feed=${latin} .now=${now} script="cyrillic"></press-feed>`);
    expect(titles(el)).to.deep.equal(['Дачић: Регионални биро Интерпола у Београду', 'Regional police cooperation']);
  });

  it('shows a Cyrillic quote in Latin on <press-quote>, and back', async () => {
    const el = await renderQuote(html`<press-quote .feed=${feed()} script="latin"></press-quote>`);
    expect(text(el, '[part=quote]')).to.equal('Ovo bi bio istorijski korak za sve u regionu.');
    expect(text(el, '[part=speaker]')).to.equal('Ivica Dačić');
    expect(text(el, '[part=role]')).to.equal('ministar unutrašnjih poslova');
    expect(shadow(el).querySelector('blockquote')!.getAttribute('lang')).to.equal('sr-Latn');
    await expect(el).to.be.accessible();

    el.script = 'cyrillic';
    await el.updateComplete;
    expect(text(el, '[part=quote]')).to.equal('Ово би био историјски корак за све у региону.');
    expect(text(el, '[part=speaker]')).to.equal('Ивица Дачић');
  });

  it('speaks the script of its releases: <press-feed lang="sr" script="latin"> has a Latin interface', async () => {
    const el = await render(html`<press-feed lang="sr" .feed=${feed()} .now=${now} script="latin"></press-feed>`);
    await waitUntil(() => shadow(el).querySelector('.list')?.getAttribute('aria-label') === 'Saopštenja za javnost');
    expect(titles(el)).to.deep.equal(['Dačić: Regionalni biro Interpola u Beogradu']);
    expect(shadow(el).querySelector('[part=date]')!.textContent).to.match(/^20\. novembar 2026/);

    // A property set later is written to the attribute, so the interface follows it too.
    el.script = 'cyrillic';
    await waitUntil(() => shadow(el).querySelector('.list')?.getAttribute('aria-label') === 'Саопштења за јавност');
    expect(titles(el)).to.deep.equal(['Дачић: Регионални биро Интерпола у Београду']);
    el.removeAttribute('script');
    await el.updateComplete;
    expect(shadow(el).querySelector('.list')!.getAttribute('aria-label'), 'Serbian alone is Cyrillic').to.equal(
      'Саопштења за јавност',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks the script of its quote: <press-quote lang="sr-Cyrl" script="latin"> has a Latin interface', async () => {
    const el = await renderQuote(html`<div lang="sr-Cyrl-RS">
      <press-quote .feed=${feed()} script="latin"></press-quote>
    </div>`);
    await waitUntil(() => text(el, '[part=copy-button]') === 'Kopirajte izjavu');
    expect(text(el, '[part=quote]')).to.equal('Ovo bi bio istorijski korak za sve u regionu.');
    el.setAttribute('script', 'cyrillic');
    await waitUntil(() => text(el, '[part=copy-button]') === 'Копирајте изјаву');
    await expect(el).to.be.accessible();
  });
});
