/**
 * The one place the state lives. A change is a transition (a pure function); listeners hear the
 * state before and after, and whether the change is a step the reader can go Back to (`push`), a
 * step still in progress (`replace`: a drag, play), or nothing for the address bar (`none`).
 */
import type { AppState } from './state.ts';
import type { Transition } from './transitions.ts';

export type HistoryMode = 'push' | 'replace' | 'none';

export type Listener = (next: AppState, previous: AppState, history: HistoryMode) => void;

export class Store {
  private current: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: AppState) {
    this.current = initial;
  }

  get state(): AppState {
    return this.current;
  }

  /** Apply `transition`; listeners hear of it only when something changed. */
  dispatch(transition: Transition, history: HistoryMode = 'none'): AppState {
    const previous = this.current;
    const next = transition(previous);
    if (next === previous) return next;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous, history);
    return next;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
