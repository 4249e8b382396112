import { describe, expect, it } from 'vitest';
import { createStylePass } from '../styles/create-style.ts';
import { SpriteCache, type SpriteRequest } from './sprite-cache.ts';

const style = createStylePass('natural', 1, 160, 90, 1);
const fox: SpriteRequest = { asset: 'drawn:fox', color: null, light: [230, 230, 230], maxPixels: 120 };

describe('SpriteCache', () => {
  it('builds a sprite once and hands the same one out again', () => {
    const cache = new SpriteCache(style);
    const sprite = cache.get(fox);
    expect(sprite?.levels[0]!.width).toBe(128);
    expect(cache.get({ ...fox, maxPixels: 100 })).toBe(sprite);
  });

  it("takes over the previous shot's sprite for the same request, and builds anew what differs", () => {
    const first = new SpriteCache(style);
    const sprite = first.get(fox);
    const next = new SpriteCache(style, new Map(), first);
    expect(next.get(fox)).toBe(sprite);
    const dusk = next.get({ ...fox, light: [200, 150, 120] });
    expect(dusk).not.toBe(sprite);
    // Once let go, the previous shot's sprites are no longer taken over.
    const big = first.get({ ...fox, maxPixels: 250 });
    next.letGoOfPrevious();
    expect(next.get({ ...fox, maxPixels: 250 })).not.toBe(big);
  });
});
