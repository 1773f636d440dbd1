// Runs the package's command-line tool as a press office or a CI job does, and reads what it says.
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `press-widgets <args>` from the built package, in `cwd` (the repository by default). */
export const pressWidgets = (args: string[], cwd = root): Promise<Run> =>
  new Promise((resolve) =>
    execFile(process.execPath, [`${root}bin/press-widgets.js`, ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );

/** A server on 127.0.0.1 for one test; `close` when done. */
export async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
