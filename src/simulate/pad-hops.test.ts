import { describe, expect, it } from 'vitest';
import { LILY_PAD_ART, PAD_HOP_VERB } from '../plan/compose/lily-pads.ts';
import { planScene } from '../plan/planner.ts';
import { padAt, SIT_SECONDS, LEAP_SECONDS } from './pad-hops.ts';
import { simulate } from './simulate.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('a frog hopping from lily pad to lily pad', () => {
  it('is planned as a row of pads afloat on a pond and a frog hopping along them', () => {
    const shot = plan('a frog jumping from lily pad to lily pad in a pond').shots[0]!;
    expect(shot.setting.kind).toBe('lake');
    const pads = shot.entities.filter((e) => e.asset === LILY_PAD_ART);
    expect(pads).toHaveLength(1);
    expect(pads[0]!.count).toBeGreaterThanOrEqual(4);
    expect(pads[0]!.layout.placement).toBe('water-surface');
    const frog = shot.entities.find((e) => e.noun === 'frog')!;
    expect(frog.actions).toEqual([expect.objectContaining({ verb: PAD_HOP_VERB, target: pads[0]!.id })]);
  });

  it('leaves a frog sitting on one pad sitting there, on a pond', () => {
    const shot = plan('a frog on a lily pad').shots[0]!;
    expect(shot.setting.kind).toBe('lake');
    expect(shot.entities.find((e) => e.asset === LILY_PAD_ART)!.count).toBe(1);
    expect(shot.entities.find((e) => e.noun === 'frog')!.actions.map((a) => a.verb)).not.toContain(PAD_HOP_VERB);
  });

  it('goes along the row and back', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((s) => padAt(s, 4))).toEqual([0, 1, 2, 3, 2, 1, 0, 1]);
    expect(padAt(5, 1)).toBe(0);
  });

  it('lands on a pad each time it sits, a different one each hop, and rises between them', () => {
    const sim = simulate(plan('a frog jumping from lily pad to lily pad in a pond'));
    const frog = sim.actors.find((a) => a.noun === 'frog')!;
    const pads = sim.actors.filter((a) => a.asset === LILY_PAD_ART);
    const leg = (SIT_SECONDS + LEAP_SECONDS) * sim.fps;
    const visited = new Set<number>();
    for (let step = 0; step < 3; step++) {
      const sitting = Math.round(step * leg + 2);
      const onPad = pads.findIndex((p) => Math.abs(p.x[sitting]! - frog.x[sitting]!) < 1e-4 && frog.depth[sitting]! < p.depth[sitting]!);
      expect(onPad).toBeGreaterThanOrEqual(0);
      visited.add(onPad);
      const midLeap = Math.round(step * leg + SIT_SECONDS * sim.fps + (LEAP_SECONDS * sim.fps) / 2);
      expect(frog.y[midLeap]!).toBeGreaterThan(frog.y[sitting]! + 0.02);
    }
    expect(visited.size).toBe(3);
  });
});
