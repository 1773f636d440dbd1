// The strict Content-Security-Policy of demo/strict-csp.html, in one place for `npm start`
// (scripts/serve-demo.mjs) and the tests (test/server/csp.mjs). docs/csp.md explains each directive.
import { randomBytes } from 'node:crypto';

/** The Trusted Types policies the widgets create: Lit's, for its templates, and ours, for parsing feeds. */
export const trustedTypesPolicies = ['lit-html', 'press-widgets'];

/** The policy for a response whose page's scripts carry `nonce`. */
export const strictCsp = (nonce) =>
  [
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `require-trusted-types-for 'script'`,
    `trusted-types ${trustedTypesPolicies.join(' ')}`,
  ].join('; ');

/** A fresh, unguessable nonce: one per response, never reused. */
export const newNonce = () => randomBytes(16).toString('base64');

/** The page with every `{{nonce}}` placeholder filled in. */
export const withNonce = (html, nonce) => html.replaceAll('{{nonce}}', nonce);
