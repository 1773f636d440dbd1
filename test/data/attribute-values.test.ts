import { expect } from '@open-wc/testing';
import { localDay, oneOf, wordList } from '../../src/data/attribute-values.js';

describe('attribute values', () => {
  it('reads a list of topics separated by spaces, commas or both', () => {
    expect(wordList(' sepca, interpol  europol,,')).to.deep.equal(['sepca', 'interpol', 'europol']);
    expect(wordList(undefined)).to.deep.equal([]);
  });

  it('reads a day as that whole day where the visitor is, and other dates as Date reads them', () => {
    expect(localDay('2026-10-14')).to.deep.equal(new Date(2026, 9, 14));
    expect(localDay('2026-10-14', true)).to.deep.equal(new Date(2026, 9, 14, 23, 59, 59, 999));
    expect(localDay(' 2026-10-14T10:00:00Z ')).to.deep.equal(new Date('2026-10-14T10:00:00Z'));
    for (const unreadable of ['', '  ', 'yesterday', '2026-13-45x'])
      expect(localDay(unreadable), unreadable).to.equal(undefined);
  });

  it('falls back to the first allowed keyword', () => {
    expect(oneOf('grid', ['list', 'grid', 'compact'])).to.equal('grid');
    expect(oneOf('Grid', ['list', 'grid', 'compact'])).to.equal('list');
    expect(oneOf(undefined, ['newest', 'oldest'])).to.equal('newest');
  });
});
