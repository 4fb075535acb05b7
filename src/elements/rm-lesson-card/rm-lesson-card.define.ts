import { RmLessonCard } from './rm-lesson-card.ts';

customElements.define('rm-lesson-card', RmLessonCard);
declare global {
  interface HTMLElementTagNameMap {
    'rm-lesson-card': RmLessonCard;
  }
}
