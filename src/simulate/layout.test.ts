import { describe, expect, it } from 'vitest';
import { planScene } from '../plan/planner.ts';
import { simulate } from './simulate.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 3, format: 'mp4' as const };

describe('"over" puts one thing clearly above another', () => {
  it.each([1, 2, 3])('a unicorn flying over a rainbow passes above the arc with air between (seed %i)', (seed) => {
    const plan = planScene({ prompt: 'a unicorn flying over a rainbow', seed, output });
    const relation = plan.shots[0]!.entities.find((e) => e.noun === 'unicorn')!.layout.relation;
    expect(relation?.kind).toBe('over');
    const { actors } = simulate(plan);
    const unicorn = actors.find((a) => a.noun === 'unicorn')!;
    const rainbow = actors.find((a) => a.noun === 'rainbow')!;
    const arcTop = (i: number): number => rainbow.y[i]! + rainbow.size * (rainbow.bounds.bottom - rainbow.bounds.top);
    const unicornHeight = unicorn.size * (unicorn.bounds.bottom - unicorn.bounds.top);
    const half = (rainbow.size * (rainbow.bounds.right - rainbow.bounds.left)) / 2;
    let overhead = 0;
    for (let i = 0; i < unicorn.length; i++) {
      // Never brushing the top of the arc: its feet stay well above it.
      expect(unicorn.y[i]! - arcTop(i)).toBeGreaterThan(unicornHeight * 0.2);
      if (Math.abs(unicorn.x[i]! - rainbow.x[i]!) < half) overhead++;
    }
    // Most of the flight is over the rainbow, not beside it.
    expect(overhead / unicorn.length).toBeGreaterThan(0.5);
    // In front of it by a hair, so it is drawn over the arc where they cross.
    expect(unicorn.depth[0]!).toBeLessThanOrEqual(rainbow.depth[0]!);
  });
});

describe('at a lake or a river', () => {
  it('those who stand stand on the near bank and those who swim swim on the water', async () => {
    const { settingGeometry } = await import('./setting-geometry.ts');
    for (const prompt of ['a man standing at the lake', 'children playing by a pond', 'two ducks swimming on a lake']) {
      const plan = planScene({ prompt, seed: 4, output });
      const water = settingGeometry(plan.shots[0]!.setting.kind).water!;
      expect(water, prompt).not.toBeNull();
      for (const actor of simulate(plan).actors) {
        const swims = actor.noun.includes('duck');
        for (let i = 0; i < actor.length; i += 5) {
          if (swims) expect(actor.depth[i]!, `${prompt}: ${actor.noun}`).toBeGreaterThan(water[0]);
          else expect(actor.depth[i]!, `${prompt}: ${actor.noun}`).toBeLessThan(water[0]);
        }
      }
    }
  });
});
