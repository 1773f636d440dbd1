// The texts every widget shares: they travel with the script tag's entry in English,
// each other language as a small chunk loaded on first use.
import type { CommonTexts } from './translation.js';
import type { TextPart } from './registry.js';
import { common } from './en/common.js';

export const commonTexts: TextPart<CommonTexts> = {
  name: 'common',
  en: common,
  load: {
    'sr-latn': () => import('./sr-Latn/common.js').then((module) => module.common),
    'sr-cyrl': () => import('./sr-Cyrl/common.js').then((module) => module.common),
  },
};
