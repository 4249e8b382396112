import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };

describe('"under the stars" is when, not where', () => {
  it('reads the night sky over a scene as a clear night and draws no star entities', () => {
    for (const prompt of ['a campfire in the forest at night under the stars', 'a tent beneath the stars', 'a cat sleeping under a starry sky', 'a wolf howling beneath the moon']) {
      const plan = planScene({ prompt, seed: 1, output });
      const shot = plan.shots[0]!;
      expect(shot.setting.timeOfDay, prompt).toBe('night');
      expect(shot.setting.weather, prompt).toBe('clear');
      expect(shot.entities.every((e) => e.category !== 'celestial'), prompt).toBe(true);
      expect(shot.entities.every((e) => e.layout.relation === null), prompt).toBe(true);
      expect(plan.unresolved, prompt).toEqual([]);
    }
  });

  it('keeps the campfire on the ground', () => {
    const fire = planScene({ prompt: 'a campfire in the forest at night under the stars', seed: 1, output }).shots[0]!.entities[0]!;
    expect(fire.layout.placement).toBe('ground');
  });

  it('still draws stars the prompt shows as things', () => {
    const shot = planScene({ prompt: 'stars twinkling in the night sky', seed: 1, output }).shots[0]!;
    expect(shot.entities.some((e) => e.noun === 'stars')).toBe(true);
  });
});
