import { describe, expect, it } from 'vitest';
import { planScene } from '../../plan/planner.ts';
import { crowdHead, hasAudience } from './concert-crowd.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const shotOf = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!;

describe('an audience at a concert', () => {
  it('comes with a band or a musician playing on a stage, not with a dancer or a band in a park', () => {
    expect(hasAudience(shotOf('a band playing music on a stage at a concert'))).toBe(true);
    expect(hasAudience(shotOf('a man playing guitar on stage'))).toBe(true);
    expect(hasAudience(shotOf('a girl doing ballet on a stage'))).toBe(false);
    expect(hasAudience(shotOf('a man playing guitar in a park'))).toBe(false);
  });

  it('keeps to the bottom of the frame, across its width, and bobs to the beat', () => {
    const heads = Array.from({ length: 14 }, (_, n) => crowdHead(n, 0.3, 1280, 720));
    for (const h of heads) expect(h.y).toBeGreaterThan(720 * 0.75);
    expect(Math.min(...heads.map((h) => h.x))).toBeLessThan(1280 * 0.1);
    expect(Math.max(...heads.map((h) => h.x))).toBeGreaterThan(1280 * 0.9);
    const bob = Array.from({ length: 10 }, (_, k) => crowdHead(3, k * 0.05, 1280, 720).y);
    expect(Math.max(...bob) - Math.min(...bob)).toBeGreaterThan(1);
    expect(crowdHead(3, 1.234, 1280, 720)).toEqual(crowdHead(3, 1.234, 1280, 720));
  });
});
