import { describe, expect, it } from 'vitest';
import { meanDifference, onePlan, renderFrames } from './plans.ts';

/** Mean difference of the top third of two frames (the sky, where the clouds are). */
function skyChange(a: Buffer, b: Buffer, width: number, height: number): number {
  const rows = Math.floor(height / 3) * width * 4;
  return meanDifference(a.subarray(0, rows), b.subarray(0, rows));
}

describe('time-lapse', () => {
  it('races the clouds across the sky, and slow motion all but stops them', async () => {
    const change = async (timeScale: number): Promise<number> => {
      const plan = onePlan({ setting: { kind: 'lake', weather: 'cloudy' }, timeScale }, { width: 160, height: 90, seconds: 2, fps: 8 });
      const [first, later] = await renderFrames(plan, [0, 8]);
      return skyChange(first!, later!, 160, 90);
    };
    const [normal, lapse, slow] = [await change(1), await change(12), await change(0.25)];
    expect(lapse).toBeGreaterThan(normal * 3);
    expect(slow).toBeLessThan(normal);
  });
});
