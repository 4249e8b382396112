import { describe, expect, it } from 'vitest';
import { artBounds } from '../../src/assets/art-source.ts';
import { buildLabels } from '../../src/render/labels.ts';
import { simulate } from '../../src/simulate/simulate.ts';
import { onePlan, renderFrames } from './plans.ts';

/** Mean absolute difference of the rows [top, bottom) inside columns [left, right) of two RGBA frames. */
function regionDifference(a: Buffer, b: Buffer, width: number, box: readonly number[], from: number, to: number): number {
  const [x0, y0, x1, y1] = box.map(Math.round) as [number, number, number, number];
  const top = Math.round(y0 + (y1 - y0) * from);
  const bottom = Math.round(y0 + (y1 - y0) * to);
  let sum = 0;
  let n = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 4;
      sum += Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
      n += 3;
    }
  }
  return sum / Math.max(1, n);
}

describe('moving parts', () => {
  it("a windmill's art reaches as far as its sails sweep", () => {
    const bounds = artBounds('drawn:windmill');
    // The sails turn about a hub high on the tower and reach above the tower's top.
    expect(bounds.top).toBeLessThan(0.05);
    expect(bounds.right - bounds.left).toBeGreaterThan(0.8);
  });

  it("a windmill's sails turn while its tower stands still, all of it in frame", async () => {
    const width = 192;
    const height = 108;
    const plan = onePlan(
      { setting: { kind: 'field', timeOfDay: 'noon', weather: 'clear' }, entities: [{ id: 'mill', noun: 'windmill', asset: 'drawn:windmill', category: 'building' }] },
      { width, height, fps: 8, seconds: 2 },
    );
    const labels = buildLabels(plan, simulate(plan));
    const box = labels.frames[0]!.objects[0]!.box!;
    expect(box).not.toBeNull();
    expect(box[1]).toBeGreaterThanOrEqual(0);
    const [a, b] = await renderFrames(plan, [0, 5]);
    // The sails sweep the upper part of the box; the tower's foot does not move.
    expect(regionDifference(a!, b!, width, box, 0, 0.45)).toBeGreaterThan(4);
    expect(regionDifference(a!, b!, width, box, 0.85, 0.98)).toBeLessThan(1);
  });
});
