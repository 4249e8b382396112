import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });

describe('far places behind a shot\'s own', () => {
  it('draws the mountains a wolf howls in behind the sea the sun sets over', () => {
    const p = plan('the sun sets over the ocean while a wolf howls in the mountains');
    expect(p.unresolved).toEqual([]);
    expect(p.shots[0]!.setting).toMatchObject({ kind: 'ocean', backdrop: ['mountains'] });
  });

  it('reads "mountains in the distance" as a backdrop, the words that put them far away included', () => {
    const sea = plan('a sailboat on the sea with mountains in the distance');
    expect(sea.unresolved).toEqual([]);
    expect(sea.shots[0]!.setting).toMatchObject({ kind: 'ocean', backdrop: ['mountains'] });
    expect(plan('a camel in the desert with mountains in the distance').shots[0]!.setting).toMatchObject({ kind: 'desert', backdrop: ['mountains'] });
    expect(plan('a beach with mountains in the background').unresolved).toEqual([]);
  });

  it('adds nothing where the kind already shows the place, or indoors', () => {
    // A lake's picture has its mountains; a mountain shot is the mountains.
    expect(plan('a lake in the mountains').shots[0]!.setting.backdrop).toBeUndefined();
    expect(plan('a flock of birds flying over the mountains').shots[0]!.setting).toMatchObject({ kind: 'mountains' });
    expect(plan('a flock of birds flying over the mountains').shots[0]!.setting.backdrop).toBeUndefined();
    expect(plan('a cozy cabin in the mountains during heavy snow').shots[0]!.setting.backdrop).toBeUndefined();
    const room = plan('a cat in the living room dreaming of the mountains');
    expect(room.shots[0]!.setting.backdrop).toBeUndefined();
  });

  it('keeps the backdrop in a later shot that names no place, and drops it where a new place is named', () => {
    const p = plan('A whale swims in the ocean near the mountains. It dives deep. A fox walks in the forest.');
    expect(p.shots.map((s) => s.setting.backdrop ?? [])).toEqual([['mountains'], ['mountains'], []]);
  });
});
