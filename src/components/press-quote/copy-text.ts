/**
 * Puts `text` on the clipboard: the Clipboard API where the page may use it, else the older
 * `execCommand('copy')` on a hidden textarea. Focus goes back where it was. Resolves to false when
 * neither works (an insecure page without permission, an old browser); the caller then says how to copy.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const focused = root.activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.className = 'visually-hidden';
    area.setAttribute('aria-hidden', 'true');
    root.append(area);
    area.focus({ preventScroll: true });
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
      focused?.focus({ preventScroll: true });
    }
  }
}
