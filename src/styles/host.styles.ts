import { css } from 'lit';

/**
 * What every widget's shadow root starts from: its own box, its own type, visible focus.
 * Type and colour are set on the host and again on the shadow root's top elements: a page rule such as
 * `* { font: 30px serif }` matches the host element itself and outranks :host, but reaches no further.
 * So the widget keeps its sizes (in rem: the site's root size and the visitor's settings still count)
 * and colours, and its font family follows the site unless --press-font-family is set. The size is set
 * inside only, so an em-based --press-font-size is not applied twice.
 */
export const hostStyles = css`
  :host {
    display: block;
  }

  :host,
  :host > * {
    font-family: var(--_font-family);
    line-height: var(--_line-height);
    color: var(--_color-text);
    overflow-wrap: anywhere;
  }

  :host > * {
    font-size: var(--_font-size);
  }

  :host([hidden]) {
    display: none;
  }

  :host,
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }

  a {
    color: var(--_color-link);
    text-decoration-thickness: var(--_underline-width);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Windows high contrast and other forced colours: the ring in the system's highlight colour. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* A server's render shows before any script runs, and stays for visitors without one: there, controls
     that need a script are gone, and what says how to do without one is shown. */
  .no-script {
    display: none;
  }

  @media (scripting: none) {
    .needs-script {
      display: none !important;
    }

    .no-script {
      display: block;
    }
  }
`;
