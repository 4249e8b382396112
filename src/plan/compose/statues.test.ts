import { describe, expect, it } from 'vitest';
import { isRooted } from '../../assets/art-traits.ts';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';
import { MATERIAL_COLORS } from '../words/color-words.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const cast = (prompt: string): string[] => plan(prompt).shots[0]!.entities.map((e) => `${e.asset} ${e.color ?? 'as drawn'} ${e.actions.map((a) => a.motion).join(',') || 'still'}`);

describe('statues of animals', () => {
  it('draws a statue of a horse as the horse itself in stone, with no live horse beside it', () => {
    const p = plan('a statue of a horse');
    expect(cast('a statue of a horse')).toEqual([`emoji:1f40e ${MATERIAL_COLORS.stone} still`, 'drawn:plinth as drawn still']);
    expect(p.unresolved).toEqual([]);
    // A statue stands rooted where it is put.
    const statue = p.shots[0]!.entities[0]!;
    expect(isRooted(statue.asset, statue.category)).toBe(true);
  });

  it('takes the material said: a stone lion, a bronze horse, a marble eagle', () => {
    expect(cast('a stone lion statue')[0]).toBe(`drawn:lion ${MATERIAL_COLORS.stone} still`);
    const [bronze] = plan('a bronze horse statue').shots[0]!.entities;
    expect(bronze!.asset).toBe('emoji:1f40e');
    expect(bronze!.color).not.toBe(MATERIAL_COLORS.stone);
    expect(bronze!.color).not.toBeNull();
    expect(cast('a marble statue of an eagle')[0]).toBe('emoji:1f985 #ebebeb still');
    expect(plan('a bronze horse statue').unresolved).toEqual([]);
  });

  it('stands the animal on a plinth wider than it, the way a lion stands on a rock', () => {
    const [horse, plinth] = plan('a bronze horse statue').shots[0]!.entities;
    expect(horse!.layout.relation).toEqual({ kind: 'on', target: plinth!.id, secondTarget: null });
    expect(plinth!.asset).toBe('drawn:plinth');
    expect(plinth!.size).toBeGreaterThan(1);
    // Several statues, or one already on something, get no plinth of their own.
    expect(cast('three lion statues').filter((e) => e.startsWith('drawn:plinth'))).toEqual([]);
  });

  it('keeps the drawn statue for a statue of no animal', () => {
    expect(cast('a statue in a park')).toEqual(['drawn:statue as drawn still']);
  });
});
