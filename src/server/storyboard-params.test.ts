import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { MAX_STORYBOARD_SHOTS, parseStoryboard } from './storyboard-params.ts';

function errorOf(fields: Record<string, unknown>): { param: string | null; message: string } {
  try {
    parseStoryboard(fields);
  } catch (error) {
    return { param: (error as ApiError).param, message: (error as ApiError).message };
  }
  throw new Error('expected an error');
}

describe('parseStoryboard', () => {
  it('is null without shots', () => {
    expect(parseStoryboard({ prompt: 'a cat' })).toBeNull();
    expect(parseStoryboard({ prompt: 'a cat', shots: '' })).toBeNull();
  });

  it('reads shots in order, sums their seconds and lists the video under their prompts', () => {
    const board = parseStoryboard({ shots: [{ prompt: 'a fox in a forest', seconds: 2 }, { prompt: ' a wolf howls ', seconds: '1.5' }] });
    expect(board).toEqual({
      shots: [
        { prompt: 'a fox in a forest', seconds: 2 },
        { prompt: ' a wolf howls ', seconds: 1.5 },
      ],
      prompt: 'a fox in a forest\na wolf howls',
      seconds: 3.5,
    });
  });

  it('keeps a given prompt as the title and accepts a matching seconds', () => {
    const board = parseStoryboard({ prompt: 'The fox and the wolf', seconds: '3', shots: [{ prompt: 'a fox', seconds: 1 }, { prompt: 'a wolf', seconds: 2 }] });
    expect(board?.prompt).toBe('The fox and the wolf');
    expect(errorOf({ seconds: 4, shots: [{ prompt: 'a fox', seconds: 1 }] }).param).toBe('seconds');
  });

  it('reads multipart encodings: bracketed keys and a JSON text part', () => {
    const bracketed = parseStoryboard({ shots: { '1': { prompt: 'second', seconds: '2' }, '0': { prompt: 'first', seconds: '1' } } });
    expect(bracketed?.shots.map((s) => s.prompt)).toEqual(['first', 'second']);
    const text = parseStoryboard({ shots: JSON.stringify([{ prompt: 'only', seconds: 3 }]) });
    expect(text?.shots).toEqual([{ prompt: 'only', seconds: 3 }]);
  });

  it('names the field at fault', () => {
    expect(errorOf({ shots: [] }).param).toBe('shots');
    expect(errorOf({ shots: 'not json' }).param).toBe('shots');
    expect(errorOf({ shots: { a: 1 } }).param).toBe('shots');
    expect(errorOf({ shots: [42] }).param).toBe('shots[0]');
    expect(errorOf({ shots: [{ prompt: 'ok', seconds: 1 }, { seconds: 1 }] })).toMatchObject({ param: 'shots[1].prompt', message: expect.stringContaining("'shots[1].prompt'") });
    expect(errorOf({ shots: [{ prompt: '  ', seconds: 1 }] }).param).toBe('shots[0].prompt');
    expect(errorOf({ shots: [{ prompt: 'ok' }] }).param).toBe('shots[0].seconds');
    expect(errorOf({ shots: [{ prompt: 'ok', seconds: 'long' }] }).param).toBe('shots[0].seconds');
    expect(errorOf({ shots: [{ prompt: 'ok', seconds: 0.5 }] }).param).toBe('shots[0].seconds');
    expect(errorOf({ shots: [{ prompt: 'a', seconds: 100 }, { prompt: 'b', seconds: 30 }] }).message).toContain('130 s');
    const many = Array.from({ length: MAX_STORYBOARD_SHOTS + 1 }, () => ({ prompt: 'a cat', seconds: 1 }));
    expect(errorOf({ shots: many }).message).toContain(`at most ${MAX_STORYBOARD_SHOTS}`);
    const long = Array.from({ length: 2 }, () => ({ prompt: 'x'.repeat(20_000), seconds: 1 }));
    expect(errorOf({ shots: long }).message).toContain('characters together');
  });
});
