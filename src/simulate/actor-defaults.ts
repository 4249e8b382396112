import type { Entity } from '../plan/schema.ts';
import type { Motion, Placement } from '../plan/vocabulary.ts';

/** Travel speed of each motion, in world units per second (0 or absent: stays in place). */
export const MOTION_SPEED: Partial<Record<Motion, number>> = {
  walk: 0.16,
  trot: 0.28,
  run: 0.45,
  gallop: 0.6,
  fly: 0.32,
  soar: 0.24,
  glide: 0.2,
  swim: 0.18,
  hop: 0.16,
  jump: 0.08,
  bounce: 0.22,
  roll: 0.3,
  drift: 0.07,
  float: 0.03,
  chase: 0.5,
  follow: 0.3,
  flee: 0.5,
  drive: 0.45,
  sail: 0.1,
  dance: 0,
  land: 0.12,
};

/** Motions that carry an actor across the stage. */
export const TRAVEL_MOTIONS: ReadonlySet<Motion> = new Set([
  'walk', 'run', 'trot', 'gallop', 'fly', 'soar', 'glide', 'swim', 'hop', 'jump', 'drift', 'drive', 'sail', 'chase', 'follow', 'flee',
]);

/** Motions that leave the stage on purpose: the simulator does not hold them in frame. */
export const LEAVING_MOTIONS: ReadonlySet<Motion> = new Set(['launch', 'flee']);

/** Motions the physics engine moves. */
export const PHYSICS_MOTIONS: ReadonlySet<Motion> = new Set(['fall', 'bounce', 'roll']);

/** Motions that need a second entity to make sense. */
export const TARGETED_MOTIONS: ReadonlySet<Motion> = new Set(['chase', 'follow', 'flee', 'ride', 'carry', 'orbit', 'circle', 'watch', 'eat', 'drink']);

/** Motions in which an actor leaves the ground. */
export const AIRBORNE_MOTIONS: ReadonlySet<Motion> = new Set(['fly', 'soar', 'glide', 'float', 'rise', 'launch']);

/** Height above the ground, in world units, where each placement puts things (low, high). */
export const PLACEMENT_HEIGHT: Record<Placement, readonly [number, number]> = {
  ground: [0, 0],
  floor: [0, 0],
  air: [0.45, 0.8],
  sky: [0.95, 1.35],
  'water-surface': [0, 0],
  underwater: [0.15, 0.55],
};

/** The action an entity performs at a time (seconds into its shot), or null for none. */
export function actionAt(entity: Entity, seconds: number): Entity['actions'][number] | null {
  for (const action of entity.actions) {
    if (seconds >= action.start && (action.end === null || seconds < action.end)) return action;
  }
  return null;
}

/** The motion an entity performs at a time, idle when no action covers it. */
export function motionAt(entity: Entity, seconds: number): Motion {
  return actionAt(entity, seconds)?.motion ?? 'idle';
}

/** Every motion an entity performs in its shot. */
export function motionsOf(entity: Entity): Set<Motion> {
  return new Set(entity.actions.map((a) => a.motion));
}

/**
 * Internal simulation steps per frame: the clock runs at a multiple of the
 * frame rate of at least 120 Hz, so motion and physics come out the same at
 * any fps.
 */
export function stepsPerFrame(fps: number): number {
  return Math.max(1, Math.ceil(120 / fps));
}
