// Serbian is written in both scripts and the mapping is one letter to one letter, except that the
// Latin digraphs lj, nj and dž are single Cyrillic letters. The Latin spelling of each lower-case
// Cyrillic letter from U+0430 to U+045F; an empty place is a letter Serbian does not have (й, щ, я …).
const latin = 'a b v g d e ž z i  k l m n o p r s t u f h c č š          đ      j lj nj ć    dž'.split(' ');
const first = 0x430;
const cyrillic: Record<string, string> = {};
latin.forEach((letters, index) => letters && (cyrillic[letters] = String.fromCharCode(first + index)));

/** Serbian Cyrillic to Latin script; any other character is kept. A capital Љ becomes Lj, not LJ: names and sentence starts are far more common than all-caps words. */
export const toLatin = (text: string): string =>
  text.replace(/[\u0400-\u045f]/g, (letter) => {
    const lower = letter.toLowerCase();
    const letters = latin[lower.charCodeAt(0) - first];
    return !letters ? letter : letter === lower ? letters : letters[0].toUpperCase() + letters.slice(1);
  });

/** Serbian Latin to Cyrillic script; letters with no Serbian Cyrillic counterpart (q, w, x, y) are kept. */
export const toCyrillic = (text: string): string =>
  text.replace(/d[žŽ]|[ln]j|[a-zđžćčš]/gi, (letters) => {
    const letter = cyrillic[letters.toLowerCase()];
    return !letter ? letters : letters === letters.toLowerCase() ? letter : letter.toUpperCase();
  });
