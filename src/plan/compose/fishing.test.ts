import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 2, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });
const ROD = 'emoji:1f3a3';

describe('fishing', () => {
  it('gives a person who fishes a rod to hold, once, and records the verb', () => {
    for (const prompt of ['a man fishing at the lake', 'a boy fishing off a pier', 'a woman fishes in the river', 'an old man goes fishing', 'a man is fishing off a pier']) {
      const p = plan(prompt);
      const entities = p.shots[0]!.entities;
      const rods = entities.filter((e) => e.asset === ROD);
      expect(rods, prompt).toHaveLength(1);
      expect(rods[0]!.noun).toBe('fishing rod');
      const fisher = entities.find((e) => e.category === 'person')!;
      expect(fisher.actions.map((a) => [a.verb, a.motion, a.target ?? null]), prompt).toEqual([
        ['fish', 'idle', null],
        ['hold', 'carry', rods[0]!.id],
      ]);
      expect(p.unresolved, prompt).not.toContain('fishing');
      expect(p.unresolved, prompt).not.toContain('fishes');
    }
  });

  it('keeps a person who fishes in a river on the bank, not on the water', () => {
    const woman = plan('a woman fishes in the river').shots[0]!.entities.find((e) => e.noun === 'woman')!;
    expect(woman.layout.placement).toBe('ground');
  });

  it('gives an animal that fishes the verb and no rod', () => {
    for (const prompt of ['a bear fishing in a river', 'a heron fishing']) {
      const p = plan(prompt);
      const entities = p.shots[0]!.entities;
      expect(entities.some((e) => e.asset === ROD), prompt).toBe(false);
      expect(entities[0]!.actions.map((a) => [a.verb, a.motion]), prompt).toEqual([['fish', 'idle']]);
      expect(p.unresolved, prompt).not.toContain('fishing');
    }
    // The bear stands in the river it fishes in.
    expect(plan('a bear fishing in a river').shots[0]!.entities[0]!.layout.placement).toBe('water-surface');
  });

  it('uses the rod the prompt names instead of adding a second', () => {
    const entities = plan('a fisherman fishing with a fishing rod').shots[0]!.entities;
    const rods = entities.filter((e) => e.asset === ROD);
    expect(rods).toHaveLength(1);
    const fisher = entities.find((e) => e.noun === 'fisherman')!;
    expect(fisher.actions.filter((a) => a.motion === 'carry').map((a) => a.target)).toEqual([rods[0]!.id]);
    expect(fisher.actions.map((a) => a.verb)).toContain('fish');
    // Holding a rod without fishing stays as it was.
    const holder = plan('a man with a fishing rod at the lake').shots[0]!.entities;
    expect(holder.filter((e) => e.asset === ROD)).toHaveLength(1);
    expect(holder[0]!.actions.map((a) => [a.verb, a.motion])).toEqual([['hold', 'carry']]);
  });

  it('implies a lake when no place is named, and keeps a named place', () => {
    expect(plan('a man fishing').shots[0]!.setting.kind).toBe('lake');
    expect(plan('a bear fishing').shots[0]!.setting.kind).toBe('lake');
    expect(plan('a man with a fishing rod').shots[0]!.setting.kind).toBe('lake');
    expect(plan('a boy fishing off a pier').shots[0]!.setting.kind).toBe('harbor');
    expect(plan('a bear fishing in a river').shots[0]!.setting.kind).toBe('river');
    // A place an animal implies comes first.
    expect(plan('a polar bear fishing').shots[0]!.setting.kind).toBe('arctic');
  });

  it('gives each of a group of fishers a rod', () => {
    const entities = plan('two men fishing on the river bank').shots[0]!.entities;
    const men = entities.find((e) => e.category === 'person')!;
    const rod = entities.find((e) => e.asset === ROD)!;
    expect(men.count).toBe(2);
    expect(rod.count).toBe(2);
    expect(men.actions.find((a) => a.motion === 'carry')?.target).toBe(rod.id);
  });

  it('reads "starts fishing" after what the fisher did first', () => {
    const story = plan('A man walks to the lake. He starts fishing.');
    expect(story.unresolved).not.toContain('fishing');
    const [first, second] = story.shots;
    expect(first!.entities.some((e) => e.asset === ROD)).toBe(false);
    expect(second!.entities.find((e) => e.noun === 'man')!.actions.map((a) => a.verb)).toEqual(['fish', 'hold']);
    // In one sentence, the wading comes first and the fishing after it.
    const bear = planScene({ prompt: 'The bear wades into the river and starts fishing', seed: 1, output: { ...output, seconds: 4 } }).shots[0]!.entities[0]!;
    expect(bear.actions.map((a) => [a.verb, a.start, a.end])).toEqual([
      ['wade', 0, 2],
      ['fish', 2, null],
    ]);
  });

  it('does not read other uses of "go" as fishing', () => {
    const p = plan('a man goes to the lake');
    expect(p.shots[0]!.entities.some((e) => e.asset === ROD)).toBe(false);
    expect(p.shots[0]!.entities[0]!.actions.map((a) => a.verb)).not.toContain('fish');
  });
  it('puts someone fishing from a boat aboard it, standing, with a rod that does not float', () => {
    for (const [prompt, boatNoun] of [['a man fishing from a boat', 'boat'], ['two kids fishing from a rowboat', 'rowboat']] as const) {
      const entities = plan(prompt).shots[0]!.entities;
      const boat = entities.find((e) => e.noun === boatNoun)!;
      const fisher = entities.find((e) => e.category === 'person')!;
      expect(fisher.layout.relation, prompt).toMatchObject({ kind: 'inside', target: boat.id });
      // A full-body figure, not a head on the gunwale.
      expect(fisher.asset, prompt).toMatch(/^emoji:1f9cd/);
      expect(entities.find((e) => e.asset === ROD)!.layout.placement, prompt).not.toBe('water-surface');
    }
    // Leaving a boat is not being aboard it.
    const swimmer = plan('a man swimming away from a boat').shots[0]!.entities.find((e) => e.noun === 'man')!;
    expect(swimmer.layout.relation?.kind).toBe('near');
  });

  it('has a fisherman who does nothing else fish', () => {
    const fisherman = plan('a fisherman in a small boat on a lake').shots[0]!.entities.find((e) => e.noun === 'fisherman')!;
    expect(fisherman.actions.map((a) => a.verb)).toEqual(['fish', 'hold']);
    const walker = plan('a fisherman walking on the beach').shots[0]!.entities.find((e) => e.noun === 'fisherman')!;
    expect(walker.actions.map((a) => a.verb)).toEqual(['walk']);
  });
});
