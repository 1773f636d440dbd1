// The contact server on its own port, as `press-widgets contact-server` runs it: the handler in a
// node:http server with time-outs for slow clients, and a shutdown that lets the requests in flight finish.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Settings } from './config.js';
import { handlerFor, type HandlerOptions } from './handler.js';
import { jsonLines } from './log.js';

export interface RunningServer {
  /** Where it listens, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** The endpoint's path. */
  path: string;
  /**
   * Takes no new connections, lets the requests in flight finish (for `grace` ms at most, then cuts them),
   * stops forwarding once the mails being sent are recorded, and closes the store.
   */
  close(grace?: number): Promise<void>;
}

export async function startContactServer(settings: Settings, options: HandlerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? jsonLines;
  const handler = await handlerFor(settings, { ...options, log });
  let closing = false;
  const server = createServer(
    { requestTimeout: 30_000, headersTimeout: 15_000, keepAliveTimeout: 5_000 },
    (request, response) => {
      // Closing stops new connections; one kept alive after its last answer would hold the process open.
      response.once('finish', () => closing && setImmediate(() => server.closeIdleConnections()));
      void handler(request, response);
    },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(settings.port, settings.host, resolve);
    });
  } catch (error) {
    await handler.close();
    throw error;
  }
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  log({ level: 'info', event: 'listening', url, path: handler.path, store: settings.store.kind });
  return {
    url,
    path: handler.path,
    async close(grace = 10_000) {
      log({ level: 'info', event: 'closing' });
      closing = true;
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), grace);
      await closed;
      clearTimeout(cut);
      await handler.close();
      log({ level: 'info', event: 'closed' });
    },
  };
}
