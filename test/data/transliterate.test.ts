import { expect } from '@open-wc/testing';
import { toCyrillic, toLatin } from '../../src/data/transliterate.js';

describe('transliterate', () => {
  it('turns Cyrillic into Latin, digraph letters included', () => {
    expect(toLatin('Дачић, Љубав, Њиве, Џеп, ђак')).to.equal('Dačić, Ljubav, Njive, Džep, đak');
  });

  it('turns Latin into Cyrillic, digraphs into single letters', () => {
    expect(toCyrillic('Dačić, Ljubav, Njive, Džep, đak')).to.equal('Дачић, Љубав, Њиве, Џеп, ђак');
  });

  it('keeps what Serbian Cyrillic has no letter for', () => {
    expect(toCyrillic('SEPCA, INTERPOL, www 2026')).to.equal('СЕПЦА, ИНТЕРПОЛ, www 2026');
    expect(toLatin('EU4FAST и ИНТЕРПОЛ')).to.equal('EU4FAST i INTERPOL');
    expect(toLatin('Йошкар-Ола, Щука')).to.equal('Йoškar-Ola, Щuka');
  });

  it('goes there and back', () => {
    const text = 'Министар унутрашњих послова Ивица Дачић';
    expect(toCyrillic(toLatin(text))).to.equal(text);
  });
});
