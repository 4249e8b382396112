import { describe, expect, it } from 'vitest';
import { artBounds } from '../../assets/art-source.ts';
import { depthToZ } from '../../simulate/projection.ts';
import { settingGeometry } from '../../simulate/setting-geometry.ts';
import { createRandom } from '../../util/random.ts';
import { recipeFor } from './recipes.ts';
import { wallFeatureSpans } from './room-painter.ts';
import { placeProps } from './scenery.ts';

/** What a rest camera sees across at a depth: a 16:9 frame, one frame height at z = 1. */
const visible = (depth: number): [number, number] => {
  const half = ((16 / 9) * depthToZ(depth)) / 2;
  return [-half, half];
};

describe('room props', () => {
  it('never stand in front of the living room hearth or window', () => {
    const recipe = recipeFor({ kind: 'living-room', season: null, weather: 'clear' });
    const geometry = settingGeometry('living-room');
    const spans = wallFeatureSpans('window');
    expect(spans.length).toBe(2);
    const [w0, w1] = visible(geometry.backWall!);
    let placed = 0;
    for (let seed = 1; seed <= 40; seed++) {
      for (const prop of placeProps(recipe, geometry, [], visible, createRandom(seed))) {
        placed++;
        const [x0, x1] = visible(prop.depth);
        const k = (x1 - x0) / (w1 - w0);
        // Its visible width (at the size it was placed at, before its ±15% jitter) is clear of each feature seen from its depth.
        const b = artBounds(prop.asset);
        const half = ((prop.size / 1.15) * (b.right - b.left)) / 2;
        for (const [lo, hi] of spans) expect(prop.x + half <= lo * k || prop.x - half >= hi * k).toBe(true);
      }
    }
    // Clearing the hearth does not clear the room: most shots still get their lamp and plant.
    expect(placed).toBeGreaterThan(50);
  });
});
