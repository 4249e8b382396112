import { describe, expect, it } from 'vitest';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { castingFishers, gunwaleAboveFoot, passengersOf } from './attachments.ts';
import { simulate } from './simulate.ts';
import type { ActorTrack, Simulation } from './simulation.ts';

type Entities = NonNullable<ScenePlanInput['shots'][number]['entities']>;

function plan(kind: string, entities: Entities, seconds = 3) {
  return parseScenePlan({
    version: 1,
    prompt: 'test',
    seed: 5,
    output: { width: 320, height: 180, fps: 12, seconds, format: 'mp4' },
    shots: [{ id: 's1', start: 0, duration: seconds, setting: { kind }, entities }],
  });
}

function track(sim: Simulation, entityId: string, member = 0): ActorTrack {
  const t = sim.actors.find((a) => a.entityId === entityId && a.member === member);
  if (!t) throw new Error(`no track for ${entityId}`);
  return t;
}

const boat = (actions: Entities[number]['actions'] = []) => ({ id: 'boat', noun: 'boat', asset: 'emoji:26f5', category: 'boat' as const, layout: { placement: 'water-surface' as const }, actions });
const rod = { id: 'rod', noun: 'fishing rod', asset: 'emoji:1f3a3', category: 'object' as const };
const fisher = (count = 1) => ({
  id: 'man',
  noun: 'man',
  asset: 'emoji:1f9cd-200d-2642',
  category: 'person' as const,
  count,
  layout: { relation: { kind: 'inside' as const, target: 'boat' } },
  actions: [
    { verb: 'fish', motion: 'idle' as const },
    { verb: 'hold', motion: 'carry' as const, target: 'rod' },
  ],
});

describe('passengers aboard a boat', () => {
  it('finds who is in, on or riding a boat, and nothing else', () => {
    const p = plan('lake', [fisher(), rod, boat(), { id: 'dog', noun: 'dog', asset: 'emoji:1f415', category: 'animal', layout: { relation: { kind: 'near', target: 'boat' } } }]);
    expect([...passengersOf(p.shots[0]!)]).toEqual([['man', 'boat']]);
  });

  it('stand at the gunwale of a sailing boat, go where it goes and keep their legs in the hull', () => {
    const sim = simulate(plan('lake', [fisher(), rod, boat([{ verb: 'sail', motion: 'sail' }])]));
    const man = track(sim, 'man');
    const hull = track(sim, 'boat');
    expect(man.hiddenBelow).toBeGreaterThan(0.2);
    expect(man.floats).toBe(false);
    // The boat sails a good way, and the man with it, a fixed step aft of its middle.
    expect(Math.abs(hull.x[hull.length - 1]! - hull.x[0]!)).toBeGreaterThan(0.2);
    const deck = gunwaleAboveFoot(hull);
    expect(deck).toBeGreaterThan(0.02);
    for (let i = 0; i < man.length; i += 5) {
      expect(Math.abs(man.x[i]! - hull.x[i]!)).toBeLessThan(hull.size * 0.3);
      expect(Math.abs(man.x[i]! - hull.x[i]!)).toBeGreaterThan(0.01);
      expect(man.y[i]).toBeCloseTo(hull.y[i]! + deck * hull.scaleY[i]! - (man.x[i]! - hull.x[i]!) * Math.sin(hull.rotation[i]!), 4);
      expect(man.depth[i]).toBeLessThan(hull.depth[i]!);
    }
  });

  it('spreads several aboard one boat along its hull', () => {
    const sim = simulate(plan('lake', [{ ...fisher(2), actions: [] }, boat()]));
    const a = track(sim, 'man', 0);
    const b = track(sim, 'man', 1);
    expect(Math.abs(a.x[0]! - b.x[0]!)).toBeGreaterThan(0.1);
    expect(a.y[0]).toBeCloseTo(b.y[0]!, 2);
  });

  it('gives different passengers of one boat their own places along the hull (a sailor and his dog)', () => {
    const dog = { id: 'dog', noun: 'dog', asset: 'emoji:1f415', category: 'animal' as const, layout: { relation: { kind: 'inside' as const, target: 'boat' } }, actions: [{ verb: 'sit', motion: 'sit' as const }] };
    const sim = simulate(plan('ocean', [{ ...fisher(), actions: [{ verb: 'sail', motion: 'ride' as const, target: 'boat' }] }, boat(), dog]));
    const man = track(sim, 'man');
    const pet = track(sim, 'dog');
    const hull = track(sim, 'boat');
    // The ridden boat sails, and both go with it, apart.
    expect(Math.abs(hull.x[hull.length - 1]! - hull.x[0]!)).toBeGreaterThan(0.2);
    for (const i of [0, man.length - 1]) {
      expect(Math.abs(man.x[i]! - pet.x[i]!)).toBeGreaterThan(hull.size * 0.2);
      expect(Math.abs((man.x[i]! + pet.x[i]!) / 2 - hull.x[i]!)).toBeLessThan(0.01);
    }
    expect(pet.hiddenBelow).toBeLessThan(man.hiddenBelow!);
  });
});

describe('fishing at the water', () => {
  it('hides the rod emoji while the line is out (the renderer draws the cast rod) and keeps it with the fisher', () => {
    const sim = simulate(plan('lake', [fisher(), rod, boat()]));
    const held = track(sim, 'rod');
    const man = track(sim, 'man');
    expect(Math.max(...held.opacity)).toBe(0);
    expect(Math.abs(held.x[10]! - man.x[10]!)).toBeLessThan(man.size);
  });

  it('casts only at water or aboard: a fisher with a rod in a meadow holds the rod emoji', () => {
    const dry = plan('meadow', [{ ...fisher(), layout: {} }, rod]);
    expect(castingFishers(dry.shots[0]!).size).toBe(0);
    expect(Math.min(...track(simulate(dry), 'rod').opacity)).toBe(1);
    const wet = plan('lake', [{ ...fisher(), layout: {} }, rod]);
    expect([...castingFishers(wet.shots[0]!).keys()]).toEqual(['man']);
  });
});
