import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 2, format: 'mp4' as const };
const entities = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!.entities.map((e) => ({ noun: e.noun, count: e.count, verbs: e.actions.map((a) => a.verb) }));

describe('a name whose last word is also a verb', () => {
  it('reads "a bus stops" as a bus that stops, after one subject', () => {
    expect(entities('a bus stops at the station')).toContainEqual({ noun: 'bus', count: 1, verbs: expect.arrayContaining(['stop']) });
    expect(entities('the bus stops at the red light').map((e) => e.noun)).not.toContain('bus stops');
  });

  it('keeps bus stops as signs where they are counted or sit in a phrase', () => {
    expect(entities('two bus stops on a street')).toContainEqual(expect.objectContaining({ noun: 'bus stops', count: 2 }));
    expect(entities('people waiting at bus stops').map((e) => e.noun)).toContain('bus stops');
    expect(entities('a bus stop in the rain')).toContainEqual(expect.objectContaining({ noun: 'bus stop', count: 1 }));
  });
});
