import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const shot = (p: ScenePlan) => p.shots[0]!;
const meteors = (p: ScenePlan) => shot(p).entities.filter((e) => e.asset === 'emoji:2604').map((e) => e.count);

describe('a storm of meteors is light in a clear sky, not weather', () => {
  it('reads "a meteor storm" as many meteors at night under a clear sky', () => {
    const p = plan('a meteor storm over the desert at night');
    expect(shot(p).setting).toMatchObject({ kind: 'desert', timeOfDay: 'night', weather: 'clear' });
    expect(meteors(p)).toEqual([12]);
    expect(shot(p).entities).toHaveLength(1);
    expect(p.unresolved).toEqual([]);
  });

  it('reads "a storm of meteors" and "a shower of shooting stars" as collectives of meteors', () => {
    const storm = plan('a storm of meteors');
    expect(shot(storm).setting.weather).toBe('clear');
    expect(meteors(storm)).toEqual([12]);
    const shower = plan('a shower of shooting stars over the lake');
    // No bathroom shower: the shower is how many stars fall.
    expect(shot(shower).entities.map((e) => e.asset)).toEqual(['emoji:2604']);
    expect(meteors(shower)).toEqual([7]);
    expect(shot(shower).setting.kind).toBe('lake');
    expect(meteors(plan('a storm of bright meteors'))).toEqual([12]);
  });

  it('keeps a storm that is weather as weather', () => {
    expect(shot(plan('a storm at sea')).setting).toMatchObject({ kind: 'ocean', weather: 'storm' });
    expect(shot(plan('a storm over the desert')).setting.weather).toBe('storm');
    expect(shot(plan('a stormy night with meteors')).setting.weather).toBe('storm');
    // Only falls of meteors: "a storm of rain" stays weather and draws no meteors.
    const rain = plan('a storm of rain over the city');
    expect(shot(rain).setting.weather).not.toBe('clear');
    expect(meteors(rain)).toEqual([]);
  });
});
