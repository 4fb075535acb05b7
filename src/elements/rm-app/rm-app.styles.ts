import { css } from 'lit';
import { focusRing, visuallyHidden } from '../shared/shared-styles.ts';

/**
 * Layout of the page. Container queries on the host (not the viewport), so the same element lays
 * itself out in a full page, an iframe of 300 px or a projector. Logical properties throughout:
 * right-to-left locales mirror it.
 */
export const appStyles = css`
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
  @container (min-width: 62rem) {
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
    .side rm-changes {
      flex: 1 1 0;
      min-block-size: 0;
      --rm-changes-max: none;
    }
  }
  button {
    font: inherit;
    color: var(--rm-text);
  }
  .regions {
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-end: 0.5rem;
    display: inline-flex;
    border: 1px solid var(--rm-text-muted);
    border-radius: var(--rm-radius);
    overflow: hidden;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
    font-size: 0.88rem;
  }
  .regions button {
    min-block-size: 2.5rem;
    padding: 0.3rem 0.8rem;
    border: 0;
    background: var(--rm-bg);
    cursor: pointer;
  }
  @container (max-width: 30rem) {
    /* A phone's map is only a few centimetres tall: the buttons go under it, not over it. */
    .regions {
      position: static;
      margin-block-start: 0.4rem;
      box-shadow: none;
    }
    .regions button {
      min-block-size: 2.25rem;
      padding: 0.2rem 0.55rem;
    }
  }
  .regions button + button {
    border-inline-start: 1px solid var(--rm-text-muted);
  }
  .regions button[aria-pressed='true'] {
    background: var(--rm-text);
    color: var(--rm-bg);
    font-weight: 600;
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
  .stage {
    grid-area: stage;
    container: stage / inline-size;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .map-area {
    position: relative;
    border-radius: var(--rm-radius);
    overflow: hidden;
  }
  /* The controls load just after the first map: their space is kept, so nothing jumps. The
     heights are the slider's own fixed ones (time-slider-styles.ts). */
  rm-time-slider:not(:defined) {
    display: block;
    block-size: calc(4rem + 100px);
  }
  @container stage (max-width: 30rem) {
    rm-time-slider:not(:defined) {
      block-size: calc(7rem + 100px);
    }
  }
  /* The legend's measured height in English: 34rem at 1280 px (28–35rem from 375 to 1920 px),
     about 10rem compact (embeds, presenting, then and now). */
  rm-legend:not(:defined) {
    display: block;
    min-block-size: 34rem;
  }
  rm-legend[compact]:not(:defined) {
    min-block-size: 10rem;
  }
  rm-changes:not(:defined) {
    display: block;
    min-block-size: 12rem;
  }
  .map-placeholder {
    display: grid;
    place-items: center;
    aspect-ratio: 2.2;
    background: var(--rm-ocean);
    color: var(--rm-text-muted);
  }
  rm-map:focus {
    outline: none;
  }
  .gap-card {
    position: absolute;
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%);
    inline-size: min(30rem, 90%);
    padding: 1rem 1.25rem;
    background: var(--rm-bg);
    border: 1px solid var(--rm-border);
    border-radius: 10px;
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.18);
    text-align: center;
  }
  .gap-card h2 {
    font-family: var(--rm-font-display);
    margin: 0 0 0.25rem;
    font-size: 1.3rem;
  }
  .gap-card .dates {
    margin: 0 0 0.4rem;
    font-weight: 600;
    color: var(--rm-text-muted);
  }
  .gap-card p {
    margin: 0;
    line-height: 1.4;
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
  @container (max-width: 61.99rem) {
    .panel {
      position: fixed;
      inset-inline: 0;
      inset-block-end: 0;
      max-block-size: 72dvh;
      padding: 0.75rem 1rem 1rem;
      border-block-start: 1px solid var(--rm-border);
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -10px 30px rgb(0 0 0 / 0.2);
    }
  }
  .sr-only {
    ${visuallyHidden}
  }
  .lesson {
    grid-area: lesson;
  }
  .compare {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: 1rem;
  }
  .compare-column h2 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
    color: var(--rm-text-muted);
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .compare-column .counts {
    margin: 0.4rem 0 0;
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  .caption {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.4;
  }
  .caption .when {
    display: block;
    color: var(--rm-text-muted);
    font-size: 0.85em;
  }
  /* Presentation: only the map, the legend, the date and the caption, large enough for the back
     row (the root font size grows, see tokens.css). A narrow screen (a phone, a tablet held
     upright) stacks them; a projector's puts the legend beside the map. */
  .app.presenting {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'notices' 'stage' 'side';
    max-inline-size: none;
    min-block-size: 100vh;
    box-sizing: border-box;
    align-content: start;
    /* Room at the top for the presenter's buttons, which stay in the corner. */
    padding: 4.5rem 1.5rem 1rem;
  }
  .presenting .side {
    contain: none;
    min-block-size: 0;
    justify-content: start;
    gap: 1.5rem;
  }
  .presenting .stage {
    gap: 1rem;
  }
  @container page (min-width: 48rem) {
    .app.presenting {
      grid-template-columns: minmax(0, 1fr) minmax(18rem, 30%);
      grid-template-areas: 'notices notices' 'stage side';
      padding-block-start: 1rem;
    }
    .presenting .side {
      padding-block-start: 3.5rem;
    }
    /* Presenting a lesson: the step's card keeps its height, and the map takes what is left of
       the screen (it narrows to fit), so caption and question are never below the fold. */
    .app.present-lesson {
      /* Exactly the screen: the notices (if any) on top, the stage and side take the rest. */
      block-size: 100vh;
      grid-template-rows: auto minmax(0, 1fr);
    }
    .app.present-lesson .stage {
      min-block-size: 0;
    }
    .app.present-lesson .map-area {
      flex: 1 1 0;
      min-block-size: 5.5rem;
      container-type: size;
    }
    .app.present-lesson rm-map {
      inline-size: min(100%, 100cqb / var(--rm-map-aspect, 0.5));
      margin-inline: auto;
    }
    /* The twenty-year gap's card, over a map made small by the lesson's card: wider and smaller
       type, so that it stays inside the map's area. */
    .app.present-lesson .gap-card {
      inline-size: min(44rem, 96%);
      max-block-size: 96%;
      padding: 0.5rem 1rem;
      font-size: 0.85em;
      box-sizing: border-box;
      overflow: auto;
    }
  }
  .presenting .still-date {
    font-size: 1.8em;
  }
  .presenting .panel {
    position: fixed;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: min(34rem, 45vw);
    max-block-size: none;
    contain: none;
    padding: 1rem;
    border-inline-start: 1px solid var(--rm-border);
    box-shadow: 0 0 30px rgb(0 0 0 / 0.2);
  }
  .still-date {
    margin: 0;
    font-family: var(--rm-font-display);
    font-size: clamp(1.3rem, 3cqi, 2rem);
    font-weight: 700;
  }

  /* Embedded in an article: one column at any width, the legend compact, the country panel in
     the flow (so the frame grows to show it), and no fixed positioning anywhere. */
  .app.embed {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'notices' 'stage' 'side' 'panel' 'foot';
    padding: 0.5rem;
    gap: 0.6rem;
  }
  .embed .side {
    contain: none;
    min-block-size: 0;
  }
  .embed .panel {
    grid-area: panel;
    position: static;
    contain: none;
    max-block-size: none;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--rm-border);
    border-radius: var(--rm-radius);
    box-shadow: none;
  }

  @media print {
    .skip,
    .regions,
    .panel {
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
