import { css } from 'lit';

/** Labels, hints, errors and controls of any form in the widgets (GOV.UK-like: large targets, errors in a bar). */
export const formStyles = css`
  .field {
    margin: 0 0 var(--_space-l);
  }

  .field--error {
    padding-inline-start: var(--_space-m);
    border-inline-start: 5px solid var(--_color-danger);
  }

  label,
  .heading {
    display: block;
    font-weight: var(--_font-weight-bold);
  }

  label,
  .hint,
  .error {
    margin: 0 0 var(--_space-xs);
  }

  .hint,
  .optional {
    color: var(--_color-text-muted);
    font-weight: normal;
  }

  /* A field's error, the links of the error summary, a character count over the limit. */
  .error,
  .summary a,
  .over {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-bold);
  }

  /* Text fields, selects and text areas; rows="8" gives a text area its height. */
  [part='input']:not([type='checkbox']) {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-s);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    resize: vertical;
  }

  [aria-invalid='true'] {
    --_color-border: var(--_color-danger);
  }

  .check {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
  }

  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_color-accent);
  }

  .check label {
    margin: 0;
    font-weight: normal;
  }
`;
