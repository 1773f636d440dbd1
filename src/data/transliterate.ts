// Serbian is written in both scripts and the mapping is one letter to one letter, except that the
// Latin digraphs lj, nj and dž are single Cyrillic letters.
const cyrillicToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

const latinToCyrillic: Record<string, string> = Object.fromEntries(
  Object.entries(cyrillicToLatin).map(([cyrillic, latin]) => [latin, cyrillic]),
);

const cyrillicPattern = /[а-шђјљњћџ]/giu;
const latinPattern = /[dD][žŽ]|[lLnN][jJ]|[a-zđžćčšA-ZĐŽĆČŠ]/gu;

// A capital Љ, Њ or Џ becomes Lj, Nj or Dž: names and sentence starts are far more common than all-caps words.
function matchCase(source: string, target: string): string {
  return source === source.toLowerCase() ? target : target[0].toUpperCase() + target.slice(1);
}

/** Serbian Cyrillic to Latin script; any other character is kept. */
export function toLatin(text: string): string {
  return text.replace(cyrillicPattern, (letter) => {
    // The pattern's range also covers й, which Serbian does not have.
    const latin = cyrillicToLatin[letter.toLowerCase()];
    return latin ? matchCase(letter, latin) : letter;
  });
}

/** Serbian Latin to Cyrillic script; letters with no Serbian Cyrillic counterpart (q, w, x, y) are kept. */
export function toCyrillic(text: string): string {
  return text.replace(latinPattern, (letters) => {
    const cyrillic = latinToCyrillic[letters.toLowerCase()];
    if (!cyrillic) return letters;
    return letters === letters.toLowerCase() ? cyrillic : cyrillic.toUpperCase();
  });
}
