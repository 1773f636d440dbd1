// The demo's feed is built by the tool from demo/releases and demo/press.config.json (npm run demo-feed),
// and committed, because the tests and CI read it without building it. This fails when the two differ:
// run `npm run demo-feed` after changing a release, the configuration or the tool.
import { describe, it } from 'node:test';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { pressWidgets, root } from '../helpers/cli.js';

describe('the demo feed', () => {
  it('is what press-widgets build makes of demo/releases now', async () => {
    const out = await mkdtemp(join(tmpdir(), 'press-demo-feed-'));
    const run = await pressWidgets([
      'build',
      'demo/releases',
      '--config',
      'demo/press.config.json',
      '--out',
      out,
      '--name',
      'sample',
    ]);
    expect(run.code, run.stderr).to.equal(0);
    for (const name of ['sample.json', 'sample.xml'])
      expect(await readFile(join(out, name), 'utf8'), `demo/feeds/${name}: run npm run demo-feed`).to.equal(
        await readFile(join(root, 'demo/feeds', name), 'utf8'),
      );
  });
});
