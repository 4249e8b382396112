import { naturalSize } from '../../assets/art-scale.ts';
import type { SentenceReading } from '../read/read-sentence.ts';
import type { ScenePlanInput } from '../schema.ts';
import type { EntityCategory, ShotSize } from '../vocabulary.ts';

/**
 * "An ant carrying a leaf across the forest floor": a wide shot of an ant is
 * a few pixels on a lawn. When everything in a shot is insect-small and no
 * shot size was asked for, the camera closes in to a medium shot so the
 * subject reads (and follows it as it goes).
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/** The largest thing (world units, see assets/art-scale.ts) still insect-small: an ant, a ladybug, a snail, a leaf. */
const TINY = 0.1;
/** More of them than this is a swarm or a trail, which a wide shot shows better. */
const MAX_TINY = 3;
/** What is part of the sky or the place rather than the subject's company. */
const SCENERY: ReadonlySet<string> = new Set(['celestial', 'weather', 'building']);

/** Whether the shot's readings ask for a shot size ("a close-up of", "a wide shot of"). */
function saysShotSize(readings: readonly SentenceReading[]): boolean {
  return readings.some((r) => r.cameras.some((c) => c.unit.meaning.kind === 'camera' && c.unit.meaning.camera.shot !== undefined));
}

/** The shot size for a shot: medium instead of the default wide when everything in it is insect-small. */
export function shotSizeForSubjects(size: ShotSize, entities: readonly EntityDraft[], readings: readonly SentenceReading[]): ShotSize {
  if (size !== 'wide' || saysShotSize(readings)) return size;
  const company = entities.filter((e) => !SCENERY.has(e.category ?? 'object') && (e.layout?.placement ?? 'ground') !== 'sky');
  if (company.length === 0) return size;
  const tiny = company.every((e) => naturalSize(e.asset, (e.category ?? 'object') as EntityCategory) * (e.size ?? 1) <= TINY);
  const count = company.reduce((n, e) => n + (e.count ?? 1), 0);
  return tiny && count <= MAX_TINY ? 'medium' : size;
}
