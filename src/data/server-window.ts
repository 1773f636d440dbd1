// The DOM of the data layer on a server (Node's `node` condition, see dom.ts): jsdom, because its HTML
// parser is the standard's algorithm, as browsers', and DOMPurify runs on it as it does in a browser
// without the Sanitizer API. So a feed read on a server is sanitized by the same engine and allow-list,
// and gives the same model, as in the browser.
import { JSDOM } from 'jsdom';

let window: Window & typeof globalThis;

export const serverWindow = (): Window & typeof globalThis =>
  (window ??= new JSDOM('<!doctype html>').window as unknown as Window & typeof globalThis);
