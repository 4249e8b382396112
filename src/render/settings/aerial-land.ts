import { createNoise2D } from 'simplex-noise';
import type { SettingKind } from '../../plan/vocabulary.ts';
import { depthToZ } from '../../simulate/projection.ts';
import type { SettingGeometry } from '../../simulate/setting-geometry.ts';
import type { Random } from '../../util/random.ts';
import { ROAD_DEPTHS } from './ground-features.ts';

/**
 * The land a drone sees, as functions of a ground point (x across, z away
 * from the camera's rest position): which cover lies there (field, forest,
 * river, sea, street), how thick the trees stand. Painters sample it per
 * pixel for the surface and per tree for the crowns, so the river the
 * surface shows is the river the trees keep out of.
 */

/** What covers the land of a setting seen from above. */
export type AerialTerrain = 'forest' | 'pines' | 'jungle' | 'meadow' | 'fields' | 'city' | 'village' | 'sand' | 'snow' | 'rock' | 'lava';

/** Water seen from above: a winding river, a lake, or the sea beyond a shore. */
export type AerialWater = 'river' | 'lake' | 'sea' | 'none';

/** One setting kind seen from above. */
export interface AerialLook {
  readonly terrain: AerialTerrain;
  readonly water: AerialWater;
  /** How thickly trees stand where they grow (0 none .. 1 closed canopy). */
  readonly trees: number;
  /** A lane winds off into the distance; a highway also runs across the stage where the traffic drives. */
  readonly road: 'none' | 'lane' | 'highway';
}

const LOOKS: Partial<Record<SettingKind, AerialLook>> = {
  plain: { terrain: 'meadow', water: 'none', trees: 0.15, road: 'none' },
  forest: { terrain: 'forest', water: 'none', trees: 1, road: 'none' },
  'snowy-forest': { terrain: 'pines', water: 'none', trees: 0.9, road: 'none' },
  jungle: { terrain: 'jungle', water: 'none', trees: 1, road: 'none' },
  desert: { terrain: 'sand', water: 'none', trees: 0, road: 'none' },
  mountains: { terrain: 'rock', water: 'none', trees: 0.55, road: 'none' },
  meadow: { terrain: 'meadow', water: 'none', trees: 0.3, road: 'none' },
  hills: { terrain: 'meadow', water: 'none', trees: 0.4, road: 'none' },
  farm: { terrain: 'fields', water: 'none', trees: 0.25, road: 'lane' },
  field: { terrain: 'fields', water: 'none', trees: 0.15, road: 'none' },
  'city-street': { terrain: 'city', water: 'none', trees: 0.1, road: 'none' },
  skyline: { terrain: 'city', water: 'river', trees: 0.15, road: 'none' },
  village: { terrain: 'village', water: 'none', trees: 0.35, road: 'lane' },
  park: { terrain: 'meadow', water: 'lake', trees: 0.45, road: 'none' },
  garden: { terrain: 'meadow', water: 'none', trees: 0.35, road: 'none' },
  lake: { terrain: 'forest', water: 'lake', trees: 0.7, road: 'none' },
  river: { terrain: 'forest', water: 'river', trees: 0.75, road: 'none' },
  beach: { terrain: 'sand', water: 'sea', trees: 0, road: 'none' },
  ocean: { terrain: 'sand', water: 'sea', trees: 0, road: 'none' },
  harbor: { terrain: 'city', water: 'sea', trees: 0.05, road: 'none' },
  arctic: { terrain: 'snow', water: 'sea', trees: 0, road: 'none' },
  road: { terrain: 'fields', water: 'none', trees: 0.35, road: 'highway' },
  volcano: { terrain: 'lava', water: 'none', trees: 0, road: 'none' },
  'night-sky': { terrain: 'meadow', water: 'none', trees: 0.3, road: 'none' },
  sky: { terrain: 'fields', water: 'river', trees: 0.3, road: 'none' },
  junkyard: { terrain: 'rock', water: 'none', trees: 0.05, road: 'lane' },
};

/** How a setting kind looks from above, or null where it has no open land to see (rooms, space, under the sea). */
export function aerialLook(kind: SettingKind): AerialLook | null {
  return LOOKS[kind] ?? null;
}

/** The sampled land of one place. */
export interface AerialLand {
  readonly look: AerialLook;
  /** Signed distance (world units) from the water's edge: negative in water. */
  water(x: number, z: number): number;
  /** Signed distance from the road's edge: negative on the road. */
  road(x: number, z: number): number;
  /** Whether a point lies on a road's painted centre line. */
  roadMarking(x: number, z: number): boolean;
  /** The sea has a shore in view (else it is open water all round). */
  readonly shore: boolean;
  /** Tree cover 0..1 at a point (already 0 in water and on the road); `wet` is water(x, z) where known. */
  trees(x: number, z: number, wet?: number): number;
  /** Smooth noise in -1..1 for surface variety, at a world scale. */
  noise(x: number, z: number): number;
}

/** River half-width and how far its centre swings, in world units. */
const RIVER_HALF = 0.3;
const RIVER_SWING = 0.85;

/**
 * Builds a place's land from its random stream. The river winds about x = 0
 * (where the stage's swimmers and boats are) and flows away towards the
 * horizon, swinging wider with distance; a sea's shore lies at the setting's
 * own water depth, so the sand actors stand on stays sand.
 */
export function createAerialLand(look: AerialLook, geometry: SettingGeometry, random: Random): AerialLand {
  const n1 = createNoise2D(() => random.next());
  const n2 = createNoise2D(() => random.next());
  const phase = random.range(0, Math.PI * 2);
  const phase2 = random.range(0, Math.PI * 2);
  const roadSide = random.chance(0.5) ? -1 : 1;
  const shoreZ = geometry.water ? depthToZ(Math.max(0, geometry.water[0])) : 1.6;
  const seaEverywhere = geometry.water !== null && geometry.water[0] < 0;
  const wave = (z: number): number => Math.sin(z * 0.85 + phase) * 0.8 + Math.sin(z * 1.9 + phase2) * 0.25;
  // Centred at the middle of the stage (Z 2), so whatever swims there is on the river.
  const riverCentre = (z: number): number => RIVER_SWING * Math.min(1.8, 0.5 + z * 0.12) * (wave(z) - wave(2));
  const water = (x: number, z: number): number => {
    switch (look.water) {
      case 'river':
        return Math.abs(x - riverCentre(z)) - RIVER_HALF * (1 + 0.15 * n2(z * 0.4, 3.1));
      case 'lake': {
        const dx = x / 2.6;
        const dz = (z - 4.4) / 2.9;
        return (Math.sqrt(dx * dx + dz * dz) - 1 + 0.22 * n1(x * 0.35, z * 0.35)) * 2.2;
      }
      case 'sea':
        if (seaEverywhere) return -1;
        return shoreZ + 0.35 * Math.sin(x * 0.55 + phase) + 0.15 * n1(x * 0.5, 7.7) - z;
      default:
        return 10;
    }
  };
  const laneCentre = (z: number): number => roadSide * (0.9 + 0.05 * z) + 0.6 * Math.sin(z * 0.5 + phase2);
  // The highway runs straight across where the road setting's traffic drives (as the ground-level road does).
  const [highNear, highFar] = [depthToZ(ROAD_DEPTHS[0]), depthToZ(ROAD_DEPTHS[1])];
  const highMid = (highNear + highFar) / 2;
  const road = (x: number, z: number): number => {
    if (look.road === 'none') return 10;
    const lane = Math.abs(x - laneCentre(z)) - 0.09;
    if (look.road === 'lane') return lane;
    return Math.min(z > highMid ? lane : 10, Math.max(highNear - z, z - highFar));
  };
  const roadMarking = (x: number, z: number): boolean => look.road === 'highway' && Math.abs(z - highMid) < 0.015 && ((x % 0.9) + 0.9) % 0.9 < 0.45;
  const trees = (x: number, z: number, known?: number): number => {
    if (look.trees <= 0) return 0;
    const wet = known ?? water(x, z);
    if (wet < 0.06 || road(x, z) < 0.05) return 0;
    const n = n1(x * 0.32 + 11, z * 0.32) * 0.7 + n2(x * 0.9, z * 0.9) * 0.3;
    // Thick cover fills all but clearings; sparse cover gathers in copses.
    const threshold = 0.65 - look.trees * 1.2;
    let cover = smooth(threshold, threshold + 0.3, n);
    // Trees crowd the banks of a river or lake.
    if (look.water === 'river' || look.water === 'lake') cover = Math.max(cover, wet < 0.5 ? 0.8 * look.trees : 0);
    return cover;
  };
  return { look, water, road, roadMarking, shore: look.water === 'sea' && !seaEverywhere, trees, noise: (x, z) => n2(x, z) };
}

/** Smoothstep from a to b. */
export function smooth(a: number, b: number, t: number): number {
  const u = Math.min(1, Math.max(0, (t - a) / (b - a)));
  return u * u * (3 - 2 * u);
}
