// demo/strict-csp.html as `npm start` sends it: with the strict CSP header and a fresh nonce
// (scripts/csp.mjs). `?sanitizer=dompurify` first removes the browser's Sanitizer API, so the page runs
// on the DOMPurify fallback, as in browsers without that API.
import { readFile } from 'node:fs/promises';
import { newNonce, strictCsp, withNonce } from '../../scripts/csp.mjs';

const page = new URL('../../demo/strict-csp.html', import.meta.url);
const withoutSanitizer =
  '<script nonce="{{nonce}}">delete window.Sanitizer; delete Element.prototype.setHTML;</script>';

export default async function csp(ctx, next) {
  if (ctx.path !== '/demo/strict-csp.html') return next();
  const nonce = newNonce();
  let html = await readFile(page, 'utf8');
  if (ctx.query.sanitizer === 'dompurify') html = html.replace('<head>', `<head>${withoutSanitizer}`);
  ctx.set('content-security-policy', strictCsp(nonce));
  ctx.set('cache-control', 'no-store');
  ctx.type = 'html';
  ctx.body = withNonce(html, nonce);
}
