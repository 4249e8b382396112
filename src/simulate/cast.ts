import { artOrientation, type ArtOrientation } from '../assets/art-orientation.ts';
import { naturalSize } from '../assets/art-scale.ts';
import { artBounds, type ArtBounds } from '../assets/art-source.ts';
import { isCelestial, isRooted } from '../assets/art-traits.ts';
import type { Entity, Shot } from '../plan/schema.ts';
import { ANIMATE_CATEGORIES, type Motion, type Placement } from '../plan/vocabulary.ts';
import { motionsOf, PHYSICS_MOTIONS, TRAVEL_MOTIONS } from './actor-defaults.ts';
import { settingGeometry, type SettingGeometry } from './setting-geometry.ts';
import { glidesOnGround, isSnowRider, riderMotion } from './snow-riders.ts';
import { isWreck } from './wreck.ts';

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
  /** Where it really lives: the plan's placement corrected by what it does (swimmers on water, fliers in the air). */
  readonly placement: Placement;
  /** Stays where it is put (plants, buildings, coral): never travels, flies or falls. */
  readonly rooted: boolean;
  /** The sun, the moon, a planet: in the sky, never under gravity. */
  readonly celestial: boolean;
  /** Moved by the physics engine (falls, bounces, rolls, dominoes). */
  readonly physical: boolean;
  /** Crosses the stage at some point of the shot. */
  readonly travels: boolean;
  /** Rides the snow on skis or a board: slides along the ground, down the slope towards the camera. */
  readonly slides?: boolean;
}

/** Nouns and art that topple like dominoes when they fall in a row. */
function isDomino(entity: Entity): boolean {
  return entity.asset === 'drawn:domino' || /\bdomino/i.test(entity.noun);
}

/** Stage extents (a person is about 0.46) that "giant" and "tiny" reach at least and at most. */
const GIANT_EXTENT = 0.95;
const TINY_EXTENT = 0.13;

/**
 * An entity's extent from its natural one and the plan's size factor. Plain
 * factors ("big", "small") scale the natural size; "giant" and "tiny" (and
 * stronger words) also mean giant or tiny in the scene, so a giant apple
 * towers over a tiny car rather than matching it: such sizes reach at least
 * a building's extent, or at most a fruit's.
 */
export function sizedExtent(natural: number, size: number): number {
  const scaled = natural * size;
  if (size >= 2) return Math.max(scaled, GIANT_EXTENT * (size / 2.5));
  if (size <= 0.5) return Math.min(scaled, TINY_EXTENT * (size / 0.4));
  return scaled;
}

/**
 * Fireworks and sparklers are drawn as light, not as their emoji's picture
 * tile: fireworks burst high in the sky, a sparkler sprays sparks.
 */
export function pyrotechnicOf(asset: string, noun: string): 'fireworks' | 'sparkler' | null {
  if (asset === 'emoji:1f387' || /\bsparklers?\b/i.test(noun)) return 'sparkler';
  if (asset === 'emoji:1f386' || /\bfireworks?\b/i.test(noun)) return 'fireworks';
  return null;
}

/** How much bigger than its tile a rainbow is when it hangs in the far sky. */
const SKY_ARC_SCALE = 2.8;

/** How far across the sky a launcher's bursts reach (world units at sky depth): the camera frames that, not the tile. */
const FIREWORKS_EXTENT = 0.8;

/** Resolves every entity's art (bounds, orientation) and size. */
export function castShot(shot: Shot): Map<string, CastMember> {
  const cast = new Map<string, CastMember>();
  const geometry = settingGeometry(shot.setting.kind);
  // What something else stands on, goes over or is beside.
  const related = new Set(shot.entities.map((e) => e.layout.relation?.target));
  for (const entity of shot.entities) {
    const bounds = artBounds(entity.asset);
    const bw = Math.max(0.05, bounds.right - bounds.left);
    const bh = Math.max(0.05, bounds.bottom - bounds.top);
    const fireworks = pyrotechnicOf(entity.asset, entity.noun) === 'fireworks';
    // A wreck on the sea floor stays where it went down, like coral.
    const rooted = isRooted(entity.asset, entity.category) || isWreck(entity, geometry);
    // A rainbow hung in the far sky spans it; one something goes over or stands on keeps the size of its tile.
    const skyArc = entity.layout.placement === 'sky' && rooted && !related.has(entity.id);
    const natural = fireworks ? Math.max(FIREWORKS_EXTENT, naturalSize(entity.asset, entity.category)) : naturalSize(entity.asset, entity.category) * (skyArc ? SKY_ARC_SCALE : 1);
    const celestial = isCelestial(entity.asset);
    // Sky bodies keep plain factors: a solar system's planets are sized against their sun, not the stage.
    const extent = celestial ? natural * entity.size : sizedExtent(natural, entity.size);
    const size = extent / Math.max(bw, bh);
    const slides = isSnowRider(entity, geometry);
    const motions = new Set([...motionsOf(entity)].map((m) => (slides ? riderMotion(m) : glidesOnGround(entity, m) ? 'drive' : m)));
    // A living thing that bounces hops by itself; only things are thrown about by the physics engine.
    const animate = ANIMATE_CATEGORIES.has(entity.category);
    const physical =
      !rooted && !celestial && ([...motions].some((m) => PHYSICS_MOTIONS.has(m) && !(animate && m === 'bounce')) || (isDomino(entity) && entity.count > 1));
    cast.set(entity.id, {
      entity,
      size,
      extent,
      bounds,
      width: size * bw,
      height: size * bh,
      orientation: artOrientation(entity.asset, entity.category),
      motions,
      placement: fireworks && geometry.floor !== 'seabed' ? 'sky' : slides ? 'ground' : placementOf(entity, motions, geometry, rooted, celestial),
      rooted,
      celestial,
      physical,
      travels: !rooted && [...motions].some((m) => TRAVEL_MOTIONS.has(m)),
      slides,
    });
  }
  return cast;
}

/**
 * Corrects the plan's placement by what the thing does and where: swimmers
 * float on the water of a lake (or swim under the sea), fliers leave the
 * ground, rooted things stand on it, the sun and moon hang in the sky.
 */
function placementOf(entity: Entity, motions: ReadonlySet<Motion>, geometry: SettingGeometry, rooted: boolean, celestial: boolean): Placement {
  const planned = entity.layout.placement;
  if (celestial) return 'sky';
  const onFloor = planned === 'ground' || planned === 'floor';
  // Rooted things stand on the ground; one planned in the sky (a rainbow) hangs there, still.
  if (rooted) return geometry.floor === 'none' || planned === 'sky' ? planned : onFloor || planned === 'water-surface' ? planned : 'ground';
  const swims = motions.has('swim') || motions.has('sail') || entity.category === 'boat';
  if (geometry.floor === 'seabed') return onFloor && !swims && entity.category !== 'fish' ? planned : 'underwater';
  if (swims && geometry.water) return 'water-surface';
  if (swims && planned !== 'water-surface') return onFloor ? planned : 'ground';
  const flies = motions.has('fly') || motions.has('soar') || motions.has('glide');
  if (flies && onFloor) return 'air';
  return planned;
}

/** Whether a cast member is a row of dominoes. */
export function isDominoRow(member: CastMember): boolean {
  return isDomino(member.entity) && member.entity.count > 1;
}
