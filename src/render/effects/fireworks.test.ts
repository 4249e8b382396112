import { describe, expect, it } from 'vitest';
import { parseScenePlan } from '../../plan/parse-plan.ts';
import type { ScenePlan } from '../../plan/schema.ts';
import { cameraAt } from '../../simulate/projection.ts';
import { simulate } from '../../simulate/simulate.ts';
import type { Simulation } from '../../simulate/simulation.ts';
import { createFrameRenderer } from '../frame-renderer.ts';
import { buildLabels } from '../labels.ts';
import { createPyrotechnics } from './fireworks.ts';

const W = 256;
const H = 144;
const FPS = 12;

function plan(entities: object[], color: string | null = null, timeOfDay = 'night'): ScenePlan {
  return parseScenePlan({
    version: 1,
    prompt: 'fireworks over a city at night',
    seed: 11,
    output: { width: W, height: H, fps: FPS, seconds: 3, format: 'mp4' },
    shots: [
      {
        id: 's1',
        start: 0,
        duration: 3,
        setting: { kind: 'city-street', timeOfDay, weather: 'clear' },
        entities: entities.map((e) => ({ ...e, ...(color ? { color } : {}) })),
      },
    ],
  });
}

const FIREWORKS = { id: 'fw', noun: 'fireworks', asset: 'emoji:1f386', category: 'object', count: 3, actions: [{ verb: 'explode', motion: 'explode' }] };

/** Pixels in the top half that are bright and clearly coloured (a star, not white or the sky). */
function colouredHigh(rgba: Uint8Array, hue: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let y = 0; y < H / 2; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4;
      const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
      if (Math.max(r, g, b) > 170 && Math.max(r, g, b) - Math.min(r, g, b) > 60 && hue(r, g, b)) n++;
    }
  }
  return n;
}

/** The frame with the most burst light in it, by the labels' boxes. */
function busiestFrame(p: ScenePlan, simulation: Simulation): number {
  const labels = buildLabels(p, simulation);
  let best = 0;
  let area = -1;
  for (const frame of labels.frames) {
    const lit = frame.objects.filter((o) => o.key.includes('/fw#') && o.box).reduce((s, o) => s + (o.box![2] - o.box![0]) * (o.box![3] - o.box![1]), 0);
    if (lit > area) [best, area] = [frame.frame, lit];
  }
  return best;
}

describe('fireworks', () => {
  it('burst into coloured light high in the frame, the same frame however it is reached', async () => {
    const p = plan([FIREWORKS], '#ff2020');
    const simulation = simulate(p);
    const frame = busiestFrame(p, simulation);
    const first = await createFrameRenderer(p, simulation);
    for (let f = 0; f < frame; f += 5) first.renderFrame(f);
    const inOrder = Buffer.from(first.renderFrame(frame));
    const alone = Buffer.from((await createFrameRenderer(p, simulate(p))).renderFrame(frame));
    expect(alone.equals(inOrder)).toBe(true);
    // Red stars, as the plan asked.
    expect(colouredHigh(inOrder, (r, g, b) => r > g + 50 && r > b + 30)).toBeGreaterThan(12);
  });

  it('are light in the sky, not the emoji picture tile', async () => {
    // Fireworks that only hang there (no explode action) would keep their tile for the whole clip.
    const p = plan([{ ...FIREWORKS, actions: [] }]);
    const simulation = simulate(p);
    const frame = busiestFrame(p, simulation);
    const shown = Buffer.from((await createFrameRenderer(p, simulation)).renderFrame(frame));
    const without: Simulation = { ...simulation, actors: simulation.actors.filter((a) => a.entityId !== 'fw'), events: simulation.events.filter((e) => !e.actors.some((k) => k.includes('/fw#'))) };
    const bare = Buffer.from((await createFrameRenderer(p, without)).renderFrame(frame));
    // Light only adds: almost nothing gets darker than the scene without fireworks (a tile would cover it).
    let darker = 0;
    let brighter = 0;
    for (let i = 0; i < shown.length; i += 4) {
      const d = shown[i]! + shown[i + 1]! + shown[i + 2]! - (bare[i]! + bare[i + 1]! + bare[i + 2]!);
      if (d < -45) darker++;
      if (d > 45) brighter++;
    }
    expect(darker).toBeLessThan(W * H * 0.002);
    expect(brighter).toBeGreaterThan(W * H * 0.004);
    // The light is in the sky, above the street's rooftops.
    const lit = buildLabels(p, simulation).frames[frame]!.objects.filter((o) => o.key.includes('/fw#') && o.box);
    expect(lit.length).toBeGreaterThan(0);
    for (const o of lit) expect(o.box![1]).toBeLessThan(H * 0.5);
    expect(Math.min(...lit.map((o) => (o.box![1] + o.box![3]) / 2))).toBeLessThan(H * 0.5);
  });

  it('light more of the sky for longer with more launchers (a show, not one shell)', () => {
    const count = (n: number): number => {
      const p = plan([{ ...FIREWORKS, count: n, actions: [] }]);
      const simulation = simulate(p);
      const show = createPyrotechnics({ plan: p, simulation, span: simulation.shots[0]!, night: 1 });
      const camera = cameraAt(simulation.camera, 0);
      const tracks = simulation.actors.filter((a) => show.has(a));
      let bursts = 0;
      for (let f = 0; f < simulation.frameCount; f++) {
        bursts += tracks.filter((t) => show.box(t, f, camera, f / FPS) !== null).length;
      }
      return bursts;
    };
    expect(count(6)).toBeGreaterThan(count(1) * 2.5);
  });

  it('turn a sparkler into sparks at the hand of whoever holds it', async () => {
    const p = plan([
      { id: 'kid', noun: 'child', asset: 'emoji:1f9cd', category: 'person', actions: [{ verb: 'hold', motion: 'carry', target: 'sp' }] },
      { id: 'sp', noun: 'sparkler', asset: 'emoji:1f387', category: 'object' },
    ]);
    const simulation = simulate(p);
    const labels = buildLabels(p, simulation);
    const kid = labels.frames[10]!.objects.find((o) => o.key.endsWith('/kid#0'))!;
    const spark = labels.frames[10]!.objects.find((o) => o.key.endsWith('/sp#0'))!;
    expect(spark.box).not.toBeNull();
    // Light hides nothing: the child stays fully visible behind the spray.
    expect(kid.visibility).toBeGreaterThan(0.9);
    const frame = Buffer.from((await createFrameRenderer(p, simulation)).renderFrame(10));
    let hot = 0;
    const [x0, y0, x1, y1] = spark.box!.map(Math.round);
    for (let y = y0!; y < y1!; y++) for (let x = x0!; x < x1!; x++) if (frame[(y * W + x) * 4]! > 235 && frame[(y * W + x) * 4 + 1]! > 215) hot++;
    expect(hot).toBeGreaterThan(6);
  });
});
