/** A JSON Feed 1.1 object with `_press`; see docs/feed-format.md. Typed loosely: tests read it as input. */
export function generateFeed(
  count?: number,
  seed?: number,
): {
  version: string;
  title: string;
  items: Record<string, unknown>[];
  [key: string]: unknown;
};
