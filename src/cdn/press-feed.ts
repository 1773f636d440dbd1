// The CDN module of <press-feed>: registers it and exports its class. The loader imports it on demand.
import '../components/press-feed/press-feed.define.js';

export { PressFeed } from '../components/press-feed/press-feed.js';
