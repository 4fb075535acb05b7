/**
 * The first view's milestones as User Timing marks, once per page. `npm run bench` reads them to
 * show where the time to the first map goes (the same names in the floor and map-alone pages), and
 * they appear in any browser's performance panel. A mark costs microseconds.
 */
export type FirstViewMark =
  /** The app's code has run: its element is in the page. */
  | 'rm-app-started'
  /** The dataset and the map's shapes are fetched, parsed and checked. */
  | 'rm-data-ready'
  /** The page around the map has been rendered with the data. */
  | 'rm-page-drawn'
  /** The map's shapes are projected for its size. */
  | 'rm-map-projected'
  /** The coloured map is in the DOM. */
  | 'rm-map-drawn'
  /** …and has been painted (the frame after it was drawn). */
  | 'rm-map-painted';

const done = new Set<FirstViewMark>();

export function markFirstView(name: FirstViewMark): void {
  if (done.has(name)) return;
  done.add(name);
  performance.mark(name);
}
