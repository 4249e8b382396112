import { describe, expect, it } from 'vitest';
import { planScene } from '../../plan/planner.ts';
import type { ScenePlan } from '../../plan/schema.ts';
import { cameraAt } from '../../simulate/projection.ts';
import { simulate } from '../../simulate/simulate.ts';
import { createFrameRenderer } from '../frame-renderer.ts';
import { buildLabels } from '../labels.ts';
import { createPyrotechnics } from './fireworks.ts';
import { meteorKindOf } from './meteors.ts';

const W = 256;
const H = 144;
const FPS = 12;

const plan = (prompt: string, seconds = 4): ScenePlan => planScene({ prompt, seed: 5, output: { width: W, height: H, fps: FPS, seconds, format: 'mp4' } });

/** Every frame's screen box of each drawn streak actor (null: nothing shows). */
function boxes(p: ScenePlan): { key: string; boxes: ([number, number, number, number] | null)[] }[] {
  const simulation = simulate(p);
  const lights = createPyrotechnics({ plan: p, simulation, span: simulation.shots[0]!, night: 1 });
  const camera = cameraAt(simulation.camera, 0);
  return simulation.actors
    .filter((a) => lights.has(a))
    .map((a) => ({ key: a.key, boxes: Array.from({ length: simulation.frameCount }, (_, f) => lights.box(a, f, cameraAt(simulation.camera, f, camera), f / FPS)) }));
}

const centre = (b: readonly number[]): [number, number] => [(b[0]! + b[2]!) / 2, (b[1]! + b[3]!) / 2];

describe('shooting stars and comets', () => {
  it('are drawn as light for the comet art and for their nouns, and nothing else is', () => {
    expect(meteorKindOf('emoji:2604', 'shooting star')).toBe('meteor');
    expect(meteorKindOf('emoji:2604', 'meteor')).toBe('meteor');
    expect(meteorKindOf('emoji:2604', 'comet')).toBe('comet');
    expect(meteorKindOf('emoji:2b50', 'star')).toBeNull();
    expect(meteorKindOf('emoji:1f315', 'moon')).toBeNull();
  });

  it('streak a shooting star across the upper sky within a second, go dark, and come again', () => {
    const [star] = boxes(plan('a shooting star over the mountains'));
    expect(star).toBeDefined();
    const shown = star!.boxes.map((b, f) => (b ? f : -1)).filter((f) => f >= 0);
    // It shows early, is gone for a while between streaks, and streaks more than once in four seconds.
    expect(shown[0]!).toBeLessThan(FPS);
    const runs = shown.filter((f, k) => k === 0 || shown[k - 1] !== f - 1);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(shown.length).toBeLessThan(star!.boxes.length * 0.7);
    // Within one run the head travels far and fast, in a straight line downwards, above the mountains.
    const run = shown.slice(0, shown.findIndex((f, k) => k > 0 && shown[k - 1] !== f - 1));
    const first = centre(star!.boxes[run[0]!]!);
    const last = centre(star!.boxes[run[Math.floor(run.length * 0.6)]!]!);
    expect(Math.abs(last[0] - first[0])).toBeGreaterThan(W * 0.08);
    expect(last[1]).toBeGreaterThan(first[1]);
    expect(run.length / FPS).toBeLessThan(1.6);
    for (const f of run) expect(star!.boxes[f]![3]).toBeLessThan(H * 0.62);
  });

  it('keep the shooting stars of a meteor shower falling one way, one nearly always in the sky', () => {
    const shower = boxes(plan('a meteor shower over the desert'));
    expect(shower.length).toBe(7);
    const anyShown = shower[0]!.boxes.map((_, f) => shower.some((s) => s.boxes[f] !== null));
    expect(anyShown.filter(Boolean).length).toBeGreaterThan(anyShown.length * 0.7);
    // Direction of each streak: the sign of its horizontal travel over its first frames.
    const sides = new Set<number>();
    for (const s of shower) {
      for (let f = 1; f < s.boxes.length; f++) {
        const [a, b] = [s.boxes[f - 1], s.boxes[f]];
        if (a && b && f >= 2 && !s.boxes[f - 2]) sides.add(Math.sign(centre(b)[0] - centre(a)[0]));
      }
    }
    sides.delete(0);
    expect(sides.size).toBe(1);
  });

  it('fall thicker in a meteor storm than in a shower: several in the sky at once', () => {
    const inSky = (p: ScenePlan): number => {
      const streaks = boxes(p);
      const frames = streaks[0]!.boxes.length;
      let sum = 0;
      for (let f = 0; f < frames; f++) sum += streaks.filter((s) => s.boxes[f] !== null).length;
      return sum / frames;
    };
    const storm = inSky(plan('a meteor storm over the desert at night'));
    const shower = inSky(plan('a meteor shower over the desert'));
    expect(storm).toBeGreaterThan(shower * 1.3);
    expect(storm).toBeGreaterThan(3);
  });

  it('show a comet all shot long, drifting slowly', () => {
    const [comet] = boxes(plan('a comet in the night sky'));
    expect(comet!.boxes.every((b) => b !== null)).toBe(true);
    const moved = Math.abs(centre(comet!.boxes.at(-1)!)[0] - centre(comet!.boxes[0]!)[0]);
    expect(moved).toBeGreaterThan(W * 0.04);
    expect(moved).toBeLessThan(W * 0.3);
  });

  it('light pixels where the labels box it, and plan the same streaks for the same seed', async () => {
    const p = plan('a shooting star over the mountains', 2);
    const simulation = simulate(p);
    const labels = buildLabels(p, simulation);
    expect(buildLabels(p, simulate(p))).toEqual(labels);
    const frame = labels.frames.findIndex((f) => f.objects.some((o) => o.box && o.box[2] - o.box[0] > 12));
    expect(frame).toBeGreaterThanOrEqual(0);
    const star = labels.frames[frame]!.objects[0]!;
    const rgba = Buffer.from((await createFrameRenderer(p, simulation)).renderFrame(frame));
    const brightIn = (x0: number, y0: number, x1: number, y1: number): number => {
      let n = 0;
      for (let y = Math.max(0, Math.round(y0)); y < Math.min(H, Math.round(y1)); y++) {
        for (let x = Math.max(0, Math.round(x0)); x < Math.min(W, Math.round(x1)); x++) if (Math.min(rgba[(y * W + x) * 4]!, rgba[(y * W + x) * 4 + 1]!, rgba[(y * W + x) * 4 + 2]!) > 200) n++;
      }
      return n;
    };
    const [x0, y0, x1, y1] = star.box!;
    expect(brightIn(x0, y0, x1, y1)).toBeGreaterThan(3);
  });
});
