import { describe, expect, it } from 'vitest';
import { planScene } from '../plan/planner.ts';
import { castShot } from './cast.ts';
import { simulate } from './simulate.ts';
import { supportStage, type Stage } from './stage.ts';

const wide: Stage = { xRange: (_d, half) => [-3 + half, 3 - half], yTop: () => 2, width: () => 6 };

describe('supportStage', () => {
  it('keeps a traveller on the top of its support, inside the frame', () => {
    const top = supportStage(wide, -0.5, 0.5);
    expect(top.xRange(0.3, 0.1)).toEqual([-0.4, 0.4]);
    expect(top.width(0.3)).toBe(1);
    // A support half out of frame: only the part the camera shows.
    expect(supportStage(wide, 2, 4).xRange(0.3, 0.1)).toEqual([2.1, 2.9]);
  });

  it('runs a hamster back and forth on a table instead of off its edge', () => {
    const plan = planScene({ prompt: 'a hamster running on a table', seed: 3, output: { width: 320, height: 180, fps: 12, seconds: 6, format: 'mp4' } });
    const sim = simulate(plan);
    const hamster = sim.actors.find((a) => a.entityId === 'e1')!;
    const table = sim.actors.find((a) => a.entityId === 'e2')!;
    const cast = castShot(plan.shots[0]!);
    const tableHalf = (cast.get('e2')!.width * Math.abs(table.scaleX[0]!)) / 2 * 1.05;
    const xs = Array.from(hamster.x);
    for (const [i, x] of xs.entries()) {
      expect(Math.abs(x - table.x[i]!), `frame ${i}`).toBeLessThanOrEqual(tableHalf);
      expect(hamster.y[i]!, `frame ${i}`).toBeGreaterThan(0.05);
    }
    // It still runs: it covers ground and turns at the edges.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(tableHalf * 0.5);
  });
});
