import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { ARRANGEMENTS, CAMERA_MOVES, MOTIONS, PLACEMENTS, RELATIONS, SHOT_SIZES, type Motion } from '../plan/vocabulary.ts';
import { TARGETED_MOTIONS } from './actor-defaults.ts';
import { cameraAt, depthToZ, projectZ } from './projection.ts';
import { loadPhysicsEngine } from './physics-engine.ts';
import { simulate } from './simulate.ts';
import type { ActorTrack, Simulation } from './simulation.ts';

type Shot = ScenePlanInput['shots'][number];

function plan(shot: Partial<Shot>, seconds = 3, fps = 12) {
  return parseScenePlan({
    version: 1,
    prompt: 'test',
    seed: 11,
    output: { width: 320, height: 180, fps, seconds, format: 'mp4' },
    shots: [{ id: 's1', start: 0, duration: seconds, setting: { kind: 'meadow' }, ...shot }],
  });
}

const dog = (extra: object = {}) => ({ id: 'dog', noun: 'dog', asset: 'emoji:1f415', category: 'animal' as const, ...extra });
const cat = (extra: object = {}) => ({ id: 'cat', noun: 'cat', asset: 'emoji:1f408', category: 'animal' as const, ...extra });

function track(sim: Simulation, entityId: string, member = 0): ActorTrack {
  const t = sim.actors.find((a) => a.entityId === entityId && a.member === member);
  if (!t) throw new Error(`no track for ${entityId}`);
  return t;
}

const CHANNELS = ['x', 'y', 'depth', 'scaleX', 'scaleY', 'rotation', 'opacity', 'facing'] as const;

describe('simulate', () => {
  beforeAll(() => loadPhysicsEngine());
  it('is deterministic: the same plan gives bit-identical tracks', () => {
    const p = plan({ entities: [dog({ actions: [{ verb: 'chase', motion: 'chase', target: 'cat' }] }), cat()] });
    const a = simulate(p);
    const b = simulate(p);
    for (const [i, t] of a.actors.entries()) for (const c of CHANNELS) expect(Buffer.from(t[c].buffer).equals(Buffer.from(b.actors[i]![c].buffer))).toBe(true);
    expect(a.events).toEqual(b.events);
  });

  describe('every motion primitive animates', () => {
    it.each(MOTIONS.map((m) => [m]))('%s', (motion: Motion) => {
      const targeted = TARGETED_MOTIONS.has(motion);
      const sim = simulate(
        plan({
          entities: [
            dog({ actions: [{ verb: motion, motion, ...(targeted ? { target: 'cat' } : {}) }] }),
            ...(targeted ? [cat({ layout: { x: 0.3 } })] : []),
          ],
        }),
      );
      const t = track(sim, 'dog');
      for (const c of CHANNELS) for (const v of t[c]) expect(Number.isFinite(v)).toBe(true);
      // Something about the actor changes over the shot: it is alive.
      const changes = CHANNELS.some((c) => Math.max(...t[c]) - Math.min(...t[c]) > 1e-3);
      expect(changes).toBe(true);
    });
  });

  it('keeps travellers in frame when the camera holds still', () => {
    for (const motion of ['walk', 'run', 'gallop', 'fly', 'swim', 'hop'] as const) {
      const sim = simulate(plan({ entities: [dog({ actions: [{ verb: motion, motion }] })] }, 8));
      const t = track(sim, 'dog');
      const p = { x: 0, y: 0, unit: 0 };
      for (let i = 0; i < t.length; i++) {
        projectZ(t.x[i]!, t.y[i]!, depthToZ(t.depth[i]!), cameraAt(sim.camera, t.firstFrame + i), 320, 180, p);
        expect(p.x, `${motion} frame ${i}`).toBeGreaterThan(-5);
        expect(p.x, `${motion} frame ${i}`).toBeLessThan(325);
      }
    }
  });

  it('faces the way it travels, turning smoothly', () => {
    const sim = simulate(plan({ entities: [dog({ actions: [{ verb: 'run', motion: 'run' }] })] }, 8));
    const t = track(sim, 'dog');
    for (let i = 6; i < t.length; i++) {
      const vx = t.x[i]! - t.x[i - 1]!;
      if (Math.abs(vx) > 0.01 && Math.abs(t.facing[i]!) > 0.99) expect(Math.sign(t.facing[i]!)).toBe(Math.sign(vx));
      expect(Math.abs(t.facing[i]! - t.facing[i - 1]!)).toBeLessThan(1.2);
    }
  });

  it('a chaser closes in on its quarry without running through it', () => {
    const sim = simulate(plan({ entities: [dog({ actions: [{ verb: 'chase', motion: 'chase', target: 'cat' }] }), cat()] }, 5));
    const d = track(sim, 'dog');
    const c = track(sim, 'cat');
    const gap = (i: number): number => Math.abs(d.x[i]! - c.x[i]!);
    expect(gap(d.length - 1)).toBeLessThan(gap(0));
    const contact = (d.size * (d.bounds.right - d.bounds.left) + c.size * (c.bounds.right - c.bounds.left)) / 2;
    for (let i = 12; i < d.length; i++) expect(gap(i)).toBeGreaterThan(contact * 0.8);
    // The cat was given no motion: being chased, it runs.
    expect(Math.abs(c.x[c.length - 1]! - c.x[0]!)).toBeGreaterThan(0.3);
  });

  it('a rider sits on its mount and goes where it goes', () => {
    const horse = { id: 'horse', noun: 'horse', asset: 'emoji:1f40e', category: 'animal' as const, actions: [{ verb: 'gallop', motion: 'gallop' as const }] };
    const girl = { id: 'girl', noun: 'girl', asset: 'emoji:1f467', category: 'person' as const, actions: [{ verb: 'ride', motion: 'ride' as const, target: 'horse' }] };
    const sim = simulate(plan({ entities: [girl, horse] }));
    const r = track(sim, 'girl');
    const h = track(sim, 'horse');
    for (let i = 2; i < r.length; i++) {
      expect(Math.abs(r.x[i]! - h.x[i]!)).toBeLessThan(0.08);
      expect(r.y[i]!).toBeGreaterThan(h.y[i]! + 0.1);
      // Astride, just behind the horse's body, which hides where the figure is cut at the hips (vehicle-riders.ts).
      expect(Math.abs(r.depth[i]! - h.depth[i]!)).toBeLessThan(0.01);
    }
  });

  it('orbits pass in front of and behind what they circle', () => {
    const sun = { id: 'sun', noun: 'sun', asset: 'emoji:2600', category: 'celestial' as const, layout: { placement: 'air' as const } };
    const earth = { id: 'earth', noun: 'earth', asset: 'emoji:1f30d', category: 'celestial' as const, size: 0.3, actions: [{ verb: 'orbit', motion: 'orbit' as const, target: 'sun' }] };
    const sim = simulate(plan({ setting: { kind: 'space' }, entities: [earth, sun] }, 8));
    const e = track(sim, 'earth');
    const s = track(sim, 'sun');
    const rel = Array.from(e.depth, (d, i) => d - s.depth[i]!);
    expect(Math.min(...rel)).toBeLessThan(0);
    expect(Math.max(...rel)).toBeGreaterThan(0);
  });

  it('places entities by their relations', () => {
    const table = { id: 'table', noun: 'table', asset: 'drawn:table', category: 'object' as const };
    const on = simulate(plan({ entities: [table, cat({ layout: { relation: { kind: 'on', target: 'table' } } })] }));
    const t = track(on, 'table');
    const c = track(on, 'cat');
    expect(c.y[0]!).toBeGreaterThan(t.size * (t.bounds.bottom - t.bounds.top) * 0.7);
    const left = simulate(plan({ entities: [dog(), cat({ layout: { relation: { kind: 'left-of', target: 'dog' } } })] }));
    expect(track(left, 'cat').x[0]!).toBeLessThan(track(left, 'dog').x[0]!);
    const behind = simulate(plan({ entities: [dog(), cat({ layout: { relation: { kind: 'behind', target: 'dog' } } })] }));
    expect(track(behind, 'cat').depth[0]!).toBeGreaterThan(track(behind, 'dog').depth[0]!);
    const front = simulate(plan({ entities: [dog(), cat({ layout: { relation: { kind: 'in-front-of', target: 'dog' } } })] }));
    expect(track(front, 'cat').depth[0]!).toBeLessThan(track(front, 'dog').depth[0]!);
    const tree = (id: string) => ({ id, noun: 'tree', asset: 'emoji:1f333', category: 'plant' as const });
    const between = simulate(plan({ entities: [tree('a'), tree('b'), cat({ layout: { relation: { kind: 'between', target: 'a', secondTarget: 'b' } } })] }));
    const [ax, bx, cx] = ['a', 'b', 'cat'].map((id) => track(between, id).x[0]!);
    expect(cx!).toBeGreaterThan(Math.min(ax!, bx!));
    expect(cx!).toBeLessThan(Math.max(ax!, bx!));
  });

  it('one busy with another (playing a piano) stands at its side, turned towards it', () => {
    const piano = { id: 'piano', noun: 'piano', asset: 'emoji:1f3b9', category: 'object' as const };
    const sim = simulate(plan({ entities: [cat({ actions: [{ verb: 'play', motion: 'sway', target: 'piano' }] }), dog(), piano] }));
    const c = track(sim, 'cat');
    const p = track(sim, 'piano');
    const gap = Math.abs(c.x[0]! - p.x[0]!) - (c.size * (c.bounds.right - c.bounds.left) + p.size * (p.bounds.right - p.bounds.left)) / 2;
    expect(gap).toBeLessThan(0.1);
    expect(gap).toBeGreaterThan(-0.05);
    // Faces the piano from the first frame on.
    for (const f of [0, c.length - 1]) expect(Math.sign(c.facing[f]!)).toBe(Math.sign(p.x[0]! - c.x[0]!));
  });

  it('a group in orbit takes a ring each, smaller than what it goes round', () => {
    const sun = { id: 'sun', noun: 'sun', asset: 'emoji:2600', category: 'object' as const, layout: { placement: 'sky' as const } };
    const planets = { id: 'planets', noun: 'planet', asset: 'emoji:1fa90', category: 'object' as const, count: 4, actions: [{ verb: 'orbit', motion: 'orbit' as const, target: 'sun' }] };
    const sim = simulate(plan({ setting: { kind: 'space' }, entities: [sun, planets] }, 6));
    const centre = track(sim, 'sun');
    const reach = sim.actors
      .filter((a) => a.entityId === 'planets')
      .map((a) => Math.max(...Array.from(a.x, (x) => Math.abs(x - centre.x[0]!))));
    const sorted = [...reach].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThan(0.03);
    for (const a of sim.actors.filter((t) => t.entityId === 'planets')) expect(a.size).toBeLessThan(centre.size * 0.6);
  });

  it('a pair in the air (an astronaut above the Earth) stays in view, one above the other', () => {
    const astronaut = { id: 'astronaut', noun: 'astronaut', asset: 'emoji:1f9d1-200d-1f680', category: 'person' as const, layout: { placement: 'sky' as const, relation: { kind: 'above' as const, target: 'earth' } }, actions: [{ verb: 'float', motion: 'float' as const }] };
    const earth = { id: 'earth', noun: 'earth', asset: 'emoji:1f30d', category: 'object' as const, layout: { placement: 'sky' as const } };
    const sim = simulate(plan({ setting: { kind: 'space' }, entities: [astronaut, earth] }));
    const a = track(sim, 'astronaut');
    const e = track(sim, 'earth');
    const camera = cameraAt(sim.camera, 0);
    const p = { x: 0, y: 0, unit: 0 };
    for (const f of [0, a.length - 1]) {
      // The astronaut's feet are above the Earth's top, and its head is inside the frame.
      expect(a.y[f]!).toBeGreaterThan(e.y[f]! + e.size * (e.bounds.bottom - e.bounds.top) * 0.9);
      projectZ(a.x[f]!, a.y[f]! + a.size * (a.bounds.bottom - a.bounds.top), depthToZ(a.depth[f]!), camera, 320, 180, p);
      expect(p.y).toBeGreaterThan(0);
    }
  });

  it('a tree that grows stays inside a wide shot when grown', () => {
    // "A seed growing into a tree": the seed grows first, then the tree on it.
    const seed = { id: 'seed', noun: 'seed', asset: 'emoji:1fad8', category: 'food' as const, actions: [{ verb: 'grow', motion: 'grow' as const, start: 0, end: 2 }] };
    const tree = { id: 'tree', noun: 'tree', asset: 'emoji:1f333', category: 'plant' as const, layout: { relation: { kind: 'on' as const, target: 'seed' } }, actions: [{ verb: 'grow', motion: 'grow' as const, start: 2 }] };
    const sim = simulate(plan({ entities: [seed, tree] }, 4));
    const t = track(sim, 'tree');
    const p = { x: 0, y: 0, unit: 0 };
    for (let f = 0; f < t.length; f++) {
      const camera = cameraAt(sim.camera, t.firstFrame + f);
      projectZ(t.x[f]!, t.y[f]! + t.size * (t.bounds.bottom - t.bounds.top) * t.scaleY[f]!, depthToZ(t.depth[f]!), camera, 320, 180, p);
      expect(p.y).toBeGreaterThanOrEqual(0);
    }
  });

  it('travellers of a group keep to lanes of their own', () => {
    const car = { id: 'cars', noun: 'car', asset: 'emoji:1f697', category: 'vehicle' as const, count: 3, layout: { arrangement: 'scatter' as const }, actions: [{ verb: 'drive', motion: 'drive' as const }] };
    const sim = simulate(plan({ setting: { kind: 'city-street' }, entities: [car] }));
    const depths = sim.actors.map((a) => a.depth[0]!).sort((a, b) => a - b);
    for (let i = 1; i < depths.length; i++) expect(depths[i]! - depths[i - 1]!).toBeGreaterThan(0.1);
  });

  it.each(RELATIONS.map((r) => [r]))('relation %s simulates', (kind) => {
    const sim = simulate(plan({ entities: [dog(), { id: 'cow', noun: 'cow', asset: 'emoji:1f404', category: 'animal' }, cat({ layout: { relation: { kind, target: 'dog', secondTarget: kind === 'between' ? 'cow' : null } } })] }));
    for (const c of CHANNELS) for (const v of track(sim, 'cat')[c]) expect(Number.isFinite(v)).toBe(true);
  });

  it.each(PLACEMENTS.map((p) => [p]))('placement %s simulates', (placement) => {
    const sim = simulate(plan({ entities: [dog({ layout: { placement } })] }));
    expect(track(sim, 'dog').length).toBe(36);
  });

  it.each(ARRANGEMENTS.map((a) => [a]))('arrangement %s spreads a group without stacking members', (arrangement) => {
    const sim = simulate(plan({ entities: [dog({ count: 5, layout: { arrangement } })] }));
    const starts = sim.actors.map((a) => `${a.x[0]!.toFixed(2)}|${a.depth[0]!.toFixed(2)}`);
    expect(new Set(starts).size).toBe(5);
  });

  it.each(CAMERA_MOVES.filter((m) => m !== 'static').map((m) => [m]))('camera move %s moves the camera', (move) => {
    const sim = simulate(plan({ camera: { move }, entities: [dog({ actions: [{ verb: 'walk', motion: 'walk' }] })] }));
    const first = cameraAt(sim.camera, 0);
    const last = cameraAt(sim.camera, sim.frameCount - 1);
    const mid = cameraAt(sim.camera, Math.floor(sim.frameCount / 2));
    const moved = (['x', 'y', 'z', 'zoom', 'pan', 'tilt', 'rotation'] as const).some((k) => Math.abs(first[k] - last[k]) > 1e-3 || Math.abs(first[k] - mid[k]) > 1e-3);
    expect(moved).toBe(true);
  });

  it('a giant apple towers over a tiny car, though apples are small and cars are not', () => {
    const apple = { id: 'apple', noun: 'apple', asset: 'emoji:1f34f', category: 'food' as const, size: 2.5 };
    const car = { id: 'car', noun: 'car', asset: 'emoji:1f699', category: 'vehicle' as const, size: 0.4 };
    const sim = simulate(plan({ entities: [apple, car] }));
    const height = (t: ActorTrack): number => t.size * (t.bounds.bottom - t.bounds.top);
    expect(height(track(sim, 'apple'))).toBeGreaterThan(height(track(sim, 'car')) * 4);
    // Plain size words only scale: a big dog is half again a dog.
    const plain = simulate(plan({ entities: [dog({ size: 1.5 }), cat()] }));
    const normal = simulate(plan({ entities: [dog(), cat()] }));
    expect(track(plain, 'dog').size / track(normal, 'dog').size).toBeCloseTo(1.5, 5);
  });

  it('closer shot sizes use longer lenses', () => {
    const zoom = (shot: (typeof SHOT_SIZES)[number]) => simulate(plan({ camera: { shot }, entities: [dog()] })).camera.zoom[0]!;
    expect(zoom('close-up')).toBeGreaterThan(zoom('medium'));
    expect(zoom('medium')).toBeGreaterThan(zoom('wide') - 1e-6);
    expect(simulate(plan({ camera: { shot: 'aerial' }, entities: [dog()] })).camera.y[0]!).toBeGreaterThan(1);
  });

  it('moves the camera smoothly: no jumps between frames', () => {
    for (const move of CAMERA_MOVES) {
      const sim = simulate(plan({ camera: { move }, entities: [dog({ actions: [{ verb: 'run', motion: 'run' }] })] }, 4, 24));
      for (let i = 1; i < sim.frameCount; i++) {
        expect(Math.abs(sim.camera.x[i]! - sim.camera.x[i - 1]!), move).toBeLessThan(0.05);
        expect(Math.abs(sim.camera.zoom[i]! - sim.camera.zoom[i - 1]!), move).toBeLessThan(0.05);
      }
    }
  });
});
