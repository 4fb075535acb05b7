import { css } from 'lit';
import { controlLook, focusRing, visuallyHidden } from '../shared/shared-styles.ts';

export const languageMenuStyles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .menu {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    white-space: nowrap;
  }
  select {
    ${controlLook}
    min-block-size: 2.5rem;
    max-inline-size: 11rem;
    padding: 0.3rem 0.4rem;
    background: var(--rm-bg);
    cursor: pointer;
  }
  select:focus-visible {
    ${focusRing}
  }
  .menu-label {
    font-size: 0.85rem;
    color: var(--rm-text-muted);
  }
  /* On a phone the calendar menu keeps its name for screen readers, not its width. */
  @container (max-width: 40rem) {
    .menu-label {
      ${visuallyHidden}
    }
  }
`;
