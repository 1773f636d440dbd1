// Which web pages may send messages: those of `allow_origins`. A browser's cross-site request without
// an allowed origin is refused outright, not only left unreadable as CORS alone would leave it, since a
// plain form post from any page would otherwise be filed.

/** What the form sends besides a simple request's headers. */
const requestHeaders = 'content-type, idempotency-key, x-captcha-token';
// Chromium keeps a preflight for two hours at most, so a longer age buys nothing there.
const maxAge = '7200';

/** A request without `Origin` comes from no web page (curl, a server), and CORS has nothing to say. */
export const originAllowed = (origin: string | undefined, allowOrigins: readonly string[]) =>
  origin === undefined || allowOrigins.includes(origin);

/** For the answer to an allowed page: it may read the answer, `Retry-After` included, which the form waits by. */
export const corsHeaders = (origin: string | undefined): Record<string, string> =>
  origin
    ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'retry-after', vary: 'Origin' }
    : { vary: 'Origin' };

/** The answer to an allowed page's preflight. */
export const preflightHeaders = (origin: string): Record<string, string> => ({
  ...corsHeaders(origin),
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': requestHeaders,
  'access-control-max-age': maxAge,
});
