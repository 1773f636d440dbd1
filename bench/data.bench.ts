// Runs in the browser (bench/run.mjs loads it): the data layer's hot paths on a 10,000-item feed.
import { filterReleases, sortReleases } from '../src/data/filter-sort.js';
import { parseFeed } from '../src/data/parse-feed.js';
import { ensureSanitizer, type SanitizerEngine } from '../src/data/sanitize.js';
import type { Feed } from '../src/data/types.js';
import { generateFeed } from '../scripts/generate-feed.mjs';

export interface Measurement {
  name: string;
  /** Milliseconds: the median run, and the slowest. */
  median: number;
  max: number;
  runs: number;
}

function measure(name: string, runs: number, task: () => unknown): Measurement {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, median: times[Math.floor(times.length / 2)], max: times.at(-1)!, runs };
}

// What a visitor types into the search box, one keystroke at a time, in both scripts.
const keystrokes = [
  'd',
  'da',
  'dač',
  'dači',
  'dačić',
  'Д',
  'Да',
  'Дач',
  'Дачи',
  'Дачић',
  'interpol',
  'trgovina ljudima',
];

export async function runDataBench(count = 10_000): Promise<{ items: number; bytes: number; results: Measurement[] }> {
  const text = JSON.stringify(generateFeed(count, 1));
  // 10,000 generated releases are about 12 MB, over the 5 MB a page fetches by default.
  const results: Measurement[] = [];
  let feed: Feed | undefined;
  for (const engine of ['native', 'dompurify'] satisfies SanitizerEngine[]) {
    await ensureSanitizer({ engine });
    results.push(
      measure(
        `parse + normalize + sanitize (${engine})`,
        5,
        () => (feed = parseFeed(text, { sanitizer: engine, maxBytes: Number.POSITIVE_INFINITY })),
      ),
    );
  }
  const items = feed!.items;
  // The first search folds every release once; later keystrokes reuse that.
  results.push(
    measure('first text filter (builds the search index)', 1, () => filterReleases(items, { query: 'dacic' })),
  );
  results.push(
    measure('text filter per keystroke', 20, () => keystrokes.forEach((query) => filterReleases(items, { query }))),
  );
  results.at(-1)!.median /= keystrokes.length;
  results.at(-1)!.max /= keystrokes.length;
  results.push(measure('tag + language filter', 20, () => filterReleases(items, { tags: ['sepca'], language: 'sr' })));
  results.push(measure('sort newest first', 20, () => sortReleases(items, 'newest')));
  return { items: items.length, bytes: new TextEncoder().encode(text).byteLength, results };
}
