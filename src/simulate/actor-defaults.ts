import type { Entity } from '../plan/schema.ts';
import type { EntityCategory, Motion } from '../plan/vocabulary.ts';

/** Natural height of each kind of thing in world units (frame heights at depth 0). */
const BASE_HEIGHT: Record<EntityCategory, number> = {
  animal: 0.38,
  bird: 0.17,
  fish: 0.2,
  insect: 0.12,
  person: 0.46,
  vehicle: 0.38,
  aircraft: 0.29,
  boat: 0.41,
  plant: 0.43,
  food: 0.2,
  building: 0.72,
  celestial: 0.32,
  weather: 0.29,
  object: 0.26,
  symbol: 0.23,
};

/** Height of an entity's art in world units. */
export function baseHeightOf(entity: Entity): number {
  return BASE_HEIGHT[entity.category] * entity.size;
}

/** Travel speed of each motion, in world units per second (0: stays in place). */
export const MOTION_SPEED: Partial<Record<Motion, number>> = {
  walk: 0.14,
  trot: 0.25,
  run: 0.43,
  gallop: 0.55,
  fly: 0.32,
  soar: 0.26,
  glide: 0.2,
  swim: 0.17,
  hop: 0.14,
  bounce: 0.17,
  roll: 0.23,
  drift: 0.07,
  float: 0.04,
  chase: 0.43,
  follow: 0.23,
  flee: 0.46,
  drive: 0.43,
  sail: 0.1,
  dance: 0,
  circle: 0,
  orbit: 0,
};

/** The motion an entity performs at a time (seconds into its shot), or idle. */
export function motionAt(entity: Entity, seconds: number): Entity['actions'][number] | null {
  for (const action of entity.actions) {
    if (seconds >= action.start && (action.end === null || seconds < action.end)) return action;
  }
  return null;
}
