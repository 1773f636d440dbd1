// English: the texts of <press-quote>.
import type { QuoteStrings } from '../translation.js';

export default {
  quotes: 'Quotes',
  readRelease: 'Read the release',
  copyQuote: 'Copy quote',
  quoteCopied: 'The quote has been copied.',
  copyFailed: 'The quote could not be copied. Select the text to copy it.',
  showMore: 'Show more',
  showLess: 'Show less',
  previousQuote: 'Previous quote',
  nextQuote: 'Next quote',
  pauseRotation: 'Pause quotes',
  playRotation: 'Play quotes',
  quotePosition: 'Quote {current} of {total}',
  noQuote: 'There is no quote to show.',
  quoted: '“{text}”',
} satisfies QuoteStrings;
