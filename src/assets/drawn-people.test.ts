import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { planScene } from '../plan/planner.ts';
import { recolor } from '../render/art/recolor.ts';
import { artOrientation } from './art-orientation.ts';
import { naturalSize } from './art-scale.ts';
import { artBounds, loadRasterArt } from './art-source.ts';
import { PEOPLE_ART, roleBody, ROLES } from './drawn-people.ts';

const SIDE = 100;

/** The art's RGBA pixels, one per viewBox unit, as the renderer's bitmap path draws it. */
function pixels(asset: string): Uint8ClampedArray {
  const canvas = createCanvas(SIDE, SIDE);
  canvas.getContext('2d').drawImage(loadRasterArt(asset)!, 0, 0, SIDE, SIDE);
  return canvas.getContext('2d').getImageData(0, 0, SIDE, SIDE).data;
}

function at(data: Uint8ClampedArray, x: number, y: number): { r: number; g: number; b: number; a: number } {
  const i = (Math.round(y * SIDE) * SIDE + Math.round(x * SIDE)) * 4;
  return { r: data[i]!, g: data[i + 1]!, b: data[i + 2]!, a: data[i + 3]! };
}

const isSkin = (p: { r: number; g: number; b: number; a: number }): boolean => p.a === 255 && p.r > 220 && p.g > 150 && p.b < 120;

const output = { width: 320, height: 180, fps: 10, seconds: 2, format: 'mp4' as const };
const entitiesOf = (prompt: string): { noun: string; asset: string; motions: string[] }[] =>
  planScene({ prompt, seed: 1, output }).shots[0]!.entities.map((e) => ({ noun: e.noun, asset: e.asset, motions: e.actions.map((a) => a.motion) }));

describe('drawn people in work clothes', () => {
  it('draws every role, man and woman, as a whole body standing on two feet at the bottom edge', () => {
    expect(Object.keys(PEOPLE_ART).length).toBe(ROLES.length * 2);
    for (const name of Object.keys(PEOPLE_ART)) {
      const asset = `drawn:${name}`;
      const bounds = artBounds(asset);
      expect(bounds.bottom, name).toBeGreaterThan(0.95);
      expect(bounds.bottom - bounds.top, name).toBeGreaterThan(0.75);
      expect(bounds.bottom - bounds.top, name).toBeGreaterThan(bounds.right - bounds.left);
      const data = pixels(asset);
      const row = Math.round(bounds.bottom * SIDE) - 2;
      const opaque = Array.from({ length: SIDE }, (_, x) => data[(row * SIDE + x) * 4 + 3]! > 40);
      expect(opaque.filter((on, x) => on && (x === 0 || !opaque[x - 1])).length, name).toBe(2);
      // A face of the emoji's default yellow between the eyes, under whatever hat.
      expect(isSkin(at(data, 0.445, 0.27)), name).toBe(true);
      // Hips and legs are there: a body, not a bust.
      expect(at(data, 0.5, 0.6).a, name).toBe(255);
      expect(artOrientation(asset, 'person').facing, name).toBe('left');
    }
  });

  it('dresses each role by its look: toque, straw hat, red helmet, hard hat, police cap', () => {
    const toque = at(pixels('drawn:chef'), 0.47, 0.08);
    expect(Math.min(toque.r, toque.g, toque.b)).toBeGreaterThan(215);
    const straw = at(pixels('drawn:farmer'), 0.48, 0.12);
    expect(straw.r).toBeGreaterThan(200);
    expect(straw.b).toBeLessThan(straw.g - 40);
    const helmet = at(pixels('drawn:firefighter'), 0.52, 0.13);
    expect(helmet.r).toBeGreaterThan(helmet.g + 100);
    const hardHat = at(pixels('drawn:construction-worker'), 0.52, 0.13);
    expect(hardHat.r).toBeGreaterThan(220);
    expect(hardHat.g).toBeGreaterThan(170);
    expect(hardHat.b).toBeLessThan(90);
    const cap = at(pixels('drawn:police'), 0.52, 0.12);
    expect(cap.b).toBeGreaterThan(cap.r + 30);
    expect(cap.r + cap.g + cap.b).toBeLessThan(350);
    // The ponytail of a woman hangs behind her head; a man's head has none.
    const tail = (name: string): { r: number; g: number; b: number; a: number } => at(pixels(`drawn:${name}`), 0.58, 0.31);
    expect(tail('chef-woman').a).toBe(255);
    expect(tail('chef-woman').r).toBeLessThan(160);
    expect(tail('chef').a).toBeLessThan(40);
  });

  it('finds the role of each head-and-shoulders emoji, in any gender and skin tone', () => {
    expect(roleBody('1f9d1-200d-1f373')).toBe('chef');
    expect(roleBody('1f468-200d-1f373')).toBe('chef');
    expect(roleBody('1f469-200d-1f33e')).toBe('farmer-woman');
    expect(roleBody('1f9d1-1f3fd-200d-1f692')).toBe('firefighter');
    expect(roleBody('1f9d1-200d-2695-fe0f')).toBe('health-worker');
    expect(roleBody('1f46e')).toBe('police');
    expect(roleBody('1f46e-200d-2640-fe0f')).toBe('police-woman');
    expect(roleBody('1f477-200d-2642')).toBe('construction-worker');
    expect(roleBody('1f9d1')).toBeNull();
    expect(roleBody('1f9d1-200d-1f680')).toBeNull();
    expect(naturalSize('drawn:chef', 'person')).toBeCloseTo(naturalSize('emoji:1f6b6', 'person'), 1);
  });

  it('replaces the busts in plans, keeping the emoji for a face or an emoji asked for', () => {
    expect(entitiesOf('a chef cooking in a kitchen')).toEqual([{ noun: 'chef', asset: 'drawn:chef', motions: [] }]);
    expect(entitiesOf('a farmer walking in a field')).toEqual([{ noun: 'farmer', asset: 'drawn:farmer', motions: ['walk'] }]);
    expect(entitiesOf('a doctor')[0]!.asset).toBe('drawn:health-worker');
    expect(entitiesOf('a firefighter')[0]!.asset).toBe('drawn:firefighter');
    expect(entitiesOf('a police officer')[0]!.asset).toBe('drawn:police');
    expect(entitiesOf('a woman cooking')[0]!.asset).toBe('drawn:chef-woman');
    expect(entitiesOf('a female chef')[0]!.asset).toBe('drawn:chef-woman');
    expect(entitiesOf('a policewoman')[0]!.asset).toBe('drawn:police-woman');
    expect(entitiesOf('a male nurse')[0]!.asset).toBe('drawn:health-worker');
    expect(entitiesOf("a chef's face")[0]!.asset).toBe('emoji:1f9d1-200d-1f373');
    expect(entitiesOf('a chef emoji')[0]!.asset).toBe('emoji:1f9d1-200d-1f373');
    for (const prompt of ['a chef cooking in a kitchen', "a chef's face", 'a female chef', 'a doctor']) {
      expect(planScene({ prompt, seed: 1, output }).unresolved, prompt).toEqual([]);
    }
  });

  it('takes a colour on the clothes and keeps the skin', () => {
    const data = pixels('drawn:health-worker');
    const skin = at(data, 0.445, 0.27);
    recolor(data, '#3060e0');
    expect(at(data, 0.445, 0.27)).toEqual(skin);
    // The scrubs' trousers, below the coat, turn blue.
    const leg = at(data, 0.385, 0.85);
    expect(leg.b).toBeGreaterThan(leg.g + 40);
    expect(leg.b).toBeGreaterThan(leg.r + 40);
  });
});
