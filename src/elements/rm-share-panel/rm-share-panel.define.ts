import { RmSharePanel } from './rm-share-panel.ts';

customElements.define('rm-share-panel', RmSharePanel);
declare global {
  interface HTMLElementTagNameMap {
    'rm-share-panel': RmSharePanel;
  }
}
