import { describe, expect, it } from 'vitest';
import { createRandom, hashString, mixSeeds } from './random.ts';

describe('createRandom', () => {
  it('repeats the same stream for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 20 }, () => a.next());
    const ys = Array.from({ length: 20 }, () => b.next());
    expect(xs).toEqual(ys);
  });

  it('gives different streams for neighbouring seeds', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('stays within its ranges', () => {
    const r = createRandom(7);
    for (let i = 0; i < 1000; i++) {
      const f = r.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      const n = r.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it('forks independent, reproducible children', () => {
    const parent = createRandom(9);
    expect(parent.fork('actor').next()).toBe(createRandom(9).fork('actor').next());
    expect(parent.fork('actor').next()).not.toBe(parent.fork('sky').next());
  });

  it('rejects picking from an empty array', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('hashing', () => {
  it('is stable', () => {
    expect(hashString('fox')).toBe(hashString('fox'));
    expect(hashString('fox')).not.toBe(hashString('dog'));
    expect(mixSeeds(1, 2)).not.toBe(mixSeeds(2, 1));
  });
});
