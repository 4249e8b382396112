import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The bundled actor art: Microsoft's Fluent Emoji (3D style, MIT) from
 * @lobehub/fluent-emoji-3d, one 256x256 WebP per emoji. Shared by the planner
 * (which names exist) and the renderer (where the pixels are); it holds no
 * pixels itself.
 */
const require = createRequire(import.meta.url);

/** Folder holding the Fluent 3D WebP files. */
export const FLUENT_3D_DIR = path.join(path.dirname(require.resolve('@lobehub/fluent-emoji-3d/package.json')), 'assets');

/** Asset ids look like "emoji:1f98a" (lowercase hexcode, no FE0F selectors). */
export const EMOJI_ASSET_PREFIX = 'emoji:';

let fileIndex: Map<string, string> | null = null;

/** Canonical key of a hexcode: lowercase, variation selectors removed. */
export function canonicalHexcode(hexcode: string): string {
  return hexcode
    .toLowerCase()
    .split('-')
    .filter((part) => part !== 'fe0f' && part !== 'fe0e')
    .join('-');
}

function index(): Map<string, string> {
  if (!fileIndex) {
    fileIndex = new Map();
    for (const file of readdirSync(FLUENT_3D_DIR)) {
      if (!file.endsWith('.webp')) continue;
      fileIndex.set(canonicalHexcode(file.slice(0, -'.webp'.length)), path.join(FLUENT_3D_DIR, file));
    }
  }
  return fileIndex;
}

/** The asset id for a hexcode. */
export function emojiAssetId(hexcode: string): string {
  return `${EMOJI_ASSET_PREFIX}${canonicalHexcode(hexcode)}`;
}

/** Whether the bundled art has this hexcode. */
export function hasEmojiArt(hexcode: string): boolean {
  return index().has(canonicalHexcode(hexcode));
}

/** Absolute path of the WebP for an asset id such as "emoji:1f98a", or null. */
export function emojiArtPath(assetId: string): string | null {
  if (!assetId.startsWith(EMOJI_ASSET_PREFIX)) return null;
  return index().get(canonicalHexcode(assetId.slice(EMOJI_ASSET_PREFIX.length))) ?? null;
}

/** Number of emoji images bundled. */
export function emojiArtCount(): number {
  return index().size;
}
