/**
 * Whether a request that failed as a network error was refused for CORS: `url` is on another origin, and
 * a request that does not ask to read the answer (`no-cors`) gets one. The probe is sent only after such
 * a failure, so a feed that loads costs one request as ever. False outside a browser, where nothing is
 * cross-origin.
 */
export async function refusedByCors(url: string, fetcher: typeof fetch, signal?: AbortSignal): Promise<boolean> {
  const page = globalThis.location;
  if (!page?.origin || new URL(url, page.href).origin === page.origin) return false;
  return fetcher(url, { mode: 'no-cors', method: 'HEAD', credentials: 'omit', signal }).then(
    () => true,
    () => false,
  );
}

/**
 * What the site's team must fix when a POST to `url` failed as a network error because the endpoint's
 * CORS preflight refused it (docs/publishing.md); undefined for any other failure.
 */
export async function postRefusal(
  url: string,
  fetcher: typeof fetch,
  signal?: AbortSignal,
): Promise<string | undefined> {
  return (await refusedByCors(url, fetcher, signal))
    ? `press-widgets: ${url} answers, but its CORS preflight refuses a POST from ${location.origin} (docs/publishing.md).`
    : undefined;
}
