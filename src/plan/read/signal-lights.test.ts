import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const entitiesOf = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!.entities;
const unresolvedOf = (prompt: string) => planScene({ prompt, seed: 1, output }).unresolved;

describe('a red light at a road is a traffic light', () => {
  it('reads "at the red light", "through a green light", "the stop light" as a traffic light', () => {
    for (const prompt of ['the car stops at the red light', 'a bus drives through a green light', 'the taxi waits at the stop light', 'she ran a red light']) {
      const light = entitiesOf(prompt).find((e) => /light/.test(e.noun));
      expect(light?.asset, prompt).toMatch(/^emoji:1f6a[56]$/);
      expect(unresolvedOf(prompt), prompt).not.toContain('light');
    }
  });

  it('stands a traffic light at a kerb, upright and taller than the bare emoji', () => {
    const light = entitiesOf('the car stops at the red light').find((e) => e.noun === 'red light')!;
    expect(light.asset).toBe('emoji:1f6a6');
    expect(light.size).toBeGreaterThan(1.5);
    // Not tinted red: the lamp's colour is part of the signal.
    expect(light.color).toBeNull();
  });

  it('leaves a red light that is not at a road a red light', () => {
    expect(entitiesOf('a red light glowing in the dark').some((e) => /^emoji:1f6a[56]$/.test(e.asset))).toBe(false);
  });

  it('sets a traffic light on a city street when no place is said', () => {
    expect(planScene({ prompt: 'the car stops at the red light', seed: 1, output }).shots[0]!.setting.kind).toBe('city-street');
    expect(planScene({ prompt: 'a car stops at a traffic light in the desert', seed: 1, output }).shots[0]!.setting.kind).toBe('desert');
  });
});
