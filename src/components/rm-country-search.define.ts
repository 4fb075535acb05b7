import { RmCountrySearch } from './rm-country-search.ts';

customElements.define('rm-country-search', RmCountrySearch);
declare global {
  interface HTMLElementTagNameMap {
    'rm-country-search': RmCountrySearch;
  }
}
