import type { Motion, Relation } from '../vocabulary.ts';
import { round } from './shot-groups.ts';

/**
 * "The car stops at the red light": a vehicle that stops was on its way
 * there. A stand-still verb alone would leave a parked car (nothing to
 * animate), so the vehicle drives for most of the verb's time and then stands.
 */

/** Verbs of a vehicle coming to a halt (lemmas). */
export const STOP_VERBS: ReadonlySet<string> = new Set(['stop', 'halt', 'brake', 'pause', 'pull up', 'pull over']);

/** Relations that say where it stops ("at the light", "by the kerb", "in front of the school"). */
export const AT_RELATIONS: ReadonlySet<Relation> = new Set(['near', 'beside', 'in-front-of', 'left-of', 'right-of']);

/** Share of the verb's time the vehicle still drives before it stands. */
const DRIVING_SHARE = 0.55;

interface TimedAction {
  verb: string;
  motion: Motion;
  target?: string;
  start?: number;
  end?: number | null;
}

/**
 * The actions of a vehicle that stops in `slot` (seconds of the shot):
 * a drive, then the stop, held to the slot's end, at `at` when the prompt
 * says where. When it already drives up to the slot ("drives down the road
 * and stops") only the stop is added.
 */
export function drivesThenStops(verb: string, before: readonly TimedAction[], slot: { start: number; end: number | null }, duration: number, at: string | null): Array<TimedAction & { start: number }> {
  const stop: TimedAction & { start: number } = { verb, motion: 'idle', ...(at ? { target: at } : {}), start: slot.start, end: slot.end };
  const onItsWay = before.some((a) => a.motion !== 'idle' && (a.start ?? 0) < slot.start + 1e-6);
  if (onItsWay) return [stop];
  const end = slot.end ?? duration;
  const halt = round(slot.start + (end - slot.start) * DRIVING_SHARE);
  return [{ verb: 'drive', motion: 'drive' as const, start: slot.start, end: halt }, { ...stop, start: halt }];
}

/** Verbs of a vehicle on its way somewhere ("a fire truck racing to a burning house"): said with "to", it arrives. */
export const HEADING_VERBS: ReadonlySet<string> = new Set(['race', 'rush', 'speed', 'hurry', 'dash', 'zoom', 'drive', 'head', 'go', 'come', 'return', 'travel', 'roll', 'move']);

/** Words that say where a vehicle is heading, not where it is. */
const TO_WORDS: ReadonlySet<string> = new Set(['to', 'towards', 'toward', 'into']);

/** Categories a vehicle can arrive at: a place, a building, a thing standing still (not someone moving). */
const ARRIVED_AT: ReadonlySet<string> = new Set(['building', 'object', 'plant']);

/**
 * Whether a vehicle that `verb`s "to" something (its category `targetCategory`)
 * arrives there: it drives in and stops by it, rather than driving on through.
 */
export function headsTo(verb: string, preposition: string, targetCategory: string | null): boolean {
  return HEADING_VERBS.has(verb) && TO_WORDS.has(preposition.toLowerCase()) && targetCategory !== null && ARRIVED_AT.has(targetCategory);
}
