import { RmAbout } from './rm-about.ts';

customElements.define('rm-about', RmAbout);
declare global {
  interface HTMLElementTagNameMap {
    'rm-about': RmAbout;
  }
}
