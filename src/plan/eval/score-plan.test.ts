import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import { COLOR_WORDS } from '../words/color-words.ts';
import { resolvedShare } from './content-words.ts';
import { parseLabelledSet } from './labelled-set.ts';
import { nounsMatch, sameColour, scorePlan } from './score-plan.ts';

const output = { width: 64, height: 36, fps: 10, seconds: 4, format: 'mp4' as const };
const colours = new Set(Object.keys(COLOR_WORDS));

describe('scorePlan', () => {
  it('counts what the plan got right and lists what it missed', () => {
    const [expected] = parseLabelledSet('prompt: a dog chasing a cat in a park\nentities: dog (chase>cat); cat; horse\nsetting: park, night', colours);
    const result = scorePlan(planScene({ prompt: expected!.prompt, seed: 1, output }), expected!, (n) => COLOR_WORDS[n]);
    expect(result.scores.entities).toEqual({ correct: 2, total: 3 });
    expect(result.scores.actions).toEqual({ correct: 1, total: 1 });
    expect(result.scores.setting).toEqual({ correct: 1, total: 1 });
    expect(result.scores.time).toEqual({ correct: 0, total: 1 });
    expect(result.misses).toEqual(['entities: horse (got dog, cat)', 'time: time night (got afternoon)']);
  });

  it('matches nouns by head and number, and colours by hue', () => {
    expect(nounsMatch('foxes', 'fox')).toBe(true);
    expect(nounsMatch('golden retriever', 'retriever')).toBe(true);
    expect(nounsMatch('cat', 'dog')).toBe(false);
    expect(sameColour('#2b6cd8', '#3b8ff0')).toBe(true);
    expect(sameColour('#d7263d', '#2b6cd8')).toBe(false);
    expect(sameColour('#222222', '#1b1b1b')).toBe(true);
  });
});

describe('resolvedShare', () => {
  it('counts content words and those the plan leaves unresolved', () => {
    const share = resolvedShare('a quantum computer solving a puzzle', ['quantum', 'solving']);
    expect(share).toEqual({ resolved: 2, total: 4, missed: ['quantum', 'solving'] });
  });

  it('does not count quoted text or stop words', () => {
    expect(resolvedShare('a sign that says "Quantum Mechanics"', []).total).toBe(2);
  });
});
