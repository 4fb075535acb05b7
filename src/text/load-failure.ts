/**
 * What went wrong with a file, as the failure screen and the notices say it. On its own (not with
 * the notices' sentences): the failure screen is in the first view, the notices are not.
 */
import type { Localizer } from '../i18n/index.ts';
import type { LoadError } from '../load/load-error.ts';

type Failure = Pick<LoadError, 'kind' | 'file' | 'status' | 'message'>;

/** What went wrong with a file, in one sentence that names it. */
export function loadFailureText(t: Localizer, f: Failure): string {
  const file = f.file;
  switch (f.kind) {
    case 'http':
      return t.t('load.http', { status: f.status ?? '', file });
    case 'network':
      return t.t('load.network', { file, detail: f.message });
    case 'timeout':
      return t.t('load.timeout', { file, detail: f.message });
    case 'corrupt':
      return t.t('load.corrupt', { file, detail: f.message });
    case 'invalid':
      return t.t('load.invalid', { file, detail: f.message });
  }
}
