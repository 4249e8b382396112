import { GlobalFonts } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Registers the bundled Inter font (SIL OFL 1.1, from @fontsource/inter). A
 * fresh machine may have no system fonts at all, so text must never depend
 * on them.
 */
export const FONT_FAMILY = 'Inter';

let registered = false;

/** Registers the fonts once per process; returns the family name to use. */
export function registerBundledFonts(): string {
  if (registered) return FONT_FAMILY;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@fontsource/inter/package.json')), 'files');
  for (const subset of ['latin', 'latin-ext']) {
    for (const weight of [400, 700]) {
      const file = path.join(dir, `inter-${subset}-${weight}-normal.woff2`);
      if (!GlobalFonts.registerFromPath(file, FONT_FAMILY)) {
        throw new Error(`could not register bundled font ${file}`);
      }
    }
  }
  registered = true;
  return FONT_FAMILY;
}
