// The texts of <press-feed>: they travel with the element in English,
// each other language as a small chunk loaded on first use.
import type { FeedTexts } from './translation.js';
import type { TextPart } from './registry.js';
import english from './en/feed.js';

export const feedTexts: TextPart<FeedTexts> = {
  name: 'feed',
  en: english,
  load: (tag) => import(`./${tag}/feed.ts`),
};
