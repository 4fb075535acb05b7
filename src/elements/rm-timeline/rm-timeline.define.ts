import { RmTimeline } from './rm-timeline.ts';

customElements.define('rm-timeline', RmTimeline);
declare global {
  interface HTMLElementTagNameMap {
    'rm-timeline': RmTimeline;
  }
}
