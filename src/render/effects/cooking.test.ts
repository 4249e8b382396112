import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { planScene } from '../../plan/planner.ts';
import type { ScenePlan } from '../../plan/schema.ts';
import { cameraAt, depthToZ, projectZ } from '../../simulate/projection.ts';
import { simulate } from '../../simulate/simulate.ts';
import { PAN_WIDTH } from '../../simulate/cooking-pan.ts';
import { cookingStations, createCooking } from './cooking.ts';

const W = 320;
const H = 180;
const output = { width: W, height: H, fps: 10, seconds: 2, format: 'mp4' as const };
const plan = (prompt: string): ScenePlan => planScene({ prompt, seed: 3, output });

function setup(prompt: string) {
  const p = plan(prompt);
  const simulation = simulate(p);
  const actors = simulation.actors.filter((a) => a.shotIndex === 0);
  return { p, simulation, actors, cooking: createCooking(p.shots[0]!, actors, simulation, W, H) };
}

/** Draws the effect alone on a transparent canvas and returns its pixels. */
function drawAt(prompt: string, seconds: number) {
  const { simulation, cooking } = setup(prompt);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  const camera = cameraAt(simulation.camera, Math.round(seconds * simulation.fps));
  cooking.draw(ctx, camera, seconds);
  return { data: ctx.getImageData(0, 0, W, H).data, camera, station: cooking.stations[0] };
}

const alphaIn = (data: Uint8ClampedArray, x0: number, y0: number, x1: number, y1: number): number => {
  let sum = 0;
  let n = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(H, y1); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(W, x1); x++) {
      sum += data[(y * W + x) * 4 + 3]!;
      n++;
    }
  }
  return n > 0 ? sum / n : 0;
};

describe('a cook stands at a stove', () => {
  it('puts a stove just in front of a person who cooks, where they stand', () => {
    const { actors, cooking } = setup('a chef cooking in a kitchen');
    expect(cooking.stations).toHaveLength(1);
    const chef = actors.find((a) => a.noun === 'chef')!;
    const station = cooking.stations[0]!;
    expect(station.x).toBeCloseTo(chef.x[0]!, 5);
    expect(station.depth).toBeLessThan(chef.depth[0]!);
    expect(station.depth).toBeGreaterThan(chef.depth[0]! - 0.1);
    // Hip height: it hides the legs, not the face.
    const tall = chef.size * (chef.bounds.bottom - chef.bounds.top);
    expect(station.height).toBeGreaterThan(tall * 0.3);
    expect(station.height).toBeLessThan(tall * 0.55);
  });

  it("shows a grandmother's face over the range: she is drawn whole, not a head behind it", () => {
    const { actors, cooking } = setup('grandma cooking in the kitchen');
    const grandma = actors.find((a) => a.noun === 'grandma')!;
    expect(grandma.asset).toBe('drawn:elder-woman');
    const station = cooking.stations[0]!;
    const tall = grandma.size * (grandma.bounds.bottom - grandma.bounds.top);
    // The face is in the top fifth of the figure; the range stops well below it.
    expect(station.height).toBeLessThan(grandma.y[0]! + tall * 0.7);
  });

  it('raises a cook drawn as a head alone so the face peeks over the range, chin at the worktop', () => {
    const { actors, cooking } = setup('a baby cooking in the kitchen');
    const baby = actors.find((a) => a.noun === 'baby')!;
    const station = cooking.stations[0]!;
    const tall = baby.size * (baby.bounds.bottom - baby.bounds.top);
    expect(baby.y[0]).toBeGreaterThan(station.height * 0.6);
    expect(baby.y[baby.length - 1]).toBeCloseTo(baby.y[0]!, 3);
    // Eyes and mouth (the upper two thirds of the head) clear the worktop.
    expect(baby.y[0]! + tall * 0.35).toBeGreaterThan(station.height);
    // A standing figure stays on the floor.
    const chef = setup('a chef cooking in a kitchen').actors.find((a) => a.noun === 'chef')!;
    expect(chef.y[0]).toBeLessThan(0.01);
  });

  it('fries in a pan and boils in a pot', () => {
    expect(setup('a woman frying eggs in a kitchen').cooking.stations.map((s) => s.pan)).toEqual([true]);
    expect(setup('a chef cooking in a kitchen').cooking.stations.map((s) => s.pan)).toEqual([false]);
  });

  it('puts no stove in front of someone who does not cook', () => {
    expect(setup('a chef in a kitchen').cooking.stations).toEqual([]);
    expect(setup('a chef dancing in a kitchen').cooking.stations).toEqual([]);
    expect(setup('a dog in a kitchen').cooking.stations).toEqual([]);
    // Outdoors no kitchen range: a barbecue is not a stove.
    expect(setup('a man cooking in the park').cooking.stations).toEqual([]);
    expect(setup('a chef cooking in a cafe').cooking.stations).toHaveLength(1);
  });

  it('draws the range at the cook’s feet and steam that rises and moves above the pan', () => {
    const early = drawAt('a chef cooking in a kitchen', 0.3);
    const late = drawAt('a chef cooking in a kitchen', 1.1);
    const station = early.station!;
    const foot = projectZ(station.x, 0, depthToZ(station.depth), early.camera, W, H);
    const w = station.width * foot.unit;
    const h = station.height * foot.unit;
    // The range body is solid.
    expect(alphaIn(early.data, foot.x - w * 0.3, foot.y - h * 0.8, foot.x + w * 0.3, foot.y - h * 0.2)).toBeGreaterThan(250);
    // Nothing beside it.
    expect(alphaIn(early.data, foot.x + w, foot.y - h, foot.x + w * 2, foot.y)).toBe(0);
    // Steam above the pan: translucent, present, and not the same from one moment to the next.
    const steamBox = [foot.x - w * 0.6, foot.y - h * 3.5, foot.x + w * 0.6, foot.y - h * 1.3] as const;
    const a = alphaIn(early.data, ...steamBox);
    expect(a).toBeGreaterThan(3);
    expect(a).toBeLessThan(200);
    let changed = 0;
    for (let i = 3; i < early.data.length; i += 4) if (Math.abs(early.data[i]! - late.data[i]!) > 10) changed++;
    expect(changed).toBeGreaterThan(30);
  });

  it('puts the food being cooked in the pan, small, not on the floor beside the cook', () => {
    const { actors, cooking } = setup('a woman frying eggs in a kitchen');
    const station = cooking.stations[0]!;
    expect(station.holdsFood).toBe(true);
    const cook = actors.find((a) => a.noun === 'woman')!;
    const eggs = actors.filter((a) => a.noun === 'eggs');
    expect(eggs).toHaveLength(3);
    const tall = cook.size * (cook.bounds.bottom - cook.bounds.top);
    const pan = station.width * PAN_WIDTH;
    for (const egg of eggs) {
      for (const i of [0, egg.length - 1]) {
        // On the worktop, inside the pan's width, in front of the cook, and no bigger than a third of the pan.
        expect(egg.y[i]!).toBeGreaterThan(station.height * 0.98);
        expect(egg.y[i]!).toBeLessThan(station.height * 1.3);
        expect(Math.abs(egg.x[i]! - station.x)).toBeLessThan(pan / 2);
        expect(egg.depth[i]!).toBeLessThan(cook.depth[i]!);
      }
      expect(egg.size * (egg.bounds.right - egg.bounds.left)).toBeLessThan(pan * 0.46);
      expect(egg.size * (egg.bounds.bottom - egg.bounds.top)).toBeLessThan(tall * 0.13);
    }
  });

  it('leaves food nobody cooks where it is, and a cook with no food keeps the pan’s own fill', () => {
    const { actors, cooking } = setup('a chef cooking in a kitchen with an apple');
    expect(cooking.stations[0]?.holdsFood).toBe(false);
    const apple = actors.find((a) => a.noun === 'apple');
    const station = cooking.stations[0]!;
    // Wherever the apple is (held, on a counter), its size is its own and it is not in the pan.
    expect(apple).toBeDefined();
    const inPan = apple!.y[0]! > station.height * 0.98 && apple!.y[0]! < station.height * 1.3 && Math.abs(apple!.x[0]! - station.x) < (station.width * PAN_WIDTH) / 2;
    expect(inPan).toBe(false);
    // Outdoors there is no range, so no pan: the food stays on the ground.
    const park = setup('a man frying eggs in the park');
    expect(park.cooking.stations).toEqual([]);
    for (const egg of park.actors.filter((a) => a.noun === 'eggs')) expect(egg.y[0]!).toBeLessThan(0.05);
  });
});
