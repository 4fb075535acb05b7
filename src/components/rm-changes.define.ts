import { RmChanges } from './rm-changes.ts';

customElements.define('rm-changes', RmChanges);
declare global {
  interface HTMLElementTagNameMap {
    'rm-changes': RmChanges;
  }
}
