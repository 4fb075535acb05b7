import { RmDataTable } from './rm-data-table.ts';

customElements.define('rm-data-table', RmDataTable);
declare global {
  interface HTMLElementTagNameMap {
    'rm-data-table': RmDataTable;
  }
}
