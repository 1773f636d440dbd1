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

  label {
    display: block;
    margin: 0 0 var(--_space-xs);
    font-weight: var(--_font-weight-bold);
  }

  .optional {
    font-weight: normal;
    color: var(--_color-text-muted);
  }

  .hint,
  .error {
    margin: 0 0 var(--_space-xs);
  }

  .hint {
    color: var(--_color-text-muted);
  }

  .error {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-bold);
  }

  .control {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-s);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }

  textarea.control {
    min-height: 10rem;
    resize: vertical;
  }

  .control[aria-invalid='true'] {
    border-color: var(--_color-danger);
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
