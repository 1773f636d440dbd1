// The package root: classes, types and data functions. Importing it registers no element; import
// `@sepca/press-widgets/define` (or one component's entry) for that.
export * from './data/index.js';
export * from './i18n/index.js';
export { PressElement } from './components/press-element.js';
export { LocalizeController } from './controllers/localize.js';
export { PressLoadEvent, type PressLoadDetail } from './events/press-load.js';
export { PressErrorEvent, type PressErrorDetail } from './events/press-error.js';
export { PressFeed } from './components/press-feed/press-feed.js';
export { PressFilterChangeEvent, type PressFilterChangeDetail } from './events/press-filter-change.js';
export { PressItemSelectEvent, type PressItemSelectDetail } from './events/press-item-select.js';
export { PressQuote } from './components/press-quote/press-quote.js';
export { PressQuoteCopyEvent, type PressQuoteCopyDetail } from './events/press-quote-copy.js';
export { PressContactForm } from './components/press-contact-form/press-contact-form.js';
export { PressSubmitEvent } from './events/press-submit.js';
export { PressSubmitSuccessEvent, type PressSubmitSuccessDetail } from './events/press-submit-success.js';
export { PressSubmitErrorEvent, type PressSubmitErrorDetail } from './events/press-submit-error.js';
export * from './form/index.js';
