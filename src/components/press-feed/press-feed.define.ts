import { PressFeed } from './press-feed.js';

PressFeed.define();

declare global {
  interface HTMLElementTagNameMap {
    'press-feed': PressFeed;
  }
}
