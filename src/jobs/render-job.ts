import { mkdir, rm, stat } from 'node:fs/promises';
import { generate, resolvePlan, resolvePlanAsync } from '../core/generate.ts';
import { defaultSeed, validateRequest } from '../core/request.ts';
import { concatVideos } from '../encode/concat.ts';
import { previewsFromVideo } from '../encode/video-previews.ts';
import { extendPlan, stitchPlans } from '../plan/extend-plan.ts';
import { parseScenePlan } from '../plan/parse-plan.ts';
import { remixPlan, type PromptPlanner } from '../plan/remix-plan.ts';
import { joinShotPlans } from '../plan/storyboard-plan.ts';
import type { ScenePlan } from '../plan/schema.ts';
import { preparePhysics } from '../simulate/simulate.ts';
import { frameCountOf } from '../simulate/timeline.ts';
import { writeFileAtomic } from '../util/atomic-file.ts';
import { throwIfAborted } from '../util/errors.ts';
import { DataFolder } from './data-folder.ts';
import { JOB_INPUT_FILES, type CreateSpec, type ExtendSpec, type JobSpec, type RemixSpec, type RenderResult, type StoryboardSpec } from './job-spec.ts';
import { continueMotion } from './motion-continuity.ts';

/** What a render reports while it runs. */
export interface RenderJobOptions {
  /** 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Renders one job into its folder under `dataRoot`: video.mp4,
 * thumbnail.webp, spritesheet.jpg, plan.json and segment-plan.json, each
 * written atomically. Leftovers of an interrupted earlier attempt are removed
 * first, so a rerun starts clean. Runs inside a render thread (CPU-bound).
 */
export async function runRenderJob(jobId: string, spec: JobSpec, dataRoot: string, options: RenderJobOptions = {}): Promise<RenderResult> {
  const data = new DataFolder(dataRoot);
  await mkdir(data.videoDir(jobId), { recursive: true });
  await data.removeLeftovers(jobId, JOB_INPUT_FILES);
  throwIfAborted(options.signal);
  switch (spec.kind) {
    case 'create':
      return renderWhole(jobId, await planForCreate(spec, options.signal), data, spec.reference, options);
    case 'remix':
      return renderWhole(jobId, await planForRemix(spec, options.signal), data, spec.reference, options);
    case 'extend':
      return renderExtension(jobId, spec, data, options);
    case 'storyboard':
      return renderWhole(jobId, await planForStoryboard(spec, options.signal), data, spec.reference, options);
    default:
      throw new Error(`unknown job kind ${(spec as { kind: string }).kind}`);
  }
}

/** Prompts are planned as `diorama generate` plans them: by the LLM planner when one is configured. */
function planForCreate(spec: CreateSpec, signal?: AbortSignal): Promise<ScenePlan> {
  return resolvePlanAsync(
    validateRequest({
      prompt: spec.prompt,
      ...(spec.seed !== null ? { seed: spec.seed } : {}),
      ...(spec.style ? { style: spec.style } : {}),
      ...spec.output,
      output: 'video.mp4',
    }),
    signal,
  );
}

/** Each shot planned alone with the storyboard's seed, size and style, then joined in order. */
async function planForStoryboard(spec: StoryboardSpec, signal?: AbortSignal): Promise<ScenePlan> {
  const seed = spec.seed ?? defaultSeed(spec.prompt);
  const { width, height, fps } = spec.output;
  const plans: ScenePlan[] = [];
  for (const shot of spec.shots) {
    const request = validateRequest({ prompt: shot.prompt, seed, width, height, fps, seconds: shot.seconds, ...(spec.style ? { style: spec.style } : {}), output: 'video.mp4' });
    plans.push(await resolvePlanAsync(request, signal));
  }
  return joinShotPlans(plans, { prompt: spec.prompt, seed });
}

async function planForRemix(spec: RemixSpec, signal?: AbortSignal): Promise<ScenePlan> {
  const source = parseScenePlan(spec.sourcePlan);
  return remixPlan(source, spec.prompt, await plannerFor(source, source.output.seconds, spec.prompt, signal));
}

/**
 * Plans prompts with a source plan's seed and frame settings. The new prompt
 * is planned up front like a create's (LLM planner when configured); the
 * neutral reference prompts that remix and extend compare it with stay with
 * the embedded planner.
 */
async function plannerFor(source: ScenePlan, seconds: number, prompt: string, signal?: AbortSignal): Promise<PromptPlanner> {
  const { width, height, fps } = source.output;
  const request = (text: string) => validateRequest({ prompt: text, seed: source.seed, width, height, fps, seconds, output: 'video.mp4' });
  const planned = await resolvePlanAsync(request(prompt), signal);
  return (text) => (text === prompt ? planned : resolvePlan(request(text)));
}

function withReference(plan: ScenePlan, data: DataFolder, jobId: string, reference: boolean): ScenePlan {
  if (!reference) return plan;
  return parseScenePlan({ ...plan, reference: { image: data.videoFile(jobId, 'reference.png') } });
}

async function renderWhole(jobId: string, basePlan: ScenePlan, data: DataFolder, reference: boolean, options: RenderJobOptions): Promise<RenderResult> {
  const plan = withReference(basePlan, data, jobId, reference);
  const output = data.assetPath(jobId, 'video');
  const result = await generate(
    {
      plan,
      output,
      thumbnail: data.assetPath(jobId, 'thumbnail'),
      spritesheet: data.assetPath(jobId, 'spritesheet'),
      planOutput: data.videoFile(jobId, 'plan.json'),
    },
    { signal: options.signal, onProgress: (p) => options.onProgress?.(p.fraction) },
  );
  await writeFileAtomic(data.videoFile(jobId, 'segment-plan.json'), `${JSON.stringify(result.plan, null, 2)}\n`);
  return { seconds: result.seconds, width: result.width, height: result.height, frames: result.frameCount, bytes: result.bytes };
}

/**
 * An extension: plan the next segment from the source's last one (the prompt
 * applied, actors starting where they ended), render it alone, then stitch it
 * onto the source without re-encoding and make previews of the whole.
 */
async function renderExtension(jobId: string, spec: ExtendSpec, data: DataFolder, options: RenderJobOptions): Promise<RenderResult> {
  const source = parseScenePlan(spec.sourcePlan);
  const previous = parseScenePlan(spec.sourceSegmentPlan);
  const extension = extendPlan(previous, spec.prompt, spec.seconds, await plannerFor(previous, spec.seconds, spec.prompt, options.signal));
  // Continuing the motion simulates both segments.
  await Promise.all([preparePhysics(previous), preparePhysics(extension)]);
  const segmentPlan = withReference(
    continueMotion(extension, previous),
    data,
    jobId,
    spec.reference,
  );
  const segmentFile = data.videoFile(jobId, 'segment.mp4');
  const segment = await generate(
    { plan: segmentPlan, output: segmentFile },
    { signal: options.signal, onProgress: (p) => options.onProgress?.(p.fraction * 0.9) },
  );
  throwIfAborted(options.signal);
  const video = data.assetPath(jobId, 'video');
  await concatVideos([data.videoFile(jobId, 'source.mp4'), segmentFile], video);
  options.onProgress?.(0.95);
  const { width, height } = segmentPlan.output;
  const frames = frameCountOf(source.output) + segment.frameCount;
  const previews = await previewsFromVideo(video, { width, height, frameCount: frames });
  await writeFileAtomic(data.assetPath(jobId, 'thumbnail'), previews.thumbnail);
  await writeFileAtomic(data.assetPath(jobId, 'spritesheet'), previews.spritesheet);
  const whole = withReference(stitchPlans(source, segmentPlan), data, jobId, spec.reference);
  await writeFileAtomic(data.videoFile(jobId, 'plan.json'), `${JSON.stringify(whole, null, 2)}\n`);
  await writeFileAtomic(data.videoFile(jobId, 'segment-plan.json'), `${JSON.stringify(segmentPlan, null, 2)}\n`);
  await rm(segmentFile, { force: true });
  const bytes = (await stat(video)).size;
  return { seconds: whole.output.seconds, width, height, frames, bytes };
}
