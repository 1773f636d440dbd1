// Lines for messages: where in a file a person finds what a message is about.
import { LineCounter, parseDocument } from 'yaml';

/** The line and column of the character at `index` of `text`, from 1. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * A YAML (or JSON) text read for the lines of its keys and values: `lineOf(['tags', 1])` is the line of
 * the second tag, or of the nearest place above it that the text has; 0 when it has none.
 */
export function yamlLines(text: string) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineOf = (path: readonly (string | number)[]): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 0;
  };
  return { document, lineOf };
}
