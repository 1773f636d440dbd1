import { toLatin } from './transliterate.js';

const combiningMarks = /\p{M}/gu;

/**
 * Text as search compares it: Serbian Cyrillic as Latin, no diacritics, lower case, đ as dj, so that
 * "dacic", "Dačić" and "Дачић" (and "djordje", "Đorđe", "Ђорђе") are the same word.
 */
export function foldForSearch(text: string): string {
  return toLatin(text).normalize('NFD').replace(combiningMarks, '').toLowerCase().replaceAll('đ', 'dj');
}
