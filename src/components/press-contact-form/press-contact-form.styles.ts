import { css } from 'lit';

export const contactFormStyles = css`
  :host {
    --_max-width: var(--press-contact-form-max-width, 40rem);
  }

  .root {
    max-width: var(--_max-width);
  }

  .intro {
    margin: 0 0 var(--_space-l);
  }

  .panel {
    margin: 0 0 var(--_space-l);
    padding: var(--_space-m);
    border: var(--_focus-width) solid var(--_color-danger);
    border-radius: var(--_radius);
  }

  .panel h2 {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }

  .panel p {
    margin: 0 0 var(--_space-s);
  }

  .panel ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .summary a {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-bold);
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

  .count {
    margin: var(--_space-xs) 0 0;
    color: var(--_color-text-muted);
  }

  .count--over {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-bold);
  }

  .status {
    min-height: 1.5em;
    margin: var(--_space-s) 0 0;
  }
`;
