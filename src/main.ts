/**
 * The page's first script: kept small so that it runs at once. (The page's own stylesheet is in
 * the HTML: build/page-style.ts.) It starts the data's request, then runs the application
 * (preloaded from the HTML, so both download side by side) once the browser has painted the
 * page's title: the reader sees words at once, before any of the app's work.
 */
import { startEarlyLoads } from './load/early.ts';

const early = startEarlyLoads(location.search, document.baseURI, import.meta.url);
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./elements/rm-app/rm-app.define.ts').then(({ startApp }) => startApp(early));
};
// After the next frame; or soon anyway, where frames wait (a hidden tab, an iframe out of view).
requestAnimationFrame(() => setTimeout(start));
setTimeout(start, 100);

// Offline for classrooms: after one visit the map works without a network. Not in embeds (the
// host page is someone else's) nor in development. The worker's own file is always fetched from
// the server (`updateViaCache: 'none'`), so a new version is found on the next visit.
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.top === window) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { updateViaCache: 'none' }).catch(() => undefined);
  });
}
