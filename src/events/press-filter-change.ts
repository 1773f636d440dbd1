import type { ReleaseFilter } from '../data/filter-sort.js';
import { PressEvent } from './press-event.js';

export interface PressFilterChangeDetail {
  /** The visitor's filter (search, topics, category, dates), on top of what the site preset. */
  filter: ReleaseFilter;
  /** How many releases match the site's and the visitor's filters together. */
  count: number;
}

/** The visitor changed the search or a filter of a `<press-feed>`; fired after the list is filtered. */
export class PressFilterChangeEvent extends PressEvent<PressFilterChangeDetail> {
  static override readonly type = 'press-filter-change';
}

declare global {
  interface HTMLElementEventMap {
    'press-filter-change': PressFilterChangeEvent;
  }
}
