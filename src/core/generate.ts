import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ENCODERS } from '../encode/video-encoders.ts';
import { PreviewCollector } from '../encode/still-images.ts';
import { getEngine } from '../engines/registry.ts';
import { overridePlan } from '../plan/override-plan.ts';
import { parseScenePlan } from '../plan/parse-plan.ts';
import { planWithLlm } from '../plan/llm/llm-planner.ts';
import { planScene } from '../plan/planner.ts';
import type { ScenePlan } from '../plan/schema.ts';
import { assertWritableTarget, createAtomicFile, type AtomicFile } from '../util/atomic-file.ts';
import { InvalidRequestError, throwIfAborted } from '../util/errors.ts';
import { defaultSeed, outputOf, validateRequest, type GenerateRequest, type ValidRequest } from './request.ts';

/** Where a generation is, for progress bars and the API's progress field. */
export interface GenerateProgress {
  readonly stage: 'planning' | 'preparing' | 'rendering' | 'finishing' | 'done';
  /** Frames rendered so far and in all. */
  readonly frame: number;
  readonly frameCount: number;
  /** 0 to 1 over the whole job. */
  readonly fraction: number;
}

export interface GenerateOptions {
  onProgress?: (progress: GenerateProgress) => void;
  /** Checked before every frame; aborting leaves no output file behind. */
  signal?: AbortSignal;
}

/** What was made. */
export interface GenerateResult {
  readonly output: string;
  readonly format: ScenePlan['output']['format'];
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly seconds: number;
  readonly frameCount: number;
  /** Frames actually rendered (one for a PNG). */
  readonly framesRendered: number;
  readonly bytes: number;
  readonly seed: number;
  readonly engine: string;
  readonly elapsedMs: number;
  readonly thumbnail: string | null;
  readonly spritesheet: string | null;
  readonly plan: ScenePlan;
}

/** Builds the scene plan a request describes (planning a prompt or adjusting a given plan). */
export function resolvePlan(request: ValidRequest): ScenePlan {
  if (request.plan !== undefined) {
    const plan = parseScenePlan(request.plan);
    return overridePlan(plan, { ...request, format: request.format });
  }
  const prompt = request.prompt!;
  return planScene({
    prompt,
    seed: request.seed ?? defaultSeed(prompt),
    output: outputOf(request),
    ...(request.style ? { style: request.style } : {}),
  });
}

/**
 * Like resolvePlan, but a prompt goes to the LLM planner when one is
 * configured (DIORAMA_LLM_BASE_URL and DIORAMA_LLM_MODEL); any LLM failure
 * falls back to the embedded planner, so the result is always a valid plan.
 */
export async function resolvePlanAsync(request: ValidRequest, signal?: AbortSignal): Promise<ScenePlan> {
  if (request.plan !== undefined || request.prompt === null) return resolvePlan(request);
  const prompt = request.prompt;
  const { plan } = await planWithLlm({
    prompt,
    seed: request.seed ?? defaultSeed(prompt),
    output: outputOf(request),
    ...(request.style ? { style: request.style } : {}),
    ...(signal ? { signal } : {}),
  });
  return plan;
}

/**
 * The one core call: request → plan → frames → encoded file(s). The CLI and
 * the server only translate into this. Output files appear atomically, and
 * only when everything succeeded.
 */
export async function generate(input: GenerateRequest, options: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const { signal, onProgress } = options;
  const request = validateRequest(input);
  const engine = getEngine(request.engine);
  const targets = [request.output, request.thumbnail, request.spritesheet, request.planOutput, request.labels].filter((p): p is string => Boolean(p));
  await Promise.all(targets.map((t) => assertWritableTarget(t)));
  throwIfAborted(signal);

  onProgress?.({ stage: 'planning', frame: 0, frameCount: 0, fraction: 0 });
  const plan = await resolvePlanAsync(request, signal);
  const { width, height, fps } = plan.output;
  onProgress?.({ stage: 'preparing', frame: 0, frameCount: 0, fraction: 0.01 });
  const source = await engine.open(plan, { signal });
  const frameCount = source.frameCount;
  const video = createAtomicFile(request.output);
  const extras: AtomicFile[] = [];
  const encoder = ENCODERS[plan.output.format]({ width, height, fps, frameCount, path: video.tempPath });
  const previews = request.thumbnail || request.spritesheet ? new PreviewCollector(frameCount, width, height) : null;
  let rendered = 0;
  try {
    if (request.labels && !source.labels) throw new InvalidRequestError(`engine "${engine.id}" cannot write labels`, 'labels');
    // An image encoder needs one frame; render only that and what the previews need.
    const indices = encoder.frames
      ? [...new Set([...encoder.frames, ...(previews?.wanted ?? [])])].sort((a, b) => a - b)
      : range(frameCount);
    const encoderFrames = encoder.frames ? new Set(encoder.frames) : null;
    for (const index of indices) {
      throwIfAborted(signal);
      const rgba = await source.renderFrame(index);
      rendered++;
      previews?.offer(index, rgba);
      if (!encoderFrames || encoderFrames.has(index)) await encoder.write(index, rgba);
      onProgress?.({ stage: 'rendering', frame: rendered, frameCount: indices.length, fraction: 0.02 + 0.95 * (rendered / indices.length) });
    }
    throwIfAborted(signal);
    onProgress?.({ stage: 'finishing', frame: rendered, frameCount: indices.length, fraction: 0.98 });
    await encoder.finish();
    throwIfAborted(signal);
    if (previews && request.thumbnail) await writeExtra(extras, request.thumbnail, previews.thumbnailWebp());
    if (previews && request.spritesheet) await writeExtra(extras, request.spritesheet, previews.spritesheetJpeg());
    if (request.planOutput) await writeExtra(extras, request.planOutput, `${JSON.stringify(plan, null, 2)}\n`);
    if (request.labels) await writeExtra(extras, request.labels, `${JSON.stringify(await source.labels!())}\n`);
    await video.commit();
    for (const extra of extras) await extra.commit();
  } catch (error) {
    await encoder.abort().catch(() => undefined);
    await video.abort();
    await Promise.all(extras.map((e) => e.abort()));
    throw error;
  } finally {
    await source.close();
  }
  const bytes = (await stat(request.output)).size;
  onProgress?.({ stage: 'done', frame: rendered, frameCount: rendered, fraction: 1 });
  return {
    output: video.finalPath,
    format: plan.output.format,
    width,
    height,
    fps,
    seconds: plan.output.seconds,
    frameCount,
    framesRendered: rendered,
    bytes,
    seed: plan.seed,
    engine: engine.id,
    elapsedMs: performance.now() - started,
    thumbnail: request.thumbnail ? path.resolve(request.thumbnail) : null,
    spritesheet: request.spritesheet ? path.resolve(request.spritesheet) : null,
    plan,
  };
}

async function writeExtra(extras: AtomicFile[], target: string, data: Uint8Array | string): Promise<void> {
  const file = createAtomicFile(target);
  extras.push(file);
  await writeFile(file.tempPath, data);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
