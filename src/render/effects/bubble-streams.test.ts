import { describe, expect, it } from 'vitest';
import { bubbleAt } from './bubble-streams.ts';

describe('a stream of blown bubbles', () => {
  it('leaves the mouth in the way the blower faces, rising, and is gone within three seconds', () => {
    for (const facing of [1, -1]) {
      for (let n = 0; n < 20; n++) {
        const early = bubbleAt(n, 0.3, facing, 1)!;
        const later = bubbleAt(n, 1, facing, 1);
        expect(Math.sign(early.dx)).toBe(facing);
        if (later) {
          expect(later.dy).toBeGreaterThan(early.dy);
          expect(Math.abs(later.dx)).toBeGreaterThan(Math.abs(early.dx) * 0.8);
        }
        expect(bubbleAt(n, 3, facing, 1)).toBeNull();
        expect(bubbleAt(n, -0.1, facing, 1)).toBeNull();
      }
    }
  });

  it('is small beside the blower, and the same every time', () => {
    const a = bubbleAt(7, 0.8, 1, 1);
    expect(a).toEqual(bubbleAt(7, 0.8, 1, 1));
    for (let n = 0; n < 20; n++) expect(bubbleAt(n, 0.5, 1, 1)!.radius).toBeLessThan(0.06);
  });

  it('pops some bubbles early: not all live to the same age', () => {
    const alive = Array.from({ length: 40 }, (_, n) => bubbleAt(n, 1.6, 1, 1) !== null);
    expect(alive.some(Boolean)).toBe(true);
    expect(alive.every(Boolean)).toBe(false);
  });
});
