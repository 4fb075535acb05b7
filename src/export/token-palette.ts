/**
 * The light theme's colours read from tokens.css itself, where no browser resolves them: the
 * static image made at build time (build/map-image-plugin.ts) and the tests. The page resolves
 * the same tokens with `lightPalette()`; both go through palette.ts, so they agree.
 */
import { paletteOf, type Palette } from './map-image.ts';

/** Each custom property of the first `:root` rule, with its light value (`var(--light, L) …`). */
export function lightTokens(css: string): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const tokens = new Map<string, string>();
  for (const m of root.matchAll(/(--[\w-]+):\s*var\(--light,\s*([^)]+)\)/g))
    tokens.set(m[1]!, m[2]!.trim());
  return tokens;
}

/** The picture's palette from tokens.css's text; throws if a token it needs is missing. */
export function paletteFromTokens(css: string): Palette {
  const tokens = lightTokens(css);
  const resolve = (name: string) => {
    const value = tokens.get(name);
    if (!value) throw new Error(`tokens.css has no light value for ${name}`);
    return value;
  };
  return paletteOf(resolve);
}
