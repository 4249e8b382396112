import { describe, expect, it } from 'vitest';
import { planScene } from '../../plan/planner.ts';
import { simulate } from '../../simulate/simulate.ts';
import { clodAt, createDirtFlicks } from './dirt-flicks.ts';

describe('dirt flung by a digger', () => {
  it('flies up and back, away from the way the digger faces, then is gone once it lands', () => {
    const right = clodAt(3, 0.2, 1, 0.4)!;
    const left = clodAt(3, 0.2, -1, 0.4)!;
    expect(right.dy).toBeGreaterThan(0);
    expect(right.dx).toBeLessThan(0);
    expect(left.dx).toBeCloseTo(-right.dx);
    for (let n = 0; n < 40; n++) expect(clodAt(n, 1.14, 1, 0.4)).toBeNull();
    expect(clodAt(3, -0.1, 1, 0.4)).toBeNull();
  });

  it('is thrown by a dog digging a hole, and by nothing in a shot where nobody digs', () => {
    const output = { width: 320, height: 180, fps: 10, seconds: 3, format: 'mp4' as const };
    const digging = planScene({ prompt: 'a dog digging a hole in the backyard', seed: 1, output });
    expect(digging.shots[0]!.entities[0]!.actions[0]).toEqual(expect.objectContaining({ verb: 'dig', motion: 'drink' }));
    const sim = simulate(digging);
    expect(createDirtFlicks(digging.shots[0]!, sim.actors, 320, 180).count).toBe(1);
    const lazy = planScene({ prompt: 'a dog sleeping in the backyard', seed: 1, output });
    expect(createDirtFlicks(lazy.shots[0]!, simulate(lazy).actors, 320, 180).count).toBe(0);
  });
});
