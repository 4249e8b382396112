import { describe, expect, it } from 'vitest';
import { HOP_SECONDS, HOVER_SECONDS, tourStop } from '../../simulate/flower-visits.ts';
import { simulate } from '../../simulate/simulate.ts';
import { planScene } from '../planner.ts';
import { VISIT_VERB } from './flower-visits.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('a bee going from flower to flower', () => {
  it('plans several flowers and a bee visiting them, with no flower-growing bee', () => {
    const [bee, flowers] = plan('a bee flying from flower to flower').shots[0]!.entities;
    expect(bee!.noun).toBe('bee');
    expect(bee!.actions).toEqual([expect.objectContaining({ verb: VISIT_VERB, motion: 'fly', target: flowers!.id })]);
    expect(flowers!.count).toBeGreaterThanOrEqual(4);
    expect(bee!.layout.placement).toBe('air');
  });

  it('sends a hummingbird visiting flowers and bees pollinating them on tours too, and leaves a bee in the sky alone', () => {
    expect(plan('a hummingbird visiting flowers').shots[0]!.entities[0]!.actions[0]!.verb).toBe(VISIT_VERB);
    expect(plan('bees pollinating flowers').shots[0]!.entities[0]!.actions[0]!.verb).toBe(VISIT_VERB);
    expect(plan('a bee flying in the sky').shots[0]!.entities[0]!.actions[0]!.verb).not.toBe(VISIT_VERB);
  });

  it('goes along the row of flowers and back', () => {
    expect(Array.from({ length: 9 }, (_, k) => tourStop(k, 4, 0))).toEqual([0, 1, 2, 3, 2, 1, 0, 1, 2]);
    expect(tourStop(5, 1, 0)).toBe(0);
  });

  it('hovers at one flower head after another, at least three in six seconds', () => {
    const sim = simulate(plan('a bee flying from flower to flower'));
    const bee = sim.actors.find((a) => a.noun === 'bee')!;
    const flowers = sim.actors.filter((a) => a.noun === 'flower');
    const visited = new Set<number>();
    const leg = HOVER_SECONDS + HOP_SECONDS;
    for (let i = 0; i < bee.length; i++) {
      const u = (i / sim.fps) % leg;
      if (u > HOVER_SECONDS * 0.8) continue;
      // While hovering it is just above one flower's head.
      const near = flowers.findIndex((f) => {
        const h = f.size * (f.bounds.bottom - f.bounds.top);
        return Math.abs(f.x[i]! - bee.x[i]!) < h * 0.3 && Math.abs(f.y[i]! + h * 0.85 - bee.y[i]!) < h * 0.3;
      });
      expect(near).toBeGreaterThanOrEqual(0);
      visited.add(near);
    }
    expect(visited.size).toBeGreaterThanOrEqual(3);
  });
});

describe('a bee flying around a flower', () => {
  it('still circles it: one flower, no tour', () => {
    const [bee, flower] = plan('a bee flying around a flower').shots[0]!.entities;
    expect(bee!.actions.map((a) => a.motion)).toEqual(['circle']);
    expect(flower!.count).toBe(1);
  });
});
