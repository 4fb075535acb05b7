import { own } from '../model/own.ts';

/**
 * Presenter-remote keys. Remotes send PageDown/PageUp (or the arrows), and `B` or `.` to blank
 * the screen. The keys keep their direction in right-to-left languages: a remote's "next" button
 * sends the same key whatever the page's language.
 */
export type PresenterAction = 'next' | 'previous' | 'blank' | 'exit';

const KEYS = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'exit',
} as const satisfies Record<string, PresenterAction>;

/** True when the key press belongs to a text field (never captured) or was handled already. */
export function isTyping(event: KeyboardEvent): boolean {
  if (event.defaultPrevented) return true;
  return event.composedPath().some((target) => {
    const el = target as HTMLElement;
    if (!el.tagName) return false;
    if (el.isContentEditable) return true;
    if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
    if (el.tagName !== 'INPUT') return false;
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
  });
}

export function presenterAction(event: KeyboardEvent): PresenterAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (isTyping(event)) return undefined;
  return own(KEYS, event.key);
}

/** True when the key press is on a slider, whose arrows and Page keys move its own value. */
function onSlider(event: KeyboardEvent): boolean {
  return event.composedPath().some((target) => {
    const el = target as HTMLElement;
    return !!el.getAttribute && el.getAttribute('role') === 'slider';
  });
}

/**
 * The keys that step an open lesson when not presenting: → and Page Down next, ← and Page Up
 * back (as a presenter's remote sends them, in every language). Never in a text field, on the
 * slider, or when an element has used the key already (the map's arrows move between countries).
 */
export function lessonAction(event: KeyboardEvent): 'next' | 'previous' | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return undefined;
  if (isTyping(event) || onSlider(event)) return undefined;
  const action = own(KEYS, event.key);
  return action === 'next' || action === 'previous'
    ? event.key === ' '
      ? undefined
      : action
    : undefined;
}
