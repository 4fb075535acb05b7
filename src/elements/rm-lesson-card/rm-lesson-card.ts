import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import type { Lesson } from '../../model/lesson.ts';
import { englishBlock, translationNote } from '../shared/event-text.ts';
import { controlLook, focusRing, translationStyles } from '../shared/shared-styles.ts';

/**
 * One step of a guided lesson: where we are, the caption with its sources, and a question for the
 * class; buttons (and the presenter keys, handled by the page) move between steps.
 *
 * @fires lesson-step - `{ step }` (1-based)
 * @fires lesson-exit
 */
export class RmLessonCard extends LitElement {
  static override styles = [
    translationStyles,
    css`
      :host {
        display: block;
      }
      section {
        border: 1px solid var(--rm-border);
        border-inline-start: 4px solid var(--rm-text);
        border-radius: var(--rm-radius);
        padding: 0.75rem 1rem;
        background: var(--rm-bg);
        line-height: 1.45;
      }
      .progress {
        margin: 0;
        color: var(--rm-text-muted);
        font-size: 0.85em;
        display: flex;
        justify-content: space-between;
        gap: 1rem;
        flex-wrap: wrap;
      }
      h2 {
        font-family: var(--rm-font-display);
        font-size: 1.35em;
        margin: 0.2rem 0 0.3rem;
      }
      p {
        margin: 0.3rem 0;
      }
      .sources {
        font-size: 0.85em;
        color: var(--rm-text-muted);
      }
      .question {
        margin-block-start: 0.6rem;
        padding: 0.5rem 0.7rem;
        background: var(--rm-surface);
        border-radius: var(--rm-radius);
      }
      .question strong {
        display: block;
        font-size: 0.85em;
        color: var(--rm-text-muted);
      }
      nav {
        display: flex;
        gap: 0.5rem;
        margin-block-start: 0.6rem;
        flex-wrap: wrap;
      }
      button {
        ${controlLook}
        font-size: 0.95em;
        min-block-size: 2.5rem;
        padding: 0.25rem 0.9rem;
        background: var(--rm-surface);
        cursor: pointer;
      }
      button[aria-disabled='true'] {
        opacity: 0.45;
        cursor: default;
      }
      .exit {
        margin-inline-start: auto;
        background: none;
      }
      a {
        color: var(--rm-link);
      }
      button:focus-visible,
      a:focus-visible {
        ${focusRing}
      }
      :host([presenting]) nav {
        display: none;
      }
      /* On paper: no buttons, and each source with its address. */
      @media print {
        nav {
          display: none;
        }
        .sources a {
          color: inherit;
        }
        .sources a::after {
          content: ' (' attr(href) ')';
          overflow-wrap: anywhere;
        }
      }
    `,
  ];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) lesson!: Lesson;
  @property({ type: Number }) step = 1;
  /** In presentation mode the presenter keys move; the buttons are hidden. */
  @property({ type: Boolean, reflect: true }) presenting = false;
  /** The lesson has a translation in the page's language (shown unless the reader asked not). */
  @property({ type: Boolean }) translated = false;

  override render() {
    const t = this.i18n;
    const total = this.lesson.steps.length;
    const step = this.lesson.steps[this.step - 1];
    if (!step) return nothing;
    const sources = step.events.flatMap((e) => e.sources.slice(0, 1));
    // The lesson's own words are English unless they are translated and shown so.
    const { lang: en, dir: ltr } = englishBlock(t, !this.translated || t.original);
    return html`<section
      aria-labelledby="lesson-step-title"
      aria-roledescription=${t.t('lesson.roledescription')}
    >
      <p class="progress">
        <span lang=${en} dir=${ltr}>${this.lesson.title}</span>
        <span>${t.t('lesson.stepOf', { step: this.step, total })}</span>
      </p>
      <h2 id="lesson-step-title" lang=${en} dir=${ltr}>${step.title}</h2>
      <p lang=${en} dir=${ltr}>${step.caption}</p>
      ${this.presenting ? nothing : translationNote(t, this, this.translated)}
      <p class="sources">
        ${t.t('lesson.sources')}
        ${sources.map(
          (s, i) =>
            html`${i ? ', ' : ''}<a href=${s.url} target="_blank" rel="noopener noreferrer"
                >${s.outlet}</a
              >`,
        )}
      </p>
      <p class="question">
        <strong>${t.t('lesson.question')}</strong
        ><span lang=${en} dir=${ltr}>${step.question}</span>
      </p>
      <nav aria-label=${t.t('lesson.navigation')}>
        <!-- aria-disabled, not disabled: at the first or last step the focus stays on the
             button the reader pressed, rather than fall to the page. -->
        <button
          type="button"
          aria-disabled=${this.step <= 1 ? 'true' : 'false'}
          @click=${() => this.step > 1 && this.go(this.step - 1)}
        >
          ${t.t('lesson.previous')}
        </button>
        <button
          type="button"
          aria-disabled=${this.step >= total ? 'true' : 'false'}
          @click=${() => this.step < total && this.go(this.step + 1)}
        >
          ${t.t('lesson.next')}
        </button>
        <button type="button" class="exit" @click=${this.exit}>${t.t('lesson.exit')}</button>
      </nav>
    </section>`;
  }

  private go(step: number) {
    this.dispatchEvent(
      new CustomEvent('lesson-step', { detail: { step }, bubbles: true, composed: true }),
    );
  }

  private exit = () => {
    this.dispatchEvent(new CustomEvent('lesson-exit', { bubbles: true, composed: true }));
  };
}
