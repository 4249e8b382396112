import type { SentenceReading } from '../read/sentence-reading.ts';
import type { SettingKind, TimeOfDay } from '../vocabulary.ts';
import type { EntityDraft } from './shot-entities.ts';

/**
 * Things that are only worth seeing in the dark: the renderer draws fireworks
 * and sparklers as light, which washes out against a day sky, and the moon and
 * stars belong to the night. A shot that shows one and names no hour is set
 * at that hour.
 */
const NIGHT_ASSETS = /^emoji:(1f386|1f387)$/;

/** The moon in any phase, comets and shooting stars, stars. */
const SKY_AT_NIGHT_ASSETS = /^emoji:(1f31[1-9]|1f30c|1f320|2604|2b50|1f31f)$/;

/**
 * Glowing insects light up at twilight, when the meadow can still be seen:
 * dusk rather than full night.
 */
const TWILIGHT_NOUNS = /^(firefly|fireflies|glowworm|glowworms|glow worm|glow worms|lightning bug|lightning bugs)$/;

/**
 * The hour a shot's things imply when the prompt names none: night for
 * fireworks, sparklers (any shot) and the moon or stars (the first shot, as
 * later shots keep the story's hour), dusk for fireflies; null when nothing
 * in the shot needs the dark.
 */
export function impliedHour(entities: readonly EntityDraft[], first: boolean): TimeOfDay | null {
  if (entities.some((e) => NIGHT_ASSETS.test(e.asset))) return 'night';
  if (first && entities.some((e) => SKY_AT_NIGHT_ASSETS.test(e.asset))) return 'night';
  if (entities.some((e) => TWILIGHT_NOUNS.test(e.noun.toLowerCase()))) return 'dusk';
  return null;
}

/** Rooms have their own lamps: candles lighting up a room say nothing of the hour outside. */
const INDOOR_KINDS = new Set<SettingKind>(['living-room', 'kitchen', 'classroom', 'cafe', 'cave', 'space']);

/**
 * The hour a shot's sentences imply by lighting up: "the city lights up",
 * "lanterns light up the riverside" happen after dark. Null indoors, where
 * lamps light a room at any hour, and when nothing lights up.
 */
export function lightingUpHour(readings: readonly SentenceReading[], kind: SettingKind): TimeOfDay | null {
  if (INDOOR_KINDS.has(kind)) return null;
  return readings.some((r) => r.actions.some((a) => !a.negated && a.verb.used && a.verb.lemma === 'light up')) ? 'night' : null;
}
