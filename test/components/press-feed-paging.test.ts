import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { parseFeed, refresh } from '../../src/data/index.js';
import type { PressFilterChangeEvent } from '../../src/events/press-filter-change.js';
import { api, render, requests, titles, type PressFeed } from '../helpers/press-feed.js';
import { all, focused, one, text, visible } from '../helpers/shadow.js';

const mixed = '/test/fixtures/press-feed/mixed.json';
const more = (el: PressFeed) => one<HTMLButtonElement>(el, 'button[part=more]');

describe('<press-feed> sort, limit and paging', () => {
  it('sorts newest first by default, or oldest first; undated releases come last', async () => {
    const newest = await render(html`<press-feed src=${mixed}></press-feed>`);
    expect(titles(newest)[0]).to.equal('Police chiefs of the region meet in Belgrade');
    expect(titles(newest).at(-1)).to.equal('Office hours during the holidays');
    const oldest = await render(html`<press-feed src=${mixed} sort="oldest"></press-feed>`);
    expect(titles(oldest)[0]).to.equal('Border police publish their annual report');
    expect(titles(oldest).at(-1)).to.equal('Office hours during the holidays');
    const bad = await render(html`<press-feed src=${mixed} sort="random"></press-feed>`);
    expect(titles(bad)).to.deep.equal(titles(newest));
  });

  it('shows limit releases, and "Show more releases" adds the next ones with focus on the first new one', async () => {
    const el = await render(html`<press-feed src=${mixed} limit="3"></press-feed>`);
    expect(titles(el)).to.have.length(3);
    expect(more(el).textContent!.trim()).to.equal('Show more releases');
    await expect(el).to.be.accessible();

    more(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(6);
    expect(focused(el)!.textContent).to.equal(titles(el)[3]);

    more(el).click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(8);
    // A release without a link: its heading takes the focus.
    expect(focused(el)!.textContent).to.equal(titles(el)[6]);
    expect(all(el, 'button[part=more]')).to.have.length(0);
  });

  it('falls back to 10 per page for a limit it cannot use', async () => {
    const feed = parseFeed(generateFeed(30));
    const el = await render(html`<press-feed .feed=${feed} limit="-4"></press-feed>`);
    expect(titles(el)).to.have.length(10);
  });

  it('numbers the pages with paging="pages", moving focus to the first release of the new page', async () => {
    const el = await render(html`<press-feed src=${mixed} limit="3" paging="pages"></press-feed>`);
    const nav = one(el, 'nav[part=more]');
    expect(nav.getAttribute('aria-label')).to.equal('Pages of releases');
    const buttons = () => all<HTMLButtonElement>(el, 'nav button');
    const names = () => buttons().map((button) => button.textContent!.trim());
    // No "Previous page" on the first page (GOV.UK's pagination): a disabled button is a dead end to reach.
    expect(names()).to.deep.equal(['1', '2', '3', 'Next page']);
    expect(buttons()[0].getAttribute('aria-current')).to.equal('page');
    expect(buttons()[0].getAttribute('aria-label')).to.equal('Page 1');
    await expect(el).to.be.accessible();

    buttons()[3].click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Дачић: испуњени сви приоритети председавања СЕПЦА',
      'Cyber crime unit opens a regional office',
      'Human trafficking awareness week',
    ]);
    expect(buttons()[2].getAttribute('aria-current')).to.equal('page');
    expect(focused(el)!.textContent).to.equal('Дачић: испуњени сви приоритети председавања СЕПЦА');

    buttons()[3].click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(2);
    expect(names(), 'no "Next page" on the last page').to.deep.equal(['Previous page', '1', '2', '3']);
    // Only the current page is in the document.
    expect(all(el, '[part=item]')).to.have.length(2);
  });

  it('shows a window of page numbers around the current one when there are many', async () => {
    const el = await render(
      html`<press-feed .feed=${parseFeed(generateFeed(100))} limit="5" paging="pages"></press-feed>`,
    );
    const labels = () => all(el, 'nav li').map((li) => li.textContent!.trim());
    expect(labels()).to.deep.equal(['1', '2', '…', '20', 'Next page']);
    all<HTMLButtonElement>(el, 'nav button')
      .find((button) => button.textContent!.trim() === '20')!
      .click();
    await el.updateComplete;
    all<HTMLButtonElement>(el, 'nav button')
      .find((button) => button.textContent!.trim() === '19')!
      .click();
    await el.updateComplete;
    expect(labels()).to.deep.equal(['Previous page', '1', '…', '18', '19', '20', 'Next page']);
  });

  it('puts only one page of a 10,000-release feed in the document, and searches it in memory', async () => {
    const feed = parseFeed(generateFeed(10_000), { maxItems: 10_000 });
    expect(feed.items).to.have.length(10_000);
    const el = await render(html`<press-feed .feed=${feed} limit="20" show-search show-filters></press-feed>`);
    expect(all(el, '[part=item]')).to.have.length(20);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(1000);
    expect(text(el, '.count')).to.equal('10000 releases');

    one(el, 'input[type=search]').focus();
    // On a busy machine the search may apply a first letter before the word is typed; the word's own
    // change is the one to read.
    const changed = new Promise<PressFilterChangeEvent>((resolve) =>
      el.addEventListener('press-filter-change', (event) => event.detail.filter.query === 'interpol' && resolve(event)),
    );
    await sendKeys({ type: 'interpol' });
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    expect(detail.count).to.be.within(21, 9_999);
    expect(all(el, '[part=item]')).to.have.length(20);
  });

  it('follows next_url when the loaded releases run out, once per page', async () => {
    const url = api('paged', '?page=1&size=5&pages=3');
    const el = await render(html`<press-feed src=${url} limit="5"></press-feed>`);
    expect(titles(el)).to.have.length(5);
    expect(more(el)).to.exist;

    more(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(el).length === 10, 'the next page never came');
    expect(titles(el)[5]).to.equal('Release number 6');
    expect(focused(el)!.textContent).to.equal('Release number 6');
    expect(await requests(url)).to.equal(2);

    more(el).click();
    await waitUntil(() => titles(el).length === 15);
    expect(all(el, 'button[part=more]')).to.have.length(0);
    expect(await requests(url)).to.equal(3);
  });

  it('follows next_url from the last numbered page too', async () => {
    const el = await render(
      html`<press-feed src=${api('paged', '?page=1&size=4&pages=2')} limit="4" paging="pages"></press-feed>`,
    );
    const next = () =>
      all<HTMLButtonElement>(el, 'nav button').find((button) => button.textContent!.trim() === 'Next page');
    expect(next(), 'the feed has a next page').to.exist;
    next()!.click();
    await waitUntil(() => titles(el)[0] === 'Release number 5', 'the next page never came');
    expect(next(), 'the last page of the last feed page').to.equal(undefined);
  });
});

describe('<press-feed refresh>', () => {
  it('holds new releases back and announces them politely until the visitor asks to see them', async () => {
    const url = api('grow');
    // An hour between checks: the test asks for the check itself, when it wants it.
    const el = await render(html`<press-feed src=${url} limit="3" refresh="3600"></press-feed>`);
    const before = titles(el);
    const live = one(el, '.new');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent!.trim()).to.equal('');

    await refresh(url);
    await el.updateComplete;
    expect(visible(live.textContent!)).to.equal('2 new releases — Show');
    expect(titles(el)).to.deep.equal(before);
    await expect(el).to.be.accessible();

    live.querySelector('button')!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['New border crossing opens', 'Minister meets EU delegation', before[0]]);
    expect(focused(el)!.textContent).to.equal('New border crossing opens');
    expect(live.textContent!.trim()).to.equal('');
  });

  it('keeps its list while it checks a feed whose URL has a comma in it: one URL, not two', async () => {
    const url = api('grow', '?tags=sepca,interpol');
    const el = await render(html`<press-feed src=${url} refresh="3600"></press-feed>`);
    const seen: string[] = [];
    const observer = new MutationObserver(() => el.shadowRoot!.querySelector('.skeleton') && seen.push('skeleton'));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    const checked = refresh(url);
    await el.updateComplete;
    await checked;
    await el.updateComplete;
    observer.disconnect();
    expect(seen, 'the list never gave way to the skeleton').to.deep.equal([]);
    expect(text(el, '.new')).to.equal('2 new releases — Show');
  });

  it('asks the server again every refresh seconds', async () => {
    const url = api('grow');
    const el = await render(html`<div><press-feed src=${url} refresh="0.05"></press-feed></div>`);
    await waitUntil(async () => (await requests(url)) >= 2, 'the feed was never refreshed');
    await waitUntil(() => text(el, '.new')?.startsWith('2 new releases'));
    const parent = el.parentElement!;
    el.remove();
    const count = await requests(url);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await requests(url)).to.equal(count);
    // Put back on the page, it refreshes again.
    parent.append(el);
    await waitUntil(async () => (await requests(url)) > count, 'the feed was not refreshed after it came back');
  });
});
