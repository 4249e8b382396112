import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../core/generate.ts';
import { validateRequest } from '../core/request.ts';
import { extendPlan, stitchPlans } from './extend-plan.ts';
import type { ScenePlan } from './schema.ts';

function planner(seconds: number): (prompt: string) => ScenePlan {
  return (prompt) => resolvePlan(validateRequest({ prompt, seed: 3, width: 320, height: 180, fps: 10, seconds, output: 'x.mp4' }));
}

const source = planner(2)('a red fox trotting through a snowy forest at dusk');

describe('extendPlan', () => {
  it('carries the last shot on for the new length, with the prompt applied', () => {
    const next = extendPlan(source, 'the fox jumps', 4, planner(4));
    expect(next.output).toEqual({ ...source.output, seconds: 4 });
    expect(next.shots).toHaveLength(1);
    expect(next.shots[0]).toMatchObject({ start: 0, duration: 4 });
    expect(next.shots[0]!.setting).toEqual(source.shots[0]!.setting);
    const [fox] = next.shots[0]!.entities;
    expect(fox!.id).toBe(source.shots[0]!.entities[0]!.id);
    expect(fox!.actions.map((a) => a.verb)).toEqual(['jump']);
    expect(next.seed).toBe(source.seed);
  });

  it('keeps running actions when the prompt gives none, and drops titles', () => {
    const titled = planner(2)('a fox trotting with the title "Hello"');
    const next = extendPlan(titled, 'and so on', 2, planner(2));
    expect(next.shots[0]!.entities[0]!.actions.map((a) => a.verb)).toEqual(titled.shots[0]!.entities[0]!.actions.map((a) => a.verb));
    expect(next.shots[0]!.texts).toEqual([]);
  });
});

describe('stitchPlans', () => {
  it('appends the segment as a new shot so the whole plan still tiles the video', () => {
    const next = extendPlan(source, 'the fox sits', 4, planner(4));
    const whole = stitchPlans(source, next);
    expect(whole.output.seconds).toBe(6);
    expect(whole.shots.map((s) => [s.id, s.start, s.duration])).toEqual([
      ['shot1', 0, 2],
      ['shot2', 2, 4],
    ]);
  });
});
