import { css } from 'lit';

export const expandStyles = css`
  .toggle {
    align-self: start;
  }

  .content {
    padding-block-start: var(--_space-s);
  }

  .content img {
    max-width: 100%;
    height: auto;
  }
`;
