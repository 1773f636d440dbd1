// The rotator of <press-quote>: one quote at a time, with pause, previous and next.
import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Quote } from '../../data/types.js';
import type { QuoteTexts } from '../../i18n/translation.js';
import { icon } from './icons.js';

const pauseIcon = 'M8 5v14m8-14v14';
const playIcon = 'M7 5v14l12-7z';
const previousIcon = 'm15 5-7 7 7 7';
const nextIcon = 'm9 5 7 7-7 7';

export interface RotatorView {
  label: string;
  /** A region (a landmark) of its own, or a group when the page has labelled its container already. */
  landmark: boolean;
  /** The quote on show, which keys its slide: a new quote is a new slide. */
  quote: Quote;
  /** Its card. */
  slide: TemplateResult;
  index: number;
  count: number;
  playing: boolean;
  /** Moving on by itself now: the slide is not announced. */
  running: boolean;
  toggle: () => void;
  step: (by: number) => void;
}

export function renderRotator(
  t: QuoteTexts,
  { label, landmark, quote, slide, index, count, playing, running, toggle, step }: RotatorView,
): TemplateResult {
  const position = t.quotePosition(index + 1, count);
  const button = (label: string, path: string, click: () => void) =>
    html`<button class="button" aria-controls="slides" @click=${click}>${icon(path)}<span class="visually-hidden">${label}</span></button>`;
  return html`<div class="rotator" role=${landmark ? 'region' : 'group'} aria-label=${label}>
    <div class="controls needs-script" part="controls">
      ${playing ? button(t.pauseRotation, pauseIcon, toggle) : button(t.playRotation, playIcon, toggle)}
      ${button(t.previousQuote, previousIcon, () => step(-1))}
      <span class="position" part="position" aria-hidden="true">${position}</span>
      ${button(t.nextQuote, nextIcon, () => step(1))}
    </div>
    <div id="slides" class="slides" aria-live=${running ? 'off' : 'polite'}>
      ${keyed(quote, html`<div><span class="visually-hidden">${position}</span>${slide}</div>`)}
    </div>
  </div>`;
}
