import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import type { DatasetMeta } from '../../model/schema.ts';
import { CORRECTIONS_URL } from '../../config.ts';
import { UN_MEMBERS } from '../../model/countries.ts';
import { footerStyles } from './rm-footer.styles.ts';

/**
 * The page's footer (when the data was checked, sources, licence, About, Share, corrections) or,
 * in an embed, its one-line credit (title, data date, the full page, corrections). A pinned
 * release says so and links to the latest data.
 *
 * @fires dialog-open - `{ dialog: 'about' | 'share' }`
 */
export class RmFooter extends LitElement {
  static override styles = footerStyles;

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) meta!: DatasetMeta;
  /** The one-line credit of an embed. */
  @property({ type: Boolean }) embed = false;
  /** A pinned release is shown: the address of the same view with the latest data. */
  @property() latestHref = '';
  /** The embed's link to the full page. */
  @property() fullHref = '';

  override render() {
    const t = this.i18n;
    const corrections = html`<a href=${CORRECTIONS_URL} target="_blank" rel="noopener noreferrer"
      >${t.t('share.correctionLink')}</a
    >`;
    if (this.embed)
      return html`<footer class="credit">
        <p>
          <strong>${t.t('app.title')}</strong> ·
          ${t.t('app.asOf', { date: t.date(this.meta.asOf, 'day') })} ·
          <a href=${this.fullHref} target="_blank" rel="noopener noreferrer"
            >${t.t('embed.fullMap')}</a
          >
          · ${corrections} ${this.release()}
        </p>
      </footer>`;
    return html`<footer class="foot">
      <p>
        ${t.t('app.asOf', { date: t.date(this.meta.asOf, 'long') })} · ${t.t('footer.sources')}
        ${t.t('footer.licence')}
        <span class="members">${t.t('legend.todayMembers', { total: UN_MEMBERS.length })}</span>
        ${this.release()}
      </p>
      <p class="actions">
        <button type="button" class="link" @click=${() => this.open('about')}>
          ${t.t('app.about')}
        </button>
        ·
        <button type="button" class="link" @click=${() => this.open('share')}>
          ${t.t('share.open')}
        </button>
        · ${corrections}
      </p>
    </footer>`;
  }

  private release() {
    if (!this.latestHref) return nothing;
    const t = this.i18n;
    return html`<span class="release-note">
      ${t.t('release.note', { date: t.date(this.meta.release, 'day') })}
      <a
        href=${this.latestHref}
        target=${this.embed ? '_blank' : nothing}
        rel=${this.embed ? 'noopener noreferrer' : nothing}
        >${t.t('release.latest')}</a
      ></span
    >`;
  }

  private open(dialog: 'about' | 'share') {
    this.dispatchEvent(
      new CustomEvent('dialog-open', { detail: { dialog }, bubbles: true, composed: true }),
    );
  }
}
