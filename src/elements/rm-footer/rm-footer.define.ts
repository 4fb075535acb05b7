import { RmFooter } from './rm-footer.ts';

customElements.define('rm-footer', RmFooter);

declare global {
  interface HTMLElementTagNameMap {
    'rm-footer': RmFooter;
  }
}
