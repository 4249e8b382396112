import { DEFAULT_OUTPUT, LIMITS } from '../plan/limits.ts';
import { STYLE_NAMES, type StyleName } from '../plan/vocabulary.ts';
import { badRequest } from './api-error.ts';

/** Which rules a model name follows. Every model runs the scene engine. */
export type ModelFamily = 'sora-2' | 'sora-2-pro' | 'diorama';

/** The model a request names no model gets. */
export const DEFAULT_MODEL = 'sora-2';
/** The size a request names no size gets (OpenAI's default: portrait 720p). */
export const DEFAULT_SIZE = '720x1280';
/** Lengths the Sora models allow (4/8/12 at launch, 16/20 since March 2026). */
export const SORA_SECONDS = [4, 8, 12, 16, 20] as const;
export const SORA_2_SIZES = ['720x1280', '1280x720'] as const;
export const SORA_2_PRO_SIZES = ['720x1280', '1280x720', '1024x1792', '1792x1024', '1080x1920', '1920x1080'] as const;

/** Everything a create request says about the video to make. */
export interface VideoParams {
  readonly model: string;
  readonly family: ModelFamily;
  readonly width: number;
  readonly height: number;
  /** "WIDTHxHEIGHT" as the API echoes it. */
  readonly size: string;
  readonly seconds: number;
  readonly fps: number;
  readonly seed: number | null;
  readonly style: StyleName | null;
}

/** The family of a model name, or null for one this server does not run. */
export function modelFamily(model: string): ModelFamily | null {
  if (model === 'diorama') return 'diorama';
  if (model === 'sora-2' || /^sora-2-\d{4}-\d{2}-\d{2}$/.test(model)) return 'sora-2';
  if (model === 'sora-2-pro' || /^sora-2-pro-\d{4}-\d{2}-\d{2}$/.test(model)) return 'sora-2-pro';
  return null;
}

/** A text field (numbers are accepted and turned into text). */
export function textField(fields: Record<string, unknown>, name: string): string | null {
  const value = fields[name];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw badRequest(`Invalid type for '${name}': expected a string, but got ${describeType(value)}.`, name, 'invalid_type');
}

/** A number field, also given as a numeric string ("8"), as many clients send. */
export function numberField(fields: Record<string, unknown>, name: string): number | null {
  const value = fields[name];
  if (value === undefined || value === null || value === '') return null;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(number)) throw badRequest(`Invalid value for '${name}': expected a number, got ${JSON.stringify(value)}.`, name, 'invalid_type');
  return number;
}

/** The prompt: required, 1 to 32,000 characters. */
export function parsePrompt(fields: Record<string, unknown>): string {
  const prompt = textField(fields, 'prompt');
  if (prompt === null) throw badRequest("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  if (prompt.trim().length === 0) throw badRequest("Invalid 'prompt': empty string. Expected a string with minimum length 1.", 'prompt', 'empty_string');
  if (prompt.length > LIMITS.maxPromptChars) {
    throw badRequest(
      `Invalid 'prompt': string too long. Expected a string with maximum length ${LIMITS.maxPromptChars}, but got a string with length ${prompt.length} instead.`,
      'prompt',
      'string_above_max_length',
    );
  }
  return prompt;
}

/**
 * Reads model, size and seconds as OpenAI allows them (sora-2: 720x1280 and
 * 1280x720; sora-2-pro: also 1024x1792, 1792x1024, 1080x1920 and 1920x1080;
 * 4–20 s in steps of 4), and for `diorama` any even size up to 3840 and any
 * length from 1 to 120 s. Extra fields this server understands: `fps`,
 * `seed` and `style`.
 */
export function parseVideoParams(fields: Record<string, unknown>): VideoParams {
  const model = textField(fields, 'model')?.trim() || DEFAULT_MODEL;
  const family = modelFamily(model);
  if (!family) {
    throw badRequest(`The model '${model}' does not exist on this server. Use sora-2, sora-2-pro or diorama.`, 'model', 'model_not_found');
  }
  const sizeText = (textField(fields, 'size') ?? DEFAULT_SIZE).trim();
  const match = /^(\d{1,5})\s*[xX×]\s*(\d{1,5})$/.exec(sizeText);
  if (!match) throw badRequest(`Invalid 'size': ${JSON.stringify(sizeText)}. Write it as WIDTHxHEIGHT, e.g. 1280x720.`, 'size');
  const width = Number(match[1]);
  const height = Number(match[2]);
  const size = `${width}x${height}`;
  if (family === 'diorama') {
    for (const [name, value] of [['width', width], ['height', height]] as const) {
      if (value < LIMITS.minDimension || value > LIMITS.maxDimension || value % 2 !== 0) {
        throw badRequest(`Invalid 'size': the ${name} must be an even number from ${LIMITS.minDimension} to ${LIMITS.maxDimension} (got ${value}).`, 'size');
      }
    }
  } else {
    const allowed: readonly string[] = family === 'sora-2' ? SORA_2_SIZES : SORA_2_PRO_SIZES;
    if (!allowed.includes(size)) {
      throw badRequest(`Invalid 'size' for ${model}: ${size}. Supported values are: ${allowed.map((s) => `'${s}'`).join(', ')}.`, 'size');
    }
  }
  const seconds = parseSeconds(numberField(fields, 'seconds') ?? 4, family, 'seconds');
  const fps = numberField(fields, 'fps') ?? DEFAULT_OUTPUT.fps;
  if (!Number.isInteger(fps) || fps < LIMITS.minFps || fps > LIMITS.maxFps) {
    throw badRequest(`Invalid 'fps': ${fps}. Use a whole number from ${LIMITS.minFps} to ${LIMITS.maxFps}.`, 'fps');
  }
  const seed = numberField(fields, 'seed');
  if (seed !== null && (!Number.isInteger(seed) || seed < 0 || seed > LIMITS.maxSeed)) {
    throw badRequest(`Invalid 'seed': ${seed}. Use a whole number from 0 to ${LIMITS.maxSeed}.`, 'seed');
  }
  const style = textField(fields, 'style');
  if (style !== null && !(STYLE_NAMES as readonly string[]).includes(style)) {
    throw badRequest(`Invalid 'style': ${JSON.stringify(style)}. Use one of ${STYLE_NAMES.join(', ')}.`, 'style');
  }
  return { model, family, width, height, size, seconds, fps, seed, style: style as StyleName | null };
}

/** A length in seconds as a model allows it. */
export function parseSeconds(seconds: number, family: ModelFamily, param: string): number {
  if (family === 'diorama') {
    if (seconds < LIMITS.minSeconds || seconds > LIMITS.maxSeconds) {
      throw badRequest(`Invalid '${param}': ${seconds}. The diorama model makes ${LIMITS.minSeconds} to ${LIMITS.maxSeconds} seconds.`, param);
    }
    return Math.round(seconds * 1000) / 1000;
  }
  if (!(SORA_SECONDS as readonly number[]).includes(seconds)) {
    throw badRequest(`Invalid '${param}': ${seconds}. Supported values are: ${SORA_SECONDS.map((s) => `'${s}'`).join(', ')}.`, param);
  }
  return seconds;
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
