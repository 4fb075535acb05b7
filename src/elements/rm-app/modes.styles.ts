import { css } from 'lit';

/** Presenting (large type, only map, legend, date and caption) and embedded in an article. */
export const modeStyles = css`
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
`;
