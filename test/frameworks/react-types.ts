// Type checks of the React 19 JSX types (tsc, `npm run lint`); no test runs here. JSX checks
// `<press-feed lang="sr" limit={5} />` against these props, and lets any hyphenated name (`data-track`)
// through by itself.
import type { JSX } from 'react';
import type {} from '../../src/jsx/react.js';

type Props<Tag extends keyof JSX.IntrinsicElements> = JSX.IntrinsicElements[Tag];

export const globalAttributes = {
  feed: {
    lang: 'sr-Latn',
    id: 'news',
    dir: 'ltr',
    title: 'Press releases',
    hidden: true,
    'aria-label': 'Press releases',
    role: 'region',
    tabIndex: -1,
    className: 'wide',
    slot: 'main',
    limit: 5,
    'show-search': true,
  } satisfies Props<'press-feed'>,
  quote: { lang: 'de', 'aria-hidden': false, clamp: 4 } satisfies Props<'press-quote'>,
  form: { lang: 'sq', title: 'Write to us', 'max-length': 2000 } satisfies Props<'press-contact-form'>,
};

export const typeErrors: Props<'press-feed'>[] = [
  // @ts-expect-error limit is a number
  { lang: 'sr', limit: 'five' },
  // @ts-expect-error lang is a language tag
  { lang: 42 },
  // @ts-expect-error objects are properties: `feed` wants a parsed Feed
  { feed: 'sample.json' },
];
