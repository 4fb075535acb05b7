import { LitElement, css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { englishLocalizer, type Localizer } from '../i18n/index.ts';
import { LoadError, loadDataset } from '../load-dataset.ts';
import { statusAt, type Dataset } from '../model/index.ts';
import { localToday } from '../today.ts';
import './rm-status-table.define.ts';

/**
 * The application shell: loads the dataset and owns the state every other component shows.
 */
export class RmApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-inline-size: 72rem;
      margin-inline: auto;
      padding: var(--rm-space);
    }
    h1 {
      font-family: var(--rm-font-display);
      font-size: clamp(1.5rem, 4vw, 2.4rem);
      line-height: 1.15;
      margin-block: 0.5rem;
    }
    .meta {
      color: var(--rm-text-muted);
    }
    [role='alert'] {
      border: 2px solid #b3261e;
      padding: 1rem;
      border-radius: var(--rm-radius);
    }
  `;

  @state() private data?: Dataset;
  @state() private error?: LoadError | Error;
  private readonly i18n: Localizer = englishLocalizer();
  private readonly today = localToday();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.error = undefined;
    try {
      this.data = await loadDataset();
    } catch (e) {
      this.error = e as Error;
    }
  }

  override render() {
    const t = this.i18n;
    if (this.error) return this.renderError(this.error);
    if (!this.data) return html`<p role="status">${t.t('app.loading')}</p>`;
    const snapshot = statusAt(this.data, this.today, this.today);
    const rows =
      snapshot.kind === 'era'
        ? [...snapshot.countries.values()].filter((s) => s.status !== 'none')
        : [];
    return html`<main>
      <h1>${t.t('app.title')}</h1>
      <p class="meta">${t.t('app.asOf', { date: t.date(this.data.meta.asOf, 'long') })}</p>
      <rm-status-table .i18n=${t} .rows=${rows} date=${this.today}></rm-status-table>
    </main>`;
  }

  private renderError(error: Error) {
    const t = this.i18n;
    const detail =
      error instanceof LoadError
        ? error.kind === 'http'
          ? t.t('load.http', { status: error.status ?? '', file: 'data/recognition.json' })
          : t.t(`load.${error.kind === 'timeout' ? 'network' : error.kind}`, {
              detail: error.message,
            })
        : error.message;
    return html`<main>
      <div role="alert">
        <p><strong>${t.t('load.failed')}</strong></p>
        <p>${detail}</p>
        <button @click=${() => this.load()}>${t.t('load.retry')}</button>
      </div>
    </main>`;
  }
}
