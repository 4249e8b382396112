import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const shotOf = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!;
const byNoun = (prompt: string) => {
  const entities = shotOf(prompt).entities;
  return (noun: string) => entities.find((e) => e.noun === noun)!;
};

describe('what is led or pulled comes along behind', () => {
  it('walks ducklings in a line behind the mother duck, on the ground', () => {
    const e = byNoun('a mother duck leading her ducklings across a road');
    const duck = e('duck');
    const ducklings = e('ducklings');
    expect(duck.actions.map((a) => [a.verb, a.motion, a.target])).toEqual([['lead', 'walk', undefined]]);
    // They walk the mother's way (a group all pursuing one quarry would stack on one spot).
    expect(ducklings.actions.map((a) => [a.verb, a.motion, a.target])).toEqual([['follow', 'walk', undefined]]);
    // One led animal follows its leader.
    const cow = byNoun('a farmer leading a cow to the barn');
    expect(cow('cow').actions.map((a) => [a.motion, a.target])).toEqual([['follow', cow('farmer').id]]);
    expect(cow('cow').layout.relation).toMatchObject({ kind: 'behind', target: cow('farmer').id });
    expect(ducklings.layout).toMatchObject({ placement: 'ground', arrangement: 'line', relation: { kind: 'behind', target: duck.id } });
    // "mother" says which duck, and is drawn as the duck itself.
    expect(planScene({ prompt: 'a mother duck leading her ducklings across a road', seed: 1, output }).unresolved).toEqual([]);
  });

  it('keeps chicks and goslings that cannot fly on the ground', () => {
    expect(byNoun('a hen and her chicks')('chicks').layout.placement).toBe('ground');
    expect(byNoun('a goose with her goslings')('goslings').layout.placement).not.toBe('air');
  });

  it('hitches a sled behind the dogs that pull it instead of carrying it', () => {
    const e = byNoun('dogs pulling a sled across the snow');
    const dogs = e('dogs');
    expect(dogs.actions.map((a) => [a.verb, a.motion])).toEqual([['pull', 'walk']]);
    expect(e('sled').actions.map((a) => [a.motion, a.target])).toEqual([['follow', dogs.id]]);
    expect(e('sled').layout.relation).toMatchObject({ kind: 'behind', target: dogs.id });
    // A thing that is not hauled along is still carried.
    expect(byNoun('a dog pulling a rope')('dog').actions.map((a) => a.motion)).toContain('carry');
  });
});

describe('birds being fed come down to peck', () => {
  it('puts fed pigeons on the ground near the feeder, pecking', () => {
    const e = byNoun('an old man feeding pigeons in a city square');
    const pigeons = e('pigeons');
    expect(pigeons.layout.placement).toBe('ground');
    expect(pigeons.layout.relation).toMatchObject({ kind: 'near', target: e('old man').id });
    expect(pigeons.actions.map((a) => a.motion)).toEqual(['eat']);
  });

  it('puts fed ducks on the water where there is water', () => {
    const ducks = byNoun('a girl feeding ducks at the pond')('ducks');
    expect(ducks.layout.placement).toBe('water-surface');
    expect(ducks.actions.map((a) => a.motion)).toEqual(['eat']);
  });

  it('lets birds said to fly keep flying', () => {
    expect(byNoun('a woman feeding birds that fly around her')('birds').layout.placement).toBe('air');
  });
});

describe('a dog being walked comes along', () => {
  it('a man walking his dog in the rain with an umbrella: he walks holding it, the dog follows at his side', () => {
    const e = byNoun('a man walking his dog in the rain with an umbrella');
    const man = e('man');
    const dog = e('dog');
    expect(man.actions.map((a) => [a.motion, a.target])).toEqual([['walk', dog.id], ['carry', e('umbrella').id]]);
    expect(dog.actions.map((a) => [a.motion, a.target])).toEqual([['follow', man.id]]);
    expect(dog.layout.relation).toMatchObject({ kind: 'beside', target: man.id });
    // Said the other way round, the same.
    const f = byNoun('a man with an umbrella walking his dog');
    expect(f('man').actions.map((a) => a.motion).sort()).toEqual(['carry', 'walk']);
    expect(f('man').asset).toMatch(/1f6b6/);
    expect(f('dog').actions.map((a) => [a.motion, a.target])).toEqual([['follow', f('man').id]]);
    expect(f('umbrella').actions).toEqual([]);
  });

  it('a held umbrella does not walk: its holder does', () => {
    const e = byNoun('a girl with an umbrella walking in the rain');
    expect(e('umbrella').actions).toEqual([]);
    expect(e('girl').actions.map((a) => a.motion).sort()).toEqual(['carry', 'walk']);
  });
});
