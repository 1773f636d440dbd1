import { css } from 'lit';

export const contactFormStyles = css`
  :host {
    --_max-width: var(--press-contact-form-max-width, 40rem);
  }

  .root {
    max-width: var(--_max-width);
  }

  .intro,
  .panel {
    margin: 0 0 var(--_space-l);
  }

  /* The error summary, the failure and the confirmation; the offline notice is a bar. */
  .panel {
    padding: var(--_space-m);
    border: var(--_focus-width) solid var(--_color-danger);
    border-radius: var(--_radius);
  }

  .panel :is(.heading, p) {
    margin: 0 0 var(--_space-s);
  }

  .heading {
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .notice {
    border: 0;
    border-inline-start: 5px solid var(--_color-accent);
    border-radius: 0;
    background: var(--_color-surface-raised);
  }

  .confirmation {
    border-color: var(--_color-success);
  }

  .status {
    min-height: 1.5em;
  }

  .count,
  .status {
    margin: var(--_space-xs) 0 0;
  }
`;
