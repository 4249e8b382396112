import { describe, expect, it } from 'vitest';
import { artPixels } from '../../tests/support/art-pixels.ts';
import { naturalSize } from './art-scale.ts';
import { artBounds } from './art-source.ts';
import { DRAWN_ART_NOUNS, DRAWN_ASSETS } from './drawn-art.ts';
import { STALL_NOUNS } from './drawn-stalls.ts';
import { supportSurface } from './support-surfaces.ts';

const SIDE = 100;
const alpha = (data: Uint8ClampedArray, x: number, y: number): number => data[(y * SIDE + x) * 4 + 3]!;

describe('drawn stalls', () => {
  it('is in the one drawn-art registry, and every noun names drawn art', () => {
    for (const [noun, art] of Object.entries(STALL_NOUNS)) {
      expect(DRAWN_ART_NOUNS[noun]).toBe(art);
      expect(DRAWN_ASSETS).toContain(`drawn:${art}`);
    }
  });

  it('has a solid counter where "on" stands the goods, open space above it under the awning', () => {
    for (const asset of ['drawn:stall', 'drawn:vendor-cart']) {
      const b = artBounds(asset);
      const data = artPixels(asset, SIDE);
      const counter = Math.round((b.bottom - supportSurface(asset).height * (b.bottom - b.top)) * SIDE);
      // Just below the counter line is the counter; well above it, between the posts, only the dim back or nothing.
      expect(alpha(data, 50, counter + 2)).toBeGreaterThan(200);
      expect(alpha(data, 50, counter - 12)).toBeLessThan(160);
      // The awning runs across the top.
      expect(alpha(data, 50, Math.round(b.top * SIDE) + 10)).toBeGreaterThan(200);
    }
  });

  it('stands about as tall as a person, the cart smaller', () => {
    expect(naturalSize('drawn:stall', 'object')).toBeGreaterThan(naturalSize('emoji:1f9cd', 'person'));
    expect(naturalSize('drawn:vendor-cart', 'object')).toBeLessThan(naturalSize('drawn:stall', 'object'));
  });
});
