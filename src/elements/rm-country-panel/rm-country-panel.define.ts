import { RmCountryPanel } from './rm-country-panel.ts';

customElements.define('rm-country-panel', RmCountryPanel);
declare global {
  interface HTMLElementTagNameMap {
    'rm-country-panel': RmCountryPanel;
  }
}
