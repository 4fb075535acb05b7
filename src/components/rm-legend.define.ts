import { RmLegend } from './rm-legend.ts';

customElements.define('rm-legend', RmLegend);
declare global {
  interface HTMLElementTagNameMap {
    'rm-legend': RmLegend;
  }
}
