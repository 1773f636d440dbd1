import { toLatin } from './transliterate.js';

// The Combining Diacritical Marks block: every mark of Latin and Cyrillic letters after NFD, and much
// faster to match than \p{M}.
const combiningMarks = /[\u0300-\u036f]/g;
const nonAscii = /[^\x00-\x7f]/; // eslint-disable-line no-control-regex -- the ASCII range starts at NUL

function foldLatin(text: string): string {
  return text.replaceAll('đ', 'dj').normalize('NFD').replace(combiningMarks, '');
}

// Each lower-case Cyrillic letter's folded Latin spelling, derived from toLatin so the two cannot
// disagree. A table lookup per letter is several times faster than toLatin's replace callback, which
// matters when the search index folds a whole feed on the first keystroke.
const cyrillicStart = 0x400;
const foldedCyrillic: (string | undefined)[] = Array.from({ length: 0x60 }, (_, offset) => {
  const letter = String.fromCharCode(cyrillicStart + offset);
  const latin = toLatin(letter);
  return latin === letter ? undefined : foldLatin(latin.toLowerCase());
});

function transliterateLower(text: string): string {
  let result = '';
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const offset = text.charCodeAt(index) - cyrillicStart;
    // Checked first: a negative or outside index would push V8 off its fast array path.
    if (offset < 0 || offset >= foldedCyrillic.length) continue;
    const folded = foldedCyrillic[offset];
    if (folded === undefined) continue;
    result += text.slice(start, index) + folded;
    start = index + 1;
  }
  return start ? result + text.slice(start) : text;
}

/**
 * Text as search compares it: Serbian Cyrillic as Latin (as `toLatin` writes it), no diacritics, lower
 * case, đ as dj, so that "dacic", "Dačić" and "Дачић" (and "djordje", "Đorđe", "Ђорђе") are the same word.
 */
export function foldForSearch(text: string): string {
  const latin = transliterateLower(text.toLowerCase());
  return nonAscii.test(latin) ? foldLatin(latin) : latin;
}
