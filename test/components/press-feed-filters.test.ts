import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { api, render, requests, settle, titles, type PressFeed } from '../helpers/press-feed.js';
import { all, focused, one, text, texts } from '../helpers/shadow.js';

const mixed = '/test/fixtures/press-feed/mixed.json';
const ids = (el: PressFeed) => titles(el).map((title) => title.split(' ')[0]);

/** Sets a control's value as a picker would, then fires the `change` the browser fires. */
function pick(control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<press-feed> filters the site presets', () => {
  it('keeps releases with any of the tags, or all of them with tag-mode="all"', async () => {
    const one = await render(html`<press-feed src=${mixed} tags="sepca"></press-feed>`);
    expect(ids(one)).to.deep.equal(['Police', 'Dačić:', 'Дачић:', 'Border']);
    const any = await render(html`<press-feed src=${mixed} tags="interpol, twinning"></press-feed>`);
    expect(ids(any)).to.deep.equal(['Police', 'EU']);
    const every = await render(html`<press-feed src=${mixed} tags="sepca interpol" tag-mode="all"></press-feed>`);
    expect(ids(every)).to.deep.equal(['Police']);
  });

  it('keeps one category, one source, a date range, or releases with given words', async () => {
    const category = await render(html`<press-feed src=${mixed} category="EU projects"></press-feed>`);
    expect(ids(category)).to.deep.equal(['EU', 'Cyber']);
    const source = await render(html`<press-feed src=${mixed} source="police directorate"></press-feed>`);
    expect(ids(source)).to.deep.equal(['Cyber', 'Human']);
    // `until` includes its whole day; releases without a date are left out of a range.
    const range = await render(html`<press-feed src=${mixed} since="2026-11-01" until="2026-11-10"></press-feed>`);
    expect(ids(range)).to.deep.equal(['EU', 'Dačić:', 'Дачић:']);
    const words = await render(html`<press-feed src=${mixed} query="dacic"></press-feed>`);
    expect(ids(words)).to.deep.equal(['Dačić:', 'Дачић:']);
    const none = await render(html`<press-feed src=${mixed} tags="no-such-topic"></press-feed>`);
    expect(text(none, '.message')).to.equal('No releases match these filters.');
    expect(all(none, '.message button')).to.have.length(0);
    await expect(none).to.be.accessible();
  });

  it('ignores a date it cannot read', async () => {
    const el = await render(html`<press-feed src=${mixed} since="last tuesday"></press-feed>`);
    expect(titles(el)).to.have.length(8);
  });
});

describe('<press-feed> topics', () => {
  let labelled: object;
  before(async () => {
    labelled = { ...(await (await fetch(mixed)).json()), _press: tagNames };
  });
  const tagNames = {
    tags: [
      {
        tag: 'cyber-crime',
        labels: { en: 'Cybercrime', 'sr-Latn': 'Sajber kriminal', 'sr-Cyrl': 'Сајбер криминал' },
      },
    ],
  };
  const feedUrl = () => URL.createObjectURL(new Blob([JSON.stringify(labelled)], { type: 'application/json' }));
  const tagTexts = (el: PressFeed) => [...new Set(texts(el, '[part=tag]'))].sort();

  it('show the feed’s name for each topic in the page’s language, else the tag’s words', async () => {
    const english = await render(html`<press-feed src=${feedUrl()} show-filters></press-feed>`);
    expect(tagTexts(english)).to.include('Cybercrime').and.include('human trafficking').and.include('sepca');
    expect(tagTexts(english)).not.to.include('cyber-crime');
    expect(texts(english, '[part=chip]')).to.include('Cybercrime').and.include('illegal migration');

    // The page's language, not the element's `lang` (which keeps only the releases in it).
    const serbian = await render(html`<div lang="sr"><press-feed src=${feedUrl()} show-filters></press-feed></div>`);
    expect(texts(serbian, '[part=chip]')).to.include('Сајбер криминал');
    const latin = await render(html`<div lang="sr-Latn-RS"><press-feed src=${feedUrl()}></press-feed></div>`);
    expect(tagTexts(latin)).to.include('Sajber kriminal');
    await expect(latin).to.be.accessible();
  });
});

describe('<press-feed> the visitor’s search and filters', () => {
  it('searches as the visitor types, in memory, announcing the count and firing press-filter-change', async () => {
    const url = api('mixed');
    const el = await render(html`<press-feed src=${url} show-search></press-feed>`);
    const input = one<HTMLInputElement>(el, 'input[type=search]');
    expect(input.getAttribute('part')).to.equal('search');
    expect(text(el, `label[for=${input.id}]`)).to.equal('Search releases');
    expect(text(el, '#' + input.getAttribute('aria-describedby'))).to.equal('Search titles, text, people and topics');
    const count = one(el, '.count');
    expect(count.getAttribute('aria-live')).to.equal('polite');
    expect(count.textContent!.trim()).to.equal('8 releases');

    input.focus();
    const changed = oneEvent(el, 'press-filter-change');
    await sendKeys({ type: 'dačić' });
    const { detail } = await changed;
    expect(detail.filter.query).to.equal('dačić');
    expect(detail.count).to.equal(2);
    expect(ids(el)).to.deep.equal(['Dačić:', 'Дачић:']);
    expect(count.textContent!.trim()).to.equal('2 releases');
    expect(input.value).to.equal('dačić');
    expect(await requests(url)).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('finds words across Serbian scripts and without accents', async () => {
    const el = await render(html`<press-feed src=${mixed} show-search></press-feed>`);
    one(el, 'input').focus();
    const changed = oneEvent(el, 'press-filter-change');
    await sendKeys({ type: 'Дачић' });
    expect((await changed).detail.count).to.equal(2);
  });

  it('says when nothing matches, and Clear filters brings every release back with focus in the search box', async () => {
    const el = await render(html`<press-feed src=${mixed} show-search show-filters></press-feed>`);
    one(el, 'input[type=search]').focus();
    const changed = oneEvent(el, 'press-filter-change');
    await sendKeys({ type: 'zzzz' });
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.count).to.equal(0);
    await el.updateComplete;
    // A plain search is no filter, and the one "Clear filters" is the one beside the filters.
    expect(text(el, '.message')).to.equal('No releases match your search.');
    expect(text(el, '.count')).to.equal('0 releases');
    await expect(el).to.be.accessible();
    const clears = all<HTMLButtonElement>(el, 'button').filter(
      (button) => button.textContent!.trim() === 'Clear filters',
    );
    expect(clears).to.have.length(1);

    one<HTMLButtonElement>(el, '[part=chip]').click();
    await el.updateComplete;
    expect(text(el, '.message')).to.equal('No releases match these filters.');

    const [clear] = clears;
    const cleared = oneEvent(el, 'press-filter-change');
    clear.click();
    expect((await cleared).detail.count).to.equal(8);
    expect(titles(el)).to.have.length(8);
    expect(one<HTMLInputElement>(el, 'input[type=search]').value).to.equal('');
    expect(focused(el)).to.equal(one(el, 'input[type=search]'));
  });

  it('offers the topics as toggle buttons, usable by keyboard, each narrowing the list', async () => {
    const el = await render(html`<press-feed src=${mixed} show-filters></press-feed>`);
    const filters = one(el, '[part=filters]');
    expect(filters.localName).to.equal('fieldset');
    const chips = all<HTMLButtonElement>(el, '[part=chip]');
    // The most used topics first.
    expect(chips[0].textContent!.trim()).to.equal('sepca');
    expect(chips.every((chip) => chip.getAttribute('aria-pressed') === 'false')).to.equal(true);
    await expect(el).to.be.accessible();

    chips[0].focus();
    let changed = oneEvent(el, 'press-filter-change');
    await sendKeys({ press: 'Space' });
    expect((await changed).detail).to.deep.include({ count: 4 });
    expect(chips[0].getAttribute('aria-pressed')).to.equal('true');
    expect(ids(el)).to.deep.equal(['Police', 'Dačić:', 'Дачић:', 'Border']);

    const interpol = all<HTMLButtonElement>(el, '[part=chip]').find((chip) => chip.textContent!.trim() === 'interpol')!;
    interpol.focus();
    changed = oneEvent(el, 'press-filter-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.filter.tags).to.deep.equal(['sepca', 'interpol']);
    expect(ids(el)).to.deep.equal(['Police']);
    expect(text(el, '.count')).to.equal('1 release');
    await expect(el).to.be.accessible();

    // The filters' own Clear button resets them all.
    const clear = one<HTMLButtonElement>(el, '[part=filters] button.clear');
    clear.click();
    await oneEvent(el, 'press-filter-change');
    expect(all(el, '[part=chip][aria-pressed=true]')).to.have.length(0);
    expect(titles(el)).to.have.length(8);
  });

  it('filters by category and by a date range the visitor picks', async () => {
    const el = await render(html`<press-feed src=${mixed} show-filters></press-feed>`);
    const select = one<HTMLSelectElement>(el, 'select');
    expect(text(el, `label[for=${select.id}]`)).to.equal('Category');
    expect([...select.options].map((option) => option.text)).to.deep.equal([
      'All categories',
      'EU projects',
      'International police cooperation',
      'Međunarodna policijska saradnja',
      'Prevention',
    ]);
    let changed = oneEvent(el, 'press-filter-change');
    pick(select, 'Prevention');
    expect((await changed).detail.count).to.equal(2);
    expect(ids(el)).to.deep.equal(['Human', 'Border']);

    changed = oneEvent(el, 'press-filter-change');
    pick(select, '');
    await changed;
    const [from, to] = all<HTMLInputElement>(el, 'input[type=date]');
    expect(texts(el, `label[for=${from.id}], label[for=${to.id}]`)).to.deep.equal(['From', 'To']);
    changed = oneEvent(el, 'press-filter-change');
    pick(from, '2026-11-05');
    expect((await changed).detail.count).to.equal(4);
    changed = oneEvent(el, 'press-filter-change');
    pick(to, '2026-11-05');
    const { detail } = await changed;
    expect(detail.count).to.equal(2);
    expect(detail.filter.since!.getDate()).to.equal(5);
    expect(ids(el)).to.deep.equal(['Dačić:', 'Дачић:']);
    expect(from.max).to.equal('2026-11-05');
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard alone, in order: search, topics, category, dates, releases', async () => {
    const el = await render(
      html`<div><button id="before">before</button><press-feed src=${mixed} show-search show-filters limit="2"></press-feed></div>`,
    );
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    // A date input has a stop per field (day, month, year); each control is noted once.
    for (let i = 0; i < 24; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = focused(el);
      const stop = active ? active.id || active.getAttribute('part') || active.textContent!.trim() : 'outside';
      if (stop !== stops.at(-1) || stop === 'chip') stops.push(stop);
    }
    expect(stops[0]).to.equal('search');
    const chips = all(el, '[part=chip]').length;
    expect(stops.slice(1, 1 + chips)).to.deep.equal(Array(chips).fill('chip'));
    expect(stops.slice(1 + chips, 1 + chips + 6)).to.deep.equal([
      'category',
      'from',
      'to',
      'Police chiefs of the region meet in Belgrade',
      'EU Twinning project against cyber crime concludes',
      'more',
    ]);
  });
});

describe('<press-feed sync-url>', () => {
  const originalUrl = location.href;
  afterEach(() => {
    // A test that went back leaves entries ahead of the page, and the next new entry would drop them
    // instead of adding one: a new entry drops them now, so every test starts at the end of the history.
    if (navigation.canGoForward) history.pushState(null, '', originalUrl);
    else history.replaceState(null, '', originalUrl);
  });

  it('keeps the visitor’s filters in the query string under its own prefix, and the back button restores them', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <press-feed id="news" src=${mixed} show-search show-filters sync-url></press-feed>
      <press-feed src=${mixed} show-filters sync-url="other"></press-feed>
    </div>`);
    const [news, other] = [...host.querySelectorAll('press-feed')];
    await settle(news);
    await settle(other);

    one(news, 'input[type=search]').focus();
    let changed = oneEvent(news, 'press-filter-change');
    await sendKeys({ type: 'cyber' });
    await changed;
    expect(new URL(location.href).searchParams.get('news-q')).to.equal('cyber');
    const lengthAfterTyping = history.length;

    changed = oneEvent(news, 'press-filter-change');
    all<HTMLButtonElement>(news, '[part=chip]')
      .find((chip) => chip.textContent!.trim() === 'eu')!
      .click();
    await changed;
    expect(new URL(location.href).searchParams.get('news-tags')).to.equal('eu');
    expect(history.length).to.equal(lengthAfterTyping + 1);

    changed = oneEvent(other, 'press-filter-change');
    all<HTMLButtonElement>(other, '[part=chip]')[0].click();
    await changed;
    const params = new URL(location.href).searchParams;
    expect(params.get('other-tags')).to.equal('sepca');
    expect(params.get('news-tags')).to.equal('eu');
    expect(titles(news)).to.have.length(2);

    // Back: the other feed's choice is undone, the first feed keeps its own.
    history.back();
    await waitUntil(
      () => all(other, '[part=chip][aria-pressed=true]').length === 0,
      'the back button did not restore the filter',
    );
    expect(titles(other)).to.have.length(8);
    expect(titles(news)).to.have.length(2);
    history.back();
    await waitUntil(() => all(news, '[part=chip][aria-pressed=true]').length === 0);
    expect(one<HTMLInputElement>(news, 'input[type=search]').value).to.equal('cyber');
  });

  it('opens with the filters a shared link carries', async () => {
    const url = new URL(location.href);
    url.searchParams.set('feed-q', 'dacic');
    url.searchParams.set('feed-category', 'Međunarodna policijska saradnja');
    history.replaceState(null, '', url);
    const el = await render(html`<press-feed src=${mixed} show-search show-filters sync-url></press-feed>`);
    // The category matches in either script, like the search.
    expect(ids(el)).to.deep.equal(['Dačić:', 'Дачић:']);
    expect(one<HTMLInputElement>(el, 'input[type=search]').value).to.equal('dacic');
    expect(one<HTMLSelectElement>(el, 'select').value).to.equal('Međunarodna policijska saradnja');
  });

  it('leaves the URL alone without sync-url', async () => {
    const el = await render(html`<press-feed src=${mixed} show-search></press-feed>`);
    one(el, 'input').focus();
    const changed = oneEvent(el, 'press-filter-change');
    await sendKeys({ type: 'eu' });
    await changed;
    expect(location.href).to.equal(originalUrl);
  });
});
