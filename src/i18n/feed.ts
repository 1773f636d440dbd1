// The texts of <press-feed>: they travel with the element in English,
// each other language as a small chunk loaded on first use.
import type { FeedTexts } from './translation.js';
import type { TextPart } from './registry.js';
import { feed } from './en/feed.js';

export const feedTexts: TextPart<FeedTexts> = {
  name: 'feed',
  en: feed,
  load: {
    'sr-latn': () => import('./sr-Latn/feed.js').then((module) => module.feed),
    'sr-cyrl': () => import('./sr-Cyrl/feed.js').then((module) => module.feed),
  },
};
