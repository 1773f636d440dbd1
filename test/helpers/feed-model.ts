// A parsed feed as plain JSON (dates as ISO strings, no undefined fields), so the browser's and Node's
// readings of the same fixture can be compared with the same expected file. No DOM.
import type { Feed } from '../../src/data/types.js';

export const modelFixtures = [
  'json-feed-1.0.json',
  'json-feed-1.1.json',
  'messy.json',
  'rss-2.0.xml',
  'atom-1.0.xml',
  // The default RSS of three CMSs, and a hand-made one that is not well-formed XML.
  'rss-wordpress.xml',
  'rss-drupal.xml',
  'rss-joomla.xml',
  'rss-legacy-cms.xml',
];

/** Where the fixture pretends to come from: the base of its relative URLs. */
export const fixtureUrl = (name: string) => `https://fixtures.example.org/feeds/${name}`;

export function feedModel(feed: Feed): unknown {
  return JSON.parse(JSON.stringify(feed, (_key, value) => (value instanceof Date ? value.toISOString() : value)));
}
