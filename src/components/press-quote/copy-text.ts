/**
 * Puts `text` on the clipboard with the Clipboard API. Resolves to false where the page may not use it
 * (a plain-HTTP page, a frame without `clipboard-write`, an old browser); the caller then selects the
 * text and says how to copy it. The older `execCommand('copy')` is left out: on every page the widgets
 * are meant for (HTTPS) the API works, and the fallback cost every quote 0.1 KB.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
