import { css } from 'lit';

/** The stage: the map's area and what sits on it, the slider's reserved space, then and now. */
export const stageStyles = css`
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
  /* An embed's height is scarce: its buttons stay over the map's corner, small (24 px high). */
  @container page (max-width: 30rem) {
    .embed .regions {
      position: absolute;
      margin: 0;
      inset-inline-start: 0.25rem;
      inset-block-end: 0.25rem;
      font-size: 0.75rem;
    }
    .embed .regions button {
      min-block-size: 1.5rem;
      padding: 0 0.45rem;
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
      block-size: calc(3.75rem + 100px);
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
  .lesson,
  .lesson-column {
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
  .still-date {
    margin: 0;
    font-family: var(--rm-font-display);
    font-size: clamp(1.3rem, 3cqi, 2rem);
    font-weight: 700;
  }
`;
