import { LitElement, html, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import qrcode from 'qrcode-generator';
import {
  hasCalendarChoice,
  loadExtraMessages,
  type Lang,
  type Localizer,
} from '../../i18n/index.ts';
import '../rm-language-menu/rm-language-menu.define.ts';
import { modal } from '../shared/modal.ts';
import { sharePanelStyles } from './rm-share-panel.styles.ts';
import { CORRECTIONS_URL } from '../../config.ts';
import { embedSnippet } from '../../embed/snippet.ts';
import { toCsv } from '../../export/csv.ts';
import {
  download,
  lightPalette,
  mapSvg,
  svgToPng,
  type MapGeometry,
} from '../../export/map-image.ts';
import {
  EVENT_COLUMNS,
  STATUS_COLUMNS,
  eventRecords,
  exportFileName,
  jsonDocument,
  statusRecords,
} from '../../export/tables.ts';
import {
  STATUSES,
  UN_MEMBERS,
  countsOf,
  type Dataset,
  type StatusSnapshot,
} from '../../model/index.ts';
import { writeUrl, type Theme, type UrlState } from '../../url-state.ts';

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
  @property({ attribute: false }) geometry?: () => MapGeometry | undefined;

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
    return `${this.base()}${writeUrl({ ...this.view, embed: false, controls: true, present: false }, '')}`;
  }

  /** The embed URL: live (latest data, today) or pinned (this date and this data release). */
  embedUrl(): string {
    const state: UrlState = {
      region: this.view.region,
      view: 'map',
      present: false,
      highContrast: false,
      embed: true,
      controls: !this.stillMap,
      theme: this.theme || undefined,
      date: this.pinned ? this.snapshot.date : undefined,
      release: this.pinned ? this.data.meta.release : undefined,
      // Always written: without it the embed would follow each reader's browser.
      lang: this.language(),
      cal: hasCalendarChoice(this.language()) ? this.view.cal : undefined,
    };
    return `${this.base()}${writeUrl(state, '')}`;
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
    const code = qrcode(0, 'M');
    code.addData(link);
    code.make();
    const n = code.getModuleCount();
    const cells = [];
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) if (code.isDark(r, c)) cells.push(`M${c + 4} ${r + 4}h1v1h-1z`);
    return html`<svg
      class="qr"
      viewBox="0 0 ${n + 8} ${n + 8}"
      role="img"
      aria-label=${this.i18n.t('share.qrLabel')}
    >
      ${svg`<rect width=${n + 8} height=${n + 8} fill="#fff"></rect><path d=${cells.join('')} fill="#000"></path>`}
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

  private labels() {
    const t = this.i18n;
    return {
      country: (iso3: string) => t.country(iso3),
      status: (s: string) => (t.has(`status.${s}.name`) ? t.t(`status.${s}.name` as never) : s),
    };
  }

  private statuses(format: 'csv' | 'json') {
    const records = statusRecords(this.data, this.snapshot, this.countries, this.labels());
    this.saveTable('statuses', format, STATUS_COLUMNS, records);
  }

  private events(format: 'csv' | 'json') {
    this.saveTable('events', format, EVENT_COLUMNS, eventRecords(this.data, this.labels()));
  }

  /** A table as CSV (its columns, in order) or JSON (with the citation), named for the day. */
  private saveTable<Column extends string>(
    kind: 'statuses' | 'events',
    format: 'csv' | 'json',
    columns: readonly Column[],
    records: Record<Column, unknown>[],
  ) {
    const date = this.snapshot.date;
    const name = exportFileName(kind, date, format);
    if (format === 'csv')
      download(
        toCsv(
          columns,
          records.map((r) => columns.map((c) => r[c])),
        ),
        name,
        'text/csv;charset=utf-8',
      );
    else
      download(
        JSON.stringify(jsonDocument(this.data, kind, date, records), null, 2),
        name,
        'application/json',
      );
    this.message = this.i18n.t('share.downloaded', { file: name });
  }

  private async image(format: 'png' | 'svg', scale: number) {
    const t = this.i18n;
    const geometry = this.geometry?.();
    if (!geometry) return;
    const counts = countsOf(this.snapshot);
    const total = UN_MEMBERS.length;
    const meta = this.data.meta;
    const image = mapSvg(
      geometry,
      {
        title: t.t('app.title'),
        dir: t.info.dir,
        date: t.date(this.snapshot.date, 'long'),
        legend: [
          ...STATUSES.map((s) => ({
            status: s,
            label: t.t(`status.${s}.name`),
            count: t.t('legend.count', { count: counts[s], total }),
          })),
          // Afghanistan too, so that the counts add up to every UN member state.
          {
            status: 'afghanistan' as const,
            label: t.t('status.afghanistan.name'),
            count: t.t('legend.count', { count: 1, total }),
          },
        ],
        uncertainKey: t.t('legend.uncertain'),
        source: t.t('share.imageSource', {
          release: meta.release,
          checked: meta.asOf,
          licence: meta.licence.name,
        }),
        cite: `${meta.cite} ${this.linkUrl()}`,
      },
      lightPalette(),
    );
    const name = exportFileName('map', this.snapshot.date, format, scale);
    if (format === 'svg') download(image, name, 'image/svg+xml');
    else download(await svgToPng(image, scale), name, 'image/png');
    this.message = t.t('share.downloaded', { file: name });
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
