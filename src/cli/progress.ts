// A line on standard error that says how far long work has got, rewritten in place. Only on a terminal:
// a CI log or a file that stderr goes to gets no such lines.

const shown = () => process.stderr.isTTY === true;

export function progress(text: string): void {
  if (shown()) process.stderr.write(`\r\x1b[K${text.slice(0, Math.max(10, process.stderr.columns - 1))}`);
}

/** Clears the line, before anything else is written. */
export function progressDone(): void {
  if (shown()) process.stderr.write('\r\x1b[K');
}
