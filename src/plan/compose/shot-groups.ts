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
    // "A storm approaches. Rain pours down.": a new weather, hour or place is a new moment even without actors.
    const conflicts = changesScene && sceneValues(reading).some(([field, value]) => current.some((r) => sceneValues(r).some(([f, v]) => f === field && v !== value)));
    // Once the story has begun, every sentence with actors is a new moment ("Rain falls. A sprout grows.").
    const opensShot = reading.startsLater || conflicts || ((hasCast(reading) || changesScene) && (current.some(hasCast) || groups.length > 1));
    if (opensShot) groups.push([reading]);
    else current.push(reading);
  }
  // A plan holds at most LIMITS.maxShots shots: later sentences join the last one.
  while (groups.length > LIMITS.maxShots) {
    const extra = groups.pop()!;
    groups[groups.length - 1]!.push(...extra);
  }
  return groups;
}

/** The scene fields a sentence sets, as [field, value] pairs. */
function sceneValues(r: SentenceReading): Array<[string, string]> {
  const values: Array<[string, string]> = [];
  for (const u of r.scene) {
    const m = u.meaning;
    if (m.kind === 'time') values.push(['time', m.time]);
    else if (m.kind === 'weather') values.push(['weather', m.weather]);
    else if (m.kind === 'season') values.push(['season', m.season]);
  }
  for (const p of r.places) if (p.mention.head.meaning.kind === 'place') values.push(['place', p.mention.head.meaning.setting]);
  return values;
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
