import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../util/errors.ts';
import { createRandom } from '../util/random.ts';
import { LIMITS } from './limits.ts';
import { parseScenePlan } from './parse-plan.ts';
import { planScene } from './planner.ts';

const output = { width: 64, height: 36, fps: 10, seconds: 3, format: 'mp4' as const };
const WORDS = (
  'a the and of in on under over between behind it they he she fox dog cat red blue tiny giant three many flock of ' +
  'birds run runs running chase chasing eat jumps "Open" \'hi\' , . ; : ! ? - close-up zoom pan left watercolor neon ' +
  'night dawn snow rain storm forest beach space city street kitchen then while as not without no 7 1000 🦊 😀 é ß 中文'
).split(' ');
const SOUP = ['!', '?', '.', ',', ';', ':', '-', '"', "'", '“', '”', '(', ')', '\n', '\t', ' ', '\u0000', '\u200b', '\ud83d', '💥', '́'];

/** Plans a prompt and checks the result is a valid plan; only InvalidRequestError may be thrown. */
function planSafely(prompt: string, seed: number): void {
  try {
    const plan = planScene({ prompt, seed, output });
    expect(() => parseScenePlan(JSON.parse(JSON.stringify(plan)))).not.toThrow();
    expect(plan.shots.length).toBeGreaterThan(0);
    expect(plan.shots.length).toBeLessThanOrEqual(LIMITS.maxShots);
    for (const shot of plan.shots) expect(shot.entities.length).toBeLessThanOrEqual(LIMITS.maxEntitiesPerShot);
  } catch (error) {
    if (!(error instanceof InvalidRequestError)) throw new Error(`prompt ${JSON.stringify(prompt.slice(0, 200))} threw ${String(error)}`);
  }
}

describe('planner fuzz', () => {
  const random = createRandom(20_261_124);

  it('plans random word salad', () => {
    for (let i = 0; i < 150; i++) {
      const n = random.int(0, 40);
      planSafely(Array.from({ length: n }, () => random.pick(WORDS)).join(random.chance(0.2) ? '' : ' '), i);
    }
  });

  it('plans punctuation soup, unicode and control characters', () => {
    for (let i = 0; i < 150; i++) {
      const n = random.int(0, 200);
      planSafely(Array.from({ length: n }, () => (random.chance(0.5) ? random.pick(SOUP) : String.fromCodePoint(random.int(0, 0x2ffff)))).join(''), i);
    }
  });

  it('plans the largest prompts without hanging', () => {
    const long = 'A fox runs through the snow. It sees "a rabbit" and gives chase; then the rabbit hides! '.repeat(400).slice(0, LIMITS.maxPromptChars);
    const started = performance.now();
    const plan = planScene({ prompt: long, seed: 1, output });
    expect(plan.shots.length).toBeLessThanOrEqual(LIMITS.maxShots);
    expect(performance.now() - started).toBeLessThan(30_000); // a guard against runaway work, not a benchmark
    planSafely('x'.repeat(LIMITS.maxPromptChars), 2);
    planSafely('🦊'.repeat(LIMITS.maxPromptChars / 2), 3);
    planSafely('1 '.repeat(LIMITS.maxPromptChars / 2), 4);
    planSafely(Array.from({ length: 3000 }, (_, i) => `${i} dogs`).join(' and ').slice(0, LIMITS.maxPromptChars), 5);
  });

  it('refuses what is not a prompt with a clear error', () => {
    expect(() => planScene({ prompt: 'x'.repeat(LIMITS.maxPromptChars + 1), seed: 1, output })).toThrow(InvalidRequestError);
    expect(() => planScene({ prompt: 42 as unknown as string, seed: 1, output })).toThrow(InvalidRequestError);
  });

  it('plans empty and blank prompts as an empty scene', () => {
    for (const prompt of ['', ' ', '.', '\n\n']) {
      const plan = planScene({ prompt, seed: 1, output });
      expect(plan.shots).toHaveLength(1);
      expect(plan.shots[0]!.entities).toEqual([]);
      expect(plan.unresolved).toEqual([]);
    }
  });
});
