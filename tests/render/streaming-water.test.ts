import { describe, expect, it } from 'vitest';
import { buildLabels } from '../../src/render/labels.ts';
import { simulate } from '../../src/simulate/simulate.ts';
import { onePlan, renderFrames } from './plans.ts';

/** Mean absolute RGB difference of two RGBA frames inside a box given as fractions of another box. */
function difference(a: Buffer, b: Buffer, width: number, box: readonly number[], [l, t, r, bt]: readonly [number, number, number, number]): number {
  const [x0, y0, x1, y1] = box as [number, number, number, number];
  let sum = 0;
  let n = 0;
  for (let y = Math.round(y0 + (y1 - y0) * t); y < Math.round(y0 + (y1 - y0) * bt); y++) {
    for (let x = Math.round(x0 + (x1 - x0) * l); x < Math.round(x0 + (x1 - x0) * r); x++) {
      const i = (y * width + x) * 4;
      sum += Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
      n += 3;
    }
  }
  return sum / Math.max(1, n);
}

describe('streaming water', () => {
  it("a waterfall's water falls while its cliff stands still", async () => {
    const width = 192;
    const height = 108;
    const plan = onePlan(
      { setting: { kind: 'mountains', timeOfDay: 'noon', weather: 'clear' }, entities: [{ id: 'fall', noun: 'waterfall', asset: 'drawn:waterfall', category: 'building' }] },
      { width, height, fps: 8, seconds: 2 },
    );
    const box = buildLabels(plan, simulate(plan)).frames[0]!.objects[0]!.box!;
    expect(box).not.toBeNull();
    const [a, b] = await renderFrames(plan, [0, 3]);
    // The falling column (the middle of the art) changes from frame to frame; the rock beside it does not.
    expect(difference(a!, b!, width, box, [0.42, 0.25, 0.58, 0.75])).toBeGreaterThan(3);
    expect(difference(a!, b!, width, box, [0.08, 0.35, 0.3, 0.75])).toBeLessThan(0.5);
  });
});
