import { describe, expect, it } from 'vitest';
import { journeyOf } from '../assets/craft-kinds.ts';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { simulate } from './simulate.ts';
import type { ActorTrack, Simulation } from './simulation.ts';
import { CLIMB_ANGLE } from './vehicle-journeys.ts';

type Entities = NonNullable<ScenePlanInput['shots'][number]['entities']>;

const FPS = 12;
const SECONDS = 5;

function run(kind: string, entities: Entities): Simulation {
  return simulate(
    parseScenePlan({
      version: 1,
      prompt: 'test',
      seed: 3,
      output: { width: 320, height: 180, fps: FPS, seconds: SECONDS, format: 'mp4' },
      shots: [{ id: 's1', start: 0, duration: SECONDS, setting: { kind }, entities }],
    }),
  );
}

function track(sim: Simulation, entityId: string): ActorTrack {
  const t = sim.actors.find((a) => a.entityId === entityId);
  if (!t) throw new Error(`no track for ${entityId}`);
  return t;
}

const craft = (asset: string, noun: string, category: 'aircraft' | 'vehicle', motion: 'launch' | 'land', target?: string) => ({
  id: 'e1',
  noun,
  asset,
  category,
  actions: [{ verb: motion === 'launch' ? 'take off' : 'arrive', motion, ...(target ? { target } : {}) }],
});

describe('how craft take off and arrive', () => {
  it('knows a plane from a rocket and a helicopter from a bus', () => {
    expect(journeyOf('emoji:2708', 'aircraft')).toBe('runway');
    expect(journeyOf('emoji:1f6e9', 'aircraft')).toBe('runway');
    expect(journeyOf('emoji:1f680', 'aircraft')).toBe('vertical');
    expect(journeyOf('emoji:1f681', 'aircraft')).toBe('vertical');
    expect(journeyOf('emoji:1f68c', 'vehicle')).toBe('road');
  });

  it('a plane taking off rolls along the ground gathering speed, then climbs at a shallow angle', () => {
    const plane = track(run('road', [craft('emoji:2708', 'airplane', 'aircraft', 'launch')]), 'e1');
    const rollEnd = Math.floor(SECONDS * 0.4 * FPS);
    // From the second frame on (the first is the laid-out spot), on the ground for the roll, and moving faster and faster.
    for (let i = 1; i <= rollEnd; i++) expect(Math.abs(plane.y[i]!)).toBeLessThan(0.02);
    const step = (i: number) => Math.abs(plane.x[i + 1]! - plane.x[i]!);
    expect(step(rollEnd - 1)).toBeGreaterThan(step(3) * 2);
    // Then it leaves the ground, but never steeper than its climb angle, and it ends well up.
    const last = plane.length - 1;
    expect(plane.y[last]!).toBeGreaterThan(0.2);
    for (let i = rollEnd; i < last; i++) {
      const rise = plane.y[i + 1]! - plane.y[i]!;
      expect(rise).toBeGreaterThanOrEqual(-1e-4);
      expect(rise).toBeLessThanOrEqual(Math.tan(CLIMB_ANGLE) * step(i) + 1e-3);
    }
  });

  it('a plane landing comes down shallowly and stands still at the end, level', () => {
    const plane = track(run('road', [craft('emoji:2708', 'plane', 'aircraft', 'land')]), 'e1');
    expect(plane.y[1]!).toBeGreaterThan(0.2);
    const last = plane.length - 1;
    expect(Math.abs(plane.y[last]!)).toBeLessThan(0.05);
    expect(Math.abs(plane.x[last]! - plane.x[last - 3]!)).toBeLessThan(1e-3);
    for (let i = 1; i < last; i++) {
      const drop = plane.y[i]! - plane.y[i + 1]!;
      expect(drop).toBeLessThanOrEqual(Math.tan(CLIMB_ANGLE) * Math.abs(plane.x[i + 1]! - plane.x[i]!) + 0.03);
    }
  });

  it('a train arriving stays on the ground, drives in and stops', () => {
    const train = track(run('village', [craft('emoji:1f684', 'train', 'vehicle', 'land')]), 'e1');
    const last = train.length - 1;
    for (let i = 1; i <= last; i++) expect(Math.abs(train.y[i]!)).toBeLessThan(0.02);
    expect(Math.abs(train.x[last]! - train.x[1]!)).toBeGreaterThan(1);
    expect(Math.abs(train.x[last]! - train.x[last - 4]!)).toBeLessThan(1e-3);
  });

  it('a bus arriving at its stop stops at the stop', () => {
    const sim = run('city-street', [
      { ...craft('emoji:1f68c', 'bus', 'vehicle', 'land', 'stop'), layout: { relation: { kind: 'near', target: 'stop' } } },
      { id: 'stop', noun: 'bus stop', asset: 'emoji:1f68f', category: 'object' },
    ]);
    const bus = track(sim, 'e1');
    const stop = track(sim, 'stop');
    const last = bus.length - 1;
    const busWidth = bus.size * (bus.bounds.right - bus.bounds.left);
    expect(Math.abs(bus.x[last]! - stop.x[last]!)).toBeLessThan(busWidth * 0.5);
    for (let i = 1; i <= last; i++) expect(Math.abs(bus.y[i]!)).toBeLessThan(0.02);
  });

  it('a train arriving near a station (said as where it is) stops at it, in front of it', () => {
    const sim = run('meadow', [
      { ...craft('emoji:1f685', 'train', 'vehicle', 'land'), layout: { relation: { kind: 'near', target: 'st' } } },
      { id: 'st', noun: 'station', asset: 'drawn:station', category: 'building' },
    ]);
    const train = track(sim, 'e1');
    const station = track(sim, 'st');
    const last = train.length - 1;
    const trainWidth = train.size * (train.bounds.right - train.bounds.left);
    expect(Math.abs(train.x[last]! - station.x[last]!)).toBeLessThan(trainWidth * 0.5);
    expect(Math.abs(train.x[1]! - station.x[1]!)).toBeGreaterThan(trainWidth);
    expect(train.depth[last]!).toBeLessThan(station.depth[last]!);
    // Already on its way in the first frame: no jump from the laid-out spot.
    expect(Math.abs(train.x[1]! - train.x[0]!)).toBeLessThan(Math.abs(train.x[2]! - train.x[1]!) * 1.2);
  });

  it('a helicopter still lifts straight up, and no plane or bus leaves a launch event (rocket smoke)', () => {
    const heli = run('meadow', [craft('emoji:1f681', 'helicopter', 'aircraft', 'launch')]);
    const h = track(heli, 'e1');
    expect(h.y[h.length - 1]!).toBeGreaterThan(0.5);
    expect(Math.abs(h.x[h.length - 1]! - h.x[1]!)).toBeLessThan(0.1);
    const plane = run('road', [craft('emoji:2708', 'airplane', 'aircraft', 'launch')]);
    expect(plane.events.some((e) => e.kind === 'launch')).toBe(false);
  });
});
