import { describe, expect, it } from 'vitest';
import { simulate } from '../../simulate/simulate.ts';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const plan = (prompt: string) => planScene({ prompt, seed: 1, output });

describe('surfers', () => {
  it('ride along the sea before the wave, which rolls behind them on the water, not in the sky', () => {
    const shot = plan('a surfer riding a big wave at sunset').shots[0]!;
    const surfer = shot.entities.find((e) => e.noun === 'surfer')!;
    const wave = shot.entities.find((e) => e.noun === 'wave')!;
    expect(surfer.layout.placement).toBe('water-surface');
    expect(surfer.actions.map((a) => a.motion)).toEqual(['sail']);
    expect(wave.layout.placement).toBe('water-surface');
    expect(wave.actions).toEqual([expect.objectContaining({ motion: 'follow', target: surfer.id })]);
    expect(wave.size).toBeGreaterThan(1.5);
  });

  it('stay low on the water all shot long', () => {
    const sim = simulate(plan('a surfer riding a big wave at sunset'));
    for (const actor of sim.actors) for (const y of actor.y) expect(Math.abs(y)).toBeLessThan(0.1);
  });

  it('surfing makes anyone a surfer on the water; paddling out swims; idle surfers go out surfing', () => {
    const man = plan('a man surfing on the waves').shots[0]!.entities[0]!;
    expect(man.asset).toBe('emoji:1f3c4');
    expect(man.layout.placement).toBe('water-surface');
    const paddler = plan('a surfer paddling out').shots[0]!.entities[0]!;
    expect(paddler.actions.map((a) => a.motion)).toEqual(['swim']);
    expect(paddler.layout.placement).toBe('water-surface');
    const idle = plan('surfers at the beach').shots[0]!.entities[0]!;
    expect(idle.layout.placement).toBe('water-surface');
    expect(idle.actions.map((a) => a.motion)).toEqual(['sail']);
    // A surfer who sits stays on the sand.
    expect(plan('a surfer sitting on the beach').shots[0]!.entities[0]!.layout.placement).toBe('ground');
  });
});
