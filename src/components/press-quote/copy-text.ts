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
    return copyWithTextarea(text, root);
  }
}

function copyWithTextarea(text: string, root: ShadowRoot): boolean {
  const focused = root.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'visually-hidden';
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  root.append(area);
  area.focus({ preventScroll: true });
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus({ preventScroll: true });
  return copied;
}

/** Selects the text of `element` so a visitor can copy it by hand when copying failed. */
export function selectText(element: Element): void {
  const selection = getSelection();
  selection?.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(element);
  selection?.addRange(range);
}
