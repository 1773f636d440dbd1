// Copying a quote: fetched when a visitor points at or moves into a quote, so that a click copies at once.
export { copyText } from './copy-text.js';
export { PressQuoteCopyEvent } from '../../events/press-quote-copy.js';
