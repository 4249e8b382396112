import { parseScenePlan } from '../../src/plan/parse-plan.ts';
import type { ScenePlan, ScenePlanInput } from '../../src/plan/schema.ts';
import { createFrameRenderer } from '../../src/render/frame-renderer.ts';
import { preparePhysics, simulate } from '../../src/simulate/simulate.ts';

type ShotInput = ScenePlanInput['shots'][number];
type EntityInput = NonNullable<ShotInput['entities']>[number];

/** A one-shot plan written by hand, small and short so tests stay fast. */
export function onePlan(shot: Partial<ShotInput>, options: { width?: number; height?: number; fps?: number; seconds?: number; style?: ScenePlanInput['style']; seed?: number; reference?: ScenePlanInput['reference'] } = {}): ScenePlan {
  const seconds = options.seconds ?? 1;
  return parseScenePlan({
    version: 1,
    prompt: 'test',
    seed: options.seed ?? 7,
    output: { width: options.width ?? 96, height: options.height ?? 54, fps: options.fps ?? 8, seconds, format: 'mp4' },
    ...(options.style ? { style: options.style } : {}),
    ...(options.reference ? { reference: options.reference } : {}),
    shots: [{ id: 's1', start: 0, duration: seconds, ...shot }],
  });
}

/** An entity with sensible defaults. */
export function entity(id: string, asset: string, extra: Partial<EntityInput> = {}): EntityInput {
  return { id, noun: id, asset: `emoji:${asset}`, category: 'animal', ...extra };
}

/** Simulates and renders the given frames of a plan. */
export async function renderFrames(plan: ScenePlan, frames: readonly number[]): Promise<Buffer[]> {
  await preparePhysics(plan);
  const simulation = simulate(plan);
  const renderer = await createFrameRenderer(plan, simulation);
  return frames.map((f) => Buffer.from(renderer.renderFrame(f)));
}

/** Mean absolute difference per channel between two RGBA buffers (0..255). */
export function meanDifference(a: Uint8Array | Uint8ClampedArray, b: Uint8Array | Uint8ClampedArray): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 4) sum += Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
  return sum / ((a.length / 4) * 3);
}

/** Standard deviation of luminance: near zero for a blank frame. */
export function lumaSpread(rgba: Uint8Array): number {
  let sum = 0;
  let sq = 0;
  const n = rgba.length / 4;
  for (let i = 0; i < rgba.length; i += 4) {
    const l = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
    sum += l;
    sq += l * l;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sq / n - mean * mean));
}
