/**
 * Everything the first coloured map does not need: the page loads it right after the map has
 * painted (the site preloads the file, so it is already downloaded by then).
 */
import './rm-time-slider.define.ts';
import './rm-legend.define.ts';
import './rm-changes.define.ts';
import './rm-country-panel.define.ts';
import './rm-country-search.define.ts';
