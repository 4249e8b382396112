import { describe, expect, it } from 'vitest';
import { CAMERA_MOVES, SETTING_KINDS } from '../../src/plan/vocabulary.ts';
import { horizonY, cameraAt } from '../../src/simulate/projection.ts';
import { simulate } from '../../src/simulate/simulate.ts';
import { entity, lumaSpread, meanDifference, onePlan, renderFrames } from './plans.ts';

/**
 * Aerial shots look steeply down from high above: the horizon near the top
 * edge, the land below painted as a drone sees it (a river that winds, tree
 * crowns, fields), while wide shots keep their horizon in the middle.
 */
const aerial = (kind: string, extra: object = {}) => onePlan({ setting: { kind } as never, camera: { shot: 'aerial' } as never, ...extra }, { width: 192, height: 108 });

/** Whether a pixel is river water (blue well above red and green). */
const isWater = (f: Buffer, i: number): boolean => f[i + 2]! > f[i]! + 30 && f[i + 2]! > f[i + 1]! + 8;

describe('aerial shots', () => {
  it('put the horizon in the top fifth of the frame, where a wide shot does not', () => {
    const height = 108;
    for (const kind of ['river', 'forest', 'beach', 'city-street'] as const) {
      const seen = simulate(aerial(kind));
      for (const f of [0, seen.camera.x.length - 1]) expect(horizonY(cameraAt(seen.camera, f), height), kind).toBeLessThan(height / 5);
      const wide = simulate(onePlan({ setting: { kind }, camera: { shot: 'wide' } as never }, { width: 192, height }));
      expect(horizonY(cameraAt(wide.camera, 0), height), kind).toBeGreaterThan(height / 5);
    }
  });

  it('keep the horizon up there when aimed at a subject', () => {
    const fox = entity('fox', '1f98a', { actions: [{ verb: 'trot', motion: 'trot' }] });
    const seen = simulate(aerial('meadow', { entities: [fox] }));
    expect(horizonY(cameraAt(seen.camera, 0), 108)).toBeLessThan(108 / 5);
  });

  it('show a river that winds: its water lies in different columns from row to row', async () => {
    const [frame] = await renderFrames(aerial('river'), [2]);
    const width = 192;
    const centres: number[] = [];
    for (let y = 40; y < 108; y += 4) {
      let sum = 0;
      let n = 0;
      for (let x = 0; x < width; x++) {
        if (isWater(frame!, (y * width + x) * 4)) {
          sum += x;
          n++;
        }
      }
      // A river, not a lake filling the row.
      expect(n, `row ${y}`).toBeLessThan(width * 0.6);
      if (n > 2) centres.push(sum / n);
    }
    expect(centres.length).toBeGreaterThan(10);
    expect(Math.max(...centres) - Math.min(...centres)).toBeGreaterThan(width * 0.08);
  });

  it('paint the land below, not the ground-level view of the same place', async () => {
    const [above] = await renderFrames(aerial('river'), [2]);
    const [level] = await renderFrames(onePlan({ setting: { kind: 'river' } }, { width: 192, height: 108 }), [2]);
    expect(meanDifference(above!, level!)).toBeGreaterThan(12);
  });

  it('render every setting kind without error and with a real picture', async () => {
    for (const kind of SETTING_KINDS) {
      const [frame] = await renderFrames(onePlan({ setting: { kind }, camera: { shot: 'aerial' } as never }, { width: 64, height: 36 }), [1]);
      expect(frame!.length, kind).toBe(64 * 36 * 4);
      expect(lumaSpread(frame!), kind).toBeGreaterThan(4);
    }
  });

  it('render under every camera move, the land below filling the frame', async () => {
    const gull = entity('gull', '1f426', { actions: [{ verb: 'fly', motion: 'fly' }] });
    for (const move of CAMERA_MOVES) {
      const plan = onePlan({ setting: { kind: 'river' }, camera: { shot: 'aerial', move } as never, entities: [gull] }, { width: 64, height: 36 });
      const frames = await renderFrames(plan, [0, 7]);
      for (const frame of frames) expect(lumaSpread(frame), move).toBeGreaterThan(4);
      // The bottom row is land or water seen from above, never sky.
      const seen = simulate(plan);
      for (const f of [0, 7]) expect(horizonY(cameraAt(seen.camera, f), 36), move).toBeLessThan(36 * 0.6);
    }
  });

  it('are deterministic', async () => {
    const [a] = await renderFrames(aerial('farm'), [3]);
    const [b] = await renderFrames(aerial('farm'), [3]);
    expect(meanDifference(a!, b!)).toBe(0);
  });
});
