// Pages rendered on the server, as `press-widgets render` writes them, for the tests of what a visitor
// sees with JavaScript off and on (test/cdn/server-rendered.test.ts):
//   /api/ssr?markup=<widgets>&script=<url>[&early]   the markup rendered with this server as the page's
//                                             base, in a page that loads <url> as a module script, if given
// With a script, the page records what a visitor could not see: errors, a skeleton, layout shifts, and
// a take-over (any change in a shadow root) before the browser had painted the page.
const watch = `<script>
  window.seen = { errors: [], skeleton: false, shifts: 0, beforePaint: false };
  addEventListener('error', (event) => seen.errors.push(String(event.message)));
  const consoleError = console.error;
  console.error = (...args) => (seen.errors.push(args.join(' ')), consoleError(...args));
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => (seen.shifts += entry.value)))
    .observe({ type: 'layout-shift', buffered: true });
  for (const element of document.querySelectorAll('[server-rendered]')) {
    new MutationObserver(() => {
      seen.skeleton ||= !!element.shadowRoot.querySelector('.skeleton, [aria-busy=true]');
      seen.beforePaint ||= !performance.getEntriesByType('paint').length;
    }).observe(element.shadowRoot, { childList: true, subtree: true });
  }
</script>`;

export default async function serverRendered(ctx, next) {
  if (ctx.path !== '/api/ssr') return next();
  const { renderPage } = await import('../../dist/esm/ssr/index.js');
  const script = ctx.query.script;
  try {
    const body = await renderPage(String(ctx.query.markup), { base: `http://${ctx.host}/` });
    ctx.type = 'text/html';
    // `early`: the script in the head, holding rendering until it has run, with every element's code
    // preloaded, so that it could take the page over before the first paint if it did not wait for it.
    const early = script && ctx.query.early !== undefined;
    const preloads = ['press-feed', 'press-quote', 'press-contact-form']
      .map((tag) => `<link rel="modulepreload" href="/dist/cdn/${tag}.js">`)
      .join('');
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title>
${early ? `${preloads}<script type="module" blocking="render" src="${script}"></script>` : ''}</head><body>
${body}
${script ? `${watch}${early ? '' : `<script type="module" src="${script}"></script>`}` : ''}
</body></html>`;
  } catch (error) {
    ctx.status = 500;
    ctx.body = String(error);
  }
}
