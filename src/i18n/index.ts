export type { Translation } from './translation.js';
export { registerTranslation, loadTranslation } from './registry.js';
export { closestLang } from './lang.js';
