import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { planScene } from '../../plan/planner.ts';
import { cameraAt } from '../../simulate/projection.ts';
import { simulate } from '../../simulate/simulate.ts';
import { callMark, callOf, createCallMarks } from './call-marks.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 3, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('animal calls', () => {
  it('plans barking at something as watching it, with no word left unresolved', () => {
    const p = plan('a dog barking at a cat');
    const [dog, cat] = p.shots[0]!.entities;
    expect(dog!.actions.map((a) => [a.verb, a.motion, a.target])).toEqual([['bark', 'watch', cat!.id]]);
    expect(p.unresolved).toEqual([]);
    for (const prompt of ['a dog barks', 'a cat meowing at the door', 'a duck quacks', 'a cow mooing']) {
      const q = plan(prompt);
      expect(q.shots[0]!.entities[0]!.actions.map((a) => a.motion), prompt).toEqual(['watch']);
      expect(q.unresolved, prompt).toEqual([]);
    }
  });

  it('says what the verb calls, and pops each call out in turn', () => {
    expect(callOf('bark')).toBe('Woof!');
    expect(callOf('meow')).toBe('Meow!');
    expect(callOf('walk')).toBeNull();
    expect(callMark(0.3)).not.toBeNull();
    expect(callMark(0.95)).toBeNull();
    expect(callMark(1.1 + 0.3)).toEqual(callMark(0.3));
    expect(callMark(0.01)!.scale).toBeLessThan(callMark(0.2)!.scale);
  });

  it('draws the word in white beside a barking dog, and nothing for a dog that walks', () => {
    const whiteIn = (prompt: string, seconds: number): number => {
      const p = plan(prompt);
      const simulation = simulate(p);
      const marks = createCallMarks(p.shots[0]!, simulation.actors, 320, 180, 'sans-serif');
      const ctx = createCanvas(320, 180).getContext('2d');
      marks.draw(ctx, cameraAt(simulation.camera, Math.round(seconds * 10)), Math.round(seconds * 10), seconds);
      const data = ctx.getImageData(0, 0, 320, 180).data;
      let white = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240 && data[i + 3]! > 200) white++;
      return white;
    };
    expect(whiteIn('a dog barks', 0.3)).toBeGreaterThan(20);
    expect(whiteIn('a dog walks', 0.3)).toBe(0);
  });
});
