import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/press-feed/press-feed.define.js';
import type { PressFeed } from '../src/components/press-feed/press-feed.js';
import { parseFeed, refresh } from '../src/data/index.js';
import mixed from '../test/fixtures/press-feed/mixed.json';
import { renderStory, type StoryArgs } from '../.storybook/render-element.js';

const sample = '/feeds/sample.json';

type Args = StoryArgs<PressFeed>;

// Stories for the loading, stale and "new releases" states answer some URLs themselves, the way a slow,
// failing or growing server would.
const staged = new Map<string, (call: number) => Promise<Response> | undefined>();
const calls = new Map<string, number>();
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
  const stage = staged.get(url);
  const call = (calls.get(url) ?? 0) + 1;
  calls.set(url, call);
  return stage?.(call) ?? realFetch(input, init);
};
const sampleWith = async (extra: object[]) => {
  const feed = await (await realFetch(sample)).json();
  feed.items.unshift(...extra);
  return new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/feed+json' } });
};
staged.set('/feeds/loading.json', () => new Promise(() => undefined));
staged.set('/feeds/stale.json', (call) =>
  call === 1 ? realFetch(sample) : Promise.resolve(new Response('', { status: 503 })),
);
staged.set('/feeds/growing.json', (call) =>
  call === 1
    ? realFetch(sample)
    : sampleWith([
        {
          id: 'new-1',
          url: 'releases/new-1.html',
          title: 'New border crossing opens',
          date_published: new Date().toISOString(),
          tags: ['sepca'],
        },
        {
          id: 'new-2',
          url: 'releases/new-2.html',
          title: 'Minister meets the EU delegation',
          date_published: new Date().toISOString(),
          tags: ['eu'],
        },
      ]),
);

const topics = ['sepca', 'eu', 'cyber-crime', 'human-trafficking', 'organised-crime'];
const many = parseFeed({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Many releases',
  items: Array.from({ length: 60 }, (_, i) => ({
    id: `r${i}`,
    url: `https://example.org/releases/${i}`,
    title: `Press release number ${i + 1}`,
    summary: 'A short summary of what the ministry announced today.',
    date_published: new Date(Date.UTC(2026, 9, 30) - i * 86_400_000).toISOString(),
    tags: [topics[i % topics.length]],
  })),
});
const languages = parseFeed(mixed, { url: location.href });
const empty = parseFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] });

// The controls, their types and the docs page's tables come from custom-elements.json (.storybook/).
const meta: Meta<Args> = {
  title: 'Widgets/press-feed',
  component: 'press-feed',
  args: { src: sample, limit: 5, layout: 'list', dates: 'absolute', sort: 'newest', paging: 'more', headingLevel: 3 },
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = { args: { showSummary: true } };
export const Grid: Story = { args: { layout: 'grid', showSummary: true, showImages: true } };
export const Compact: Story = { args: { layout: 'compact' } };
export const SearchAndFilters: Story = { args: { showSearch: true, showFilters: true, showSummary: true } };
export const RelativeDates: Story = { args: { dates: 'relative' } };
export const BothDates: Story = { args: { dates: 'both' } };
export const Expandable: Story = { args: { expand: true, showSummary: true } };
export const PresetTags: Story = { args: { tags: 'interpol' } };
export const OldestFirst: Story = { args: { sort: 'oldest' } };
export const LoadMore: Story = { args: { src: undefined, feed: many, limit: 5, showSummary: true } };
export const NumberedPages: Story = {
  args: { src: undefined, feed: many, limit: 5, paging: 'pages', showSearch: true },
};

export const Loading: Story = { args: { src: '/feeds/loading.json', showSummary: true } };
export const ErrorState: Story = { name: 'Error', args: { src: '/feeds/does-not-exist.json' } };
export const Empty: Story = { args: { src: undefined, feed: empty } };
export const NoResults: Story = { args: { query: 'nothing matches this', showSearch: true } };
/** The cached releases stay when the server stops answering, marked out of date. */
export const Stale: Story = {
  args: { src: '/feeds/stale.json' },
  play: async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await refresh('/feeds/stale.json').catch(() => undefined);
  },
};
/** A refresh brought two releases: announced, held back until the visitor clicks Show. */
export const NewReleases: Story = {
  args: { src: '/feeds/growing.json', limit: 3 },
  play: async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await refresh('/feeds/growing.json');
  },
};

/** The element's own `lang` is the language of its texts and of the releases it shows. */
export const SerbianLatinReleases: Story = {
  args: { src: undefined, feed: languages, lang: 'sr-Latn', showSearch: true, showSummary: true },
};
export const SerbianCyrillicReleases: Story = {
  args: { src: undefined, feed: languages, lang: 'sr-Cyrl', showSearch: true, showSummary: true },
};
/** A page language (here from the toolbar) changes the texts only; every release is shown. */
export const AllLanguages: Story = { args: { src: undefined, feed: languages, showFilters: true, showSummary: true } };

export const Dark: Story = {
  args: { showSummary: true, showFilters: true, theme: 'dark' },
  render: (args, context) => html`<div style="background: #16191d; padding: 1rem">${renderStory(args, context)}</div>`,
};
/** Tokens and the feed's own custom properties, set on a wrapper as a site's stylesheet would. */
export const CustomProperties: Story = {
  args: { layout: 'grid', showSummary: true },
  render: (args, context) =>
    html`<div
      style="--press-feed-gap: 2rem; --press-feed-title-color: #7a1f5c; --press-feed-item-background: #fdf6fa; --press-feed-item-border-color: #7a1f5c; --press-color-accent: #7a1f5c; --press-radius: 0"
    >
      ${renderStory(args, context)}
    </div>`,
};
export const Narrow: Story = {
  args: { showSearch: true, showFilters: true, showSummary: true },
  render: (args, context) =>
    html`<div style="width: 320px; border: 1px dashed #888">${renderStory(args, context)}</div>`,
};
