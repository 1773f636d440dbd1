// The data layer's hot paths (bench/data.bench.ts) in Chromium, where they run for real (DOMParser, the
// Sanitizer API). TypeScript sources, so a dev server with esbuild serves them.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

export async function dataBench(browser, count = 10_000) {
  const server = await startDevServer({
    config: {
      rootDir: new URL('..', import.meta.url).pathname,
      port: 0,
      nodeResolve: true,
      plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
      middleware: [
        (context, next) => {
          if (context.path !== '/__bench') return next();
          context.type = 'html';
          context.body = '<!doctype html><meta charset="utf-8"><title>bench</title>';
          return undefined;
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => console.error(error));
    await page.goto(`http://localhost:${server.server.address().port}/__bench`);
    return await page.evaluate(
      (items) => import('/bench/data.bench.ts').then((bench) => bench.runDataBench(items)),
      count,
    );
  } finally {
    await page.close();
    await server.stop();
  }
}
