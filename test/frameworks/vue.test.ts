// The elements in a Vue 3 app, as docs/vue.md tells a team to use them: registered first, marked as
// custom elements for the template compiler, static attributes, bound properties, .feed, @press-load.
import { expect, waitUntil } from '@open-wc/testing';
// Vue's browser build is an ES module with the template compiler (the "no build step" set-up); its
// API is the same as the package's, typed below.
// @ts-expect-error the browser build has no declaration file of its own
import * as VueBrowser from 'vue/dist/vue.esm-browser.js';
import '../../src/define.js';
import { parseFeed, PressLoadEvent, type Feed } from '../../src/index.js';
import type { PressFeed } from '../../src/components/press-feed/press-feed.js';
import type { PressQuote } from '../../src/components/press-quote/press-quote.js';
import { shadow, texts } from '../helpers/shadow.js';

const { createApp, nextTick, ref, shallowRef } = VueBrowser as typeof import('vue');
const sample = '/demo/feeds/sample.json';

describe('the elements in Vue 3', () => {
  let container: HTMLDivElement;
  let unmount: () => void;
  const warnings: unknown[][] = [];
  const warn = console.warn;

  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    unmount?.();
    container.remove();
    console.warn = warn;
  });

  function mount<State extends object>(template: string, state: State): State {
    const app = createApp({ setup: () => state, template });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('press-');
    app.mount(container);
    unmount = () => app.unmount();
    return state;
  }

  it('renders <press-feed> with static attributes, a bound boolean property and @press-load', async () => {
    const state = mount(
      `<press-feed src="${sample}" show-search :showFilters="showFilters" :limit="limit" @press-load="loads.push($event)"></press-feed>`,
      { showFilters: ref(false), limit: ref(5), loads: [] as PressLoadEvent[] },
    );
    const el = container.querySelector<PressFeed>('press-feed')!;
    await waitUntil(() => state.loads.length > 0, '@press-load was never called', { timeout: 5000 });
    await waitUntil(() => shadow(el).querySelector('[part=item]'), 'no release was shown', { timeout: 5000 });
    await el.updateComplete;

    expect(texts(el, '[part=title]')).to.have.length(2);
    expect(state.loads[0]).to.be.instanceOf(PressLoadEvent);
    expect(state.loads[0]!.detail.feed.items).to.have.length(2);
    expect(el.limit).to.equal(5);
    expect(shadow(el).querySelector('input[type=search]')).to.exist;
    // Bound by its property name, false stays false (as an attribute, "false" would count as present).
    expect(el.showFilters).to.be.false;
    expect(el.hasAttribute('show-filters')).to.be.false;

    state.showFilters.value = true;
    await nextTick();
    expect(el.showFilters).to.be.true;
    expect(warnings.map(String).join('\n')).not.to.contain('Failed to resolve component');
  });

  it('passes a feed from app data to <press-quote> and updates it when the data changes', async () => {
    const response = await fetch(sample);
    const feed: Feed = parseFeed(await response.json(), { url: new URL(sample, location.href).href });
    const state = mount(`<press-quote :feed="feed" :speaker="speaker"></press-quote>`, {
      feed: shallowRef(feed),
      speaker: ref('Davenport'),
    });
    const el = container.querySelector<PressQuote>('press-quote')!;
    await waitUntil(() => shadow(el).querySelector('blockquote'), 'no quote was shown', { timeout: 5000 });
    expect(el.feed).to.equal(feed);
    expect(el.hasAttribute('feed')).to.be.false;
    expect(texts(el, '[part=speaker]')).to.deep.equal(['Michael Davenport']);

    state.speaker.value = 'Dačić';
    await waitUntil(() => texts(el, '[part=speaker]')[0] === 'Ivica Dačić', 'the new speaker was never shown', {
      timeout: 5000,
    });
    expect(container.querySelector('press-quote')).to.equal(el);
  });
});
