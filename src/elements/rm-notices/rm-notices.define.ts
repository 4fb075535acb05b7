import { RmNotices } from './rm-notices.ts';

customElements.define('rm-notices', RmNotices);

declare global {
  interface HTMLElementTagNameMap {
    'rm-notices': RmNotices;
  }
}
