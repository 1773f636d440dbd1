// Lines for messages: where in a file a person finds what a message is about.

/** The line and column of the character at `index` of `text`, from 1. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
