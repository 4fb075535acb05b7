import { css } from 'lit';
import { focusRing, paletteStyles, visuallyHidden } from '../shared/shared-styles.ts';
import { TRACK_INSET } from './track-axis.ts';

export const sliderStyles = [
  paletteStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      font-variant-numeric: tabular-nums;
    }
    /* Fixed heights: the page reserves this space before the slider loads (app-styles.ts), and
       a longer date never pushes anything. */
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      block-size: 3.75rem;
      margin-block-end: 0.25rem;
    }
    .current {
      margin: 0;
      display: flex;
      flex-direction: column;
      justify-content: center;
      min-inline-size: 0;
      block-size: 3.75rem;
    }
    .date {
      font-family: var(--rm-font-display);
      font-size: clamp(1.35rem, 4.5cqi, 2.25rem);
      font-weight: 700;
      line-height: 1.15;
      white-space: nowrap;
    }
    /* A phone: the date and the buttons share one row (Play shows its icon, and keeps its name
       for screen readers), so the slider is on the first screen. A long date (two calendars)
       wraps within the row's fixed height. */
    @container (max-width: 30rem) {
      .head,
      .current {
        block-size: 3.5rem;
      }
      .current {
        flex: 1 1 auto;
        overflow: hidden;
      }
      .date {
        font-size: clamp(1rem, 5.4cqi, 1.35rem);
        white-space: normal;
        line-height: 1.1;
      }
      .era {
        font-size: 0.8rem;
        white-space: normal;
        line-height: 1.1;
      }
      .buttons {
        flex: none;
      }
      .play .label {
        ${visuallyHidden}
      }
      .buttons .play {
        min-inline-size: 2.75rem;
        padding-inline: 0.5rem;
      }
      .buttons .play .icon {
        margin: 0;
      }
    }
    .era {
      white-space: nowrap;
      line-height: 1.2;
      color: var(--rm-text-muted);
      font-size: 0.95rem;
    }
    .buttons {
      display: flex;
      gap: 0.4rem;
    }
    button {
      font: inherit;
      font-size: 0.95rem;
      min-block-size: 2.5rem;
      min-inline-size: 2.75rem;
      padding: 0.3rem 0.8rem;
      border: 1px solid var(--rm-border);
      border-radius: var(--rm-radius);
      background: var(--rm-surface);
      color: var(--rm-text);
      cursor: pointer;
    }
    button:hover:not(:disabled) {
      border-color: var(--rm-text-muted);
    }
    button:disabled {
      opacity: 0.45;
      cursor: default;
    }
    button:focus-visible,
    .thumb:focus-visible {
      ${focusRing}
    }
    .play {
      font-weight: 600;
      min-inline-size: 6.5rem;
    }
    .speed {
      font: inherit;
      font-size: 0.95rem;
      min-block-size: 2.5rem;
      padding: 0.2rem 0.3rem;
      border: 1px solid var(--rm-border);
      border-radius: var(--rm-radius);
      background: var(--rm-surface);
      color: var(--rm-text);
    }
    .speed:focus-visible {
      ${focusRing}
    }
    /* A phone's row keeps the date readable: the speed is for a class's screen (the link's
       speed= still applies). */
    @container (max-width: 30rem) {
      .speed {
        display: none;
      }
    }
    .play .icon {
      margin-inline-end: 0.35em;
    }
    .track {
      position: relative;
      block-size: 100px;
      /* Room for half the thumb at either end of the track (the element's width less this is
         the track's, which it draws for). */
      margin-inline: ${TRACK_INSET}px;
      touch-action: pan-y;
      cursor: pointer;
      /* The track is drawn in physical coordinates; it mirrors itself in right-to-left locales. */
      direction: ltr;
    }
    svg {
      display: block;
      overflow: visible;
    }
    .area {
      fill: var(--rm-fill);
    }
    /* The palest band needs an edge against the page. */
    .area[data-status='contact'] {
      stroke: var(--rm-text-muted);
      stroke-width: 0.5px;
    }
    /* The chart's own hatch (in its <defs>), in the palette's colours. */
    .area[data-status='withdrawn'] {
      fill: url(#rm-slider-withdrawn);
    }
    .segment {
      fill: var(--rm-border);
    }
    .unreviewed {
      fill: url(#rm-slider-unreviewed);
      stroke: var(--rm-text-muted);
      stroke-width: 0.5px;
    }
    .unreviewed-ink {
      stroke: var(--rm-text-muted);
      stroke-width: 1.2;
    }
    .break line {
      stroke: var(--rm-text-muted);
      stroke-width: 2px;
    }
    .tick.status {
      stroke: var(--rm-text);
      stroke-width: 1px;
    }
    .tick.context {
      stroke: var(--rm-text-muted);
      stroke-width: 1px;
    }
    .year-tick {
      stroke: var(--rm-bg);
      stroke-width: 1px;
    }
    .year {
      font-size: 11px;
      fill: var(--rm-text-muted);
      text-anchor: middle;
    }
    .cursor {
      stroke: var(--rm-text);
      stroke-width: 1.5px;
    }
    .thumb {
      position: absolute;
      left: 0;
      inline-size: 22px;
      block-size: 22px;
      margin-left: -11px;
      margin-block-start: -11px;
      border-radius: 50%;
      background: var(--rm-bg);
      border: 3px solid var(--rm-text);
      box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
      cursor: grab;
      touch-action: none;
    }
    .gap-label {
      position: absolute;
      transform: translateX(-50%);
      margin: 0;
      font-size: 11px;
      color: var(--rm-text-muted);
      white-space: nowrap;
      pointer-events: none;
      background: var(--rm-bg);
      padding: 0 0.3em;
    }
    /* The track's left-to-right is for its drawing only: the words on it read in the page's
       direction («2001–2021: لا حكومة لطالبان», «21 يوليو 2025»), and each line of the preview
       in its own (an English description under an Urdu date keeps its full stop at its end). */
    .gap-label,
    .preview {
      unicode-bidi: plaintext;
    }
    :host(:dir(rtl)) .gap-label,
    :host(:dir(rtl)) .preview {
      direction: rtl;
    }
    .preview {
      position: absolute;
      bottom: calc(100% - 40px);
      transform: translateX(-50%);
      max-inline-size: 18rem;
      inline-size: max-content;
      padding: 0.3rem 0.5rem;
      background: var(--rm-text);
      color: var(--rm-bg);
      border-radius: 4px;
      font-size: 0.8rem;
      pointer-events: none;
      z-index: 1;
    }
    :host([compact]) .track {
      block-size: 64px;
    }
    :host([compact]) .date {
      font-size: clamp(1.2rem, 2.2vw, 1.6rem);
    }
    :host([compact]) .current,
    :host([compact]) .head {
      block-size: 3rem;
    }
    @media print {
      .buttons,
      .speed,
      .track {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .area,
      .segment {
        forced-color-adjust: none;
      }
      .thumb {
        border-color: CanvasText;
      }
    }
  `,
];
