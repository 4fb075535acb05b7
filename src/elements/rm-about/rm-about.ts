import { LitElement, css, html } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import { STATUSES, type Dataset } from '../../model/index.ts';
import { closeButtonStyles, focusRing, swatchStyles } from '../shared/shared-styles.ts';
import { modal, modalStyles } from '../shared/modal.ts';

/**
 * About the data: what each status means, the rules, the known uncertainties, the sources, how to
 * cite, the licences and the corrections log. A modal dialog; Esc closes it.
 *
 * @fires about-close
 */
export class RmAbout extends LitElement {
  static override styles = [
    swatchStyles,
    modalStyles,
    closeButtonStyles,
    css`
      dialog {
        inline-size: min(46rem, calc(100vw - 1.5rem));
      }
      .inner {
        line-height: 1.5;
      }
      h3 {
        margin: 1.4rem 0 0.4rem;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.5rem 0.75rem;
        margin: 0;
      }
      dt {
        display: flex;
        gap: 0.45rem;
        font-weight: 600;
        align-items: baseline;
      }
      dd {
        margin: 0;
      }
      @media (max-width: 32rem) {
        dl {
          grid-template-columns: 1fr;
        }
        dd {
          margin-block-end: 0.4rem;
        }
      }
      ul,
      ol {
        padding-inline-start: 1.25rem;
      }
      a {
        color: var(--rm-link);
      }
      a:focus-visible,
      button:focus-visible {
        ${focusRing}
      }
      blockquote {
        margin: 0.4rem 0;
        padding: 0.5rem 0.75rem;
        background: var(--rm-surface);
        border-inline-start: 3px solid var(--rm-border);
      }
    `,
  ];

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) data!: Dataset;
  @property() pageUrl = '';
  @query('dialog') private dialog?: HTMLDialogElement;

  override firstUpdated() {
    this.dialog?.showModal();
  }

  override render() {
    const t = this.i18n;
    const meta = this.data.meta;
    const outlets = new Set(this.data.events.flatMap((e) => e.sources.map((s) => s.outlet)));
    const sources = this.data.events.reduce((n, e) => n + e.sources.length, 0);
    return modal(
      { t, id: 'about-title', title: t.t('about.title'), onClose: this.onClose },
      html`<p>${t.t('about.intro')}</p>

        <h3>${t.t('about.statuses')}</h3>
        <dl>
          ${[...STATUSES, 'afghanistan' as const, 'no-data' as const].map(
            (s) =>
              html`<dt><span class="swatch" data-status=${s}></span>${t.t(`status.${s}.name`)}</dt>
                <dd>${t.t(`status.${s}.detail`)}</dd>`,
          )}
        </dl>

        <h3>${t.t('about.rules')}</h3>
        <ul>
          <li>${t.t('about.rule.status')}</li>
          <li>${t.t('about.rule.since')}</li>
          <li>${t.t('about.rule.approximate')}</li>
          <li>${t.t('about.rule.eras')}</li>
          <li>${t.t('about.rule.counts')}</li>
          <li>${t.t('about.rule.claims')}</li>
          <li>${t.t('about.rule.asOf', { date: t.date(meta.asOf, 'long') })}</li>
        </ul>

        <h3>${t.t('about.uncertain')}</h3>
        <ul lang="en">
          ${meta.openQuestions.map((q) => html`<li>${q}</li>`)}
        </ul>

        <h3>${t.t('about.unSeat')}</h3>
        <ul lang="en">
          ${meta.unSeat.map((u) => html`<li><strong>${u.period}</strong>: ${u.holder}. ${u.note}</li>`)}
        </ul>

        <h3>${t.t('about.sources')}</h3>
        <p>
          ${t.t('about.sourcesText', { events: this.data.events.length, sources, outlets: outlets.size })}
        </p>
        <p><a href="data/recognition.json" download>${t.t('about.dataFile')}</a></p>
        <p><a href="datapackage.json" target="_blank">${t.t('about.dataPackage')}</a></p>

        <h3>${t.t('about.cite')}</h3>
        <blockquote>${meta.cite} ${this.pageUrl}</blockquote>
        <p><a href="CITATION.cff" target="_blank">${t.t('about.citationFile')}</a></p>

        <h3>${t.t('about.licence')}</h3>
        <ul>
          <li>
            ${t.t('about.licenceData')}
            <a href=${meta.licence.url} target="_blank" rel="noopener noreferrer"
              >${meta.licence.name}</a
            >.
          </li>
          <li>${t.t('about.licenceMap')}</li>
          <li>${t.t('about.licenceCode')}</li>
        </ul>

        <h3>${t.t('about.corrections')}</h3>
        <ol lang="en">
          ${meta.corrections.map((c) => html`<li><strong>${c.release}</strong>: ${c.text}</li>`)}
        </ol>`,
    );
  }

  private onClose = () => {
    this.dispatchEvent(new CustomEvent('about-close', { bubbles: true, composed: true }));
  };
}
