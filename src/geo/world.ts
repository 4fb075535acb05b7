/**
 * The world the map draws (src/geo/world-shapes.ts reads it). Fetched as a hashed JSON asset (not
 * bundled in the JavaScript), so the browser caches it apart from the code and a failed load can
 * be told apart.
 */
import worldUrl from './generated/world.planar.json?url';

export { WorldFormatError, worldFromTopology, type WorldShape } from './world-shapes.ts';

export const WORLD_URL: string = worldUrl;
