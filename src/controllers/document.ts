/**
 * What the page writes outside its own element: the document's `lang`, `dir` and title, and the
 * attributes the global stylesheet reads (theme, contrast, embed, presenting).
 */
import { LOCALES, type Lang, type Localizer } from '../i18n/index.ts';
import type { Store } from '../app/store.ts';
import type { AppState } from '../app/state.ts';

/** The page's own title (the English catalogue has the shorter one for headings). */
const ENGLISH_TITLE = document.title;

export class DocumentController {
  constructor(store: Store) {
    store.subscribe((next, previous) => this.write(next, previous));
  }

  /** The page's `lang`, `dir` and title follow the messages shown. */
  speak(t: Localizer): void {
    const root = document.documentElement;
    const info = LOCALES[t.lang as Lang];
    root.lang = info.tag;
    root.dir = info.dir;
    document.title = t.lang === 'en' ? ENGLISH_TITLE : t.t('app.title');
  }

  /** Embeds are light unless asked otherwise (a newsroom page usually is); pages follow the system. */
  write(s: AppState, previous?: AppState): void {
    const root = document.documentElement;
    if (
      previous &&
      ['theme', 'embed', 'highContrast', 'presenting'].every(
        (k) => s[k as keyof AppState] === previous[k as keyof AppState],
      )
    )
      return;
    root.dataset.theme = s.theme ?? (s.embed ? 'light' : 'auto');
    toggle(root, 'embed', s.embed);
    if (s.highContrast) root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
    toggle(root, 'presenting', s.presenting);
  }
}

function toggle(el: HTMLElement, name: string, on: boolean) {
  if (on) el.dataset[name] = '';
  else delete el.dataset[name];
}
