import type { StyleName } from '../../plan/vocabulary.ts';
import { createRandom } from '../../util/random.ts';
import { filmNoir, vintageFilm } from './film-styles.ts';
import { comic, neon, pixelArt } from './graphic-styles.ts';
import { oilPaint, pencilSketch, watercolor } from './painterly-styles.ts';
import { NATURAL, type StylePass } from './style-pass.ts';

/** The style pass for a plan's style name and strength (0 is the natural look). */
export function createStylePass(name: StyleName, strength: number, width: number, height: number, seed: number): StylePass {
  if (strength <= 0.001) return NATURAL;
  const random = createRandom(seed).fork(`style:${name}`);
  switch (name) {
    case 'natural':
      return NATURAL;
    case 'watercolor':
      return watercolor(strength, height, random);
    case 'oil-paint':
      return oilPaint(strength, height, random);
    case 'pencil-sketch':
      return pencilSketch(strength, height, random);
    case 'pixel-art':
      return pixelArt(strength, width, height);
    case 'neon':
      return neon(strength, width, height);
    case 'film-noir':
      return filmNoir(strength, width, height, seed, random);
    case 'vintage-film':
      return vintageFilm(strength, width, height, seed, random);
    case 'comic':
      return comic(strength, height);
  }
}
