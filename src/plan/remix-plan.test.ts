import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../core/generate.ts';
import { validateRequest } from '../core/request.ts';
import { nounKey, readIntent, remixPlan } from './remix-plan.ts';
import type { ScenePlan } from './schema.ts';

/** Plans like the server does for a remix: the source's seed and output. */
function planner(seed: number): (prompt: string) => ScenePlan {
  return (prompt) => resolvePlan(validateRequest({ prompt, seed, width: 320, height: 180, fps: 10, seconds: 2, output: 'x.mp4' }));
}

const plan = planner(7);
const fox = plan('a red fox trotting through a snowy forest at dusk');
const chase = plan('a dog chasing a cat across a park');

function entities(p: ScenePlan): Array<[string, string]> {
  return p.shots[0]!.entities.map((e) => [e.id, e.noun]);
}

describe('remixPlan', () => {
  it('keeps seed, output, setting and layout; changes what the prompt names', () => {
    const remix = remixPlan(fox, 'a blue fox', plan);
    expect(remix.seed).toBe(fox.seed);
    expect(remix.output).toEqual(fox.output);
    expect(remix.prompt).toBe('a blue fox');
    const [before, after] = [fox.shots[0]!, remix.shots[0]!];
    expect(after.setting).toEqual(before.setting);
    expect(after.entities[0]!.id).toBe(before.entities[0]!.id);
    expect(after.entities[0]!.layout).toEqual(before.entities[0]!.layout);
    expect(after.entities[0]!.actions).toEqual(before.entities[0]!.actions);
    expect(after.entities[0]!.color).not.toBe(before.entities[0]!.color);
  });

  it('changes only the setting a prompt mentions', () => {
    const night = remixPlan(fox, 'at night', plan).shots[0]!;
    expect(night.setting).toEqual({ ...fox.shots[0]!.setting, timeOfDay: 'night' });
    expect(night.entities).toEqual(fox.shots[0]!.entities);
  });

  it('swaps an unmentioned entity for a new one in its place, unless the prompt adds', () => {
    const wolf = remixPlan(fox, 'a wolf trotting through a snowy forest', plan).shots[0]!;
    expect(entities({ shots: [wolf] } as unknown as ScenePlan)).toEqual([['e1', 'wolf']]);
    expect(wolf.entities[0]!.layout.depth).toBe(fox.shots[0]!.entities[0]!.layout.depth);
    const added = remixPlan(fox, 'add a rabbit hopping', plan);
    expect(entities(added).map(([, noun]) => noun)).toEqual(['fox', 'rabbit']);
    const ids = entities(added).map(([id]) => id);
    expect(new Set(ids).size).toBe(2);
    const [a, b] = added.shots[0]!.entities;
    expect(Math.abs(a!.layout.depth - b!.layout.depth)).toBeGreaterThan(0.05);
  });

  it('removes what the prompt removes and drops references to it', () => {
    const alone = remixPlan(chase, 'without the cat', plan);
    expect(entities(alone)).toEqual([['e1', 'dog']]);
    expect(alone.shots[0]!.entities[0]!.actions.every((a) => a.target === undefined)).toBe(true);
  });

  it('keeps targets of actions the prompt repeats without naming the target', () => {
    const remix = remixPlan(chase, 'a brown dog chasing', plan);
    expect(remix.shots[0]!.entities[0]!.actions[0]!.target).toBe('e2');
  });

  it('takes a style the prompt names', () => {
    expect(remixPlan(fox, 'in watercolor', plan).style.name).toBe('watercolor');
    expect(remixPlan(fox, 'a blue fox', plan).style.name).toBe(fox.style.name);
  });

  it('is deterministic', () => {
    expect(remixPlan(chase, 'a dog chasing a cat at sunset', plan)).toEqual(remixPlan(chase, 'a dog chasing a cat at sunset', plan));
  });
});

describe('remix wording', () => {
  it('reads additions and removals', () => {
    expect(readIntent('add a rabbit').additive).toBe(true);
    expect(readIntent('a rabbit').additive).toBe(false);
    expect([...readIntent('without the cats, remove a dog and no birds').removed]).toEqual(['cat', 'dog', 'bird']);
    expect(nounKey('Puppies')).toBe('puppy');
    expect(nounKey('foxes')).toBe('fox');
    expect(nounKey('glass')).toBe('glass');
  });
});
