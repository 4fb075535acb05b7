import { RmPresenter } from './rm-presenter.ts';

customElements.define('rm-presenter', RmPresenter);

declare global {
  interface HTMLElementTagNameMap {
    'rm-presenter': RmPresenter;
  }
}
