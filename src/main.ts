import './styles/tokens.css';
import './components/rm-app.define.ts';

// Offline for classrooms: after one visit the map works without a network. Not in embeds (the
// host page is someone else's) nor in development.
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.top === window) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
