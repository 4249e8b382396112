import { ANIMAL_NOUNS, FACE_BODIES } from '../../assets/drawn-animals.ts';
import { DRAWN_ASSET_PREFIX } from '../../assets/drawn-art.ts';
import { roleBody } from '../../assets/drawn-people.ts';
import { EMOJI_ASSET_PREFIX } from '../../assets/emoji-catalog.ts';
import { lexicon } from '../lexicon/lexicon.ts';
import { KEPT_TILES, sceneTile } from '../lexicon/scene-tiles.ts';

/** Drawn animal bodies, as asset ids. */
const BODY_ASSETS = new Set([...Object.values(FACE_BODIES).map((b) => b.art), ...Object.values(ANIMAL_NOUNS)].map((art) => `${DRAWN_ASSET_PREFIX}${art}`));

/** A prompt that asks for the emoji pictures themselves ("a fox emoji", "emoji animals"). */
const ASKS_FOR_EMOJI = /\bemojis?\b/i;

/**
 * The art a model's entity should use, given the art it named. A model
 * knows emoji, not Diorama's drawn art: where it names an animal's face
 * emoji (🦊 for a fox) the embedded planner would draw the full body, so the
 * LLM plan gets the same body unless the prompt asks for the face or the
 * emoji. A scene-tile emoji (a whole square picture such as 🌃) is never an
 * actor: the noun's own art replaces it, or null says to drop the entity.
 */
export function preferredArt(asset: string, noun: string, prompt: string): string | null {
  if (!asset.startsWith(EMOJI_ASSET_PREFIX)) return asset;
  const hex = asset.slice(EMOJI_ASSET_PREFIX.length);
  const key = noun.toLowerCase().trim();
  const tile = KEPT_TILES.has(hex) ? null : sceneTile(hex);
  if (tile) {
    const own = lexicon().noun(key)?.asset ?? null;
    if (own) return own;
    const instead = tile.instead ? lexicon().emoji(tile.instead) : null;
    return instead?.asset ?? null;
  }
  // A role's head-and-shoulders emoji: the drawn person in its work clothes.
  const role = roleBody(hex);
  if (role) return asksForFace(key, prompt) ? asset : `${DRAWN_ASSET_PREFIX}${role}`;
  const body = FACE_BODIES[hex];
  if (!body || asksForFace(key, prompt)) return asset;
  // The lexicon knows the variants the face alone would draw wrong: an arctic fox is white, a lioness has no mane.
  const own = lexicon().noun(key)?.asset;
  if (own && BODY_ASSETS.has(own)) return own;
  if (body.only && !body.only.test(key)) return asset;
  return `${DRAWN_ASSET_PREFIX}${body.art}`;
}

function asksForFace(noun: string, prompt: string): boolean {
  if (/\b(face|faces|head|heads|emoji|emojis)$/.test(noun) || ASKS_FOR_EMOJI.test(prompt)) return true;
  const last = noun.split(' ').pop() ?? noun;
  return new RegExp(`\\b${last.replace(/[^a-z0-9]/g, '')}s?\\s+(face|faces|head|heads)\\b`, 'i').test(prompt);
}
