import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const hours = (p: ScenePlan): string[] => p.shots.map((s) => s.setting.timeOfDay);
const countOf = (p: ScenePlan, noun: string): number | undefined => p.shots[0]!.entities.find((e) => e.noun === noun)?.count;

describe('things that only show in the dark', () => {
  it('sets fireworks and sparklers at night when the prompt names no hour', () => {
    expect(hours(plan('a fireworks show over a castle'))).toEqual(['night']);
    expect(hours(plan('fireworks over a city, pixel art'))).toEqual(['night']);
    expect(hours(plan('a girl with a sparkler'))).toEqual(['night']);
    // Darkness alone would make dusk; the fireworks make it night.
    expect(hours(plan('a dark forest with fireworks'))).toEqual(['night']);
  });

  it('lets an hour the prompt names win', () => {
    expect(hours(plan('fireworks at noon'))).toEqual(['noon']);
    expect(hours(plan('fireworks over the lake at dusk'))).toEqual(['dusk']);
  });

  it('darkens a later shot of a story when the fireworks start', () => {
    const p = plan('A family has a picnic. Then fireworks fill the sky.');
    expect(hours(p)).toEqual(['afternoon', 'night']);
  });

  it('sets fireflies at dusk, when the meadow can still be seen', () => {
    expect(hours(plan('fireflies in a meadow'))).toEqual(['dusk']);
  });

  it("reads New Year's Eve as night", () => {
    for (const prompt of ["fireworks over the beach on new year's eve", 'fireworks on New Year’s Eve', 'a party on new years eve']) {
      const p = plan(prompt);
      expect(hours(p), prompt).toEqual(['night']);
      expect(p.unresolved, prompt).not.toContain('eve');
    }
  });
});

describe('shows and displays', () => {
  it('plans more launchers for a fireworks show or display than for plain fireworks', () => {
    expect(countOf(plan('fireworks over a castle'), 'fireworks')).toBe(3);
    expect(countOf(plan('a fireworks show over a castle'), 'fireworks')).toBe(6);
    expect(countOf(plan('a fireworks display over the lake'), 'fireworks')).toBe(6);
    expect(plan('a fireworks show over a castle').unresolved).toEqual([]);
  });

  it('keeps "show" a verb when an object follows', () => {
    const p = plan('the dogs show their tricks');
    expect(countOf(p, 'dogs')).toBe(3);
  });
});

describe('lighting up', () => {
  const motions = (p: ScenePlan, noun: string): string[] => p.shots[0]!.entities.find((e) => e.noun === noun)?.actions.map((a) => a.motion) ?? [];

  it('reads "light up" as the phrasal verb in any tense, never the adjective or the slang "lit"', () => {
    for (const prompt of ['fireworks light up the sky', 'fireworks lit up the sky over the harbor', 'fireworks are lighting up the sky']) {
      const p = plan(prompt);
      expect(p.unresolved, prompt).toEqual([]);
      expect(p.shots[0]!.entities.map((e) => e.noun), prompt).toEqual(['fireworks']);
      // Fireworks give their light by bursting.
      expect(motions(p, 'fireworks'), prompt).toEqual(['explode']);
      expect(hours(p), prompt).toEqual(['night']);
    }
    // The colour word stays a colour word.
    expect(plan('a light blue car').shots[0]!.entities[0]!.color).not.toBeNull();
  });

  it('lets lanterns glow as drawn and sets a city that lights up at night', () => {
    const lanterns = plan('lanterns light up the river');
    expect(lanterns.unresolved).toEqual([]);
    expect(motions(lanterns, 'lanterns')).toEqual([]);
    expect(hours(lanterns)).toEqual(['night']);
    for (const prompt of ['the city lights up', 'the city lit up']) {
      const p = plan(prompt);
      expect(p.unresolved, prompt).toEqual([]);
      expect(p.shots[0]!.setting.kind, prompt).toBe('city-street');
      expect(hours(p), prompt).toEqual(['night']);
    }
    // A named hour wins; a room lit by candles keeps its hour.
    expect(hours(plan('lanterns light up the river at dusk'))).toEqual(['dusk']);
    expect(hours(plan('candles light up the room'))).toEqual(['afternoon']);
  });
});

describe('shooting stars and meteor showers', () => {
  it('draws shooting stars as the comet, even at the start of a sentence', () => {
    const p = plan('shooting stars over the mountains');
    const stars = p.shots[0]!.entities[0]!;
    expect([stars.noun, stars.asset, stars.count]).toEqual(['shooting stars', 'emoji:2604', 3]);
    expect(hours(p)).toEqual(['night']);
  });

  it('reads a meteor shower as many meteors, and a baby shower as no shower of babies', () => {
    const p = plan('a meteor shower over the desert');
    expect(p.unresolved).toEqual([]);
    expect(p.shots[0]!.entities.map((e) => [e.asset, e.count])).toEqual([['emoji:2604', 7]]);
    expect(countOf(plan('a baby shower'), 'baby')).toBe(1);
  });
});
