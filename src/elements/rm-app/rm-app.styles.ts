import { layoutStyles } from './layout.styles.ts';
import { modeStyles } from './modes.styles.ts';
import { stageStyles } from './stage.styles.ts';

/** The shell's styles: its grid, its stage, and its modes (presenting, embedded). */
export const appStyles = [layoutStyles, stageStyles, modeStyles];
