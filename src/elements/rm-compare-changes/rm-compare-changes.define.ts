import { RmCompareChanges } from './rm-compare-changes.ts';

customElements.define('rm-compare-changes', RmCompareChanges);
declare global {
  interface HTMLElementTagNameMap {
    'rm-compare-changes': RmCompareChanges;
  }
}
