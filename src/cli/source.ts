// Where a command reads a feed from: a file, or an address on the web.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { fetchFeedText } from '../data/fetch-feed.js';

export const isAddress = (target: string) => /^https?:\/\//i.test(target);

/**
 * A feed file's text, read as the widgets read what a server sends without a charset: its XML
 * declaration's encoding, else UTF-8, and no more than their size limit (else a `too-large` FeedError).
 */
export async function readFeedFile(path: string): Promise<string> {
  const bytes = await readFile(path);
  const result = await fetchFeedText(pathToFileURL(path).href, { fetch: async () => new Response(bytes) });
  return result.status === 200 ? result.text : '';
}

/** Stands for the address a file will be served from, when nobody says: relative URLs then resolve. */
export const someAddress = (name: string) => new URL(encodeURIComponent(name), 'https://press-widgets.invalid/').href;
