import { describe, expect, it } from 'vitest';
import { parseScenePlan } from '../plan/parse-plan.ts';
import type { ScenePlanInput } from '../plan/schema.ts';
import { settingGeometry } from './setting-geometry.ts';
import { simulate } from './simulate.ts';
import type { ActorTrack } from './simulation.ts';
import { isWreck, WRECK_BURIED, WRECK_COLOR, WRECK_MURK } from './wreck.ts';

type Shot = ScenePlanInput['shots'][number];

function plan(shot: Partial<Shot>) {
  return parseScenePlan({
    version: 1,
    prompt: 'test',
    seed: 5,
    output: { width: 320, height: 180, fps: 12, seconds: 3, format: 'mp4' },
    shots: [{ id: 's1', start: 0, duration: 3, setting: { kind: 'underwater' }, ...shot }],
  });
}

const ship = (extra: object = {}) => ({ id: 'ship', noun: 'ship', asset: 'emoji:1f6a2', category: 'boat' as const, layout: { placement: 'water-surface' as const }, ...extra });
const shark = { id: 'shark', noun: 'shark', asset: 'emoji:1f988', category: 'fish' as const, actions: [{ verb: 'swim', motion: 'swim' as const }] };

const spread = (a: Float32Array): number => Math.max(...a) - Math.min(...a);
const trackOf = (tracks: readonly ActorTrack[], id: string): ActorTrack => tracks.find((t) => t.entityId === id)!;

describe('wrecks on the sea floor', () => {
  it('tells a wreck from a submarine and from a ship at sea', () => {
    const sea = settingGeometry('underwater');
    const parsed = plan({ entities: [ship(), { ...ship({ id: 'sub', noun: 'submarine' }) }, ship({ id: 'sailing', actions: [{ verb: 'sail', motion: 'sail' }] })] });
    const [still, sub, sailing] = parsed.shots[0]!.entities;
    expect(isWreck(still!, sea)).toBe(true);
    expect(isWreck(sub!, sea)).toBe(false);
    expect(isWreck(sailing!, sea)).toBe(false);
    expect(isWreck(still!, settingGeometry('ocean'))).toBe(false);
    expect(isWreck({ ...sailing!, noun: 'shipwreck' }, sea)).toBe(true);
  });

  it('rests on the floor, listed 10-20°, sunk a little, and never moves', () => {
    const sim = simulate(plan({ entities: [shark, ship()] }));
    const wreck = trackOf(sim.actors, 'ship');
    for (const c of ['x', 'y', 'depth', 'rotation', 'scaleX', 'scaleY'] as const) expect(spread(wreck[c])).toBe(0);
    const degrees = (Math.abs(wreck.rotation[0]!) * 180) / Math.PI;
    expect(degrees).toBeGreaterThanOrEqual(10);
    expect(degrees).toBeLessThanOrEqual(20);
    expect(wreck.y[0]!).toBeLessThan(0);
    expect(wreck.y[0]!).toBeGreaterThan(-0.1);
    expect(wreck.hiddenBelow).toBe(WRECK_BURIED);
    expect(wreck.color).toBe(WRECK_COLOR);
    expect(wreck.murk).toBe(WRECK_MURK);
    expect(trackOf(sim.actors, 'shark').murk).toBeUndefined();
    // The shark beside it still swims about.
    expect(spread(trackOf(sim.actors, 'shark').x)).toBeGreaterThan(0.1);
  });

  it('keeps a colour the prompt gave, and leaves a submarine afloat', () => {
    const sim = simulate(plan({ entities: [ship({ color: 'red' }), ship({ id: 'sub', noun: 'submarine', actions: [{ verb: 'swim', motion: 'swim' }] })] }));
    expect(trackOf(sim.actors, 'ship').color).toBe('red');
    const sub = trackOf(sim.actors, 'sub');
    // It swims about instead of lying still.
    expect(spread(sub.x)).toBeGreaterThan(0.1);
    expect(sub.hiddenBelow).toBeUndefined();
    expect(Math.min(...sub.y)).toBeGreaterThan(0.05);
  });
});
