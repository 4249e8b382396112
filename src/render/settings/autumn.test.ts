import { describe, expect, it } from 'vitest';
import { AUTUMN_LEAVES, autumnLeafColor } from '../art/autumn-foliage.ts';
import { dominantHue } from '../art/recolor.ts';
import { SpriteCache } from '../art/sprite-cache.ts';
import { createStylePass } from '../styles/create-style.ts';
import { recipeFor } from './recipes.ts';

describe('autumn trees', () => {
  it('turns broadleaf tree lines and tree props to autumn colours and leaves pines green', () => {
    const park = recipeFor({ kind: 'park', season: 'autumn', weather: 'clear' });
    const summerPark = recipeFor({ kind: 'park', season: null, weather: 'clear' });
    const trees = park.props.filter((p) => p.asset === 'emoji:1f333');
    expect(trees.length).toBe(summerPark.props.filter((p) => p.asset === 'emoji:1f333').length);
    expect(trees.length).toBeGreaterThan(0);
    for (const t of trees) expect(t.tints).toBe(AUTUMN_LEAVES);
    // Fallen leaves lie on the ground as well.
    expect(park.props.some((p) => p.asset === 'emoji:1f342')).toBe(true);
    const forest = recipeFor({ kind: 'forest', season: 'autumn', weather: 'clear' });
    for (const r of forest.ridges.filter((r) => r.kind === 'forest')) expect(r.foliage).toEqual(r.trees === 'pine' ? undefined : AUTUMN_LEAVES);
    expect(forest.props.filter((p) => p.asset === 'emoji:1f332').every((p) => p.tints === undefined)).toBe(true);
  });

  it('picks a tree its own autumn colour, the same every time', () => {
    const colours = new Set(Array.from({ length: 12 }, (_, k) => autumnLeafColor(`shot1/e1#${k}`)));
    expect(colours.size).toBeGreaterThan(2);
    expect(autumnLeafColor('shot1/e1#3')).toBe(autumnLeafColor('shot1/e1#3'));
  });

  it('draws a tree recoloured to an autumn colour with a warm crown', () => {
    const cache = new SpriteCache(createStylePass('natural', 1, 160, 90, 1));
    const hueOf = (color: string | null): number => {
      const sprite = cache.get({ asset: 'emoji:1f333', color, light: [255, 255, 255], maxPixels: 96, scenery: true })!;
      const canvas = sprite.levels[0]!;
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      return dominantHue(pixels)!.hue;
    };
    // Green as drawn; orange to red once turned (hues 0-50 or above 340).
    expect(hueOf(null)).toBeGreaterThan(70);
    for (const c of AUTUMN_LEAVES) {
      const hue = hueOf(c);
      expect(hue < 55 || hue > 340).toBe(true);
    }
  });
});
