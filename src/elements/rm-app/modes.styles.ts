import { css } from 'lit';

/** Presenting (large type, only map, legend, date and caption) and embedded in an article. */
export const modeStyles = css`
  /* Presentation: only the map, the legend, the date and the caption, large enough for the back
     row (the root font size grows, see tokens.css). A narrow screen (a phone, a tablet held
     upright) stacks them; a projector's puts the legend beside the map. */
  .app.presenting {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'notices' 'stage' 'lesson' 'side';
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
    /* Presenting a lesson: the map takes the screen's left (at least 40 % of a 16:9 screen), the
       legend a one-line key under it, and the step's card the column beside it (it scrolls if a
       step is long), so caption and question are never below the fold. */
    .app.present-lesson {
      /* Exactly the screen: the notices (if any) on top, the stage and card take the rest. */
      block-size: 100vh;
      grid-template-columns: minmax(0, 1fr) clamp(13rem, 23%, 34rem);
      /* A notice (a wrong step in the link) takes the map's column, never the card's. */
      grid-template-rows: auto minmax(0, 1fr) auto;
      grid-template-areas: 'notices lesson' 'stage lesson' 'side lesson';
      gap: 0.5rem 1rem;
      padding-inline: 0.75rem;
    }
    /* The date heads the card's column, under the presenter's buttons; the column scrolls if a
       step is long. */
    .app.present-lesson .lesson-column {
      grid-area: lesson;
      min-block-size: 0;
      overflow: auto;
      padding-block-start: 3.25rem;
    }
    .app.present-lesson rm-lesson-card {
      display: block;
      margin-block-start: 0.5rem;
      font-size: 0.78em;
    }
    .app.present-lesson .lesson-column .still-date {
      font-size: 1.4em;
    }
    /* A 720-px-high screen: the longest steps' questions still fit. */
    @media (max-height: 760px) {
      .app.present-lesson rm-lesson-card {
        font-size: 0.72em;
      }
    }
    .app.present-lesson .side {
      padding-block-start: 0;
    }
    .app.present-lesson .stage {
      min-block-size: 0;
    }
    .app.present-lesson .map-area {
      flex: 1 1 0;
      min-block-size: 5.5rem;
      container-type: size;
      display: flex;
      align-items: center;
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

  /* Embedded in an article: one column at any width, within the frame's height (640 px in the
     embed code): the map takes what the slider, the one-line key and the credit leave
     (--rm-map-room: controllers/embed-fit.ts), and a country opens as a sheet over the page, so
     the frame never grows for it. */
  .app.embed {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'notices' 'stage' 'side' 'foot';
    padding: 0.4rem 0.5rem;
    gap: 0.4rem;
  }
  .embed .stage {
    gap: 0.35rem;
  }
  .embed .side {
    contain: none;
    min-block-size: 0;
  }
  .embed rm-map {
    inline-size: min(100%, calc(var(--rm-map-room, 100vh) / var(--rm-map-aspect, 0.45)));
    margin-inline: auto;
  }
  .embed .map-area {
    background: var(--rm-ocean);
  }
`;
