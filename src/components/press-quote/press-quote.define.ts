import { PressQuote } from './press-quote.js';

PressQuote.define();

declare global {
  interface HTMLElementTagNameMap {
    'press-quote': PressQuote;
  }
}
