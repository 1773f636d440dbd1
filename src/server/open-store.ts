// Opens the store the settings name. Each store's driver is an optional peer dependency, installed by
// whoever runs that store, so a site that only shows the widgets installs (and compiles) neither; the
// store's module is loaded only when chosen, and a missing driver is named with the command that adds it.
import type { Settings } from './config.js';
import { ConfigError } from './config.js';
import type { MessageStore } from './store.js';

const drivers = { sqlite: 'better-sqlite3@12', postgresql: 'pg@8' } as const;

async function storeModule<T>(kind: keyof typeof drivers, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    const name = drivers[kind].replace(/@\d+$/, '');
    if (!(error as Error).message.includes(`'${name}'`)) throw error;
    throw new ConfigError(
      `The ${kind === 'sqlite' ? 'embedded store' : 'PostgreSQL store'} needs ${name}: npm install ${drivers[kind]}`,
    );
  }
}

/** Opens the store; with `existing`, an embedded store that is not there yet is an error, not a new one. */
export async function openStore(store: Settings['store'], { existing = false } = {}): Promise<MessageStore> {
  if (store.kind === 'postgresql')
    return (await storeModule('postgresql', () => import('./postgres-store.js'))).openPostgresStore(store.url);
  return (await storeModule('sqlite', () => import('./sqlite-store.js'))).openSqliteStore(store.folder, existing);
}
