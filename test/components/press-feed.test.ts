import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { refresh, parseFeed } from '../../src/data/index.js';
import { FeedError } from '../../src/data/feed-error.js';
import { api, now, render, requests, settle, titles, type PressFeed } from '../helpers/press-feed.js';
import { all, focused, one, text, texts } from '../helpers/shadow.js';

const sample = '/demo/feeds/sample.json';

describe('<press-feed> states', () => {
  it('lists the sample releases, newest first, each title a heading holding the link, and fires press-load', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('press-feed');
    const loaded = oneEvent(el, 'press-load');
    el.src = sample;
    host.append(el);
    const { detail } = await loaded;
    expect(detail.feed.items).to.have.length(2);
    await settle(el);

    const list = one(el, 'ul.list');
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Press releases');
    expect(titles(el)).to.deep.equal([
      'Dačić: all priorities of the Serbian chairmanship of SEPCA have been fulfilled',
      'EU-funded Twinning project against illegal migration and cyber crime concludes',
    ]);
    const link = one<HTMLAnchorElement>(el, 'li[part=item] h3[part=title] a');
    expect(link.href).to.equal(new URL('/demo/feeds/releases/mup-sepca-priorities.html', location.href).href);
    const time = one(el, 'time[part=date]');
    expect(new Date(time.getAttribute('datetime')!).toISOString()).to.equal('2024-10-14T08:30:00.000Z');
    expect(time.textContent!.trim()).to.equal('October 14, 2024');
    // The sample feed names its topics (_press.tags).
    expect(texts(el, '.item:first-child [part=tag]')).to.include('SEPCA');
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton of the list to come, busy, while the feed loads', async () => {
    const url = api('hold');
    const el = await fixture<PressFeed>(html`<press-feed src=${url} limit="4" show-summary></press-feed>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.skeleton'));
    expect(one(el, '.feed').getAttribute('aria-busy')).to.equal('true');
    expect(text(el, '[role=status]')).to.equal('Loading…');
    expect(all(el, '.skeleton .item')).to.have.length(4);
    expect(one(el, '.skeleton').getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();

    await fetch(url.replace('/hold/', '/release/'));
    await settle(el);
    expect(all(el, '.skeleton')).to.have.length(0);
    expect(titles(el)).to.have.length(4);
  });

  it('explains a server error in words, offers Retry, shows the fallback content and fires press-error', async () => {
    const url = api('error');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('press-feed');
    el.innerHTML = '<a href="/releases">All press releases</a>';
    const failed = oneEvent(el, 'press-error');
    el.src = url;
    host.append(el);
    const { detail } = await failed;
    expect(detail.error).to.be.instanceOf(FeedError);
    expect(detail.error.code).to.equal('http');
    await settle(el);

    expect(text(el, '[part=error] p')).to.equal(
      'The news server is not available at the moment. Please try again later.',
    );
    const slot = one<HTMLSlotElement>(el, '[part=error] slot');
    expect(slot.assignedElements()[0].textContent).to.equal('All press releases');
    await expect(el).to.be.accessible();

    const retry = one<HTMLButtonElement>(el, '[part=error] button');
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(async () => (await requests(url)) === 2, 'Retry did not ask the server again');
  });

  it('says the feed is damaged when the server sends something that is not JSON', async () => {
    const el = await render(html`<press-feed src=${api('invalid')} lang="sr-Latn"></press-feed>`);
    expect(text(el, '[part=error] p')).to.equal('Vesti nije moguće pročitati jer je izvor vesti oštećen.');
    expect(text(el, '[part=error] button')).to.equal('Pokušajte ponovo');
    await expect(el).to.be.accessible();
  });

  it('says so when the feed has no releases yet', async () => {
    const el = await render(html`<press-feed src="/test/fixtures/press-feed/empty.json" show-search></press-feed>`);
    expect(text(el, '.message')).to.equal('There are no press releases yet.');
    expect(all(el, 'input')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps showing the releases it has, marked out of date, when a refresh fails', async () => {
    const url = api('once');
    const el = await render(html`<press-feed src=${url}></press-feed>`);
    expect(titles(el)).to.have.length(8);
    expect(all(el, '.notice')).to.have.length(0);

    const failed = oneEvent(el, 'press-error');
    await refresh(url).catch(() => undefined);
    expect((await failed).detail.error.code).to.equal('http');
    await el.updateComplete;
    expect(text(el, '.notice')).to.match(
      /^These releases may be out of date: they were last updated [A-Z][a-z]+ \d+, \d{4} at \d+:\d\d [AP]M\.$/,
    );
    expect(titles(el)).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('makes one request for five feeds with the same src', async () => {
    const url = api('mixed');
    const host = await fixture<HTMLDivElement>(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<press-feed src=${url} limit="2"></press-feed>`)}
    </div>`);
    const feeds = [...host.querySelectorAll('press-feed')];
    for (const feed of feeds) await settle(feed);
    expect(feeds.map((feed) => titles(feed).length)).to.deep.equal([2, 2, 2, 2, 2]);
    expect(await requests(url)).to.equal(1);
  });

  it('merges several feeds in src, newest first, showing a release both carry once', async () => {
    const mixed = api('mixed');
    const merged = await render(html`<press-feed src="${mixed} ${api('sample')}" limit="20"></press-feed>`);
    expect(titles(merged)).to.have.length(10);
    expect(titles(merged)[0]).to.equal('Police chiefs of the region meet in Belgrade');
    expect(titles(merged)[7]).to.match(/^Dačić: all priorities/);

    const twice = await render(html`<press-feed src="${mixed} ${api('mixed')}" limit="20"></press-feed>`);
    expect(titles(twice)).to.have.length(8);
  });

  it('renders a feed given as a property without fetching', async () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Inline',
      items: [
        { id: '1', title: 'Inline release', url: 'https://example.org/1', date_published: '2026-11-01T10:00:00Z' },
      ],
    });
    const el = await render(html`<press-feed .feed=${feed}></press-feed>`);
    expect(titles(el)).to.deep.equal(['Inline release']);
  });

  it('shows its fallback content while it has no feed to show', async () => {
    const el = await fixture<PressFeed>(html`<press-feed><a href="/releases">All press releases</a></press-feed>`);
    expect(all(el, 'slot')).to.have.length(1);
    expect(all(el, '.list')).to.have.length(0);
  });
});

describe('<press-feed> releases', () => {
  const mixed = '/test/fixtures/press-feed/mixed.json';

  it('shows summaries and images only when asked, with the image’s text alternative', async () => {
    const plain = await render(html`<press-feed src=${mixed}></press-feed>`);
    expect(all(plain, '[part=summary]')).to.have.length(0);
    expect(all(plain, '[part=image]')).to.have.length(0);

    const rich = await render(html`<press-feed src=${mixed} show-summary show-images></press-feed>`);
    expect(text(rich, '[part=summary]')).to.equal(
      'Police chiefs of Southeast Europe agreed on joint action against human trafficking.',
    );
    const image = one<HTMLImageElement>(rich, '[part=image]');
    expect(image.alt).to.equal('Police chiefs around a table');
    expect(image.src).to.equal(new URL('/test/fixtures/press-feed/image.svg', location.href).href);
    expect(texts(rich, '.item:first-child .meta')[0]).to.contain('International police cooperation');
    expect(texts(rich, '.item:first-child .meta')[0]).to.contain('Ministry of the Interior');
    await expect(rich).to.be.accessible();
  });

  it('marks each release’s text with its own language', async () => {
    const el = await render(html`<press-feed src=${mixed} show-summary></press-feed>`);
    const cyrillic = all(el, '.item').find((item) => item.textContent!.includes('Дачић'))!;
    expect(cyrillic.querySelector('[part=title] a')!.getAttribute('lang')).to.equal('sr-Cyrl');
    expect(cyrillic.querySelector('[part=summary]')!.getAttribute('lang')).to.equal('sr-Cyrl');
    // Its category and source too, but not the date, which is the widget's.
    expect([...cyrillic.querySelectorAll('.meta > *')].map((part) => part.getAttribute('lang'))).to.deep.equal([
      null,
      'sr-Cyrl',
      'sr-Cyrl',
    ]);
  });

  it('writes dates as absolute, relative or both, always in a <time datetime>, with the exact day for assistive technology', async () => {
    const absolute = await render(html`<press-feed src=${mixed} .now=${now}></press-feed>`);
    expect(text(absolute, 'time')).to.equal('November 20, 2026');

    const relative = await render(html`<press-feed src=${mixed} dates="relative" .now=${now}></press-feed>`);
    await waitUntil(() => text(relative, 'time') !== 'November 20, 2026', 'the relative date never appeared', {
      timeout: 5000,
    });
    const time = one(relative, 'time');
    expect(time.getAttribute('datetime')).to.equal('2026-11-20T09:00:00.000Z');
    expect(time.textContent).to.equal('3 days ago (November 20, 2026)');
    expect(time.querySelector('.visually-hidden')!.textContent).to.equal(' (November 20, 2026)');
    expect(time.title).to.equal('November 20, 2026');

    const both = await render(html`<press-feed src=${mixed} dates="both" .now=${now}></press-feed>`);
    await waitUntil(() => text(both, 'time').includes('ago'));
    expect(text(both, 'time')).to.equal('November 20, 2026 · 3 days ago');

    const serbian = await render(
      html`<press-feed src=${mixed} dates="relative" .now=${now} lang="sr-Latn"></press-feed>`,
    );
    await waitUntil(() => text(serbian, 'time').startsWith('pre '), 'no Serbian relative date');
    expect(text(serbian, 'time')).to.equal('pre 18 dana (5. novembar 2026.)');
    await expect(serbian).to.be.accessible();

    // A page in British English: English texts, British dates, absolute as relative ones are.
    const british = await render(html`<press-feed src=${mixed} dates="both" .now=${now} lang="en-GB"></press-feed>`);
    await waitUntil(() => text(british, 'time').includes('ago'));
    expect(text(british, 'time')).to.equal('20 November 2026 · 3 days ago');
  });

  it('puts titles at the heading level the page needs, falling back to 3 for a bad value', async () => {
    const h2 = await render(html`<press-feed src=${mixed} heading-level="2"></press-feed>`);
    expect(all(h2, 'h2[part=title]')).to.have.length(8);
    expect(all(h2, 'h2[part=title] a')).to.have.length(7);
    const bad = await render(html`<press-feed src=${mixed} heading-level="9"></press-feed>`);
    expect(all(bad, 'h3[part=title]')).to.have.length(8);
  });

  it('reads a release in full inline with expand, in a disclosure', async () => {
    const el = await render(html`<press-feed src=${mixed} expand></press-feed>`);
    const toggle = one<HTMLButtonElement>(el, '.item:first-child button.toggle');
    expect(toggle.textContent!.trim()).to.equal('Read the full release');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(all(el, '[part=content]')).to.have.length(0);

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const content = one(el, '#' + toggle.getAttribute('aria-controls'));
    expect(content.getAttribute('part')).to.equal('content');
    expect(content.querySelector('strong')!.textContent).to.equal('joint action');
    expect(toggle.textContent!.trim()).to.equal('Hide the full release');
    expect(one(el, '#' + toggle.getAttribute('aria-describedby')).textContent!.trim()).to.equal(
      'Police chiefs of the region meet in Belgrade',
    );
    await expect(el).to.be.accessible();

    // A release without a page: its title is plain text, and its text can still be read in full.
    const awareness = all(el, '.item').find((item) => item.textContent!.includes('awareness week'))!;
    expect(awareness.querySelector('[part=title] a')).to.equal(null);
    awareness.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    expect(awareness.querySelector('[part=content]')!.textContent).to.contain('Police officers visit classrooms.');

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('fires press-item-select when a release is opened; canceling it keeps the link from navigating', async () => {
    const el = await render(html`<press-feed src=${mixed}></press-feed>`);
    const prevented: boolean[] = [];
    // The test page must never navigate: note whether the widget canceled the click, then cancel it.
    const guard = (event: Event) => {
      prevented.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', guard);
    try {
      const link = one<HTMLAnchorElement>(el, '[part=title] a');
      const selected = oneEvent(el, 'press-item-select');
      link.click();
      const event = await selected;
      expect(event.detail.item.id).to.equal('a-police-chiefs');
      expect(event.cancelable).to.equal(true);
      expect(prevented).to.deep.equal([false]);

      el.addEventListener('press-item-select', (select) => select.preventDefault(), { once: true });
      link.click();
      expect(prevented).to.deep.equal([false, true]);
    } finally {
      window.removeEventListener('click', guard);
    }
  });

  it('lays releases out as a list, a grid of cards or compact lines, following the width it is given', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <press-feed src=${mixed} layout="grid" show-summary show-images></press-feed>
    </div>`);
    const grid = host.querySelector('press-feed')!;
    await settle(grid);
    const columns = () => getComputedStyle(one(grid, '.list')).gridTemplateColumns.split(' ').length;
    expect(columns()).to.be.greaterThan(1);
    host.style.width = '320px';
    await aTimeout(0);
    expect(columns()).to.equal(1);
    expect(grid.scrollWidth).to.be.at.most(320);
    await expect(grid).to.be.accessible();

    const compact = await render(
      html`<press-feed src=${mixed} layout="compact" show-summary show-images></press-feed>`,
    );
    expect(one(compact, '.list').classList.contains('compact')).to.equal(true);
    expect(all(compact, '[part=summary], [part=image], [part=tag]')).to.have.length(0);
    expect(all(compact, 'time')).to.have.length(7);

    const fallback = await render(html`<press-feed src=${mixed} layout="carousel"></press-feed>`);
    expect(one(fallback, '.list').classList.contains('list')).to.equal(true);
    expect(one(fallback, '.list').classList.contains('carousel')).to.equal(false);
  });

  it('reflows at 320 px with every control shown', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <press-feed src=${mixed} show-search show-filters show-summary show-images expand dates="both" .now=${now}></press-feed>
    </div>`);
    const el = host.querySelector('press-feed')!;
    await settle(el);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of all(el, '.item, .filters, .search'))
      expect(node.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right + 0.5);
  });

  it('reflows at 390 px with text at 200 %: the filters wrap, nothing sticks out sideways', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 390px; font-size: 32px">
      <press-feed src=${mixed} show-search show-filters style="--press-font-size: 2rem"></press-feed>
    </div>`);
    const el = host.querySelector('press-feed')!;
    await settle(el);
    const right = host.getBoundingClientRect().right + 0.5;
    expect(el.scrollWidth).to.be.at.most(390);
    for (const node of all(el, '.filters, .filters .field, select, input, .chip'))
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(right);
  });

  it('stops the skeleton’s pulse for reduced motion, and keeps pressed topics visible in forced colours', async () => {
    const url = api('hold');
    const loading = await fixture<PressFeed>(html`<press-feed src=${url}></press-feed>`);
    await waitUntil(() => loading.shadowRoot!.querySelector('.bone'));
    expect(getComputedStyle(one(loading, '.bone')).animationName).to.equal('pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(one(loading, '.bone')).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await fetch(url.replace('/hold/', '/release/'));
    }

    const el = await render(html`<press-feed src=${mixed} show-filters></press-feed>`);
    const chip = one<HTMLButtonElement>(el, '[part=chip]');
    chip.click();
    await el.updateComplete;
    // This Chromium cannot emulate forced colours, so the test reads the rule the browser parsed.
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)',
    );
    const pressed = forced
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[])
      .find((rule) => rule.selectorText.split(', ').includes(`.chip[aria-pressed="true"]`));
    expect(pressed?.style.borderWidth).to.equal('3px');
    expect(pressed?.style.backgroundColor).to.equal('highlight');
    // The tick before a pressed topic is decoration: the button is named by its topic alone.
    expect(getComputedStyle(chip, '::before').content).to.equal('"✓ " / ""');
  });

  it('takes its look from per-component custom properties and parts', async () => {
    const host =
      await fixture<HTMLDivElement>(html`<div style="--press-feed-title-color: rgb(255, 200, 200); --press-feed-gap: 40px; background: #16191d">
      <press-feed src=${mixed} theme="dark"></press-feed>
    </div>`);
    const el = host.querySelector('press-feed')!;
    await settle(el);
    expect(getComputedStyle(one(el, '[part=title] a')).color).to.equal('rgb(255, 200, 200)');
    expect(getComputedStyle(one(el, '.list')).rowGap).to.equal('40px');
    for (const part of ['item', 'title', 'date', 'tag'])
      expect(all(el, `[part~=${part}]`).length, part).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('speaks the language of its lang attribute and shows the releases written in it', async () => {
    const latin = await render(html`<press-feed src=${mixed} lang="sr-Latn" show-search></press-feed>`);
    expect(titles(latin)).to.deep.equal(['Dačić: ispunjeni svi prioriteti predsedavanja SEPCA']);
    expect(text(latin, 'label[for=search]')).to.equal('Pretražite saopštenja');
    expect(text(latin, '.count')).to.equal('1 saopštenje');

    const serbian = await render(html`<press-feed src=${mixed} lang="sr"></press-feed>`);
    expect(titles(serbian)).to.have.length(2);
    expect(one(serbian, '.list').getAttribute('aria-label')).to.equal('Саопштења за јавност');

    // A language inherited from the page is the UI's language only: it hides no release.
    const inherited = await render(html`<div lang="sr-Cyrl"><press-feed src=${mixed}></press-feed></div>`);
    expect(titles(inherited)).to.have.length(8);
    expect(one(inherited, '.list').getAttribute('aria-label')).to.equal('Саопштења за јавност');
    await expect(inherited).to.be.accessible();
  });

  it('says when its language has no releases, and offers the languages the feed has, each in its own name', async () => {
    const el = await render(html`<press-feed src=${mixed} lang="de" show-search></press-feed>`);
    expect(all(el, '[part=item]')).to.have.length(0);
    expect(text(el, '.message p')).to.equal('In dieser Sprache gibt es keine Pressemitteilungen.');
    const offered = all<HTMLButtonElement>(el, '.message button');
    expect(offered.map((button) => [button.textContent, button.lang])).to.deep.equal([
      ['English', 'en'],
      ['Srpski (latinica)', 'sr-Latn'],
      ['Српски (ћирилица)', 'sr-Cyrl'],
    ]);
    await expect(el).to.be.accessible();

    offered[0]!.click();
    await waitUntil(() => all(el, '[part=item]').length === 6);
    expect(titles(el)[0]).to.equal('Police chiefs of the region meet in Belgrade');
    expect(focused(el), 'focus goes to the first release').to.equal(one(el, '[part=title] a'));
    expect(text(el, 'label[for=search]'), 'the interface keeps the page’s language').to.equal(
      'Pressemitteilungen durchsuchen',
    );

    // The page's own language again, once it has releases in it.
    el.setAttribute('lang', 'sr-Latn');
    await waitUntil(() => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Dačić: ispunjeni svi prioriteti predsedavanja SEPCA']);
  });

  it('offers only the languages of the releases the site’s other filters keep', async () => {
    const el = await render(html`<press-feed src=${mixed} lang="de" tags="twinning"></press-feed>`);
    expect(all(el, '.message button').map((button) => button.textContent)).to.deep.equal(['English']);
    const everyLanguage = await render(html`<press-feed src=${mixed} tags="twinning"></press-feed>`);
    expect(titles(everyLanguage)).to.have.length(1);
    expect(all(everyLanguage, '.message')).to.have.length(0);
  });
});
