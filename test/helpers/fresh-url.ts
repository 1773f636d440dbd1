let counter = 0;

/**
 * `url` with a query of its own, so neither the page's feed store nor the Cache API (which every test
 * page shares) has seen it: a test that watches a feed load sees it load. The test servers and the
 * static files ignore the query.
 */
export const fresh = (url: string) =>
  `${url}${url.includes('?') ? '&' : '?'}fresh=${Date.now().toString(36)}-${++counter}`;
