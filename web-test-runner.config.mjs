import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowser, isHeadlessShell, browserArgs } from './scripts/find-browser.mjs';
import { summaryLineReporter } from './scripts/summary-line-reporter.mjs';

const executablePath = findBrowser();

// Every test/server/*.mjs exports a middleware: local endpoints that feeds and forms are tested against.
const middleware = await Promise.all(
  readdirSync(new URL('./test/server/', import.meta.url))
    .filter((file) => file.endsWith('.mjs'))
    .sort()
    .map(async (file) => (await import(`./test/server/${file}`)).default),
);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  // Two cores: one page per core keeps runs fast without starving the browser.
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware,
  // Dev-mode Lit is kept for its extra checks; its one-line notice in every file is only noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.test.json' })],
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
