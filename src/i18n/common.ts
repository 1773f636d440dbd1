// The texts every widget shares: they travel with the script tag's entry in English,
// each other language as a small chunk loaded on first use.
import type { CommonTexts } from './translation.js';
import type { TextPart } from './registry.js';
import english from './en/common.js';

export const commonTexts: TextPart<CommonTexts> = {
  name: 'common',
  en: english,
  values: { staleNotice: ['lastUpdated'] },
  load: (tag) => import(`./${tag}/common.ts`),
};
