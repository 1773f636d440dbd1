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
export function draftId(endpoint: string, path = location.pathname): string {
  return `press-contact-form:${endpoint}:${path}`;
}

function storage(mode: DraftMode): Storage | undefined {
  try {
    return mode === 'local' ? localStorage : mode === 'session' ? sessionStorage : undefined;
  } catch {
    // Storage can be blocked (sandboxed frames, some privacy settings): the form works without drafts.
    return undefined;
  }
}

export function loadDraft(mode: DraftMode, id: string): Draft | undefined {
  try {
    const draft = JSON.parse(storage(mode)?.getItem(id) ?? 'null') as Draft | null;
    return draft && typeof draft.values === 'object' && typeof draft.key === 'string' ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(mode: DraftMode, id: string, draft: Draft): void {
  try {
    storage(mode)?.setItem(id, JSON.stringify(draft));
  } catch {
    // Full or blocked: the message is still in the form.
  }
}

export function clearDraft(mode: DraftMode, id: string): void {
  try {
    storage(mode)?.removeItem(id);
  } catch {
    // Nothing to clear.
  }
}
