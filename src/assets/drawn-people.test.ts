import { createCanvas, Image } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { planScene } from '../plan/planner.ts';
import { recolor } from '../render/art/recolor.ts';
import { simulate } from '../simulate/simulate.ts';
import { artOrientation } from './art-orientation.ts';
import { naturalSize } from './art-scale.ts';
import { artBounds } from './art-source.ts';
import { drawnArtSvg, drawnStride } from './drawn-art.ts';
import { PEOPLE_ART, roleBody, rolePerson, ROLES, STRIDING_PEOPLE } from './drawn-people.ts';
import { footAt, legMover, LEGS_TOP, NEAR_HIND, STRIDE_GAITS, STRIDE_POSES, type StrideGait } from './drawn-stride.ts';
import { artPixels, pixelAt } from '../../tests/support/art-pixels.ts';
import { PERSON_STRIDE } from './person-stride.ts';

const SIDE = 100;

/** The art's RGBA pixels, one per viewBox unit at SIDE px. */
const pixels = (asset: string): Uint8ClampedArray => artPixels(asset, SIDE);

const at = (data: Uint8ClampedArray, x: number, y: number) => pixelAt(data, SIDE, x, y);

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
    // The cooking is kept as a still action (the chef stands at the range), not a motion.
    expect(entitiesOf('a chef cooking in a kitchen')).toEqual([{ noun: 'chef', asset: 'drawn:chef', motions: ['idle'] }]);
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

  it('draws grandparents whole where the older person emoji are heads alone: grey hair, spectacles, a grandmother in a skirt', () => {
    expect(roleBody('1f474')).toBe('elder');
    expect(roleBody('1f475')).toBe('elder-woman');
    expect(roleBody('1f475-1f3fd')).toBe('elder-woman');
    expect(roleBody('1f9d3')).toBe('elder');
    expect(entitiesOf('grandma cooking in the kitchen')[0]!.asset).toBe('drawn:elder-woman');
    expect(entitiesOf('an old man walking a dog')[0]).toEqual({ noun: 'old man', asset: 'drawn:elder', motions: ['walk'] });
    expect(entitiesOf('a grandfather')[0]!.asset).toBe('drawn:elder');
    const woman = pixels('drawn:elder-woman');
    const man = pixels('drawn:elder');
    // The grandmother's grey bun behind her head; the grandfather's crown is bald.
    const bun = at(woman, 0.545, 0.175);
    expect(bun.a).toBe(255);
    expect(Math.min(bun.r, bun.g, bun.b)).toBeGreaterThan(180);
    const crown = at(man, 0.47, 0.17);
    expect(crown.r - crown.b).toBeGreaterThan(80);
    // Spectacles' rims over the eyes' outer edge, dark on the face.
    for (const data of [woman, man]) {
      const rim = at(data, 0.388, 0.245);
      expect(rim.r + rim.g + rim.b).toBeLessThan(480);
    }
    // Her skirt reaches over the legs below the hips; his trousers show there.
    const skirt = at(woman, 0.49, 0.7);
    expect(skirt.b).toBeGreaterThan(skirt.r + 30);
    const leg = at(man, 0.43, 0.7);
    expect(leg.a).toBe(255);
    expect(Math.abs(leg.b - leg.r)).toBeLessThan(30);
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

/** An SVG body rasterised at a sprite's size, its RGBA rows. */
function raster(body: string, side = 64): Uint8ClampedArray {
  const image = new Image();
  image.src = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 100 100">${body}</svg>`);
  const canvas = createCanvas(side, side);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return canvas.getContext('2d').getImageData(0, 0, side, side).data;
}

/** The stroked limbs of an SVG body (legs and arms): every open stroked path's points. */
function limbPaths(svg: string): string[] {
  return [...svg.matchAll(/<path d="(M[^"]+)" fill="none" stroke="url\(#(?:trousers|sleeve)[^"]*\)" stroke-width="[\d.]+" stroke-linecap="round"/g)].map((m) => m[1]!);
}

const poses = (name: string, gait: StrideGait): string[] =>
  Array.from({ length: STRIDE_POSES }, (_, k) => STRIDING_PEOPLE[name]!.pose({ gait, cycle: k / STRIDE_POSES }));

describe('drawn people walking', () => {
  it('keep the still art exactly as drawn without a stride, and stride on two legs', () => {
    for (const role of ROLES) {
      for (const woman of [false, true]) {
        const name = woman ? `${role}-woman` : role;
        expect(rolePerson(role, woman, undefined)).toBe(PEOPLE_ART[name]);
        // The still legs and arms where the artist put them: near leg forward, far leg back.
        expect(limbPaths(PEOPLE_ART[name]!)).toEqual(['M54 61 L58 80 L62 93', 'M57 39 L62 48 L64.5 57', 'M45 61 L40 80 L35.5 93', 'M41 39 L36.5 48 L34 57']);
        expect(drawnArtSvg(`drawn:${name}`, 64)).toContain(PEOPLE_ART[name]!);
        expect(drawnStride(`drawn:${name}`)).toEqual({ biped: true, style: PERSON_STRIDE });
      }
    }
    expect(Object.keys(STRIDING_PEOPLE).sort()).toEqual(Object.keys(PEOPLE_ART).sort());
  });

  it.each(Object.keys(PEOPLE_ART))('%s: every pose of a walk and a run swings the legs and keeps head and torso as drawn', (name) => {
    const side = 64;
    const top = Math.round(side * LEGS_TOP) * side * 4;
    const still = raster(PEOPLE_ART[name]!, side);
    for (const gait of ['walk', 'trot'] as const) {
      const bodies = poses(name, gait);
      const rasters = bodies.map((b) => raster(b, side));
      for (let k = 0; k < STRIDE_POSES; k++) {
        // Above LEGS_TOP (all a sprite keeps of the still art) each pose is the still art, pixel for pixel.
        expect(Array.from(rasters[k]!.subarray(0, top)), `${gait} ${k}`).toEqual(Array.from(still.subarray(0, top)));
        // Below it the legs move from pose to pose.
        const next = rasters[(k + 1) % STRIDE_POSES]!;
        let changed = 0;
        for (let i = top; i < next.length; i += 4) if (Math.abs(next[i + 3]! - rasters[k]![i + 3]!) > 60) changed++;
        expect(changed, `${gait} ${k}`).toBeGreaterThan(8);
      }
      // In a walk a foot is always down: the sole's rows are never empty.
      if (gait === 'walk') {
        for (const r of rasters) {
          const row = Math.floor(side * 0.965);
          let opaque = 0;
          for (let x = 0; x < side; x++) if (r[(row * side + x) * 4 + 3]! > 128) opaque++;
          expect(opaque).toBeGreaterThan(3);
        }
      }
    }
  });

  it.each(['farmer', 'firefighter-woman', 'chef', 'scientist-woman'])('%s: a walking step spans the still stance, and a run reaches well beyond it', (name) => {
    const side = 100;
    // How far apart the shoes are: the opaque columns' extent over the soles' rows, in viewBox units.
    const span = (body: string): number => {
      const r = raster(body, side);
      let left = side;
      let right = -1;
      for (let y = 90; y < 98; y++) {
        for (let x = 0; x < side; x++) {
          if (r[(y * side + x) * 4 + 3]! < 128) continue;
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
      return right - left;
    };
    const still = span(PEOPLE_ART[name]!);
    const walk = poses(name, 'walk').map(span);
    const run = poses(name, 'trot').map(span);
    expect(Math.max(...walk), name).toBeGreaterThanOrEqual(still);
    // The step a walk sets off from (a heel strike, as the still art stands) is as wide as the stance.
    expect(walk[0]!, name).toBeGreaterThan(still - 2);
    expect(Math.max(...run), name).toBeGreaterThan(still * 1.25);
  });

  it('sweeps a planted foot back by the gait reach of the art as it is seen, so the feet keep pace with the ground', () => {
    for (const name of ['chef', 'farmer-woman', 'mechanic', 'health-worker-woman', 'police', 'firefighter']) {
      const bounds = artBounds(`drawn:${name}`);
      const visible = (bounds.bottom - bounds.top) * 100;
      for (const gait of STRIDE_GAITS.slice(0, 2)) {
        for (const [k, body] of poses(name, gait).entries()) {
          const cycle = k / STRIDE_POSES;
          if (footAt(gait, cycle, NEAR_HIND).lift > 0) continue;
          const near = limbPaths(body)[2]!.split(/[ML ]+/).filter(Boolean).map(Number);
          // Where the stride mover puts the foot for the art's visible height (rounded to two decimals in the SVG).
          const [footX] = legMover([45, 61, 45, 77, 45, 93], NEAR_HIND, { gait, cycle }, visible, 0, true, PERSON_STRIDE)(45, 93);
          expect(Math.abs(near[4]! - footX), `${name} ${gait} ${k}`).toBeLessThan(0.4);
        }
      }
    }
  });

  it('swings the empty hands against the legs; a hand holding a pitchfork or spoon up keeps still', () => {
    const arms = (name: string, gait: StrideGait): string[] => poses(name, gait).map((b) => limbPaths(b)[3]!);
    for (const name of ['farmer', 'chef-woman']) {
      for (const gait of ['walk', 'trot'] as const) expect(new Set(arms(name, gait))).toEqual(new Set(['M41 39 L36.5 48 L34 57']));
    }
    for (const name of ['mechanic', 'police-woman', 'firefighter']) {
      const walk = arms(name, 'walk');
      expect(new Set(walk).size).toBeGreaterThan(4);
      // Upper arms stay as drawn; only the forearm, from the elbow below LEGS_TOP, moves.
      for (const arm of walk) expect(arm.startsWith('M41 39 L36.5 48 ')).toBe(true);
    }
    // The near hand swings with the far foot: forward (to the left) as the far foot lands reaching forward, back as the near foot does.
    const handX = (gait: StrideGait, cycle: number): number => Number(limbPaths(STRIDING_PEOPLE.mechanic!.pose({ gait, cycle }))[3]!.split(/[ML ]+/).at(-2));
    for (const gait of ['walk', 'trot'] as const) {
      const farLands = gait === 'walk' ? 0.5 : 0.79;
      expect(handX(gait, farLands)).toBeLessThan(handX(gait, farLands - 0.5) - 3);
    }
  });

  it('walks with moving legs in a simulated field, and stands still while cooking', () => {
    const output = { width: 320, height: 180, fps: 10, seconds: 2, format: 'mp4' as const };
    const track = (prompt: string) => {
      const plan = planScene({ prompt, seed: 1, output });
      const entity = plan.shots[0]!.entities[0]!;
      return { asset: entity.asset, actor: simulate(plan).actors.find((a) => a.entityId === entity.id)! };
    };
    const farmer = track('a farmer walking in a field');
    expect(farmer.asset).toBe('drawn:farmer');
    expect(Array.from(farmer.actor.stride!).every((s) => s >= 0 && s < 1)).toBe(true);
    expect(Array.from(farmer.actor.strideGait!).every((g) => STRIDE_GAITS[g] === 'walk')).toBe(true);
    const chef = track('a chef running down a street');
    expect(chef.asset).toBe('drawn:chef');
    expect(Array.from(chef.actor.strideGait!).some((g) => STRIDE_GAITS[g] === 'trot')).toBe(true);
    const cooking = track('a chef cooking in a kitchen');
    expect(Array.from(cooking.actor.stride!).every(Number.isNaN)).toBe(true);
  });
});
