import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { loadPhysicsEngine } from './physics-engine.ts';
import { simulate } from './simulate.ts';

function plan(entities: NonNullable<ScenePlanInput['shots'][number]['entities']>, seconds = 4, kind: 'meadow' | 'space' = 'meadow') {
  return parseScenePlan({
    version: 1,
    prompt: 'physics',
    seed: 5,
    output: { width: 320, height: 180, fps: 24, seconds, format: 'mp4' },
    shots: [{ id: 's1', start: 0, duration: seconds, setting: { kind }, entities }],
  });
}

const ball = (id: string, motion: 'fall' | 'bounce' | 'roll', extra: object = {}) => ({ id, noun: 'ball', asset: 'emoji:26bd', category: 'object' as const, actions: [{ verb: motion, motion }], ...extra });

describe('physics (Rapier, deterministic)', () => {
  beforeAll(() => loadPhysicsEngine());
  it('a falling thing lands on the ground and records the landing', () => {
    const sim = simulate(plan([ball('b', 'fall')]));
    const t = sim.actors[0]!;
    expect(Math.max(...t.y)).toBeGreaterThan(0.3);
    expect(t.y[t.length - 1]!).toBeLessThan(0.02);
    expect(t.y[t.length - 1]!).toBeGreaterThan(-0.02);
    const land = sim.events.find((e) => e.kind === 'land' && e.actors[0] === t.key);
    expect(land).toBeDefined();
    expect(land!.strength).toBeGreaterThan(0.5);
  });

  it('a bouncing child hops on the spot, upright, instead of being thrown about', () => {
    const child = { id: 'c', noun: 'child', asset: 'emoji:1f9cd', category: 'person' as const, actions: [{ verb: 'play', motion: 'bounce' as const }] };
    const sim = simulate(plan([child, ball('b', 'bounce', { layout: { x: 0.2 } })]));
    const kid = sim.actors.find((a) => a.entityId === 'c')!;
    expect(Math.max(...kid.rotation.map(Math.abs))).toBeLessThan(0.3);
    expect(Math.min(...kid.y)).toBeGreaterThan(-0.02);
    expect(sim.events.some((e) => (e.kind === 'bounce' || e.kind === 'land') && e.actors[0] === kid.key)).toBe(false);
    const ballTrack = sim.actors.find((a) => a.entityId === 'b')!;
    expect(sim.events.some((e) => e.kind === 'bounce' && e.actors[0] === ballTrack.key)).toBe(true);
  });

  it('a bouncing ball bounces again and again, lower each time', () => {
    const sim = simulate(plan([ball('b', 'bounce')], 6));
    const bounces = sim.events.filter((e) => e.kind === 'bounce' || e.kind === 'land');
    expect(bounces.length).toBeGreaterThanOrEqual(3);
    const strengths = bounces.map((e) => e.strength!);
    expect(strengths[strengths.length - 1]!).toBeLessThan(strengths[0]!);
  });

  it('a rolling ball turns as it rolls', () => {
    const sim = simulate(plan([ball('b', 'roll')]));
    const t = sim.actors[0]!;
    const moved = t.x[t.length - 1]! - t.x[0]!;
    expect(Math.abs(moved)).toBeGreaterThan(0.2);
    const turned = t.rotation[t.length - 1]! - t.rotation[0]!;
    // Rolling right turns clockwise (positive on screen): distance ≈ angle × radius.
    expect(Math.sign(turned)).toBe(Math.sign(moved));
  });

  it('dominoes in a row knock each other over, one after another', () => {
    const sim = simulate(plan([{ id: 'd', noun: 'dominoes', asset: 'drawn:domino', category: 'object', count: 6, actions: [{ verb: 'fall', motion: 'fall' }] }], 6));
    const tracks = sim.actors.filter((a) => a.entityId === 'd');
    expect(tracks).toHaveLength(6);
    for (const t of tracks) expect(Math.abs(t.rotation[t.length - 1]!)).toBeGreaterThan(0.6);
    // Each falls later than the one before it.
    const tipped = tracks.map((t) => t.rotation.findIndex((r) => Math.abs(r) > 0.3));
    for (let k = 1; k < tipped.length; k++) expect(tipped[k]!).toBeGreaterThanOrEqual(tipped[k - 1]!);
    expect(sim.events.filter((e) => e.kind === 'collision').length).toBeGreaterThanOrEqual(4);
  });

  it('gives the same result every run', () => {
    const p = plan([ball('a', 'bounce'), ball('b', 'fall', { layout: { x: 0.1 } })]);
    const a = simulate(p);
    const b = simulate(p);
    expect(a.events).toEqual(b.events);
    for (const [k, t] of a.actors.entries()) expect(Buffer.from(t.y.buffer).equals(Buffer.from(b.actors[k]!.y.buffer))).toBe(true);
  });

  it('nothing falls in space', () => {
    const sim = simulate(plan([ball('b', 'fall')], 3, 'space'));
    const t = sim.actors[0]!;
    expect(Math.abs(t.y[t.length - 1]! - t.y[0]!)).toBeLessThan(0.05);
  });
});
