import { describe, expect, it } from 'vitest';
import { planScene } from '../plan/planner.ts';
import type { Entity, ScenePlan } from '../plan/schema.ts';
import { artOrientation } from './art-orientation.ts';
import { naturalSize } from './art-scale.ts';
import { artBounds } from './art-source.ts';
import { isRooted } from './art-traits.ts';
import { DRAWN_ART_NOUNS, DRAWN_ASSETS, DRAWN_PARTS } from './drawn-art.ts';
import { BRIDGE_DECK, ICEBERG_WATERLINE, SCENERY_NOUNS } from './drawn-scenery.ts';
import { artPixels } from '../../tests/support/art-pixels.ts';

const SIDE = 100;

/** The art's RGBA pixels, one per viewBox unit at SIDE px. */
const pixels = (asset: string): Uint8ClampedArray => artPixels(asset, SIDE);

const alpha = (data: Uint8ClampedArray, x: number, y: number): number => data[(y * SIDE + x) * 4 + 3]!;
const rgb = (data: Uint8ClampedArray, x: number, y: number): [number, number, number] => {
  const i = (y * SIDE + x) * 4;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
};

const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
const entitiesOf = (prompt: string): { plan: ScenePlan; entities: Entity[] } => {
  const plan = planScene({ prompt, seed: 1, output });
  return { plan, entities: plan.shots.flatMap((s) => s.entities) };
};

describe('drawn scenery', () => {
  it('is in the one drawn-art registry, and every noun names drawn art', () => {
    for (const name of ['bridge', 'waterfall', 'waterfall-flow', 'tall-ship', 'pirate-ship', 'iceberg']) expect(DRAWN_ASSETS).toContain(`drawn:${name}`);
    for (const [noun, art] of Object.entries(SCENERY_NOUNS)) {
      expect(DRAWN_ART_NOUNS[noun]).toBe(art);
      expect(DRAWN_ASSETS).toContain(`drawn:${art}`);
    }
  });

  it('draws the bridge wide and low, open under its arches, its road where "on" stands things', () => {
    const b = artBounds('drawn:bridge');
    // Spans the art's width, feet on the bottom: far wider than tall, unlike the square emoji tile.
    expect(b.left).toBeLessThan(0.02);
    expect(b.right).toBeGreaterThan(0.98);
    expect(b.bottom).toBeGreaterThan(0.98);
    expect((b.right - b.left) / (b.bottom - b.top)).toBeGreaterThan(2);
    const data = pixels('drawn:bridge');
    // Water shows through the arches: under the middle arch's crown it is clear, over it stone.
    expect(alpha(data, 50, 95)).toBeLessThan(10);
    expect(alpha(data, 50, 66)).toBeGreaterThan(200);
    // The piers between the arches reach the ground.
    expect(alpha(data, 30, 97)).toBeGreaterThan(200);
    // The road (where the simulator's "on" puts feet) is solid stone a tenth below the parapet's top.
    const road = Math.round((b.bottom - BRIDGE_DECK * (b.bottom - b.top)) * SIDE);
    expect(alpha(data, 20, road)).toBeGreaterThan(200);
    expect(alpha(data, 20, road - 6)).toBeLessThan(10);
    expect(isRooted('drawn:bridge', 'object')).toBe(true);
    expect(naturalSize('drawn:bridge', 'building')).toBeGreaterThan(naturalSize('emoji:1f686', 'vehicle'));
  });

  it('draws a waterfall: a cliff, white falling water, a blue pool at its foot, and water that streams', () => {
    const b = artBounds('drawn:waterfall');
    expect(b.bottom).toBeGreaterThan(0.95);
    expect(b.bottom - b.top).toBeGreaterThan(0.8);
    const data = pixels('drawn:waterfall');
    const [cr, cg, cb] = rgb(data, 20, 60);
    const [wr, wg, wb] = rgb(data, 50, 45);
    const [pr, pg, pb] = rgb(data, 20, 93);
    // Grey rock beside pale, bluish water; a pool bluer than it is red.
    expect(Math.max(cr, cg, cb) - Math.min(cr, cg, cb)).toBeLessThan(40);
    expect(wr + wg + wb).toBeGreaterThan(cr + cg + cb + 200);
    expect(wb).toBeGreaterThanOrEqual(wr);
    expect(pb).toBeGreaterThan(pr + 60);
    expect(pg).toBeGreaterThan(pr);
    // White foam at the foot of the fall.
    expect(Math.min(...rgb(data, 50, 84))).toBeGreaterThan(230);
    const part = DRAWN_PARTS['drawn:waterfall']!;
    expect(part.flow).toBeGreaterThan(0);
    expect(part.spin).toBe(0);
    // The streaming part lies over the falling water, not over the rock.
    expect(part.hubX * 100 - (part.size * 100) / 2).toBeLessThan(38);
    expect(artBounds(part.part).left).toBeGreaterThan(0.3);
    expect(artBounds(part.part).right).toBeLessThan(0.7);
    expect(isRooted('drawn:waterfall', 'object')).toBe(true);
    expect(artOrientation('drawn:waterfall', 'object').facing).toBe('front');
  });

  it.each(['drawn:tall-ship', 'drawn:pirate-ship'])('%s has masts and sails above a hull sunk at its documented waterline, bow to the left', (asset) => {
    const b = artBounds(asset);
    expect(b.bottom - b.top).toBeGreaterThan(0.7);
    const orientation = artOrientation(asset, 'boat');
    expect(orientation.facing).toBe('left');
    // A plan that calls it an object still gets the ship's facing and waterline.
    expect(artOrientation(asset, 'object')).toEqual(orientation);
    const data = pixels(asset);
    const waterY = Math.round((b.top + (b.bottom - b.top) * orientation.waterline!) * SIDE);
    // Hull at the waterline from bow to stern; sails, not hull, high up; the bowsprit reaches past the hull on the left.
    for (const x of [30, 50, 70]) expect(alpha(data, x, waterY)).toBeGreaterThan(200);
    expect(waterY).toBeGreaterThan(70);
    expect(waterY).toBeLessThan(Math.round(b.bottom * SIDE));
    const [sr, sg, sb] = rgb(data, 52, 40);
    expect(Math.min(sr, sg, sb)).toBeGreaterThan(170);
    expect(b.left).toBeLessThan(0.05);
    expect(naturalSize(asset, 'boat')).toBeGreaterThan(1);
  });

  it('draws an iceberg: pale ice over its waterline, a darker foot below it, a flat top where "on" stands things', () => {
    const b = artBounds('drawn:iceberg');
    // A wide block, bottom on the art's bottom edge, wider than tall (a floe, not the emoji's ice cube).
    expect(b.bottom).toBeGreaterThan(0.95);
    expect((b.right - b.left) / (b.bottom - b.top)).toBeGreaterThan(1.5);
    const orientation = artOrientation('drawn:iceberg', 'boat');
    expect(orientation).toEqual({ facing: 'front', nose: null, waterline: ICEBERG_WATERLINE });
    expect(artOrientation('drawn:iceberg', 'food')).toEqual(orientation);
    const data = pixels('drawn:iceberg');
    const height = b.bottom - b.top;
    const waterY = Math.round((b.top + height * ICEBERG_WATERLINE) * SIDE);
    // Above the waterline the ice is pale and blue-white; below it the submerged foot is darker and bluer.
    const above = rgb(data, 20, waterY - 4);
    const below = rgb(data, 20, waterY + 2);
    expect(Math.min(...above)).toBeGreaterThan(150);
    expect(above[2]).toBeGreaterThanOrEqual(above[0]);
    expect(below[0] + below[1] + below[2]).toBeLessThan(above[0] + above[1] + above[2] - 150);
    expect(below[2]).toBeGreaterThan(below[0] + 60);
    // The simulator stands a thing "on" a support at 0.9 of its height: on the ice that is the snowy top,
    // afloat (the art sunk to its waterline) it is the top's back rim, never the air above it.
    for (const x of [30, 50, 70]) {
      const onIce = Math.round((b.bottom - 0.9 * height) * SIDE) + 1;
      expect(alpha(data, x, onIce), `x ${x}`).toBeGreaterThan(200);
      expect(Math.min(...rgb(data, x, onIce)), `x ${x}`).toBeGreaterThan(215);
      const afloat = Math.round((b.top + (ICEBERG_WATERLINE - 0.9) * height) * SIDE) + 1;
      expect(alpha(data, x, afloat), `x ${x}`).toBeGreaterThan(200);
    }
    expect(naturalSize('drawn:iceberg', 'boat')).toBeGreaterThan(naturalSize('drawn:polar-bear', 'animal') * 2);
    // It stays put (a bear on it stays on it), afloat or on the ice.
    expect(isRooted('drawn:iceberg', 'boat')).toBe(true);
  });

  it('flies a black flag over the pirate ship only', () => {
    const flag = (asset: string): [number, number, number] => rgb(pixels(asset), 54, 5);
    expect(Math.max(...flag('drawn:pirate-ship'))).toBeLessThan(60);
    expect(flag('drawn:tall-ship')[0]).toBeGreaterThan(150);
  });
});

describe('the planner draws them', () => {
  it('"a train crossing a bridge over a river": a drawn bridge in a river, not the night tile', () => {
    const { plan, entities } = entitiesOf('a train crossing a bridge over a river');
    expect(plan.shots[0]!.setting.kind).toBe('river');
    expect(entities.find((e) => e.noun === 'bridge')?.asset).toBe('drawn:bridge');
  });

  it('"a waterfall in a jungle": a jungle with a waterfall in it', () => {
    for (const prompt of ['a waterfall in a jungle', 'a jungle with a waterfall', 'a waterfall in a jungle with parrots flying']) {
      const { plan, entities } = entitiesOf(prompt);
      expect(plan.shots[0]!.setting.kind, prompt).toBe('jungle');
      expect(entities.find((e) => e.noun === 'waterfall')?.asset, prompt).toBe('drawn:waterfall');
      expect(plan.unresolved, prompt).toEqual([]);
    }
    // A waterfall alone stands in a jungle; one in the mountains keeps them.
    expect(entitiesOf('a waterfall').plan.shots[0]!.setting.kind).toBe('jungle');
    expect(entitiesOf('a waterfall in the mountains at dawn').plan.shots[0]!.setting.kind).toBe('mountains');
  });

  it('"a sailing ship in a stormy sea": a tall ship afloat; pirate ships fly the black flag', () => {
    const { plan, entities } = entitiesOf('a sailing ship in a stormy sea, oil painting');
    expect(plan.shots[0]!.setting.weather).toBe('storm');
    expect(entities[0]).toMatchObject({ asset: 'drawn:tall-ship', category: 'boat' });
    expect(entitiesOf('a pirate ship at sunset').entities[0]?.asset).toBe('drawn:pirate-ship');
    for (const noun of ['galleon', 'schooner', 'tall ship', 'clipper']) {
      const { plan: p, entities: e } = entitiesOf(`a ${noun}`);
      expect(e[0], noun).toMatchObject({ asset: 'drawn:tall-ship', category: 'boat' });
      expect(e[0]!.layout.placement, noun).toBe('water-surface');
      expect(p.shots[0]!.setting.kind, noun).toBe('ocean');
    }
  });

  it('"a polar bear on an iceberg": the bear on a drawn iceberg that floats, not on an ice cube', () => {
    for (const [prompt, rider] of [['a polar bear on an iceberg', 'polar bear'], ['a penguin standing on an iceberg', 'penguin']] as const) {
      const { plan, entities } = entitiesOf(prompt);
      const iceberg = entities.find((e) => e.noun === 'iceberg')!;
      expect(iceberg, prompt).toMatchObject({ asset: 'drawn:iceberg', category: 'boat' });
      expect(entities.find((e) => e.noun === rider)?.layout.relation, prompt).toMatchObject({ kind: 'on', target: iceberg.id });
      expect(plan.unresolved, prompt).toEqual([]);
    }
    const { plan, entities } = entitiesOf('an iceberg floating in the ocean');
    expect(plan.shots[0]!.setting.kind).toBe('ocean');
    expect(entities[0]).toMatchObject({ asset: 'drawn:iceberg', category: 'boat' });
    expect(entities[0]!.layout.placement).toBe('water-surface');
    // An ice cube is still the emoji.
    expect(entitiesOf('an ice cube').entities[0]?.asset).toBe('emoji:1f9ca');
  });
});
