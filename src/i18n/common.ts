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
    sq: () => import('./sq/common.js').then((module) => module.common),
    bs: () => import('./bs/common.js').then((module) => module.common),
    hr: () => import('./hr/common.js').then((module) => module.common),
    mk: () => import('./mk/common.js').then((module) => module.common),
    sl: () => import('./sl/common.js').then((module) => module.common),
    bg: () => import('./bg/common.js').then((module) => module.common),
    ro: () => import('./ro/common.js').then((module) => module.common),
    hu: () => import('./hu/common.js').then((module) => module.common),
    de: () => import('./de/common.js').then((module) => module.common),
    el: () => import('./el/common.js').then((module) => module.common),
    tr: () => import('./tr/common.js').then((module) => module.common),
  },
};
