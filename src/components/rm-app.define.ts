import { RmApp } from './rm-app.ts';

customElements.define('rm-app', RmApp);
declare global {
  interface HTMLElementTagNameMap {
    'rm-app': RmApp;
  }
}
