/**
 * Seeded pseudo-random numbers. Every random choice in Diorama flows from the
 * plan's seed through these generators, so the same seed gives the same video.
 */

/** A deterministic generator of floats in [0, 1). */
export interface Random {
  /** Next float in [0, 1). */
  next(): number;
  /** Float in [min, max). */
  range(min: number, max: number): number;
  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A child generator whose stream depends only on this seed and the label. */
  fork(label: string | number): Random;
}

/** 32-bit FNV-1a hash of a string: stable across processes and platforms. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Mixes two 32-bit integers into one (used to derive sub-seeds). */
export function mixSeeds(a: number, b: number): number {
  let h = (a ^ Math.imul(b ^ 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Creates a generator (sfc32: fast, small state, good statistical quality). */
export function createRandom(seed: number): Random {
  const base = seed >>> 0;
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = base;
  const step = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Warm up so that nearby seeds diverge quickly.
  for (let i = 0; i < 12; i++) step();
  const random: Random = {
    next: step,
    range: (min, max) => min + (max - min) * step(),
    int: (min, max) => min + Math.floor(step() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[Math.floor(step() * items.length)] as (typeof items)[number];
    },
    chance: (p) => step() < p,
    fork: (label) => createRandom(mixSeeds(base, typeof label === 'number' ? label : hashString(label))),
  };
  return random;
}

/**
 * A steady pseudo-random number in [0, 1) for item `n` and a purpose `salt`:
 * the same every call, so per-frame effects (bubbles, clods, flames, a crowd's
 * heads) can scatter things without keeping a generator's state.
 */
export function steadyNoise(n: number, salt: number): number {
  const s = Math.sin(n * 127.1 + salt * 311.7) * 43758.5453;
  return s - Math.floor(s);
}
