import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import { lexicon } from './lexicon.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };

describe("an animal's face", () => {
  it("draws 'a cat's face' as the cat face emoji, as 'a cat face' is", () => {
    const p = planScene({ prompt: "a close-up of a cat's face", seed: 1, output });
    expect(p.shots[0]!.entities.map((e) => e.asset)).toEqual(['emoji:1f431']);
    expect(p.unresolved).toEqual([]);
    expect(lexicon().noun("dog 's face")?.asset).toBe(lexicon().noun('dog face')?.asset);
  });

  it('leaves a possessive face with no face emoji unknown, not a random picture', () => {
    expect(lexicon().noun("car 's face")).toBeNull();
  });
});
