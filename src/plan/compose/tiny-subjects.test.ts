import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const shotSize = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!.camera.shot;

describe('tiny subjects', () => {
  it('get a closer lens when everything in the shot is insect-small', () => {
    expect(shotSize('an ant carrying a leaf across the forest floor')).toBe('medium');
    expect(shotSize('a ladybug on a leaf')).toBe('medium');
    expect(shotSize('a snail crawling')).toBe('medium');
  });

  it('keep the shot size asked for, and the wide shot when something bigger shares it', () => {
    expect(shotSize('a wide shot of an ant')).toBe('wide');
    expect(shotSize('a close-up of a ladybug')).toBe('close-up');
    expect(shotSize('a boy watching an ant')).toBe('wide');
    expect(shotSize('a dog in the park')).toBe('wide');
  });
});
