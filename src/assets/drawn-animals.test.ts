import { describe, expect, it } from 'vitest';
import { dominantHue, needsRecolor, recolor } from '../render/art/recolor.ts';
import { artOrientation } from './art-orientation.ts';
import { naturalSize } from './art-scale.ts';
import { artBounds, loadVectorArt } from './art-source.ts';
import { ANIMAL_ART, DRAWN_ANIMAL_FACING } from './drawn-animals.ts';
import { DRAWN_ASSETS } from './drawn-art.ts';
import { planScene } from '../plan/planner.ts';
import { artPixels } from '../../tests/support/art-pixels.ts';

const SIDE = 96;
const animals = Object.keys(ANIMAL_ART).map((name) => `drawn:${name}`);

/** The art's RGBA pixels at a small size, as the renderer's bitmap path would draw it. */
const pixels = (asset: string, side = SIDE): Uint8ClampedArray => artPixels(asset, side);

const opaque = (data: Uint8ClampedArray, x: number, y: number): boolean => data[(y * SIDE + x) * 4 + 3]! > 40;

/** Runs of opaque pixels along one row: separate legs on the ground show as separate runs. */
function runs(data: Uint8ClampedArray, y: number): number {
  let count = 0;
  for (let x = 0; x < SIDE; x++) if (opaque(data, x, y) && (x === 0 || !opaque(data, x - 1, y))) count++;
  return count;
}

describe('drawn animals', () => {
  it('are in the one drawn-art registry', () => {
    for (const asset of animals) expect(DRAWN_ASSETS).toContain(asset);
    expect(animals).toEqual(expect.arrayContaining(['drawn:fox', 'drawn:wolf', 'drawn:bear', 'drawn:lion', 'drawn:panda', 'drawn:raccoon', 'drawn:koala', 'drawn:frog']));
  });

  it.each(animals)('%s rasterises to a solid sprite standing on its bottom bound with its feet apart', (asset) => {
    const bounds = artBounds(asset);
    // A body, not a speck: wide and tall enough to read at 80 px.
    expect(bounds.right - bounds.left).toBeGreaterThan(0.7);
    expect(bounds.bottom - bounds.top).toBeGreaterThan(0.5);
    // Feet on the ground: the lowest opaque row is near the art's bottom, and the feet there are apart (mid-stride, or a frog's toes).
    expect(bounds.bottom).toBeGreaterThan(0.9);
    const data = pixels(asset);
    const footRow = Math.round(bounds.bottom * SIDE) - 2;
    expect(runs(data, footRow)).toBeGreaterThanOrEqual(2);
    let filled = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 40) filled++;
    expect(filled / (SIDE * SIDE)).toBeGreaterThan(0.2);
  });

  it.each(animals)('%s faces left as documented: its head, not a leg, leads on the left', (asset) => {
    expect(artOrientation(asset, 'animal')).toEqual({ facing: DRAWN_ANIMAL_FACING, nose: null, waterline: null });
    expect(DRAWN_ANIMAL_FACING).toBe('left');
    // An LLM plan may give the wrong category: the drawn animal still turns to face its way.
    expect(artOrientation(asset, 'object').facing).toBe('left');
    const data = pixels(asset);
    const bounds = artBounds(asset);
    const rows: number[] = [];
    for (let x = 0; x < SIDE && rows.length === 0; x++) for (let y = 0; y < SIDE; y++) if (opaque(data, x, y)) rows.push(y / SIDE);
    expect(rows.length).toBeGreaterThan(0);
    // The leading pixels belong to the snout or head, well above the feet.
    expect(Math.max(...rows)).toBeLessThan(bounds.bottom - 0.15);
  });

  it('stays crisp as vector art for close-ups', () => {
    const image = loadVectorArt('drawn:fox', 600)!;
    expect(image.width).toBe(600);
  });

  it('are sized like the animals: a hamster < a frog < a fox < a wolf < a lion < a bear', () => {
    const size = (name: string): number => naturalSize(`drawn:${name}`, 'animal');
    const order = ['hamster', 'frog', 'fox', 'wolf', 'lion', 'bear', 'polar-bear'].map(size);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });

  it('recolour like the emoji animals: a white wolf, a black bear, a blue fox; a red fox stays as drawn', () => {
    const lightness = (data: Uint8ClampedArray): number => dominantHue(data)!.lightness;
    const wolf = pixels('drawn:wolf');
    expect(needsRecolor(wolf, 'white')).toBe(true);
    const white = Uint8ClampedArray.from(wolf);
    recolor(white, 'white');
    expect(lightness(white)).toBeGreaterThan(lightness(wolf) + 0.15);

    const bear = pixels('drawn:bear');
    const black = Uint8ClampedArray.from(bear);
    recolor(black, 'black');
    expect(lightness(black)).toBeLessThan(lightness(bear) - 0.1);

    const fox = pixels('drawn:fox');
    expect(needsRecolor(fox, 'red')).toBe(false);
    expect(needsRecolor(fox, 'blue')).toBe(true);
    const blue = Uint8ClampedArray.from(fox);
    recolor(blue, 'blue');
    expect(dominantHue(blue)!.hue).toBeGreaterThan(190);
    expect(dominantHue(blue)!.hue).toBeLessThan(250);
  });

  it('draws the unicorn a full white body with a golden horn, and the planner swaps it for the face emoji', () => {
    const data = pixels('drawn:unicorn');
    const at = (x: number, y: number): [number, number, number, number] => {
      const i = (Math.round(y * SIDE) * SIDE + Math.round(x * SIDE)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
    };
    // The horn rises golden from the forehead, forward of the ears: warm, red over blue.
    const [hr, hg, hb, ha] = at(0.15, 0.08);
    expect(ha).toBeGreaterThan(200);
    expect(hr).toBeGreaterThan(hb + 80);
    expect(hg).toBeGreaterThan(hb + 40);
    // A white barrel, not the emoji's lone head.
    const [br, bg, bb, ba] = at(0.55, 0.45);
    expect(ba).toBeGreaterThan(200);
    expect(Math.min(br, bg, bb)).toBeGreaterThan(200);
    expect(naturalSize('drawn:unicorn', 'animal')).toBeGreaterThan(naturalSize('drawn:wolf', 'animal'));
    const output = { width: 320, height: 180, fps: 10, seconds: 4, format: 'mp4' as const };
    for (const prompt of ['a unicorn running over a rainbow', 'a white unicorn in a magical forest']) {
      const plan = planScene({ prompt, seed: 1, output });
      expect(plan.shots[0]!.entities.find((e) => e.noun === 'unicorn')?.asset, prompt).toBe('drawn:unicorn');
      expect(plan.unresolved, prompt).toEqual([]);
    }
    expect(planScene({ prompt: 'a unicorn face', seed: 1, output }).shots[0]!.entities[0]?.asset).toBe('emoji:1f984');
  });
});
