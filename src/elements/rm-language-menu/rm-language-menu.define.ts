import { RmLanguageMenu } from './rm-language-menu.ts';

customElements.define('rm-language-menu', RmLanguageMenu);

declare global {
  interface HTMLElementTagNameMap {
    'rm-language-menu': RmLanguageMenu;
  }
}
