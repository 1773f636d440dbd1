// The one-script-tag entry. It registers every press tag, loading each one's code only when the tag
// appears on the page. The element classes are exported by the modules beside it (press-feed.js,
// press-quote.js, press-contact-form.js), the data functions by data.js.
import { autoload } from './autoload.js';

export { registerTranslation } from '../i18n/registry.js';

autoload();
