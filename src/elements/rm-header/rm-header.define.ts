import { RmHeader } from './rm-header.ts';

customElements.define('rm-header', RmHeader);

declare global {
  interface HTMLElementTagNameMap {
    'rm-header': RmHeader;
  }
}
