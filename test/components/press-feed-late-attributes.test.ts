// Every feature an attribute turns on works whether the attribute is there from the start or set later,
// as a site's own script or a framework may do, and never hides the list the visitor is reading.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseFeed } from '../../src/data/index.js';
import { api, render, requests, titles } from '../helpers/press-feed.js';
import { all, focused, one, text } from '../helpers/shadow.js';

const mixed = '/test/fixtures/press-feed/mixed.json';

describe('<press-feed> with a feature from the start', () => {
  it('shows the search box with the first list it shows, never a list without it', async () => {
    const feed = parseFeed(await (await fetch(mixed)).json());
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('press-feed');
    el.feed = feed;
    el.showSearch = true;
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const root = el.shadowRoot!;
      if (root.querySelector('.list:not(.skeleton)'))
        seen.push(root.querySelector('#search') ? 'list with search' : 'list without search');
    });
    host.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await waitUntil(() => el.shadowRoot!.querySelector('.list:not(.skeleton)'), 'the releases never came');
    observer.disconnect();
    expect(seen).not.to.include('list without search');
    expect(seen.at(-1)).to.equal('list with search');
  });
});

describe('<press-feed> a feature whose attribute is set after the first render', () => {
  const originalUrl = location.href;
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('show-search and show-filters: the controls come styled, and search and filter', async () => {
    const el = await render(html`<press-feed src=${mixed}></press-feed>`);
    expect(all(el, 'input, [part=filters]')).to.have.length(0);

    el.showSearch = true;
    el.setAttribute('show-filters', '');
    await waitUntil(() => el.shadowRoot!.querySelector('input[type=search]'), 'the search box never came');
    expect(text(el, 'label[for=search]')).to.equal('Search releases');
    expect(text(el, '.count')).to.equal('8 releases');
    const chip = one(el, '[part=chip]');
    expect(getComputedStyle(chip).borderRadius, 'the controls are styled').to.equal('999px');

    one(el, 'input[type=search]').focus();
    let changed = oneEvent(el, 'press-filter-change');
    await sendKeys({ type: 'dačić' });
    expect((await changed).detail.count).to.equal(2);
    expect(titles(el)).to.have.length(2);

    changed = oneEvent(el, 'press-filter-change');
    one<HTMLButtonElement>(el, '[part=filters] button.clear').click();
    expect((await changed).detail.count).to.equal(8);
    await expect(el).to.be.accessible();
  });

  it('keeps the list on screen, and the visitor’s focus in it, when pages and expand are turned on', async () => {
    const el = await render(html`<press-feed src=${mixed} limit="3"></press-feed>`);
    one<HTMLAnchorElement>(el, '[part~=title] a').focus();
    const seen: string[] = [];
    const observer = new MutationObserver(() => el.shadowRoot!.querySelector('.skeleton') && seen.push('skeleton'));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    el.paging = 'pages';
    el.expand = true;
    await el.updateComplete;
    observer.disconnect();
    expect(seen, 'the list never gave way to the skeleton').to.deep.equal([]);
    expect(all(el, '[part=more] [aria-current=page]')).to.have.length(1);
    expect(all(el, 'button.toggle')).not.to.be.empty;
    expect(focused(el)).to.equal(one(el, '[part~=title] a'));
  });

  it('sync-url: the filters a shared link carries are applied', async () => {
    const el = await render(html`<press-feed src=${mixed}></press-feed>`);
    expect(titles(el)).to.have.length(8);
    const url = new URL(location.href);
    url.searchParams.set('feed-q', 'dacic');
    history.replaceState(null, '', url);

    el.setAttribute('sync-url', '');
    await waitUntil(() => titles(el).length === 2, 'the link’s filters were never applied');
    expect(titles(el).map((title) => title.split(' ')[0])).to.deep.equal(['Dačić:', 'Дачић:']);
  });

  it('paging="pages": numbered pages come styled, and move between pages', async () => {
    const el = await render(html`<press-feed src=${mixed} limit="3"></press-feed>`);
    expect(all(el, 'nav')).to.have.length(0);

    el.paging = 'pages';
    await waitUntil(() => el.shadowRoot!.querySelector('nav[part=more]'), 'the page navigation never came');
    const buttons = () => all<HTMLButtonElement>(el, 'nav button');
    expect(buttons().map((button) => button.textContent!.trim())).to.deep.equal(['1', '2', '3', 'Next page']);
    expect(getComputedStyle(one(el, 'nav ul')).display, 'the navigation is styled').to.equal('flex');
    buttons()[1].click();
    await el.updateComplete;
    expect(buttons()[2].getAttribute('aria-current')).to.equal('page');
    expect(titles(el)).to.have.length(3);
    expect(titles(el)[0]).to.equal('Дачић: испуњени сви приоритети председавања СЕПЦА');
    await expect(el).to.be.accessible();
  });

  it('expand: each release can be read in full', async () => {
    const el = await render(html`<press-feed src=${mixed}></press-feed>`);
    expect(all(el, 'button.toggle')).to.have.length(0);

    el.expand = true;
    await waitUntil(() => el.shadowRoot!.querySelector('button.toggle'), 'the disclosures never came');
    const toggle = one<HTMLButtonElement>(el, '.item:first-child button.toggle');
    expect(getComputedStyle(toggle).alignSelf, 'the disclosure is styled').to.equal('start');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(one(el, '#' + toggle.getAttribute('aria-controls')).querySelector('strong')!.textContent).to.equal(
      'joint action',
    );
    await expect(el).to.be.accessible();
  });

  it('script: Serbian releases change script', async () => {
    const el = await render(html`<press-feed src=${mixed}></press-feed>`);
    expect(titles(el)).to.include('Дачић: испуњени сви приоритети председавања СЕПЦА');

    el.setAttribute('script', 'latin');
    await waitUntil(
      () => !titles(el).includes('Дачић: испуњени сви приоритети председавања СЕПЦА'),
      'the titles never changed script',
    );
    expect(
      titles(el).filter((title) => title === 'Dačić: ispunjeni svi prioriteti predsedavanja SEPCA'),
    ).to.have.length(2);
  });

  it('refresh: the feed is checked for new releases, which wait for the visitor', async () => {
    const url = api('grow');
    const el = await render(html`<press-feed src=${url}></press-feed>`);
    el.refresh = 0.05;
    await waitUntil(async () => (await requests(url)) >= 2, 'the feed was never refreshed');
    await waitUntil(() => text(el, '.new')?.startsWith('2 new releases'), 'the new releases were not announced');
    expect(titles(el)).to.have.length(8);
    el.refresh = 0;
    await el.updateComplete;
    // A check already on its way still reaches the server.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const count = await requests(url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await requests(url), 'refresh="0" stops the checks').to.equal(count);
  });
});
