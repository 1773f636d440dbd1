// Pages rendered on the server, as `press-widgets render` writes them, for the tests of what a visitor
// sees with JavaScript off and on (test/cdn/server-rendered.test.ts):
//   /api/ssr?markup=<widgets>&script=<url>   the markup rendered with this server as the page's base,
//                                             in a page that loads <url> as a module script, if given
// With a script, the page records what a visitor could not see: errors, a skeleton, layout shifts.
const watch = `<script>
  window.seen = { errors: [], skeleton: false, shifts: 0 };
  addEventListener('error', (event) => seen.errors.push(String(event.message)));
  const consoleError = console.error;
  console.error = (...args) => (seen.errors.push(args.join(' ')), consoleError(...args));
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => (seen.shifts += entry.value)))
    .observe({ type: 'layout-shift', buffered: true });
  for (const element of document.querySelectorAll('[server-rendered]')) {
    new MutationObserver(() => (seen.skeleton ||= !!element.shadowRoot.querySelector('.skeleton, [aria-busy=true]')))
      .observe(element.shadowRoot, { childList: true, subtree: true });
  }
</script>`;

export default async function serverRendered(ctx, next) {
  if (ctx.path !== '/api/ssr') return next();
  const { renderPage } = await import('../../dist/esm/ssr/index.js');
  const script = ctx.query.script;
  try {
    const body = await renderPage(String(ctx.query.markup), { base: `http://${ctx.host}/` });
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title></head><body>
${body}
${script ? `${watch}<script type="module" src="${script}"></script>` : ''}
</body></html>`;
  } catch (error) {
    ctx.status = 500;
    ctx.body = String(error);
  }
}
