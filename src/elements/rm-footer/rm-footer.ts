import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../../i18n/index.ts';
import type { DatasetMeta } from '../../model/schema.ts';
import { CORRECTIONS_URL } from '../../config.ts';
import { releasePath } from '../../load/sources.ts';
import { UN_MEMBERS } from '../../model/countries.ts';
import { footerStyles } from './rm-footer.styles.ts';

/**
 * The page's footer (when the data was checked, sources, licence, About, Share, corrections) or,
 * in an embed, its one-line credit (title, data date, the full page, corrections, the data and,
 * on the live map, today's picture). A pinned release says so and links to the latest data.
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
  /** The pinned data release shown, if any: "Get the data" links that file. */
  @property() release = '';
  /** The embed shows another day than today: the picture of today's map (map.png) would not match. */
  @property({ type: Boolean }) dated = false;

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
          · ${corrections} · ${this.embedFiles()} ${this.releaseNote()}
        </p>
      </footer>`;
    return html`<footer class="foot">
      <p>
        ${t.t('app.asOf', { date: t.date(this.meta.asOf, 'long') })} · ${t.t('footer.sources')}
        ${t.t('footer.licence')}
        <span class="members">${t.t('legend.todayMembers', { total: UN_MEMBERS.length })}</span>
        ${this.releaseNote()}
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

  /**
   * The embed's files, in a new tab: the data (the pinned release's file, else every event as
   * CSV) and, on the live map, the picture of today's map made at build time.
   */
  private embedFiles() {
    const t = this.i18n;
    const tab = (href: string, text: string) =>
      html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`;
    const data = tab(
      this.release ? releasePath(this.release) : 'recognition-events.csv',
      t.t('embed.getData'),
    );
    if (this.release || this.dated) return data;
    return html`${data} · ${tab('map.png', t.t('embed.downloadImage'))}`;
  }

  private releaseNote() {
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
