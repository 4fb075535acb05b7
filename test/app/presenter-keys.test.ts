// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lessonAction, presenterAction } from '../../src/app/presenter-keys.ts';

function press(key: string, target: Element = document.body, init: KeyboardEventInit = {}) {
  let action: ReturnType<typeof presenterAction> | 'none' = 'none';
  const listener = (e: Event) => (action = presenterAction(e as KeyboardEvent));
  document.addEventListener('keydown', listener);
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }),
  );
  document.removeEventListener('keydown', listener);
  return action;
}

describe('presenterAction(event)', () => {
  it('maps the keys presenter remotes send', () => {
    expect(press('PageDown')).toBe('next');
    expect(press('ArrowRight')).toBe('next');
    expect(press(' ')).toBe('next');
    expect(press('PageUp')).toBe('previous');
    expect(press('ArrowLeft')).toBe('previous');
    expect(press('b')).toBe('blank');
    expect(press('.')).toBe('blank');
    expect(press('Escape')).toBe('exit');
    expect(press('x')).toBeUndefined();
    expect(press('ArrowRight', document.body, { ctrlKey: true })).toBeUndefined();
  });

  it('never captures keys typed in a text field', () => {
    const input = document.createElement('input');
    const area = document.createElement('textarea');
    const box = document.createElement('input');
    box.type = 'checkbox';
    document.body.append(input, area, box);
    expect(press('ArrowRight', input)).toBeUndefined();
    expect(press('b', area)).toBeUndefined();
    expect(press('PageDown', box)).toBe('next');
  });

  it('leaves keys another control already handled', () => {
    const el = document.createElement('div');
    document.body.append(el);
    el.addEventListener('keydown', (e) => e.preventDefault());
    expect(press('ArrowRight', el)).toBeUndefined();
  });
});

describe('lessonAction(event)', () => {
  function pressLesson(key: string, target: Element = document.body) {
    let action: ReturnType<typeof lessonAction> | 'none' = 'none';
    const listener = (e: Event) => (action = lessonAction(e as KeyboardEvent));
    document.addEventListener('keydown', listener);
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
    );
    document.removeEventListener('keydown', listener);
    return action;
  }

  it('steps with the arrows and Page keys, and nothing else', () => {
    expect(pressLesson('ArrowRight')).toBe('next');
    expect(pressLesson('PageDown')).toBe('next');
    expect(pressLesson('ArrowLeft')).toBe('previous');
    expect(pressLesson('PageUp')).toBe('previous');
    expect(pressLesson(' ')).toBeUndefined();
    expect(pressLesson('b')).toBeUndefined();
  });

  it('leaves the keys to a text field and to the slider', () => {
    const input = document.createElement('input');
    const thumb = document.createElement('div');
    thumb.setAttribute('role', 'slider');
    thumb.tabIndex = 0;
    document.body.append(input, thumb);
    expect(pressLesson('ArrowRight', input)).toBeUndefined();
    expect(pressLesson('ArrowRight', thumb)).toBeUndefined();
    expect(pressLesson('PageDown', thumb)).toBeUndefined();
  });
});
