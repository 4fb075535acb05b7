import { RmApp } from './rm-app.ts';
import type { EarlyLoads } from '../../load/early.ts';

/** Define the shell, handing it the requests the first script started. */
export function startApp(early: EarlyLoads): void {
  const app = document.querySelector('rm-app');
  if (app) (app as RmApp).early = early;
  customElements.define('rm-app', RmApp);
}

declare global {
  interface HTMLElementTagNameMap {
    'rm-app': RmApp;
  }
}
