// The browser's reading of each fixture, with each sanitizer engine, is the model Node reads from it
// (test/node/data-layer.test.ts writes and reads the same test/fixtures/feeds/*.model.json).
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse-feed.js';
import { ensureSanitizer, type SanitizerEngine } from '../../src/data/sanitize.js';
import { feedModel, fixtureUrl, modelFixtures } from '../helpers/feed-model.js';

const read = async (path: string) => (await fetch(`/test/fixtures/feeds/${path}`)).text();

for (const sanitizer of ['native', 'dompurify'] as SanitizerEngine[]) {
  describe(`the model of each fixture, in the browser with the ${sanitizer} sanitizer`, () => {
    before(() => ensureSanitizer({ engine: sanitizer }));

    for (const name of modelFixtures) {
      it(`reads ${name} as Node does`, async () => {
        const model = feedModel(parseFeed(await read(name), { url: fixtureUrl(name), sanitizer }));
        expect(model).to.deep.equal(JSON.parse(await read(`${name}.model.json`)));
      });
    }
  });
}
