import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const actionsOf = (prompt: string, noun: string) => planScene({ prompt, seed: 1, output }).shots[0]!.entities.find((e) => e.noun === noun)?.actions.map((a) => [a.verb, a.motion]);

describe('an activity a role’s picture shows stays in the plan', () => {
  it('keeps "a chef cooking" as the chef standing at the cooking (the renderer draws the stove)', () => {
    expect(actionsOf('a chef cooking in a kitchen', 'chef')).toEqual([['cook', 'idle']]);
    expect(actionsOf('a woman frying eggs in a kitchen', 'woman')).toEqual([['fry', 'idle']]);
  });

  it('links the activity to what it is done to ("frying eggs": the eggs are the target)', () => {
    const entities = planScene({ prompt: 'a woman frying eggs in a kitchen', seed: 1, output }).shots[0]!.entities;
    const eggs = entities.find((e) => e.noun === 'eggs')!;
    expect(entities.find((e) => e.noun === 'woman')!.actions[0]!.target).toBe(eggs.id);
    const chef = planScene({ prompt: 'a chef cooking pasta in a kitchen', seed: 1, output }).shots[0]!.entities;
    expect(chef.find((e) => e.noun === 'chef')!.actions[0]!.target).toBe(chef.find((e) => e.noun === 'pasta')!.id);
    // Nothing worked on, no target.
    expect(planScene({ prompt: 'a chef cooking in a kitchen', seed: 1, output }).shots[0]!.entities[0]!.actions[0]!.target).toBeUndefined();
  });

  it('reads a cook flipping pancakes as cooking them, and a cook with no place said as in a kitchen', () => {
    const p = planScene({ prompt: 'a man flipping pancakes', seed: 1, output });
    const [man, pancakes] = p.shots[0]!.entities;
    expect(man!.actions.map((a) => [a.verb, a.motion, a.target])).toEqual([['flip', 'idle', pancakes!.id]]);
    // The pancakes do not spin about on their own.
    expect(pancakes!.actions).toEqual([]);
    expect(p.shots[0]!.setting.kind).toBe('kitchen');
    // A coin flipped still spins.
    expect(actionsOf('a boy flips a coin', 'coin')).toEqual([['flip', 'spin']]);
    // Any cook stands at the range, whatever their picture.
    const grandma = planScene({ prompt: 'grandma baking cookies', seed: 1, output });
    expect(grandma.unresolved).not.toContain('baking');
    expect(grandma.shots[0]!.entities[0]!.actions.map((a) => a.verb)).toEqual(['bake']);
    expect(grandma.shots[0]!.setting.kind).toBe('kitchen');
    // A place said wins.
    expect(planScene({ prompt: 'a man grilling burgers in the park', seed: 1, output }).shots[0]!.setting.kind).toBe('park');
  });

  it('adds nothing when the person does nothing', () => {
    expect(actionsOf('a chef in a kitchen', 'chef')).toEqual([]);
  });
});

describe('people aboard a boat', () => {
  it('puts someone sailing or rowing a boat in it, riding it (the boat is what sails)', () => {
    for (const prompt of ['a man sailing a boat', 'a man rowing a boat on a lake']) {
      const entities = planScene({ prompt, seed: 1, output }).shots[0]!.entities;
      const man = entities.find((e) => e.noun === 'man')!;
      const boat = entities.find((e) => e.noun === 'boat')!;
      expect(man.layout.relation, prompt).toMatchObject({ kind: 'inside', target: boat.id });
      expect(man.actions.map((a) => [a.motion, a.target]), prompt).toEqual([['ride', boat.id]]);
    }
    // A boat sailing on its own keeps its own motion.
    const alone = planScene({ prompt: 'a boat sailing on the sea', seed: 1, output }).shots[0]!.entities[0]!;
    expect(alone.actions.map((a) => a.motion)).toEqual(['sail']);
  });
});
