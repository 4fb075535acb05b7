import { RmStatusTable } from './rm-status-table.ts';

customElements.define('rm-status-table', RmStatusTable);
declare global {
  interface HTMLElementTagNameMap {
    'rm-status-table': RmStatusTable;
  }
}
