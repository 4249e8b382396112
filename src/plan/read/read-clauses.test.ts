import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const kinds = (p: ScenePlan): string[] => p.shots.map((s) => s.setting.kind);

describe('a sentence whose clauses move to another place', () => {
  it('gives the water cycle\'s rain on the mountains a mountain shot of its own', () => {
    const p = plan('the water cycle: the sun heats the sea, clouds form, and rain falls on the mountains');
    expect(p.unresolved).toEqual([]);
    expect(kinds(p)).toEqual(['ocean', 'mountains']);
    expect(p.shots[0]!.setting.weather).toBe('clear');
    expect(p.shots[1]!.setting.weather).toBe('rain');
    // The title stays on the first shot; each clause's things are in the shot of its place.
    expect(p.shots[0]!.texts.map((t) => t.text)).toEqual(['The water cycle']);
    expect(p.shots[0]!.entities.find((e) => e.noun === 'clouds')?.actions.map((a) => a.verb)).toEqual(['form']);
  });

  it('splits at a comma, "and" or "then" before a clause with its own subject and verb', () => {
    const p = plan('a dog plays in the park, then a camel walks through the desert');
    expect(kinds(p)).toEqual(['park', 'desert']);
    expect(p.shots.map((s) => s.entities.map((e) => e.noun))).toEqual([['dog'], ['camel']]);
    expect(kinds(plan('a ship sails on the ocean and a camel walks through the desert'))).toEqual(['ocean', 'desert']);
  });

  it('keeps one moment where the places show together or the clauses happen at once', () => {
    const howl = plan('the sun sets over the ocean while a wolf howls in the mountains');
    expect(kinds(howl)).toEqual(['ocean']);
    expect(howl.shots[0]!.setting.backdrop).toEqual(['mountains']);
    // A lake's picture has its forest; a forest's has its mountains.
    expect(kinds(plan('a boat sails on the lake, and a deer drinks in the forest'))).toEqual(['lake']);
    expect(kinds(plan('a cabin in the forest, and the mountains rise behind it'))).toEqual(['forest']);
    // No new place: one shot.
    expect(plan('a dog runs in the park, and a cat sleeps').shots).toHaveLength(1);
  });
});
