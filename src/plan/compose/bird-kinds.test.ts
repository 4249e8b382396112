import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';
import { NATURAL_COLORS } from '../words/natural-colors.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const look = (prompt: string): string[] => plan(prompt).shots[0]!.entities.map((e) => `${e.noun} ${e.asset} ${e.color ?? 'as drawn'}`);

describe('kinds of bird', () => {
  it('draws a gull, a canary and a cardinal as a bird (not a person, a singer or nothing), in the kind\'s colour', () => {
    expect(look('a seagull flying over the sea')).toEqual([`seagull emoji:1f426 ${NATURAL_COLORS.seagull!.hex}`]);
    expect(look('two gulls on a pier')[0]).toBe(`gulls emoji:1f426 ${NATURAL_COLORS.gulls!.hex}`);
    expect(look('a canary')).toEqual([`canary emoji:1f426 ${NATURAL_COLORS.canary!.hex}`]);
    expect(look('a cardinal in a tree')[0]).toBe(`cardinal emoji:1f426 ${NATURAL_COLORS.cardinal!.hex}`);
  });

  it('colours the stand-in bird grey for a pigeon, dark for a crow, brown for a sparrow, blue for a bluebird', () => {
    expect(NATURAL_COLORS.pigeon!.name).toBe('grey');
    for (const [bird, name] of [['pigeon', 'grey'], ['crow', 'black'], ['raven', 'black'], ['blackbird', 'black'], ['sparrow', 'brown'], ['bluebird', 'blue']] as const) {
      const [entity] = plan(`a ${bird}`).shots[0]!.entities;
      expect(entity!.asset).toBe('emoji:1f426');
      expect(entity!.color).toBe(Object.values(NATURAL_COLORS).find((c) => c.name === name)!.hex);
    }
  });

  it('lets a colour the prompt says win over the kind\'s own', () => {
    const [pigeon] = plan('a white pigeon').shots[0]!.entities;
    expect(pigeon!.color).not.toBe(NATURAL_COLORS.pigeon!.hex);
    expect(pigeon!.color).not.toBeNull();
  });

  it('draws hawks and falcons as the eagle, and leaves birds with art of their own as drawn', () => {
    for (const bird of ['hawk', 'falcon']) expect(look(`a ${bird} flying over a field`)).toEqual([`${bird} emoji:1f985 as drawn`]);
    expect(look('a parrot')).toEqual(['parrot emoji:1f99c as drawn']);
    expect(look('a bird')).toEqual(['bird emoji:1f426 as drawn']);
  });
});
