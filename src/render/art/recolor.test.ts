import { describe, expect, it } from 'vitest';
import { fromHsl, toHsl } from '../color.ts';
import { dominantHue, recolor } from './recolor.ts';

/** Opaque pixels: `n` of each [hue, saturation, lightness]. */
function pixels(parts: ReadonlyArray<readonly [hue: number, s: number, l: number, n: number]>): Uint8ClampedArray {
  const out: number[] = [];
  for (const [h, s, l, n] of parts) for (let i = 0; i < n; i++) out.push(...fromHsl(h, s, l), 255);
  return new Uint8ClampedArray(out);
}

const hueAt = (data: Uint8ClampedArray, index: number): number => toHsl([data[index * 4]!, data[index * 4 + 1]!, data[index * 4 + 2]!])[0];
const distance = (a: number, b: number): number => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('recolor', () => {
  // A pink bird: pink body shading into magenta shadows 33 degrees off, an orange beak 45 degrees the other way.
  const bird = (): Uint8ClampedArray => pixels([[345, 0.9, 0.6, 800], [334, 0.85, 0.5, 60], [323, 0.8, 0.45, 60], [312, 0.8, 0.4, 40], [30, 0.95, 0.55, 40]]);

  it('moves the shading of the main colour with it, across neighbouring hues', () => {
    expect(dominantHue(bird())!.span![0]).toBeGreaterThanOrEqual(33);
    const data = bird();
    recolor(data, '#f5d02c');
    expect(distance(hueAt(data, 0), 48)).toBeLessThan(6);
    // The magenta shadow is yellow too, not left a purple stain on a canary.
    expect(distance(hueAt(data, 900), 48)).toBeLessThan(6);
  });

  it('leaves a detail of another hue as drawn (the beak)', () => {
    const data = bird();
    recolor(data, '#9ba1ab');
    expect(distance(hueAt(data, 960), 30)).toBeLessThan(6);
  });
});
