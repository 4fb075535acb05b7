/**
 * The page's first script: kept small so that it runs at once. (The page's own stylesheet is in
 * the HTML: build/page-style.ts.) It starts the data's request, then runs the application
 * (preloaded from the HTML, so both download side by side) once the browser has painted the
 * page's title: the reader sees words at once, before any of the app's work.
 */
import { startEarlyLoads } from './load/early.ts';
import { afterNextFrame, yieldToMain } from './yield.ts';

const early = startEarlyLoads(location.search, document.baseURI, import.meta.url);
// After the next frame (the title painted), the app's code runs; its first drawing waits one more
// task, so that evaluating the code and drawing the page are not one long task on a phone.
void afterNextFrame()
  .then(() => import('./elements/rm-app/rm-app.define.ts'))
  .then(async ({ startApp }) => {
    await yieldToMain();
    startApp(early);
  });

// Offline for classrooms: after one visit the map works without a network. Not in embeds (the
// host page is someone else's) nor in development. The worker's own file is always fetched from
// the server (`updateViaCache: 'none'`), so a new version is found on the next visit.
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.top === window) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { updateViaCache: 'none' }).catch(() => undefined);
  });
}
