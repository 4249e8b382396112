import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const cast = (p: ScenePlan, shot = 0): string[] => p.shots[shot]!.entities.map((e) => `${e.count} ${e.noun} ${e.asset} ${e.actions.map((a) => a.motion).join(',')}`);

describe('launch pads', () => {
  it('launches a rocket from the ground of a launch pad, with no motor launches (boats) beside it', () => {
    const p = plan('a rocket launching into space from a launch pad');
    expect(cast(p)).toEqual(['1 rocket emoji:1f680 launch']);
    // The shot stands on the ground the rocket leaves; space is where it goes.
    expect(p.shots[0]!.setting.kind).not.toBe('space');
    expect(p.unresolved).toEqual([]);
    for (const pad of ['launchpad', 'launching pad', 'launch site']) {
      expect(cast(plan(`a rocket on the ${pad}`)).map((c) => c.split(' ')[2])).toEqual(['emoji:1f680']);
    }
  });

  it('tells the story of a rocket that stands on its pad, launches, then floats in space', () => {
    const p = plan('A rocket stands on the launch pad. It launches into the sky. Later it floats in space.');
    expect(p.shots.map((_, i) => cast(p, i))).toEqual([
      ['1 rocket emoji:1f680 '], ['1 rocket emoji:1f680 launch'], ['1 rocket emoji:1f680 float'],
    ]);
    expect(p.shots[0]!.setting.kind).not.toBe('space');
    expect(p.shots[2]!.setting.kind).toBe('space');
  });

  it('keeps "into space" as the place of a rocket launch with no pad named', () => {
    expect(plan('a rocket launching into space').shots[0]!.setting.kind).toBe('space');
  });
});
