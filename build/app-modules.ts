/**
 * The modules the template minifiers rewrite: the app's own TypeScript anywhere under `src/`, in
 * any folder (elements move into folders such as `src/elements/rm-map/`), never a dependency's.
 * Matched from the project's root, not as a `/src/` anywhere in the path, which a package in
 * node_modules may have too.
 */
import { normalizePath } from 'vite';

export function appModules() {
  let src = `${normalizePath(process.cwd())}/src/`;
  return {
    /** Vite's `configResolved` hook: the root is the config's, not the working directory. */
    configResolved(config: { root: string }) {
      src = `${normalizePath(config.root)}/src/`;
    },
    /** Whether the module `id` (Vite's: an absolute path, perhaps with a query) is ours. */
    includes: (id: string): boolean => id.startsWith(src) && id.endsWith('.ts'),
  };
}
