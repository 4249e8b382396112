import type { EntityCategory } from '../plan/vocabulary.ts';
import { ANIMAL_ART, DRAWN_ANIMAL_FACING } from './drawn-animals.ts';
import { DRAWN_ASSET_PREFIX } from './drawn-art.ts';
import { PEOPLE_ART } from './drawn-people.ts';
import { SCENERY_ORIENTATION } from './drawn-scenery.ts';
import { canonicalHexcode, EMOJI_ASSET_PREFIX } from './emoji-catalog.ts';

/**
 * Which way the bundled art looks. Fluent's 3D animals and vehicles mostly
 * face left, but not all (the pig, the donkey and the bicycle face right),
 * heads like the fox are drawn from the front, and aircraft point diagonally.
 * The simulator reads this to mirror actors towards their travel and to level
 * a rocket's nose with its flight. Checked by eye against contact sheets of
 * the art (see the README's "Looks, styles and labels").
 */
export interface ArtOrientation {
  /** The side the art looks towards when drawn as is; 'front' art is never mirrored. */
  readonly facing: 'left' | 'right' | 'front';
  /**
   * Screen angle in degrees of the art's nose when it is shown facing right
   * (0 level, -45 up and to the right); null for art whose nose is level.
   */
  readonly nose: number | null;
  /**
   * Fraction of the art's visible height, from the top, where painted water
   * begins (boats drawn on waves); null for art without water.
   */
  readonly waterline: number | null;
}

const LEFT = [
  // mammals
  '1f412', '1f98d', '1f415', '1f9ae', '1f415-200d-1f9ba', '1f429', '1f408', '1f408-200d-2b1b', '1f405', '1f406', '1f40e',
  '1f993', '1f98c', '1f9ac', '1f402', '1f403', '1f404', '1f40f', '1f411', '1f410', '1f42a', '1f42b', '1f999', '1f992',
  '1f418', '1f9a3', '1f98f', '1f99b', '1f401', '1f400', '1f407', '1f43f', '1f9ab', '1f994', '1f9a6', '1f9a8', '1f998',
  '1f9a1', '1f417', '1f434', '1face', '1f984',
  // birds, reptiles, sea life, bugs
  '1f983', '1f414', '1f413', '1f424', '1f426', '1f54a', '1f985', '1f986', '1f9a2', '1f9a4', '1f9a9', '1f99a', '1f99c',
  '1fabf', '1f409', '1f432', '1f995', '1f996', '1f433', '1f40b', '1f42c', '1f9ad', '1f41f', '1f420', '1f421', '1f988',
  '1f990', '1f40c', '1f41b', '1f41c', '1f41d', '1f997', '1f426-200d-1f525',
  // vehicles and boats
  '1f682', '1f683', '1f684', '1f685', '1f688', '1f69d', '1f69e', '1f68b', '1f68c', '1f68e', '1f690', '1f691', '1f692',
  '1f693', '1f695', '1f697', '1f699', '1f6fb', '1f69a', '1f69b', '1f69c', '1f3ce', '1f3cd', '1f6f5', '1f9bd', '1f9bc',
  '1f6fa', '1f6f4', '1f6a4', '1f6f3', '26f4', '1f6e5', '1f6a2', '1f681',
  // people in motion
  '1f6b6', '1f3c3', '1f6b4', '1f6b5', '1f3c7', '1f3ca', '1f6a3', '1f9ce', '1f9d1-200d-1f9af',
];

const RIGHT = ['1facf', '1f416', '1f426-200d-2b1b', '1f422', '1f99f', '1f6b2'];

/** Art drawn pointing diagonally: the nose angle when facing right. */
const NOSE: Record<string, number> = {
  '2708': -42,
  '1f680': -45,
  '1f6e9': -45,
  '1f6eb': -28,
  '1f6f9': -42.5, // skateboard: levelled, it rolls on its wheels (assets/vehicle-seats.ts)
  '1f6ec': 12,
};

/** Boats and swimmers drawn on painted waves: where the water starts. */
const WATERLINE: Record<string, number> = {
  '26f5': 0.8,
  '1f6f6': 0.6,
  '1f6a4': 0.72,
  '1f6e5': 0.75,
  '1f6f3': 0.78,
  '26f4': 0.78,
  '1f6a2': 0.78,
  '1f3ca': 0.55,
  '1f6a3': 0.7,
  '1f3c4': 0.8,
};

const FACING = new Map<string, 'left' | 'right'>([...LEFT.map((h) => [h, 'left'] as const), ...RIGHT.map((h) => [h, 'right'] as const)]);

/** Categories whose unknown art most likely shows a side view looking left. */
const SIDE_VIEW_CATEGORIES: ReadonlySet<EntityCategory> = new Set(['animal', 'bird', 'fish', 'vehicle', 'boat']);

/** The base hexcode of an asset id, without skin tones and gender joins, for table lookups. */
function baseKey(asset: string): string | null {
  if (!asset.startsWith(EMOJI_ASSET_PREFIX)) return null;
  const hex = canonicalHexcode(asset.slice(EMOJI_ASSET_PREFIX.length));
  // Skin tones (1f3fb..1f3ff) and gender signs do not change which way a figure looks.
  return hex
    .split('-')
    .filter((part) => !/^1f3f[b-f]$/.test(part))
    .join('-')
    .replace(/-200d-(2640|2642)$/, '');
}

/** How an asset's art is oriented; unknown art falls back on its category. */
export function artOrientation(asset: string, category: EntityCategory): ArtOrientation {
  // The drawn animals and people are side views whatever category a plan gives them (an LLM may call a fox an object).
  const drawnName = asset.slice(DRAWN_ASSET_PREFIX.length);
  if (asset.startsWith(DRAWN_ASSET_PREFIX) && (Object.hasOwn(ANIMAL_ART, drawnName) || Object.hasOwn(PEOPLE_ART, drawnName))) {
    return { facing: DRAWN_ANIMAL_FACING, nose: null, waterline: null };
  }
  // The drawn bridge and waterfall face the camera; the tall ships sail bow first to the left, hulls sunk to their waterline.
  const scenery = asset.startsWith(DRAWN_ASSET_PREFIX) ? SCENERY_ORIENTATION[asset.slice(DRAWN_ASSET_PREFIX.length)] : undefined;
  if (scenery) return { facing: scenery.facing, nose: null, waterline: scenery.waterline };
  const key = baseKey(asset);
  const known = key ? (FACING.get(key) ?? (key.includes('-') ? FACING.get(key.split('-')[0]!) : undefined)) : undefined;
  const nose = key ? (NOSE[key] ?? null) : null;
  const facing = known ?? (nose !== null ? 'right' : SIDE_VIEW_CATEGORIES.has(category) && !isFaceArt(key) ? 'left' : 'front');
  return { facing, nose, waterline: key ? (WATERLINE[key] ?? null) : null };
}

/** Emoji whose art is a face seen from the front (1f43x "... face" and friends). */
const FACES = new Set([
  '1f435', '1f436', '1f43a', '1f98a', '1f99d', '1f431', '1f981', '1f42f', '1f42e', '1f437', '1f43d', '1f42d', '1f439',
  '1f430', '1f43b', '1f43b-200d-2744', '1f428', '1f43c', '1f438', '1f9a7', '1f9a5', '1f987', '1f423', '1f425', '1f427',
  '1f989', '1f419', '1fabc', '1f980', '1f99e', '1f991', '1f98b', '1fab2', '1f41e', '1fab3', '1f577', '1f982', '1fab0',
  '1f40a', '1f98e', '1f40d', '1f916',
]);

function isFaceArt(key: string | null): boolean {
  return key !== null && FACES.has(key);
}
