/**
 * What the Share panel's downloads hold, and the QR code's drawing: the files' names, types and
 * contents, and the words drawn into the map image. Pure, so they are tested without a browser;
 * the panel only offers them to the reader.
 */
import qrcode from 'qrcode-generator';
import type { Localizer } from '../../i18n/index.ts';
import type { ImageTexts } from '../../export/map-image.ts';
import { toCsv } from '../../export/csv.ts';
import { exportFileName, jsonDocument, type Labels } from '../../export/tables.ts';
import {
  STATUSES,
  UN_MEMBERS,
  countsOf,
  type Dataset,
  type IsoDate,
  type StatusSnapshot,
} from '../../model/index.ts';

type EraSnapshot = Extract<StatusSnapshot, { kind: 'era' }>;

export interface FileToSave {
  name: string;
  content: string | Blob;
  /** Its media type. */
  type: string;
}

/** Country names and status names in the reader's language, for the tables' label columns. */
export function tableLabels(t: Localizer): Labels {
  return {
    country: (iso3) => t.country(iso3),
    status: (s) => (t.has(`status.${s}.name`) ? t.t(`status.${s}.name` as never) : s),
  };
}

/**
 * A table as CSV (its columns, in order) or JSON (with the citation and licence), named for the
 * day it describes.
 */
export function tableFile<Column extends string>(
  data: Dataset,
  kind: 'statuses' | 'events',
  format: 'csv' | 'json',
  date: IsoDate,
  columns: readonly Column[],
  records: Record<Column, unknown>[],
): FileToSave & { content: string } {
  const name = exportFileName(kind, date, format);
  if (format === 'csv')
    return {
      name,
      content: toCsv(
        columns,
        records.map((r) => columns.map((c) => r[c])),
      ),
      type: 'text/csv;charset=utf-8',
    };
  return {
    name,
    content: JSON.stringify(jsonDocument(data, kind, date, records), null, 2),
    type: 'application/json',
  };
}

/**
 * The words of the map image: title, date, a legend with each status's count of UN member states
 * (Afghanistan too, so that the counts add up to every member), the source and how to cite it,
 * with the link to this view.
 */
export function imageTexts(
  t: Localizer,
  data: Dataset,
  snapshot: EraSnapshot,
  link: string,
): ImageTexts {
  const counts = countsOf(snapshot);
  const total = UN_MEMBERS.length;
  const meta = data.meta;
  return {
    title: t.t('app.title'),
    dir: t.info.dir,
    date: t.date(snapshot.date, 'long'),
    legend: [
      ...STATUSES.map((s) => ({
        status: s,
        label: t.t(`status.${s}.name`),
        count: t.t('legend.count', { count: counts[s], total }),
      })),
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
    cite: `${meta.cite} ${link}`,
  };
}

/**
 * A QR code for `text` as one SVG path of unit squares, inside a quiet zone of 4 modules (what
 * readers need to find the code); `size` is the whole square's side in modules.
 */
export function qrPath(text: string): { size: number; d: string } {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const n = code.getModuleCount();
  const cells = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) if (code.isDark(r, c)) cells.push(`M${c + 4} ${r + 4}h1v1h-1z`);
  return { size: n + 8, d: cells.join('') };
}
