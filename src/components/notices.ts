import type { Localizer } from '../i18n/index.ts';
import type { Notice } from '../url-state.ts';

/** A polite sentence for each thing the page corrected in the link it was opened with. */
export function noticeText(t: Localizer, n: Notice): string {
  switch (n.kind) {
    case 'bad-date':
      return t.t('notice.badDate', { value: n.value });
    case 'snapped':
      return t.t(`notice.snapped.${n.reason}`, {
        value: t.date(n.value, 'long'),
        to: t.date(n.to, 'long'),
      });
    case 'unknown-country':
      return t.t('notice.unknownCountry', { value: n.value });
    case 'bad-value':
      return t.t('notice.badValue', { param: n.param, value: n.value });
    case 'offline':
      return t.t('notice.offline', { date: t.date(n.checked, 'long') });
    case 'language-failed':
      return t.t('notice.languageFailed', { language: n.language });
  }
}
