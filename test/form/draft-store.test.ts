import { expect } from '@open-wc/testing';
import { clearDraft, draftId, loadDraft, saveDraft } from '../../src/form/draft-store.js';

const draft = { values: { message: 'Poštovani, pišem vam zbog…' }, key: 'k-1', started: 1 };

describe('draft store', () => {
  // Only this file's own keys: localStorage is shared by every test page open at the same time.
  afterEach(() => {
    for (const key of ['a', 'b', 'c', 'd']) {
      sessionStorage.removeItem(key);
      localStorage.removeItem(key);
    }
  });

  it('keeps one draft per endpoint and page', () => {
    expect(draftId('/api/contact', '/kontakt')).not.to.equal(draftId('/api/contact', '/o-nama'));
    expect(draftId('/api/contact', '/kontakt')).not.to.equal(draftId('/api/other', '/kontakt'));
  });

  it('saves to session or local storage, loads and clears', () => {
    saveDraft('session', 'a', draft);
    expect(loadDraft('session', 'a')).to.deep.equal(draft);
    expect(loadDraft('local', 'a')).to.equal(undefined);
    saveDraft('local', 'b', draft);
    expect(JSON.parse(localStorage.getItem('b')!)).to.deep.equal(draft);
    clearDraft('session', 'a');
    expect(sessionStorage.getItem('a')).to.equal(null);
  });

  it('stores nothing at all when off', () => {
    saveDraft('off', 'c', draft);
    expect([sessionStorage.getItem('c'), localStorage.getItem('c')]).to.deep.equal([null, null]);
    expect(loadDraft('off', 'c')).to.equal(undefined);
  });

  it('ignores a damaged draft', () => {
    sessionStorage.setItem('d', '{not json');
    expect(loadDraft('session', 'd')).to.equal(undefined);
    sessionStorage.setItem('d', '{"values":1}');
    expect(loadDraft('session', 'd')).to.equal(undefined);
  });
});
