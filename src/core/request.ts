import path from 'node:path';
import { DEFAULT_OUTPUT, LIMITS } from '../plan/limits.ts';
import { OUTPUT_FORMATS, STYLE_NAMES, type OutputFormat, type StyleName } from '../plan/vocabulary.ts';
import { InvalidRequestError } from '../util/errors.ts';
import { hashString } from '../util/random.ts';

/** What a caller asks generate() for. Either a prompt or a ready plan. */
export interface GenerateRequest {
  /** The text to turn into a video (1–32,000 characters). */
  prompt?: string;
  /** A scene plan (parsed JSON) to render instead of planning a prompt. */
  plan?: unknown;
  /** Seed for every random choice; defaults to a hash of the prompt, so reruns repeat. */
  seed?: number;
  width?: number;
  height?: number;
  fps?: number;
  seconds?: number;
  /** Defaults to the output file's extension. */
  format?: OutputFormat;
  /** Overrides the style the planner read from the prompt. */
  style?: StyleName;
  /** Engine id; "scene" by default. */
  engine?: string;
  /** Path of the video or image to write. */
  output: string;
  /** Optional extra files: a WebP thumbnail, a JPEG spritesheet, the plan as JSON. */
  thumbnail?: string;
  spritesheet?: string;
  planOutput?: string;
  /** Optional labels sidecar (JSON): per-frame boxes and visibility of every actor, and the captions. */
  labels?: string;
}

/** A request after validation, with defaults resolved. */
export interface ValidRequest {
  readonly prompt: string | null;
  readonly plan: unknown;
  readonly seed: number | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly fps: number | null;
  readonly seconds: number | null;
  readonly format: OutputFormat;
  readonly style: StyleName | null;
  readonly engine: string;
  readonly output: string;
  readonly thumbnail: string | null;
  readonly spritesheet: string | null;
  readonly planOutput: string | null;
  readonly labels: string | null;
}

/** The output format an extension implies, or null. */
export function formatFromPath(file: string): OutputFormat | null {
  const ext = path.extname(file).slice(1).toLowerCase();
  return (OUTPUT_FORMATS as readonly string[]).includes(ext) ? (ext as OutputFormat) : null;
}

function checkInteger(name: string, value: unknown, min: number, max: number, extra?: (n: number) => string | null): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidRequestError(`${name} must be a whole number from ${min} to ${max} (got ${String(value)})`, name);
  }
  const problem = extra?.(value);
  if (problem) throw new InvalidRequestError(`${name} ${problem} (got ${value})`, name);
  return value;
}

/** Validates a request; every problem becomes an InvalidRequestError with a one-line reason. */
export function validateRequest(request: GenerateRequest): ValidRequest {
  if (!request || typeof request !== 'object') throw new InvalidRequestError('request must be an object');
  const hasPrompt = request.prompt !== undefined && request.prompt !== null;
  if (!hasPrompt && request.plan === undefined) throw new InvalidRequestError('give a prompt or a plan', 'prompt');
  if (hasPrompt) {
    if (typeof request.prompt !== 'string') throw new InvalidRequestError('prompt must be text', 'prompt');
    if (request.prompt.trim().length === 0) throw new InvalidRequestError('prompt is empty', 'prompt');
    if (request.prompt.length > LIMITS.maxPromptChars) {
      throw new InvalidRequestError(`prompt is ${request.prompt.length} characters; the limit is ${LIMITS.maxPromptChars}`, 'prompt');
    }
  }
  const even = (n: number): string | null => (n % 2 === 0 ? null : 'must be even');
  const width = checkInteger('width', request.width, LIMITS.minDimension, LIMITS.maxDimension, even);
  const height = checkInteger('height', request.height, LIMITS.minDimension, LIMITS.maxDimension, even);
  const fps = checkInteger('fps', request.fps, LIMITS.minFps, LIMITS.maxFps);
  const seed = checkInteger('seed', request.seed, 0, LIMITS.maxSeed);
  let seconds: number | null = null;
  if (request.seconds !== undefined && request.seconds !== null) {
    const s = request.seconds;
    if (typeof s !== 'number' || !Number.isFinite(s) || s < LIMITS.minSeconds || s > LIMITS.maxSeconds) {
      throw new InvalidRequestError(`seconds must be from ${LIMITS.minSeconds} to ${LIMITS.maxSeconds} (got ${String(s)})`, 'seconds');
    }
    seconds = s;
  }
  if (typeof request.output !== 'string' || request.output.length === 0) {
    throw new InvalidRequestError('an output path is required', 'output');
  }
  let format: OutputFormat;
  if (request.format !== undefined) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(request.format)) {
      throw new InvalidRequestError(`unknown format "${String(request.format)}" (use ${OUTPUT_FORMATS.join(', ')})`, 'format');
    }
    format = request.format;
  } else {
    const fromPath = formatFromPath(request.output);
    if (!fromPath) {
      throw new InvalidRequestError(
        `cannot tell the format from "${path.basename(request.output)}": use an extension (${OUTPUT_FORMATS.map((f) => `.${f}`).join(', ')}) or a format`,
        'format',
      );
    }
    format = fromPath;
  }
  if (request.style !== undefined && !(STYLE_NAMES as readonly string[]).includes(request.style)) {
    throw new InvalidRequestError(`unknown style "${String(request.style)}" (use ${STYLE_NAMES.join(', ')})`, 'style');
  }
  return {
    prompt: hasPrompt ? request.prompt! : null,
    plan: request.plan,
    seed,
    width,
    height,
    fps,
    seconds,
    format,
    style: request.style ?? null,
    engine: request.engine ?? 'scene',
    output: request.output,
    thumbnail: request.thumbnail ?? null,
    spritesheet: request.spritesheet ?? null,
    planOutput: request.planOutput ?? null,
    labels: request.labels ?? null,
  };
}

/** The seed used when a request names none: stable for the same prompt. */
export function defaultSeed(prompt: string): number {
  return hashString(prompt.trim().toLowerCase());
}

/** The output block of a plan for a validated request, with defaults. */
export function outputOf(request: ValidRequest): { width: number; height: number; fps: number; seconds: number; format: OutputFormat } {
  return {
    width: request.width ?? DEFAULT_OUTPUT.width,
    height: request.height ?? DEFAULT_OUTPUT.height,
    fps: request.fps ?? DEFAULT_OUTPUT.fps,
    seconds: request.seconds ?? DEFAULT_OUTPUT.seconds,
    format: request.format,
  };
}
