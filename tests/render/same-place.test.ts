import { describe, expect, it } from 'vitest';
import { parseScenePlan } from '../../src/plan/parse-plan.ts';
import type { ScenePlan } from '../../src/plan/schema.ts';
import { placeFramings, placeOf } from '../../src/render/shot-scene.ts';
import { simulate } from '../../src/simulate/simulate.ts';
import { meanDifference, renderFrames } from './plans.ts';

const W = 128;
const H = 72;
const FPS = 8;

/** A story of cuts: two shots in one snowy meadow on different animals, then one in a wood. */
function storyPlan(): ScenePlan {
  const meadow = { kind: 'meadow', timeOfDay: 'afternoon', weather: 'snow', season: 'winter' } as const;
  const camera = (target: string) => ({ shot: 'wide', move: 'static', target }) as const;
  return parseScenePlan({
    version: 1,
    prompt: 'test',
    seed: 11,
    output: { width: W, height: H, fps: FPS, seconds: 3, format: 'mp4' },
    shots: [
      { id: 'a', start: 0, duration: 1, setting: meadow, camera: camera('fox'), entities: [{ id: 'fox', noun: 'fox', asset: 'drawn:fox', category: 'animal', layout: { x: -0.5 } }] },
      { id: 'b', start: 1, duration: 1, setting: meadow, camera: camera('rabbit'), entities: [{ id: 'rabbit', noun: 'rabbit', asset: 'emoji:1f407', category: 'animal', layout: { x: 0.5 } }] },
      { id: 'c', start: 2, duration: 1, setting: { kind: 'forest', timeOfDay: 'afternoon', weather: 'clear' }, camera: camera('owl'), entities: [{ id: 'owl', noun: 'owl', asset: 'emoji:1f989', category: 'animal' }] },
    ],
  });
}

describe('shots in the same place', () => {
  it('share one place, and shots framed alike share the views their scenery is painted for', () => {
    const plan = storyPlan();
    expect(plan.shots.map((s) => placeOf(plan, s))).toEqual(['a', 'a', 'c']);
    const framings = placeFramings(plan, simulate(plan));
    expect(framings[0]!.views).toBeDefined();
    expect(framings[0]!.views).toEqual(framings[1]!.views);
    expect(framings[0]!.views!.length).toBe(2 * FPS);
    expect(framings.map((f) => f.keepScenery)).toEqual([true, false, false]);
    expect(framings[2]!.views).toBeUndefined();
  });

  it('draw a later shot exactly as if its scenery had been painted afresh', async () => {
    const plan = storyPlan();
    // In order, shot b reuses the scenery painted for shot a; alone, it paints its own.
    const [, inOrder] = await renderFrames(plan, [2, FPS + 2]);
    const [alone] = await renderFrames(plan, [FPS + 2]);
    expect(meanDifference(inOrder!, alone!)).toBe(0);
  });

  it('paint a place from its own random stream, so a shot shows the place whatever the shot is called', async () => {
    const plan = storyPlan();
    const renamed = parseScenePlan({ ...plan, shots: plan.shots.map((s) => (s.id === 'b' ? { ...s, id: 'renamed' } : s)) });
    const [original] = await renderFrames(plan, [FPS + 2]);
    const [same] = await renderFrames(renamed, [FPS + 2]);
    // The sky and the far hills (the upper rows; falling snow and the animals draw on their own streams).
    const far = (f: Buffer) => f.subarray(0, W * Math.round(H * 0.4) * 4);
    expect(meanDifference(far(original!), far(same!))).toBeLessThan(0.05);
    // Moved to the wood first, the meadow of the second shot is a new place: other trees, other hills.
    const moved = parseScenePlan({ ...plan, shots: plan.shots.map((s) => (s.id === 'a' ? { ...s, setting: plan.shots[2]!.setting } : s)) });
    const [elsewhere] = await renderFrames(moved, [FPS + 2]);
    expect(meanDifference(far(original!), far(elsewhere!))).toBeGreaterThan(1);
  });
});
