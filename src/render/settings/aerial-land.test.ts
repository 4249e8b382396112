import { describe, expect, it } from 'vitest';
import { depthToZ } from '../../simulate/projection.ts';
import { settingGeometry } from '../../simulate/setting-geometry.ts';
import { createRandom } from '../../util/random.ts';
import { aerialLook, createAerialLand } from './aerial-land.ts';
import { ROAD_DEPTHS } from './ground-features.ts';

const landOf = (kind: Parameters<typeof aerialLook>[0], seed = 3) => createAerialLand(aerialLook(kind)!, settingGeometry(kind), createRandom(seed));

describe('aerial land', () => {
  it('has no open land to see in rooms, space or under the sea', () => {
    for (const kind of ['kitchen', 'space', 'underwater', 'stage'] as const) expect(aerialLook(kind)).toBeNull();
    expect(aerialLook('river')?.water).toBe('river');
  });

  it('runs the river through the middle of the stage, winding away from it', () => {
    for (const seed of [1, 2, 3, 4]) {
      const land = landOf('river', seed);
      expect(land.water(0, 2)).toBeLessThan(0);
      expect(land.trees(0, 2)).toBe(0);
      // Somewhere further off, the middle of the view is dry land: the river has swung aside.
      const dry = [4, 5, 6, 7, 8, 9, 10, 12, 14].some((z) => land.water(0, z) > 0.2);
      expect(dry, `seed ${seed}`).toBe(true);
    }
  });

  it('lays the sea beyond the shore at the setting\'s own water depth', () => {
    const land = landOf('beach');
    const shore = depthToZ(settingGeometry('beach').water![0]);
    expect(land.water(0, shore - 0.8)).toBeGreaterThan(0);
    expect(land.water(0, shore + 0.8)).toBeLessThan(0);
    expect(land.shore).toBe(true);
    expect(landOf('ocean').water(0, 1.1)).toBeLessThan(0);
  });

  it('runs the road setting\'s highway across where its traffic drives', () => {
    const land = landOf('road');
    const mid = depthToZ((ROAD_DEPTHS[0] + ROAD_DEPTHS[1]) / 2);
    for (const x of [-3, -1, 0, 2, 5]) expect(land.road(x, mid)).toBeLessThan(0);
    expect(land.road(0, depthToZ(ROAD_DEPTHS[0]) - 0.3)).toBeGreaterThan(0);
  });

  it('grows a closed canopy in a forest and only copses in a meadow', () => {
    const cover = (kind: 'forest' | 'meadow'): number => {
      const land = landOf(kind);
      let sum = 0;
      for (let x = -10; x <= 10; x += 0.5) for (let z = 1; z <= 20; z += 0.5) sum += land.trees(x, z);
      return sum / (41 * 39);
    };
    expect(cover('forest')).toBeGreaterThan(0.6);
    expect(cover('meadow')).toBeLessThan(0.35);
    expect(cover('meadow')).toBeGreaterThan(0.02);
  });
});
