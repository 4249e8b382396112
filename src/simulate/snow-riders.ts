import type { Entity } from '../plan/schema.ts';
import type { Motion } from '../plan/vocabulary.ts';
import type { SettingGeometry } from './setting-geometry.ts';

/** The skier (⛷) and snowboarder (🏂) emoji. */
const RIDER_ASSETS: ReadonlySet<string> = new Set(['emoji:26f7', 'emoji:1f3c2']);
const RIDER_NOUNS = /\b(skiers?|snowboarders?)\b/i;

/**
 * Ways a prompt may say a skier goes downhill ("skiing" is read as gliding,
 * "going down" as sinking, "racing" as running): on snow they all slide.
 */
const DOWNHILL: ReadonlySet<Motion> = new Set(['glide', 'soar', 'fly', 'sink', 'fall', 'drift', 'float', 'roll', 'walk', 'run', 'trot', 'gallop', 'land']);

/** Depth a rider comes nearer for each unit it crosses: down a slope that faces the camera, across and towards it. */
export const SLOPE_DESCENT = 0.22;
/** Nearest depth a rider comes down to: it stays a whole figure in the frame, not a looming close-up. */
export const SLOPE_FOOT = 0.12;
/** Radians a rider leans forward into the slope while sliding. */
export const SLIDE_LEAN = 0.1;

/**
 * Whether an entity rides the snow on skis or a board: it travels along the
 * ground (never through the air, never straight down the screen).
 */
export function isSnowRider(entity: Entity, geometry: SettingGeometry): boolean {
  // A water-skier rides the water, not the snow.
  if (geometry.floor !== 'ground' || entity.layout.placement === 'water-surface' || /\bwater/i.test(entity.noun)) return false;
  return RIDER_ASSETS.has(entity.asset) || RIDER_NOUNS.test(entity.noun);
}

/**
 * Whether a planned motion is a slide along the ground: gliding by something
 * the plan stands on the ground or floor ("a penguin sliding on its belly",
 * "a boy sliding on the ice"), played as a smooth 'drive' as a rider's is.
 */
export function glidesOnGround(entity: Entity, motion: Motion): boolean {
  return motion === 'glide' && (entity.layout.placement === 'ground' || entity.layout.placement === 'floor');
}

/**
 * The motion a snow rider plays for a planned one: going down, gliding or
 * falling is sliding along the ground, which the simulator plays as a smooth
 * 'drive' (a steady glide with no stride or wing beat); anything else (standing,
 * waving, chasing someone) is played as planned.
 */
export function riderMotion(motion: Motion): Motion {
  return DOWNHILL.has(motion) ? 'drive' : motion;
}
