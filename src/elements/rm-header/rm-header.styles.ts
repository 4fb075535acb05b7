import { css } from 'lit';
import { focusRing } from '../shared/shared-styles.ts';

export const headerStyles = css`
  :host {
    display: block;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.75rem 1.5rem;
  }
  .titles {
    flex: 1 1 34rem;
    min-inline-size: 0;
  }
  /* The English title is the page's own HTML, styled in tokens.css. */
  h1 {
    font-family: var(--rm-font-display);
    font-size: clamp(1.45rem, 2.6cqi, 2.4rem);
    line-height: 1.1;
    margin: 0 0 0.3rem;
  }
  .subtitle {
    margin: 0;
    color: var(--rm-text-muted);
    max-inline-size: 48rem;
    line-height: 1.4;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    flex: 1 1 22rem;
    justify-content: flex-end;
  }
  /* A definite size before and after the search box is defined (it loads after the map), so
     the tools wrap the same way both times and nothing below them moves. */
  rm-country-search {
    display: block;
    flex: 0 1 17rem;
    min-inline-size: 0;
    min-block-size: 2.5rem;
  }
  /* Its outline before its code arrives (with the controls, after the map): nothing moves then. */
  rm-country-search:not(:defined) {
    box-sizing: border-box;
    border: 1px solid var(--rm-text-muted);
    border-radius: var(--rm-radius);
  }
  @container (max-width: 40rem) {
    rm-country-search {
      flex: 1 1 12rem;
    }
  }
  button {
    font: inherit;
    color: var(--rm-text);
    cursor: pointer;
  }
  button:focus-visible {
    ${focusRing}
  }
  .tool-button {
    min-block-size: 2.5rem;
    padding: 0.3rem 0.8rem;
    border: 1px solid var(--rm-text-muted);
    border-radius: var(--rm-radius);
    background: var(--rm-bg);
    white-space: nowrap;
  }
  .views {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
    border-block-start: 1px solid var(--rm-border);
    padding-block-start: 0.5rem;
  }
  .views button {
    min-block-size: 2.25rem;
    padding: 0.2rem 0.8rem;
    border: 1px solid var(--rm-border);
    border-radius: 999px;
    background: var(--rm-bg);
  }
  .views button[aria-pressed='true'] {
    background: var(--rm-text);
    color: var(--rm-bg);
    border-color: var(--rm-text);
    font-weight: 600;
  }
  .tool-button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  /* The secondary actions: in the tools' row on a wide page; folded into one menu on a phone. */
  .more {
    display: contents;
  }
  .more-toggle {
    display: none;
  }
  @container (max-width: 40rem) {
    .top {
      position: relative;
      gap: 0.5rem;
    }
    h1 {
      font-size: 1.3rem;
      margin: 0;
    }
    /* The map comes first on a phone: the subtitle says what the map's legend and About say. */
    .subtitle {
      display: none;
    }
    .tools {
      flex-wrap: nowrap;
      flex-basis: 100%;
    }
    rm-country-search {
      flex: 1 1 auto;
    }
    .more-toggle {
      display: inline-flex;
    }
    .more {
      display: none;
    }
    .more[data-open] {
      position: absolute;
      z-index: 5;
      inset-block-start: 100%;
      inset-inline-end: 0;
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: 0.4rem;
      min-inline-size: 14rem;
      padding: 0.6rem;
      background: var(--rm-bg);
      border: 1px solid var(--rm-border);
      border-radius: var(--rm-radius);
      box-shadow: 0 0.4rem 1.2rem rgb(0 0 0 / 0.18);
    }
    .more .tool-button {
      min-block-size: 2.75rem;
      justify-content: flex-start;
    }
    .views {
      flex-wrap: nowrap;
      overflow-x: auto;
      scrollbar-width: none;
      padding-block-start: 0.4rem;
    }
    .views {
      gap: 0.3rem;
    }
    .views button {
      flex: none;
      min-block-size: 2.5rem;
      padding-inline: 0.6rem;
    }
  }
  @media print {
    .tools,
    .views {
      display: none !important;
    }
  }
`;
