import { describe, expect, it } from 'vitest';
import { planScene } from '../planner.ts';
import type { ScenePlan } from '../schema.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 6, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 1, output });
const cast = (p: ScenePlan): string[] => p.shots[0]!.entities.map((e) => `${e.count} ${e.noun} ${e.asset}`);

describe('boats', () => {
  it('draws fishing boats in a harbour as small motor boats on the water', () => {
    const p = plan('fishing boats in a harbor');
    expect(cast(p)).toEqual(['3 fishing boats emoji:1f6e5']);
    expect(p.shots[0]!.entities[0]!.layout.placement).toBe('water-surface');
    expect(p.unresolved).toEqual([]);
    expect(cast(plan('a foggy harbor at dawn with fishing boats'))).toEqual(['3 fishing boats emoji:1f6e5']);
    expect(cast(plan('a trawler at sea'))).toEqual(['1 trawler emoji:1f6e5']);
  });

  it('draws rowing boats, rowboats and dinghies as the small open boat', () => {
    for (const noun of ['rowboat', 'rowing boat', 'dinghy']) expect(cast(plan(`a ${noun} on a lake`))).toEqual([`1 ${noun} emoji:1f6f6`]);
  });

  it('sails a boat past a lighthouse', () => {
    const p = plan('a boat sails past a lighthouse');
    expect(p.shots[0]!.entities[0]!.actions.map((a) => a.verb)).toEqual(['sail']);
    expect(p.unresolved).toEqual([]);
  });
});
