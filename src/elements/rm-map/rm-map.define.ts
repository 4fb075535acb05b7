import { RmMap } from './rm-map.ts';

customElements.define('rm-map', RmMap);
declare global {
  interface HTMLElementTagNameMap {
    'rm-map': RmMap;
  }
}
