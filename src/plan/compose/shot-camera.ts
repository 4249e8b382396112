import type { SentenceReading } from '../read/read-sentence.ts';
import type { ScenePlanInput } from '../schema.ts';
import type { CameraAngle, CameraMove, ShotSize } from '../vocabulary.ts';
import type { Cast, CastMember } from './cast.ts';

type CameraDraft = NonNullable<ScenePlanInput['shots'][number]['camera']>;

/** A shot's camera (size, move, speed, target) and time scale, from its camera words. */
export function shotCamera(readings: readonly SentenceReading[], cast: Cast, members: readonly CastMember[], subject: CastMember | null): { camera: CameraDraft; timeScale: number } {
  let shot: ShotSize = 'wide';
  let move: CameraMove = 'static';
  let speed = 1;
  let timeScale = 1;
  let target: string | null = null;
  let angle: CameraAngle | null = null;
  for (const r of readings) {
    for (const c of r.cameras) {
      const word = c.unit.meaning.kind === 'camera' ? c.unit.meaning.camera : null;
      if (!word) continue;
      c.unit.used = true;
      if (word.shot) shot = word.shot;
      if (word.move) move = word.move;
      if (word.angle) angle = word.angle;
      if (word.timeScale) timeScale = word.timeScale;
      // "pans left", "tilts down": a direction after a camera verb.
      const direction = nextDirection(r, c.unit);
      if (direction && word.move?.startsWith('pan')) move = direction === 'left' ? 'pan-left' : 'pan-right';
      if (direction && word.move?.startsWith('tilt')) move = direction === 'down' ? 'tilt-down' : 'tilt-up';
      if (c.speed && c.speed.meaning.kind === 'manner') {
        speed = c.speed.meaning.manner === 'slow' ? 0.5 : c.speed.meaning.manner === 'fast' ? 1.8 : 0.8;
        c.speed.used = true;
      }
      const member = c.target ? cast.of.get(c.target) : undefined;
      if (member && members.includes(member)) target = member.id;
    }
  }
  target ??= (subject ?? members[0])?.id ?? null;
  // The angle is left out at eye level, so plans that never say one stay as they were.
  return { camera: { shot, move, speed, target, ...(angle ? { angle } : {}) }, timeScale };
}

function nextDirection(reading: SentenceReading, unit: SentenceReading['cameras'][number]['unit']): string | null {
  const index = reading.items.findIndex((it) => it.type === 'unit' && it.unit === unit);
  const next = reading.items[index + 1];
  if (next?.type === 'unit' && next.unit.meaning.kind === 'direction') {
    next.unit.used = true;
    return next.unit.meaning.direction;
  }
  return null;
}
