// English: the texts every widget shares.
import type { CommonStrings } from '../translation.js';

export default {
  loading: 'Loading…',
  retry: 'Try again',
  feedError: {
    network: 'The news could not be loaded. Please try again later.',
    offline: 'You are offline. The news will load once you are back online.',
    timeout: 'The news server did not answer in time. Please try again.',
    http: 'The news server is not available at the moment. Please try again later.',
    parse: 'The news could not be read because the feed is damaged.',
    format: 'This address does not provide a news feed.',
    'too-large': 'The news feed is too large to show.',
  },
  staleNotice: 'These releases may be out of date: they were last updated {lastUpdated}.',
} satisfies CommonStrings;
