import { css, unsafeCSS } from 'lit';
import { focusRing, visuallyHidden } from '../shared/shared-styles.ts';

/**
 * The shell's grid: header, notices, lesson, stage, side column, footer. Container queries on
 * the host (not the viewport), so the same element lays itself out in a full page, an iframe of
 * 300 px or a projector. Logical properties throughout: right-to-left locales mirror it.
 */
/**
 * From this width (rem) the page has a side column beside the map; below it a country opens as a
 * bottom sheet (rm-app.ts asks the same width of the screen).
 */
export const SIDE_COLUMN = 62;

export const layoutStyles = css`
  :host {
    display: block;
    /* Named: rules deep inside (the map's area is a container too) can still ask the page. */
    container: page / inline-size;
  }
  .app {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'top' 'notices' 'lesson' 'stage' 'side' 'foot';
    gap: 0.75rem 1.75rem;
    max-inline-size: 110rem;
    margin-inline: auto;
    padding: 0.75rem clamp(0.75rem, 2.5cqi, 2rem) 1rem;
  }
  /* A phone: no gaps around the rows that are empty (no notices, no lesson), so the map starts
     right under the header. Each row that has something keeps its space above it. */
  @container (max-width: 40rem) {
    .app {
      row-gap: 0;
      padding-block-start: 0.5rem;
    }
    .app > :is(.stage, .side, .lesson, rm-footer) {
      margin-block-start: 0.6rem;
    }
  }
  @container (min-width: ${unsafeCSS(SIDE_COLUMN)}rem) {
    .app {
      grid-template-columns: minmax(0, 1fr) clamp(19rem, 25cqi, 27rem);
      grid-template-areas: 'top top' 'notices notices' 'lesson lesson' 'stage side' 'foot foot';
    }
    /* Beside the map, the side column is exactly as tall as the map and slider; the list of
       changes scrolls inside it, so the page fits a projector's screen. */
    .side {
      contain: size;
      min-block-size: 44rem;
    }
    .panel {
      contain: size;
    }
    /* A lesson takes the place of "what changed", beside the map. */
    .app.teaching {
      grid-template-areas: 'top top' 'notices notices' 'stage lesson' 'stage side' 'foot foot';
      grid-template-rows: auto auto auto 1fr auto;
    }
    .teaching .side {
      contain: none;
      min-block-size: 0;
    }
    /* Then and now: both maps take the full width; the legend goes under them. */
    .app.comparing {
      grid-template-areas: 'top top' 'notices notices' 'lesson lesson' 'stage stage' 'side side' 'foot foot';
    }
    .comparing .side {
      contain: none;
      min-block-size: 0;
    }
    /* The list takes what the legend leaves of the column and scrolls inside it: never past
       the column, onto the footer (a longer legend in Dari left it 2 lines of room). */
    .side rm-changes {
      flex: 1 1 0;
      min-block-size: 0;
      overflow: hidden;
      --rm-changes-max: none;
      --rm-changes-min: 0;
    }
  }
  button {
    font: inherit;
    color: var(--rm-text);
  }
  button:focus-visible,
  a:focus-visible {
    ${focusRing}
  }
  rm-header,
  .top {
    grid-area: top;
  }
  rm-notices {
    grid-area: notices;
  }
  rm-footer {
    grid-area: foot;
  }
  .side {
    grid-area: side;
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
    min-inline-size: 0;
  }
  .panel {
    grid-area: side;
    z-index: 4;
    background: var(--rm-bg);
    min-inline-size: 0;
    max-block-size: 100%;
    overflow: hidden;
    padding-inline-start: 0.25rem;
  }
  /* A bottom sheet on phones and in embeds (the shell says when: rm-app.ts): over the page, never
     past the screen's (or the frame's) bottom, so an embed never grows for it. */
  .panel[sheet] {
    position: fixed;
    contain: none;
    inset-inline: 0;
    inset-block-end: 0;
    max-block-size: 80dvh;
    padding: 0.5rem 1rem max(1rem, env(safe-area-inset-bottom));
    border-block-start: 1px solid var(--rm-border);
    border-radius: 12px 12px 0 0;
    box-shadow: 0 -10px 30px rgb(0 0 0 / 0.2);
    transition: transform 0.15s ease-out;
  }
  @media (prefers-reduced-motion: reduce) {
    .panel[sheet] {
      transition: none;
    }
  }
  .sr-only {
    ${visuallyHidden}
    /* At the top: below the page it would make an embed's frame a pixel taller than its page. */
    inset-block-start: 0;
  }

  @media print {
    .skip,
    .regions,
    .panel,
    button.link {
      display: none !important;
    }
    .app {
      display: block;
      padding: 0;
    }
    .side {
      contain: none;
      min-block-size: 0;
      display: block;
    }
    .side > * {
      margin-block-start: 1rem;
    }
    .map-area {
      break-inside: avoid;
    }
  }

  .link {
    border: 0;
    padding: 0;
    background: none;
    color: var(--rm-link);
    text-decoration: underline;
    cursor: pointer;
  }
  .skip {
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: -4rem;
    z-index: 20;
    padding: 0.5rem 0.75rem;
    background: var(--rm-text);
    color: var(--rm-bg);
    border-radius: var(--rm-radius);
  }
  .skip:focus {
    inset-block-start: 0.5rem;
  }
  .skip {
    border: 0;
    font: inherit;
    cursor: pointer;
  }
  .loading,
  .error {
    max-inline-size: 40rem;
    margin: 3rem auto;
    padding: 1.25rem;
  }
  .error h1 {
    font-family: var(--rm-font-display);
    font-size: 1.6rem;
    margin: 0 0 0.75rem;
  }
  .error {
    border: 2px solid #b3261e;
    border-radius: var(--rm-radius);
  }
  .loading button,
  .error button {
    min-block-size: 2.5rem;
    padding: 0.3rem 1rem;
    border: 1px solid var(--rm-text-muted);
    border-radius: var(--rm-radius);
    background: var(--rm-surface);
    cursor: pointer;
  }
`;
