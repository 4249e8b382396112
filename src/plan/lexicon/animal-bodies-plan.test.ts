import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { Entity } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const entitiesOf = (prompt: string): Entity[] => planScene({ prompt, seed: 1, output }).shots.flatMap((s) => [...s.entities]);

describe('planner: full-body drawn animals', () => {
  it('draws the README fox as a full-bodied red fox that trots', () => {
    const [fox] = entitiesOf('a red fox trotting through a snowy pine forest at dusk');
    expect(fox).toMatchObject({ noun: 'fox', asset: 'drawn:fox', category: 'animal' });
    expect(fox!.actions.map((a) => a.motion)).toContain('trot');
  });

  it.each([
    ['a grizzly bear', 'drawn:bear'],
    ['a lioness resting on the savanna', 'drawn:lioness'],
    ['a lion walking in the desert', 'drawn:lion'],
    ['a wolf walking in a meadow', 'drawn:wolf'],
    ['a polar bear walking on the ice', 'drawn:polar-bear'],
    ['a panda eating bamboo', 'drawn:panda'],
    ['a frog sitting on a lily pad', 'drawn:frog'],
  ])('"%s" resolves to %s', (prompt, asset) => {
    expect(entitiesOf(prompt)[0]?.asset).toBe(asset);
  });

  it('keeps colour words as colours of the drawn body ("a white wolf", "a black bear")', () => {
    expect(entitiesOf('a white wolf')[0]).toMatchObject({ asset: 'drawn:wolf', color: expect.stringMatching(/^#f/i) });
    expect(entitiesOf('a black bear')[0]).toMatchObject({ asset: 'drawn:bear', color: '#222222' });
  });

  it('keeps the emoji face when the prompt asks for a face or an emoji', () => {
    expect(entitiesOf('a fox face')[0]?.asset).toBe('emoji:1f98a');
    expect(entitiesOf('a bear emoji')[0]?.asset).toBe('emoji:1f43b');
    expect(entitiesOf('🦊')[0]?.asset).toBe('emoji:1f98a');
  });

  it('chases with the drawn fox after an emoji rabbit', () => {
    const [fox, rabbit] = entitiesOf('a fox chasing a rabbit');
    expect(fox?.asset).toBe('drawn:fox');
    expect(rabbit?.asset).toMatch(/^emoji:/);
    expect(fox?.actions[0]).toMatchObject({ motion: 'chase', target: rabbit?.id });
  });
});
