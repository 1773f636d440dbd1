// Keeps an unsent message in sessionStorage or localStorage. No Lit. With `off`, storage is never touched.
import type { FieldValue } from './validators.js';

export type DraftMode = 'session' | 'local' | 'off';

export interface Draft {
  values: Record<string, FieldValue>;
  /** The Idempotency-Key of this message: a retry after a reload sends the same one. */
  key: string;
  /** When the citizen started writing (ms since 1970), for the minimum fill time. */
  started: number;
}

/** One draft per endpoint and page: the same form on two pages keeps two drafts. */
export function draftId(endpoint: string, path = globalThis.location?.pathname ?? '/'): string {
  return `press-contact-form:${endpoint}:${path}`;
}

/**
 * Runs `use` on the mode's storage, if any. Storage can be blocked (sandboxed frames, some privacy
 * settings) or full: then nothing happens and the message is still in the form.
 */
function withStorage<T>(mode: DraftMode, use: (storage: Storage) => T): T | undefined {
  try {
    return mode === 'off' ? undefined : use(mode === 'local' ? localStorage : sessionStorage);
  } catch {
    return undefined;
  }
}

export function loadDraft(mode: DraftMode, id: string): Draft | undefined {
  const draft = withStorage(mode, (storage) => JSON.parse(storage.getItem(id)!) as Draft | null);
  return typeof draft?.values === 'object' && typeof draft.key === 'string' ? draft : undefined;
}

export function saveDraft(mode: DraftMode, id: string, draft: Draft): void {
  withStorage(mode, (storage) => storage.setItem(id, JSON.stringify(draft)));
}

export function clearDraft(mode: DraftMode, id: string): void {
  withStorage(mode, (storage) => storage.removeItem(id));
}
