import { css } from 'lit';

/**
 * The table on a phone: each country a card (its name; its status and since when; its source,
 * labelled), the page scrolling rather than a box inside it, so nothing needs a sideways scroll
 * and a two-calendar date has the card's whole width. The sort buttons stay, in a row above.
 */
export const cardStyles = css`
  :host {
    container-type: inline-size;
  }
  @container (max-width: 36rem) {
    .filters label {
      flex: 1 1 100%;
      min-inline-size: 0;
    }
    .filters input,
    .filters select {
      inline-size: 100%;
      box-sizing: border-box;
      min-inline-size: 0;
    }
    .scroll {
      max-block-size: none;
      overflow: visible;
      border: 0;
      background: none;
    }
    table,
    thead,
    tbody,
    caption {
      display: block;
    }
    caption {
      padding-inline: 0;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      padding-block: 0.25rem;
      border-block: 1px solid var(--rm-border);
    }
    thead th {
      position: static;
      padding: 0;
      border: 0;
      background: none;
    }
    thead button {
      min-block-size: 2.5rem;
    }
    /* The source column's heading: each card labels its own source. */
    thead th:last-child {
      display: none;
    }
    tbody tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.15rem;
      padding: 0.6rem 0.1rem;
      border-block-end: 1px solid var(--rm-border);
    }
    tbody th,
    tbody td {
      display: block;
      padding: 0;
      border: 0;
    }
    .name {
      min-block-size: 2rem;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--rm-text-muted);
    }
  }
`;
