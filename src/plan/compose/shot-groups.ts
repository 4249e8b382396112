import { LIMITS } from '../limits.ts';
import type { SentenceReading } from '../read/read-sentence.ts';
import type { Cast } from './cast.ts';

/**
 * Which sentences make up each shot. A story's sentences become shots of
 * their own when they bring new action ("It spots a rabbit"), a new moment
 * ("Then ...") or a new place; sentences that only add camera, style, time
 * or weather words describe the shot before them.
 */
export function groupShots(readings: readonly SentenceReading[], cast: Cast): SentenceReading[][] {
  const groups: SentenceReading[][] = [];
  for (const reading of readings) {
    const current = groups[groups.length - 1];
    if (!current) {
      groups.push([reading]);
      continue;
    }
    const hasCast = (r: SentenceReading): boolean => r.actions.length > 0 || r.mentions.some((m) => cast.of.has(m));
    const changesScene = reading.places.length > 0 || reading.scene.some((u) => ['time', 'weather', 'season'].includes(u.meaning.kind));
    const opensShot = reading.startsLater || hasCast(reading) || changesScene;
    if (opensShot && current.some(hasCast)) groups.push([reading]);
    else current.push(reading);
  }
  // A plan holds at most LIMITS.maxShots shots: later sentences join the last one.
  while (groups.length > LIMITS.maxShots) {
    const extra = groups.pop()!;
    groups[groups.length - 1]!.push(...extra);
  }
  return groups;
}

/** Shot start times and durations that tile the video exactly. */
export function shotTimes(count: number, seconds: number): Array<{ start: number; duration: number }> {
  const times: Array<{ start: number; duration: number }> = [];
  const step = seconds / count;
  for (let i = 0; i < count; i++) {
    const start = round(i * step);
    const end = i === count - 1 ? seconds : round((i + 1) * step);
    times.push({ start, duration: end - start });
  }
  return times;
}

/** Rounds to microseconds so times print cleanly and still sum exactly. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
