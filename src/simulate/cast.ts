import { artOrientation, type ArtOrientation } from '../assets/art-orientation.ts';
import { naturalSize } from '../assets/art-scale.ts';
import { artBounds, type ArtBounds } from '../assets/art-source.ts';
import type { Entity, Shot } from '../plan/schema.ts';
import type { Motion } from '../plan/vocabulary.ts';
import { motionsOf, PHYSICS_MOTIONS, TRAVEL_MOTIONS } from './actor-defaults.ts';

/** What the simulator knows about one entity of a shot before moving it. */
export interface CastMember {
  readonly entity: Entity;
  /** Side of the art's square in world units at depth 0 (its larger visible side is `extent`). */
  readonly size: number;
  /** Larger visible side, world units: the entity's natural size times the plan's size factor. */
  readonly extent: number;
  readonly bounds: ArtBounds;
  /** Visible width and height in world units at depth 0. */
  readonly width: number;
  readonly height: number;
  readonly orientation: ArtOrientation;
  readonly motions: ReadonlySet<Motion>;
  /** Moved by the physics engine (falls, bounces, rolls, dominoes). */
  readonly physical: boolean;
  /** Crosses the stage at some point of the shot. */
  readonly travels: boolean;
}

/** Nouns and art that topple like dominoes when they fall in a row. */
function isDomino(entity: Entity): boolean {
  return entity.asset === 'drawn:domino' || /\bdomino/i.test(entity.noun);
}

/** Resolves every entity's art (bounds, orientation) and size. */
export function castShot(shot: Shot): Map<string, CastMember> {
  const cast = new Map<string, CastMember>();
  for (const entity of shot.entities) {
    const bounds = artBounds(entity.asset);
    const bw = Math.max(0.05, bounds.right - bounds.left);
    const bh = Math.max(0.05, bounds.bottom - bounds.top);
    const extent = naturalSize(entity.asset, entity.category) * entity.size;
    const size = extent / Math.max(bw, bh);
    const motions = motionsOf(entity);
    const physical = [...motions].some((m) => PHYSICS_MOTIONS.has(m)) || (isDomino(entity) && entity.count > 1);
    cast.set(entity.id, {
      entity,
      size,
      extent,
      bounds,
      width: size * bw,
      height: size * bh,
      orientation: artOrientation(entity.asset, entity.category),
      motions,
      physical,
      travels: [...motions].some((m) => TRAVEL_MOTIONS.has(m)),
    });
  }
  return cast;
}

/** Whether a cast member is a row of dominoes. */
export function isDominoRow(member: CastMember): boolean {
  return isDomino(member.entity) && member.entity.count > 1;
}
