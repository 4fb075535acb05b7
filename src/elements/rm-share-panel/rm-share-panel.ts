import { LitElement, html, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { loadExtraMessages, type Lang, type Localizer } from '../../i18n/index.ts';
import '../rm-language-menu/rm-language-menu.define.ts';
import { modal } from '../shared/modal.ts';
import { sharePanelStyles } from './rm-share-panel.styles.ts';
import { CORRECTIONS_URL } from '../../config.ts';
import { embedSnippet } from '../../embed/snippet.ts';
import { download, lightPalette, mapSvg, svgToPng } from '../../export/map-image.ts';
import {
  EVENT_COLUMNS,
  STATUS_COLUMNS,
  eventRecords,
  exportFileName,
  listedRecords,
  statusRecords,
} from '../../export/tables.ts';
import type { Dataset, StatusSnapshot } from '../../model/index.ts';
import type { Theme, UrlState } from '../../url-state.ts';
import { imageTexts, qrPath, tableFile, tableLabels, type FileToSave } from './share-files.ts';
import { embedQuery, linkQuery } from './share-links.ts';
import type { DrawnMap } from '../rm-map/drawn.ts';
import { exportGeometry } from '../rm-map/export-geometry.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

/**
 * Share, embed and download: a link to this exact view, the embed code (live, or pinned to this
 * date and data release), the Web Share API, a QR code for classrooms, downloads (PNG, SVG, CSV,
 * JSON), print, and where to report a correction. A modal dialog; Esc closes it.
 *
 * @fires share-close
 */
export class RmSharePanel extends LitElement {
  static override styles = sharePanelStyles;

  @property({ attribute: false }) i18n!: Localizer;
  @property({ attribute: false }) data!: Dataset;
  @property({ attribute: false }) snapshot!: EraSnapshot;
  @property({ attribute: false }) view!: UrlState;
  /** ISO alpha-3 of every country the map draws. */
  @property({ attribute: false }) countries: readonly string[] = [];
  /** The map as drawn, for the image downloads. */
  @property({ attribute: false }) geometry?: () => DrawnMap | undefined;

  @state() private pinned = true;
  @state() private theme: Theme | '' = '';
  @state() private stillMap = false;
  /** The embed's language: the page's unless chosen (an article's language, not its reader's). */
  @state() private embedLang?: Lang;
  /** The iframe's title in the embed's language. */
  @state() private embedTitle?: string;
  @state() private qr = false;
  @state() private message = '';
  @query('dialog') private dialog?: HTMLDialogElement;

  override firstUpdated() {
    this.dialog?.showModal();
  }

  /** The page's address without its query, where the map lives. */
  private base(): string {
    return `${location.origin}${location.pathname}`;
  }

  /** A link to this exact view: date, country, region, and the data release if one is pinned. */
  linkUrl(): string {
    return `${this.base()}${linkQuery(this.view)}`;
  }

  /** The embed URL: live (latest data, today) or pinned (this date and this data release). */
  embedUrl(): string {
    const { pinned, theme, stillMap } = this;
    const pin = { date: this.snapshot.date, release: this.data.meta.release };
    return `${this.base()}${embedQuery(this.view, { pinned, theme, stillMap, lang: this.language() }, pin)}`;
  }

  private language(): Lang {
    return this.embedLang ?? (this.i18n.lang as Lang);
  }

  private chooseLanguage = async (lang: Lang) => {
    this.embedLang = lang;
    this.embedTitle = undefined;
    try {
      const messages = await loadExtraMessages(lang);
      if (this.embedLang === lang) this.embedTitle = messages['share.embedTitle'];
    } catch {
      // The title stays in the page's language.
    }
  };

  override render() {
    const t = this.i18n;
    const link = this.linkUrl();
    const code = embedSnippet({
      src: this.embedUrl(),
      title: this.embedTitle ?? t.t('share.embedTitle'),
    });
    return modal(
      { t, id: 'share-title', title: t.t('share.title'), onClose: this.onClose },
      html`<h3>${t.t('share.link')}</h3>
        <div class="row">
          <input
            type="text"
            readonly
            dir="ltr"
            .value=${link}
            aria-label=${t.t('share.link')}
            @focus=${selectAll}
          />
          <button type="button" @click=${() => this.copy(link, t.t('share.linkCopied'))}>
            ${t.t('share.copy')}
          </button>
          ${
            typeof navigator.share === 'function'
              ? html`<button type="button" @click=${() => this.nativeShare(link)}>
                  ${t.t('share.native')}
                </button>`
              : nothing
          }
          <button
            type="button"
            aria-expanded=${this.qr ? 'true' : 'false'}
            @click=${() => (this.qr = !this.qr)}
          >
            ${t.t('share.qr')}
          </button>
        </div>
        ${this.qr ? this.renderQr(link) : nothing}

        <h3>${t.t('share.embed')}</h3>
        <fieldset>
          <legend>${t.t('share.embedWhich')}</legend>
          <label
            ><input
              type="radio"
              name="pin"
              .checked=${this.pinned}
              @change=${() => (this.pinned = true)}
            />
            ${t.t('share.pinned', { date: t.date(this.snapshot.date, 'day'), release: t.date(this.data.meta.release, 'day') })}</label
          >
          <label
            ><input
              type="radio"
              name="pin"
              .checked=${!this.pinned}
              @change=${() => (this.pinned = false)}
            />
            ${t.t('share.live')}</label
          >
        </fieldset>
        <div class="row">
          <label
            >${t.t('share.theme')}
            <select
              @change=${(e: Event) => (this.theme = (e.target as HTMLSelectElement).value as Theme | '')}
            >
              <option value="" ?selected=${this.theme === ''}>${t.t('share.themeLight')}</option>
              <option value="dark" ?selected=${this.theme === 'dark'}>
                ${t.t('share.themeDark')}
              </option>
              <option value="auto" ?selected=${this.theme === 'auto'}>
                ${t.t('share.themeAuto')}
              </option>
            </select></label
          >
          <label
            ><input
              type="checkbox"
              .checked=${this.stillMap}
              @change=${(e: Event) => (this.stillMap = (e.target as HTMLInputElement).checked)}
            />
            ${t.t('share.still')}</label
          >
          <rm-language-menu
            .i18n=${t}
            language=${this.language()}
            label=${t.t('share.language')}
            @lang-change=${(e: CustomEvent<{ lang: Lang }>) => {
              // The embed's language, not the page's.
              e.stopPropagation();
              void this.chooseLanguage(e.detail.lang);
            }}
          ></rm-language-menu>
        </div>
        <textarea
          readonly
          dir="ltr"
          aria-label=${t.t('share.embedCode')}
          .value=${code}
          @focus=${selectAll}
        ></textarea>
        <div class="row">
          <button type="button" @click=${() => this.copy(code, t.t('share.embedCopied'))}>
            ${t.t('share.copyEmbed')}
          </button>
        </div>
        <p class="hint">${t.t('share.embedHint')}</p>

        <h3>${t.t('share.download')}</h3>
        <div class="grid">
          <button type="button" @click=${() => this.image('png', 1)}>${t.t('share.png')}</button>
          <button type="button" @click=${() => this.image('png', 2)}>${t.t('share.png2x')}</button>
          <button type="button" @click=${() => this.image('svg', 1)}>${t.t('share.svg')}</button>
          <button type="button" @click=${() => this.statuses('csv')}>
            ${t.t('share.statusesCsv')}
          </button>
          <button type="button" @click=${() => this.statuses('json')}>
            ${t.t('share.statusesJson')}
          </button>
          <button type="button" @click=${() => this.events('csv')}>
            ${t.t('share.eventsCsv')}
          </button>
          <button type="button" @click=${() => this.events('json')}>
            ${t.t('share.eventsJson')}
          </button>
          <button type="button" @click=${this.print}>${t.t('share.print')}</button>
        </div>
        <p><a href="datapackage.json" target="_blank">${t.t('about.dataPackage')}</a></p>
        <p class="hint">${t.t('share.licence', { licence: this.data.meta.licence.name })}</p>

        <h3>${t.t('share.correction')}</h3>
        <p>
          <a href=${CORRECTIONS_URL} target="_blank" rel="noopener noreferrer"
            >${t.t('share.correctionLink')}</a
          >
        </p>
        <p class="status" role="status">${this.message}</p>`,
    );
  }

  private renderQr(link: string) {
    const { size, d } = qrPath(link);
    return html`<svg
      class="qr"
      viewBox="0 0 ${size} ${size}"
      role="img"
      aria-label=${this.i18n.t('share.qrLabel')}
    >
      ${svg`<rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>`}
    </svg>`;
  }

  private async copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.message = done;
    } catch {
      this.message = this.i18n.t('share.copyFailed');
    }
  }

  private async nativeShare(url: string) {
    try {
      await navigator.share({ title: this.i18n.t('app.title'), url });
    } catch {
      // The reader closed the share sheet: nothing to say.
    }
  }

  private statuses(format: 'csv' | 'json') {
    const labels = tableLabels(this.i18n);
    // What the table shows: its status filter and its order, from the link.
    const records = listedRecords(
      statusRecords(this.data, this.snapshot, this.countries, labels),
      this.view,
      (a, b) => this.i18n.compare(a, b),
    );
    this.save(
      tableFile(this.data, 'statuses', format, this.snapshot.date, STATUS_COLUMNS, records),
    );
  }

  private events(format: 'csv' | 'json') {
    const records = eventRecords(this.data, tableLabels(this.i18n));
    this.save(tableFile(this.data, 'events', format, this.snapshot.date, EVENT_COLUMNS, records));
  }

  private async image(format: 'png' | 'svg', scale: number) {
    const drawn = this.geometry?.();
    if (!drawn) return;
    const texts = imageTexts(this.i18n, this.data, this.snapshot, this.linkUrl());
    const geometry = exportGeometry(drawn.countries, drawn.at, drawn.size);
    const image = mapSvg(geometry, texts, lightPalette());
    const name = exportFileName('map', this.snapshot.date, format, scale);
    if (format === 'svg') this.save({ name, content: image, type: 'image/svg+xml' });
    else this.save({ name, content: await svgToPng(image, scale), type: 'image/png' });
  }

  /** Offer a file to the reader, and say so. */
  private save({ name, content, type }: FileToSave) {
    download(content, name, type);
    this.message = this.i18n.t('share.downloaded', { file: name });
  }

  private print = () => {
    this.dialog?.close();
    // Let the dialog close before the print preview takes its picture of the page.
    requestAnimationFrame(() => requestAnimationFrame(() => print()));
  };

  private onClose = () => {
    this.dispatchEvent(new CustomEvent('share-close', { bubbles: true, composed: true }));
  };
}

function selectAll(event: Event) {
  (event.target as HTMLInputElement | HTMLTextAreaElement).select();
}
