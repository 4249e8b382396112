import { describe, expect, it } from 'vitest';
import { recipeFor } from './recipes.ts';

/** Flower art a setting's props may hold: tulip, blossom, rose, sunflower, daisy, hibiscus. */
const FLOWERS = ['1f337', '1f338', '1f339', '1f33b', '1f33c', '1f33a'];
const flowerProps = (kind: 'garden' | 'park' | 'meadow', season: 'winter' | null) =>
  recipeFor({ kind, season, weather: 'clear' }).props.filter((p) => FLOWERS.some((hex) => p.asset.endsWith(hex)));

describe('winter settings', () => {
  it('leave out every flower prop, a garden\'s sunflowers too', () => {
    expect(flowerProps('garden', null).length).toBeGreaterThan(0);
    for (const kind of ['garden', 'park', 'meadow'] as const) expect(flowerProps(kind, 'winter')).toEqual([]);
  });

  it('leave out the flowers when snow lies, whatever season is said', () => {
    const snowy = recipeFor({ kind: 'garden', season: null, weather: 'snow' });
    expect(snowy.props.some((p) => FLOWERS.some((hex) => p.asset.endsWith(hex)))).toBe(false);
  });
});
