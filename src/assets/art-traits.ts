import type { EntityCategory } from '../plan/vocabulary.ts';
import { canonicalHexcode, EMOJI_ASSET_PREFIX } from './emoji-catalog.ts';

/**
 * What kind of thing an asset is, beyond its category: rooted things (trees,
 * houses, coral, rocks, an iceberg too massive to bob under a bear) stand
 * where they are put and never fly, swim or fall; heavenly bodies live in
 * the sky and never tumble under gravity.
 */

const ROOTED = new Set([
  '1fab8', '1faa8', '1fab5', '26fa', '26f2', '26f0', '1f3d4', '1f5fb', '1f30b', '1f5ff', '1f5fd', '1f5fc', '1f3db', '1f3df', '1f3a0', '1f3a1', '1f3a2', '1f6dd',
  '26f1', '1f6a6', '1f6a5', '1f68f', '1f3ea', '1f3ed', '1f3ef', '1f3f0', '1f492', '1f5fe', '1faa7',
  // A rainbow stands where it is seen, however it is said to hang.
  '1f308',
]);

const DRAWN_ROOTED = new Set(['drawn:lighthouse', 'drawn:barn', 'drawn:windmill', 'drawn:cabin', 'drawn:fence', 'drawn:long-fence', 'drawn:statue', 'drawn:stairs', 'drawn:table', 'drawn:floor-lamp', 'drawn:bridge', 'drawn:waterfall', 'drawn:iceberg']);

const CELESTIAL = new Set(['2600', '1f31e', '1f315', '1f316', '1f317', '1f318', '1f311', '1f312', '1f313', '1f314', '1f319', '1f31a', '1f31b', '1f31c', '1f31d', '2b50', '1f31f', '1f320', '1fa90', '1f30d', '1f30e', '1f30f', '2604']);

function hexOf(asset: string): string | null {
  return asset.startsWith(EMOJI_ASSET_PREFIX) ? canonicalHexcode(asset.slice(EMOJI_ASSET_PREFIX.length)) : null;
}

/** Things that stay put on the ground: plants, buildings, rocks, coral, street furniture. */
export function isRooted(asset: string, category: EntityCategory): boolean {
  if (DRAWN_ROOTED.has(asset)) return true;
  if (category === 'plant' || category === 'building') return true;
  const hex = hexOf(asset);
  return hex !== null && ROOTED.has(hex);
}

/** The sun, the moon, stars and planets. */
export function isCelestial(asset: string): boolean {
  const hex = hexOf(asset);
  return hex !== null && CELESTIAL.has(hex);
}

const SUNS = new Set(['2600', '1f31e']);
const MOONS = new Set(['1f315', '1f316', '1f317', '1f318', '1f311', '1f312', '1f313', '1f314', '1f319', '1f31a', '1f31b', '1f31c', '1f31d']);

/** Whether an asset is the sun or the moon (the one a sky would paint itself). */
export function skyBody(asset: string): 'sun' | 'moon' | null {
  const hex = hexOf(asset);
  if (hex === null) return null;
  return SUNS.has(hex) ? 'sun' : MOONS.has(hex) ? 'moon' : null;
}
