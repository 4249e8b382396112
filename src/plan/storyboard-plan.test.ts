import { describe, expect, it } from 'vitest';
import { planScene } from './planner.ts';
import type { ScenePlan } from './schema.ts';
import { joinShotPlans } from './storyboard-plan.ts';

const OUTPUT = { width: 320, height: 180, fps: 24, format: 'mp4' } as const;

function plan(prompt: string, seconds: number, style?: ScenePlan['style']['name']): ScenePlan {
  return planScene({ prompt, seed: 7, output: { ...OUTPUT, seconds }, ...(style ? { style } : {}) });
}

describe('joinShotPlans', () => {
  it('plays the shots one after another in one plan', () => {
    const fox = plan('a red fox trotting through a snowy forest', 2);
    const whale = plan('a whale swimming in the deep blue ocean at night', 1.5);
    const joined = joinShotPlans([fox, whale], { prompt: 'fox, then whale', seed: 7 });
    expect(joined.prompt).toBe('fox, then whale');
    expect(joined.output).toEqual({ ...OUTPUT, seconds: 3.5 });
    expect(joined.shots.map((s) => [s.id, s.start, s.duration])).toEqual([
      ['shot1', 0, 2],
      ['shot2', 2, 1.5],
    ]);
    expect(joined.shots[0]!.entities.map((e) => e.noun)).toContain('fox');
    expect(joined.shots[1]!.entities.map((e) => e.noun)).toContain('whale');
    expect(joined.shots[1]!.setting.timeOfDay).toBe(whale.shots[0]!.setting.timeOfDay);
  });

  it('renumbers the shots of a prompt that planned several', () => {
    const story = plan('A little robot wakes up in a junkyard. It finds a flower growing between the metal.', 4);
    expect(story.shots.length).toBeGreaterThan(1);
    const joined = joinShotPlans([plan('a cat sleeping under a table', 1), story], { prompt: 'story', seed: 1 });
    expect(joined.shots.map((s) => s.id)).toEqual(Array.from({ length: 1 + story.shots.length }, (_, i) => `shot${i + 1}`));
    expect(joined.shots[1]!.start).toBe(1);
    expect(joined.output.seconds).toBe(5);
  });

  it('takes the first style a shot asked for, and unions the unresolved words', () => {
    const joined = joinShotPlans([plan('a cat', 1), plan('a dog in pixel art', 1)], { prompt: 'p', seed: 1 });
    expect(joined.style.name).toBe('pixel-art');
    const natural = joinShotPlans([plan('a cat', 1), plan('a dog', 1)], { prompt: 'p', seed: 1 });
    expect(natural.style.name).toBe('natural');
    const first = plan('a cat near a florp', 1);
    const second = plan('a dog near a florp and a zibbet', 1);
    expect(first.unresolved).toContain('florp');
    const odd = joinShotPlans([first, second], { prompt: 'p', seed: 1 });
    expect([...odd.unresolved].sort()).toEqual([...new Set([...first.unresolved, ...second.unresolved])].sort());
    expect(odd.unresolved.filter((w) => w === 'florp')).toHaveLength(1);
  });

  it('is deterministic and refuses an empty storyboard', () => {
    const make = (): ScenePlan => joinShotPlans([plan('a cat', 1), plan('a dog', 2)], { prompt: 'p', seed: 3 });
    expect(JSON.stringify(make())).toBe(JSON.stringify(make()));
    expect(() => joinShotPlans([], { prompt: 'p', seed: 1 })).toThrow(/at least one shot/);
  });
});
