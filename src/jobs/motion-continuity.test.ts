import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../core/generate.ts';
import { validateRequest } from '../core/request.ts';
import { extendPlan } from '../plan/extend-plan.ts';
import type { ScenePlan } from '../plan/schema.ts';
import { simulate } from '../simulate/simulate.ts';
import { continueMotion } from './motion-continuity.ts';

function planner(seconds: number): (prompt: string) => ScenePlan {
  return (prompt) => resolvePlan(validateRequest({ prompt, seed: 11, width: 320, height: 180, fps: 10, seconds, output: 'x.mp4' }));
}

function firstX(plan: ScenePlan, entityId: string, at: 'first' | 'last'): number {
  const simulation = simulate(plan);
  const shot = at === 'first' ? 0 : plan.shots.length - 1;
  const track = simulation.actors.find((t) => t.shotIndex === shot && t.entityId === entityId && t.member === 0)!;
  return track.x[at === 'first' ? 0 : track.length - 1]!;
}

describe('continueMotion', () => {
  function gap(prompt: string): { before: number; after: number } {
    const source = planner(3)(prompt);
    const raw = extendPlan(source, 'and then', 3, planner(3));
    const id = source.shots[0]!.entities[0]!.id;
    const end = firstX(source, id, 'last');
    return { before: Math.abs(firstX(raw, id, 'first') - end), after: Math.abs(firstX(continueMotion(raw, source), id, 'first') - end) };
  }

  it('starts each actor of the next segment where it ended', () => {
    const walker = gap('a dog walking in a park');
    expect(walker.before).toBeGreaterThan(0.1);
    expect(walker.after).toBeLessThan(0.01);
    const floaters = gap('three red balloons floating into the sky');
    expect(floaters.after).toBeLessThan(0.01);
  });

  it('continues travellers too, even when the simulator would have them enter from the other side', () => {
    const runner = gap('a horse galloping on a beach');
    expect(runner.before).toBeGreaterThan(0.5);
    expect(runner.after).toBeLessThan(0.02);
  });

  it('never does worse than the plan it was given', () => {
    const chase = gap('a dog chasing a cat across a park');
    expect(chase.after).toBeLessThanOrEqual(chase.before + 1e-9);
  });

  it('leaves a plan with nothing to continue as it is', () => {
    const source = planner(2)('a quiet desert at night');
    const next = extendPlan(source, 'the stars come out', 2, planner(2));
    expect(continueMotion(next, source)).toBe(next);
  });
});
