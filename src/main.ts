/**
 * The page's first script: kept small so that it runs at once. (The page's own stylesheet is in
 * the HTML: build/page-style.ts.) It starts the data's request, then
 * loads the application (preloaded from the HTML, so both download side by side).
 */
import { startEarlyLoads } from './load/early.ts';

const early = startEarlyLoads(location.search, document.baseURI, import.meta.url);
void import('./elements/rm-app/rm-app.define.ts').then(({ startApp }) => startApp(early));

// Offline for classrooms: after one visit the map works without a network. Not in embeds (the
// host page is someone else's) nor in development. The worker's own file is always fetched from
// the server (`updateViaCache: 'none'`), so a new version is found on the next visit.
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.top === window) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { updateViaCache: 'none' }).catch(() => undefined);
  });
}
