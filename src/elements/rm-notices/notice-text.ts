import type { Localizer } from '../../i18n/index.ts';
import { loadFailureText } from '../../text/load-failure.ts';
import type { Notice } from '../../url-state.ts';

/** A polite sentence for each thing the page corrected in the link it was opened with. */
export function noticeText(t: Localizer, n: Notice): string {
  switch (n.kind) {
    case 'bad-date':
      return t.t('notice.badDate', { value: n.value });
    case 'snapped':
      return t.t(`notice.snapped.${n.reason}`, {
        // A date before the map's start is quoted as the link wrote it: calendars disagree on
        // ancient years (a year 0, the Julian calendar), and it must never read as 19xx.
        value: n.reason === 'before-start' ? n.value : t.date(n.value, 'long'),
        to: t.date(n.to, 'long'),
      });
    case 'unknown-country':
      return t.t('notice.unknownCountry', { value: n.value });
    case 'bad-value':
      return t.t('notice.badValue', { param: n.param, value: n.value });
    case 'kept-copy': {
      // Offline is the common case, and needs no file name.
      if (n.failure === 'network')
        return n.checked
          ? t.t('notice.offline', { date: t.date(n.checked, 'long') })
          : t.t('notice.offlineCopy');
      const problem = loadFailureText(t, {
        kind: n.failure,
        file: n.file,
        status: n.status,
        message: n.detail,
      });
      return n.checked
        ? t.t('notice.keptCopy', { problem, date: t.date(n.checked, 'long') })
        : t.t('notice.keptCopyUndated', { problem });
    }
    case 'update-ready':
      return t.t('notice.updateReady');
    case 'language-failed':
      return t.t('notice.languageFailed', { language: n.language });
  }
}
