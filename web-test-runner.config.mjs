import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findBrowser, isHeadlessShell, browserArgs } from './scripts/find-browser.mjs';
import { summaryLineReporter } from './scripts/summary-line-reporter.mjs';

const executablePath = findBrowser();

// React ships CommonJS only: test/frameworks/react.test.ts gets react, react-dom and scheduler converted
// to ES modules (development build). Only their files go through these plugins; every other file is
// served as before. The dev server converts each file on its own, so the plugin cannot tell that a
// required file is CommonJS: `requireReturnsDefault` makes require() return the converted module's
// exports, and `strictRequires: false` gives each file a default export to import.
const reactFiles = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];
const replace = fromRollup(rollupReplace);
const commonjs = fromRollup(rollupCommonjs);

// Every test/server/*.mjs exports a middleware: local endpoints that feeds and forms are tested against.
const middleware = await Promise.all(
  readdirSync(new URL('./test/server/', import.meta.url))
    .filter((file) => file.endsWith('.mjs'))
    .sort()
    .map(async (file) => (await import(`./test/server/${file}`)).default),
);

// TEST_ORDER=reverse, shuffle (shuffle:<seed> repeats a run) or twice runs each file's tests in that order
// instead of the written one (test/helpers/test-order.ts): no test may pass only because of what an
// earlier test left behind. `twice` runs every test a second time right after the first.
const [order, seed = String(Math.floor(Math.random() * 2 ** 31))] = (process.env.TEST_ORDER ?? '').split(':');
const orders = {
  reverse: 'in reverse order',
  shuffle: `shuffled (TEST_ORDER=shuffle:${seed} deals the same order)`,
  twice: 'twice each',
};
if (order && !Object.hasOwn(orders, order))
  throw new Error(`TEST_ORDER is reverse, shuffle[:seed] or twice, not ${order}`);
if (order) console.log(`Each file's tests run ${orders[order]}.`);
const testRunnerHtml = (framework) =>
  `<!doctype html><html><head></head><body><script type="module" src="/test/helpers/axe-rules.ts"></script>` +
  `<script type="module" src="${framework}"></script>` +
  (order ? `<script type="module" src="/test/helpers/test-order.ts?order=${order}&seed=${seed}"></script>` : '') +
  '</body></html>';

export default {
  // test/node/ runs in Node (scripts/test.mjs), not in the browser.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  // Two cores: one page per core keeps runs fast without starving the browser.
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  testRunnerHtml,
  middleware,
  // Dev-mode Lit is kept for its extra checks; its one-line notice in every file is only noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    // The browser's side of the package's own '#server-window' import (see src/data/dom.ts).
    {
      name: 'press-browser-window',
      resolveImport: ({ source }) => (source === '#server-window' ? '/src/data/no-server-window.ts' : undefined),
    },
    replace({ include: reactFiles, preventAssignment: true, values: { 'process.env.NODE_ENV': '"development"' } }),
    commonjs({ include: reactFiles, strictRequires: false, requireReturnsDefault: true }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.test.json' }),
    // What assistive technology is given (the browser's accessibility tree), for what axe cannot see.
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: isHeadlessShell(executablePath) ? 'shell' : true,
        args: browserArgs,
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryLineReporter()],
};
