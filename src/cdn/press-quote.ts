// The CDN module of <press-quote>: registers it and exports its class. The loader imports it on demand.
import '../components/press-quote/press-quote.define.js';

export { PressQuote } from '../components/press-quote/press-quote.js';
