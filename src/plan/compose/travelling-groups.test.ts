import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const group = (prompt: string): string => {
  const [e] = plan(prompt).shots[0]!.entities;
  return `${e!.count} ${e!.noun} ${e!.actions.map((a) => a.motion).join(',') || 'still'} ${e!.layout.arrangement}`;
};

describe('travelling groups', () => {
  it('walks a caravan with no verb across the picture, in a line', () => {
    expect(group('a wide shot of a desert with a camel caravan')).toBe('5 camel walk line');
    expect(group('a caravan of camels')).toBe('5 camels walk line');
    expect(plan('a caravan of camels').unresolved).toEqual([]);
  });

  it('drives a convoy of vehicles and walks a procession of people or a parade of animals', () => {
    expect(group('a convoy of trucks')).toBe('5 trucks drive line');
    expect(group('a parade of elephants')).toBe('8 elephants walk line');
    expect(group('a procession of monks')).toMatch(/^6 monks walk line$/);
  });

  it('keeps the verb the prompt says', () => {
    expect(group('a camel caravan crossing the desert')).toMatch(/^5 camel walk /);
    expect(group('a caravan of camels resting at an oasis')).toMatch(/^5 camels sit /);
  });

  it('leaves groups that are not on their way as they are', () => {
    expect(group('a wolf pack')).toBe('5 wolf still row');
  });
});
