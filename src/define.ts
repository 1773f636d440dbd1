// Registers every element under its default tag name.
import './components/press-feed/press-feed.define.js';
import './components/press-quote/press-quote.define.js';
import './components/press-contact-form/press-contact-form.define.js';
