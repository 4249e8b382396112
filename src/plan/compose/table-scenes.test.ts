import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const shotOf = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!;

describe('people at a table, the meal on it', () => {
  it('seats a family as a man, a woman and two children behind the table, the dinner on its top', () => {
    const shot = shotOf('a family having dinner at a table');
    const table = shot.entities.find((e) => e.asset === 'drawn:table')!;
    const people = shot.entities.filter((e) => e.category === 'person');
    expect(people.map((p) => p.noun)).toEqual(['man', 'woman', 'girl', 'boy']);
    for (const p of people) expect(p.layout.relation).toMatchObject({ kind: 'behind', target: table.id });
    const dinner = shot.entities.find((e) => e.noun === 'dinner')!;
    expect(dinner.category).toBe('food');
    expect(dinner.actions).toEqual([]);
    expect(dinner.layout.relation).toMatchObject({ kind: 'on', target: table.id });
    expect(shot.entities.some((e) => e.asset.startsWith('emoji:1f46a'))).toBe(false);
    expect(table.size).toBeGreaterThan(1);
  });

  it('brings a table for a meal had indoors with none named', () => {
    const shot = shotOf('two friends having lunch in a cafe');
    const tables = shot.entities.filter((e) => e.asset === 'drawn:table');
    expect(tables).toHaveLength(1);
    expect(shot.entities.find((e) => e.noun === 'lunch')!.layout.relation).toMatchObject({ kind: 'on', target: tables[0]!.id });
    expect(shot.entities.find((e) => e.noun === 'friends')!.layout.relation).toMatchObject({ kind: 'behind', target: tables[0]!.id });
  });

  it('sets breakfast at the kitchen table in the kitchen, eaten from the table', () => {
    const shot = shotOf('a man eating breakfast at the kitchen table');
    expect(shot.setting.kind).toBe('kitchen');
    const table = shot.entities.find((e) => e.noun === 'kitchen table')!;
    const man = shot.entities.find((e) => e.noun === 'man')!;
    expect(man.layout.relation).toMatchObject({ kind: 'behind', target: table.id });
    expect(man.actions.some((a) => a.motion === 'carry')).toBe(false);
    expect(shot.entities.find((e) => e.noun === 'breakfast')!.layout.relation).toMatchObject({ kind: 'on', target: table.id });
  });

  it('keeps a cake on its table', () => {
    const cake = shotOf('a birthday cake with candles on a table').entities;
    expect(cake.find((e) => e.noun === 'birthday cake')!.layout.relation?.kind).toBe('on');
    expect(cake.filter((e) => e.asset === 'drawn:table')).toHaveLength(1);
  });

  it('sets baked cookies out on a table while the bakers stay at their stoves', () => {
    const baking = shotOf('a girl and her grandmother baking cookies in the kitchen').entities;
    const table = baking.find((e) => e.asset === 'drawn:table')!;
    expect(baking.find((e) => e.noun === 'cookies')!.layout.relation).toMatchObject({ kind: 'on', target: table.id });
    const bakers = baking.filter((e) => e.category === 'person');
    expect(bakers).toHaveLength(2);
    for (const p of bakers) {
      expect(p.layout.relation).toBeNull();
      expect(p.actions.find((a) => a.verb === 'bake')!.target).toBeUndefined();
    }
    // Cooking in a pan keeps the food in the pan.
    const pasta = shotOf('a chef cooking pasta in the kitchen').entities;
    expect(pasta.some((e) => e.asset === 'drawn:table')).toBe(false);
  });
});

describe('a bedroom', () => {
  it('has a bed; one controller in the hands of a boy sitting on it, a television before him', () => {
    const shot = shotOf('a boy playing video games in his bedroom');
    const bed = shot.entities.find((e) => e.noun === 'bed')!;
    const games = shot.entities.find((e) => e.asset === 'emoji:1f3ae')!;
    const boy = shot.entities.find((e) => e.noun === 'boy')!;
    expect(games.count).toBe(1);
    expect(boy.layout.relation).toMatchObject({ kind: 'on', target: bed.id });
    expect(boy.actions.some((a) => a.motion === 'carry' && a.target === games.id)).toBe(true);
    expect(boy.actions.some((a) => a.motion === 'bounce')).toBe(false);
    expect(shot.entities.some((e) => e.asset.startsWith('emoji:1f4fa'))).toBe(true);
  });

  it('adds no bed to a living room', () => {
    expect(shotOf('a boy reading a book in the living room').entities.some((e) => e.noun === 'bed')).toBe(false);
  });
});
