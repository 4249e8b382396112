import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('allows a burst of perMinute, then refills at perMinute a minute', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take('k').ok).toBe(true);
    const refused = limiter.take('k');
    expect(refused).toEqual({ ok: false, retryAfterMs: 1000 });
    now += 1000;
    expect(limiter.take('k').ok).toBe(true);
    expect(limiter.take('other').ok).toBe(true);
  });

  it('zero means no limit', () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limiter.take('k').ok).toBe(true);
  });
});
