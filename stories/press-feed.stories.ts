import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/press-feed/press-feed.define.js';
import { parseFeed, refresh } from '../src/data/index.js';
import type { Feed } from '../src/data/types.js';
import mixed from '../test/fixtures/press-feed/mixed.json';

const sample = '/feeds/sample.json';

interface Args {
  src?: string;
  feed?: Feed;
  tags?: string;
  tagMode?: string;
  category?: string;
  source?: string;
  since?: string;
  until?: string;
  query?: string;
  lang?: string;
  showSearch?: boolean;
  showFilters?: boolean;
  sort?: string;
  limit?: number;
  paging?: string;
  layout?: string;
  showImages?: boolean;
  showSummary?: boolean;
  dates?: string;
  headingLevel?: number;
  expand?: boolean;
  refresh?: number;
  style?: string;
}

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

const meta: Meta<Args> = {
  title: 'Widgets/press-feed',
  component: 'press-feed',
  args: { src: sample, limit: 5, layout: 'list', dates: 'absolute', sort: 'newest', paging: 'more', headingLevel: 3 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    dates: { control: 'inline-radio', options: ['absolute', 'relative', 'both'] },
    sort: { control: 'inline-radio', options: ['newest', 'oldest'] },
    paging: { control: 'inline-radio', options: ['more', 'pages'] },
    tagMode: { control: 'inline-radio', options: ['any', 'all'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    feed: { control: false },
  },
  render: (args, context) => {
    const theme = context.globals.theme as string;
    return html`<press-feed
      src=${ifDefined(args.feed ? undefined : args.src)}
      .feed=${args.feed}
      theme=${theme === 'auto' ? nothing : theme}
      lang=${ifDefined(args.lang)}
      tags=${ifDefined(args.tags)}
      tag-mode=${ifDefined(args.tagMode)}
      category=${ifDefined(args.category)}
      source=${ifDefined(args.source)}
      since=${ifDefined(args.since)}
      until=${ifDefined(args.until)}
      query=${ifDefined(args.query)}
      ?show-search=${args.showSearch}
      ?show-filters=${args.showFilters}
      sort=${ifDefined(args.sort)}
      limit=${ifDefined(args.limit)}
      paging=${ifDefined(args.paging)}
      layout=${ifDefined(args.layout)}
      ?show-images=${args.showImages}
      ?show-summary=${args.showSummary}
      dates=${ifDefined(args.dates)}
      heading-level=${ifDefined(args.headingLevel)}
      ?expand=${args.expand}
      refresh=${ifDefined(args.refresh)}
      style=${ifDefined(args.style)}
    ></press-feed>`;
  },
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
export const LoadMore: Story = { args: { feed: many, limit: 5, showSummary: true } };
export const NumberedPages: Story = { args: { feed: many, limit: 5, paging: 'pages', showSearch: true } };

export const Loading: Story = { args: { src: '/feeds/loading.json', showSummary: true } };
export const ErrorState: Story = { name: 'Error', args: { src: '/feeds/does-not-exist.json' } };
export const Empty: Story = { args: { feed: empty } };
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
  args: { feed: languages, lang: 'sr-Latn', showSearch: true, showSummary: true },
};
export const SerbianCyrillicReleases: Story = {
  args: { feed: languages, lang: 'sr-Cyrl', showSearch: true, showSummary: true },
};
/** A page language (here from the toolbar) changes the texts only; every release is shown. */
export const AllLanguages: Story = { args: { feed: languages, showFilters: true, showSummary: true } };

export const Dark: Story = {
  args: { showSummary: true, showFilters: true },
  render: (args, context) =>
    html`<div style="background: #16191d; padding: 1rem">${meta.render!({ ...args }, { ...context, globals: { ...context.globals, theme: 'dark' } })}</div>`,
};
export const CustomProperties: Story = {
  args: {
    layout: 'grid',
    showSummary: true,
    style:
      '--press-feed-gap: 2rem; --press-feed-title-color: #7a1f5c; --press-feed-item-background: #fdf6fa; --press-feed-item-border-color: #7a1f5c; --press-color-accent: #7a1f5c; --press-radius: 0',
  },
};
export const Narrow: Story = {
  args: { showSearch: true, showFilters: true, showSummary: true },
  render: (args, context) =>
    html`<div style="width: 320px; border: 1px dashed #888">${meta.render!(args, context)}</div>`,
};
