import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const actionsOf = (prompt: string, noun: string) => planScene({ prompt, seed: 1, output }).shots[0]!.entities.find((e) => e.noun === noun)?.actions.map((a) => [a.verb, a.motion]);

describe('an activity a role’s picture shows stays in the plan', () => {
  it('keeps "a chef cooking" as the chef standing at the cooking (the renderer draws the stove)', () => {
    expect(actionsOf('a chef cooking in a kitchen', 'chef')).toEqual([['cook', 'idle']]);
    expect(actionsOf('a woman frying eggs in a kitchen', 'woman')).toEqual([['fry', 'idle']]);
  });

  it('adds nothing when the person does nothing', () => {
    expect(actionsOf('a chef in a kitchen', 'chef')).toEqual([]);
  });
});
