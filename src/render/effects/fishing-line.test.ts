import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { parseScenePlan } from '../../plan/parse-plan.ts';
import type { ScenePlanInput } from '../../plan/schema.ts';
import { cameraAt } from '../../simulate/projection.ts';
import { settingGeometry } from '../../simulate/setting-geometry.ts';
import { simulate } from '../../simulate/simulate.ts';
import { createFishingLines, rigAt } from './fishing-line.ts';

type Entities = NonNullable<ScenePlanInput['shots'][number]['entities']>;

function plan(kind: 'lake' | 'meadow', entities: Entities) {
  return parseScenePlan({
    version: 1,
    prompt: 'test',
    seed: 3,
    output: { width: 320, height: 180, fps: 10, seconds: 1, format: 'mp4' },
    shots: [{ id: 's1', start: 0, duration: 1, setting: { kind }, entities }],
  });
}

const rod = { id: 'rod', noun: 'fishing rod', asset: 'emoji:1f3a3', category: 'object' as const };
const fisher = (layout: object = {}) => ({
  id: 'man',
  noun: 'man',
  asset: 'emoji:1f9cd-200d-2642',
  category: 'person' as const,
  layout,
  actions: [
    { verb: 'fish', motion: 'idle' as const },
    { verb: 'hold', motion: 'carry' as const, target: 'rod' },
  ],
});
const boat = { id: 'boat', noun: 'boat', asset: 'emoji:1f6f6', category: 'boat' as const, layout: { placement: 'water-surface' as const } };

describe('fishing line', () => {
  it('casts from a boat past the end of its hull, the float at the waterline', () => {
    const p = plan('lake', [fisher({ relation: { kind: 'inside', target: 'boat' } }), rod, boat]);
    const sim = simulate(p);
    const man = sim.actors.find((a) => a.entityId === 'man')!;
    const hull = sim.actors.find((a) => a.entityId === 'boat')!;
    const rig = rigAt(man, hull, 0, 0, settingGeometry('lake'));
    const halfHull = (hull.size * (hull.bounds.right - hull.bounds.left)) / 2;
    expect(Math.abs(rig.float.x - hull.x[0]!)).toBeGreaterThan(halfHull);
    expect(rig.float.y).toBeCloseTo(hull.y[0]!, 5);
    // The rod rises from the hands out over the water on the float's side.
    expect(rig.tip.y).toBeGreaterThan(rig.butt.y);
    expect(Math.sign(rig.tip.x - rig.butt.x)).toBe(Math.sign(rig.float.x - hull.x[0]!));
  });

  it('casts from the bank onto the water behind it', () => {
    const sim = simulate(plan('lake', [fisher(), rod]));
    const man = sim.actors.find((a) => a.entityId === 'man')!;
    const water = settingGeometry('lake').water!;
    const rig = rigAt(man, null, 0, 0, settingGeometry('lake'));
    expect(rig.float.depth).toBeGreaterThan(water[0]);
    expect(rig.float.y).toBe(0);
  });

  it('draws a red float and a line at the lake, nothing in a meadow', () => {
    const width = 320;
    const height = 180;
    const count = (kind: 'lake' | 'meadow'): number => {
      const p = plan(kind, [fisher(), rod]);
      const sim = simulate(p);
      const lines = createFishingLines(p.shots[0]!, sim.actors, settingGeometry(kind), width, height);
      const canvas = createCanvas(width, height);
      const ctx = canvas.getContext('2d');
      lines.draw(ctx, cameraAt(sim.camera, 2), 2, 0.2);
      const data = ctx.getImageData(0, 0, width, height).data;
      let red = 0;
      for (let k = 0; k < data.length; k += 4) if (data[k + 3]! > 200 && data[k]! > 180 && data[k + 1]! < 90) red++;
      return red;
    };
    expect(count('lake')).toBeGreaterThan(2);
    expect(count('meadow')).toBe(0);
  });
});
