/**
 * Everything the first coloured map does not need: the page loads it right after the map has
 * painted. Each element is defined, and so drawn and laid out, in a frame of its own: none blocks
 * the page for long. The country panel is not here: it loads when a country is first opened.
 */
import { afterNextFrame } from '../yield.ts';
import { RmTimeSlider } from './rm-time-slider/rm-time-slider.ts';
import { RmLegend } from './rm-legend/rm-legend.ts';
import { RmChanges } from './rm-changes/rm-changes.ts';
import { RmCountrySearch } from './rm-country-search/rm-country-search.ts';

const elements: [string, CustomElementConstructor][] = [
  ['rm-time-slider', RmTimeSlider],
  ['rm-legend', RmLegend],
  ['rm-changes', RmChanges],
  ['rm-country-search', RmCountrySearch],
];

export async function defineControls(): Promise<void> {
  for (const [name, element] of elements) {
    if (!customElements.get(name)) customElements.define(name, element);
    // A frame each: drawn in one, their layouts made one long task on a phone.
    await afterNextFrame();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rm-time-slider': RmTimeSlider;
    'rm-legend': RmLegend;
    'rm-changes': RmChanges;
    'rm-country-search': RmCountrySearch;
  }
}
