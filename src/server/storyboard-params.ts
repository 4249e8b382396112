import { LIMITS } from '../plan/limits.ts';
import type { StoryboardShot } from '../plan/storyboard-plan.ts';
import { ApiError, badRequest } from './api-error.ts';
import { numberField, parsePrompt, textField } from './video-params.ts';

/** Most shots one storyboard request may list (each is planned on its own). */
export const MAX_STORYBOARD_SHOTS = 16;

/** A storyboard request: its shots in order and the prompt the video is listed under. */
export interface StoryboardParams {
  readonly shots: readonly StoryboardShot[];
  /** The request's `prompt` when given, else the shots' prompts, one per line. */
  readonly prompt: string;
  /** The sum of the shots' seconds. */
  readonly seconds: number;
}

/**
 * Reads the Diorama extension `shots` of a create request: a list of
 * `{prompt, seconds}` in the order they play, rendered as one video. JSON
 * sends an array; multipart may send bracketed keys (`shots[0][prompt]`,
 * `shots[0][seconds]`) or the array as one JSON text part. Null when the
 * request has no `shots`. Each shot lasts 1 to 120 s and all together at most
 * 120 s; `prompt` is optional then, and `seconds`, if given, must equal the sum.
 */
export function parseStoryboard(fields: Record<string, unknown>): StoryboardParams | null {
  const raw = fields.shots;
  if (raw === undefined || raw === null || raw === '') return null;
  const list = shotList(raw);
  if (list.length === 0) throw badRequest("Invalid 'shots': give at least one shot.", 'shots', 'empty_array');
  if (list.length > MAX_STORYBOARD_SHOTS) {
    throw badRequest(`Invalid 'shots': ${list.length} shots; a storyboard may have at most ${MAX_STORYBOARD_SHOTS}.`, 'shots', 'array_above_max_length');
  }
  const shots = list.map((item, index): StoryboardShot => {
    const param = `shots[${index}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw badRequest(`Invalid '${param}': expected an object with 'prompt' and 'seconds'.`, param, 'invalid_type');
    }
    const shot = item as Record<string, unknown>;
    const prompt = withParam(() => parsePrompt(shot), `${param}.prompt`);
    const seconds = withParam(() => numberField(shot, 'seconds'), `${param}.seconds`);
    if (seconds === null) throw badRequest(`Missing required parameter: '${param}.seconds'.`, `${param}.seconds`, 'missing_required_parameter');
    if (seconds < LIMITS.minSeconds || seconds > LIMITS.maxSeconds) {
      throw badRequest(`Invalid '${param}.seconds': ${seconds}. A shot lasts ${LIMITS.minSeconds} to ${LIMITS.maxSeconds} seconds.`, `${param}.seconds`);
    }
    return { prompt, seconds: Math.round(seconds * 1000) / 1000 };
  });
  const seconds = Math.round(shots.reduce((sum, s) => sum + s.seconds, 0) * 1000) / 1000;
  if (seconds > LIMITS.maxSeconds) {
    throw badRequest(`Invalid 'shots': together they last ${seconds} s; a video may last at most ${LIMITS.maxSeconds} s.`, 'shots', 'video_too_long');
  }
  const given = numberField(fields, 'seconds');
  if (given !== null && Math.abs(given - seconds) > 1e-3) {
    throw badRequest(`Invalid 'seconds': ${given}, but the shots last ${seconds} s together. Leave 'seconds' out with 'shots'.`, 'seconds');
  }
  const title = textField(fields, 'prompt');
  const prompt = title !== null && title.trim() !== '' ? parsePrompt(fields) : shots.map((s) => s.prompt.trim()).join('\n');
  if (prompt.length > LIMITS.maxPromptChars) {
    throw badRequest(`Invalid 'shots': the prompts come to ${prompt.length} characters together; the limit is ${LIMITS.maxPromptChars}.`, 'shots', 'string_above_max_length');
  }
  return { shots, prompt, seconds };
}

/** The shots as an array, however the body encoded them. */
function shotList(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw badRequest("Invalid 'shots': expected an array of {prompt, seconds} (as JSON text in a multipart body).", 'shots', 'invalid_type');
    }
    if (!Array.isArray(parsed)) throw badRequest("Invalid 'shots': expected an array of {prompt, seconds}.", 'shots', 'invalid_type');
    return parsed;
  }
  if (typeof raw === 'object') {
    // Multipart `shots[0][prompt]` arrives as an object keyed by position.
    const entries = Object.entries(raw as Record<string, unknown>);
    if (entries.every(([key]) => /^\d{1,3}$/.test(key))) return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, value]) => value);
  }
  throw badRequest("Invalid 'shots': expected an array of {prompt, seconds}.", 'shots', 'invalid_type');
}

/** Runs a field check and names the shot's field in its error. */
function withParam<T>(check: () => T, param: string): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ApiError) throw badRequest(error.message.replace(/'(prompt|seconds)'/g, `'${param}'`), param, error.code ?? undefined);
    throw error;
  }
}
