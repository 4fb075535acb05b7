import { RmTimeSlider } from './rm-time-slider.ts';

customElements.define('rm-time-slider', RmTimeSlider);
declare global {
  interface HTMLElementTagNameMap {
    'rm-time-slider': RmTimeSlider;
  }
}
