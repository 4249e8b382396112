import { readFileSync } from 'node:fs';
import { FACE_BODIES } from '../../assets/drawn-animals.ts';
import { PEOPLE_ART, roleBody } from '../../assets/drawn-people.ts';
import { DRAWN_ART_NOUNS, DRAWN_ASSET_PREFIX } from '../../assets/drawn-art.ts';
import { emojiArtPath, emojiAssetId } from '../../assets/emoji-catalog.ts';
import type { LexiconData } from '../lexicon-build/build-lexicon.ts';
import type { NounMatch } from '../lexicon-build/noun-table.ts';
import { ENTITY_CATEGORIES, MOTIONS, type EntityCategory, type Motion } from '../vocabulary.ts';
import { LEXICON_DATA_FILE } from './lexicon-file.ts';
import { KEPT_TILES, sceneTile } from './scene-tiles.ts';

/** What a noun resolves to. */
export interface NounEntry {
  /** Asset id, e.g. "emoji:1f415". */
  readonly asset: string;
  /** The art's own name ("dog"), for captions and honest reporting. */
  readonly label: string;
  readonly category: EntityCategory;
  /** How the noun reached the art: its own label, a synonym, a broader word, or a keyword. */
  readonly match: NounMatch;
  /** Natural size relative to the art ("kitten" → a small cat). */
  readonly size: number;
}

/** Lookups over the precomputed lexicon. */
export interface Lexicon {
  /** A noun or noun phrase in normal form ("hot air balloon"), or null. */
  noun(key: string): NounEntry | null;
  /** Motion of a verb lemma that only WordNet knows ("sprint"), or null. */
  wordNetMotion(lemma: string): Motion | null;
  /** Whether WordNet knows the word as a verb lemma. */
  isVerb(lemma: string): boolean;
  /** The art for an emoji hexcode with its label, or null when none is bundled. */
  emoji(hex: string): NounEntry | null;
  /** Longest noun phrase, in words. */
  readonly longestNoun: number;
  readonly nounCount: number;
}

let loaded: Lexicon | null = null;

/** Other names for things the drawn art shows. */
const DRAWN_ALIASES: Readonly<Record<string, string>> = {
  lamppost: 'lamp', 'lamp post': 'lamp', streetlight: 'lamp', 'street light': 'lamp', 'street lamp': 'lamp', 'standing lamp': 'lamp',
  stairway: 'staircase', stairwell: 'staircase', 'flight of stairs': 'stairs', 'picket fence': 'fence', 'wooden fence': 'fence',
  'log cabins': 'cabin', 'hot air balloons': 'hot air balloon', 'paper boats': 'paper boat', 'wind mill': 'windmill', 'dining table': 'table',
  'kitchen table': 'table', 'coffee table': 'table',
};

/** Kinds of the drawn art, over the approximate emoji's (a schooner is a ship, not the package its emoji entry holds). */
const DRAWN_CATEGORIES: Readonly<Record<string, EntityCategory>> = {
  lighthouse: 'building', barn: 'building', windmill: 'building', cabin: 'building', 'hot-air-balloon': 'aircraft', 'paper-boat': 'boat',
  'arctic-fox': 'animal', lioness: 'animal', bridge: 'building', waterfall: 'building', 'tall-ship': 'boat', 'pirate-ship': 'boat',
  // An iceberg floats like a boat (on the water of a sea, on the ice in the arctic), never food like the ice-cube emoji.
  iceberg: 'boat',
  statue: 'building',
  plinth: 'building',
  station: 'building',
};

/** Emoji named for a noun that draw something else: the drawn art wins even over the name ("station" is a train's nose). */
const WRONG_LABELS: ReadonlySet<string> = new Set(['station', 'stations']);

/** A noun that asks for the emoji picture itself: "a fox face", "a bear emoji", "a chef's face". */
const ASKS_FOR_EMOJI = /^(.+?)(?: ?'s)? (emoji|emojis|face|faces)$/;

/** A gender word before a role ("a female chef", "a male nurse"). */
const GENDERED_ROLE = /^(female|woman|women|lady|girl|male|man|men|boy) (.+)$/;
/** One word naming a woman in a role ("policewoman", "firewomen"). */
const WOMAN_NOUN = /^\S+wom[ae]n$/;
const isRoleArt = (asset: string): boolean => asset.startsWith(DRAWN_ASSET_PREFIX) && Object.hasOwn(PEOPLE_ART, asset.slice(DRAWN_ASSET_PREFIX.length));
const womanRole = (asset: string): string => (asset.endsWith('-woman') ? asset : `${asset}-woman`);

/** The lexicon, read once from the committed data file (~1 MB of JSON, tens of milliseconds). */
export function lexicon(): Lexicon {
  loaded ??= decodeLexicon(JSON.parse(readFileSync(LEXICON_DATA_FILE, 'utf8')) as LexiconData);
  return loaded;
}

/** Turns the committed data into lookups, checking that every name it uses still exists. */
export function decodeLexicon(data: LexiconData): Lexicon {
  if (data.version !== 1) throw new Error(`lexicon data version ${String(data.version)} is not supported`);
  const categories = data.categories.map((name) => {
    if (!(ENTITY_CATEGORIES as readonly string[]).includes(name)) throw new Error(`lexicon category "${name}" is not in the vocabulary`);
    return name as EntityCategory;
  });
  const motions = data.motions.map((name) => {
    if (!(MOTIONS as readonly string[]).includes(name)) throw new Error(`lexicon motion "${name}" is not in the vocabulary`);
    return name as Motion;
  });
  const emoji = data.emoji.map(([hex, label, category]) => ({ asset: emojiAssetId(hex), hex, label, category: categories[category]! }));
  const byHex = new Map(emoji.map((e) => [e.hex, e]));
  const verbs = new Set(data.verbLemmas.split(' '));
  const cache = new Map<string, NounEntry | null>();
  let longestNoun = 1;
  for (const keys of [Object.keys(data.nouns), Object.keys(DRAWN_ART_NOUNS)]) {
    for (const key of keys) {
      // Counted by hand: 36,000 keys through a regex cost some 10 ms of every start-up.
      let words = 1;
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) words++;
      if (words > longestNoun) longestNoun = words;
    }
  }
  /** The emoji art the committed data gives a noun, before any drawn art replaces it. */
  const emojiNoun = (key: string): NounEntry | null => {
    const row = Object.hasOwn(data.nouns, key) ? data.nouns[key] : undefined;
    if (!row) return null;
    const art = emoji[row[0]!]!;
    const match = data.matches[row[1]!]!;
    const tile = sceneTile(art.hex);
    if (tile && !KEPT_TILES.has(art.hex)) {
      // A whole square picture never stands in a scene: its words are settings, or a loose keyword that names nothing.
      // The tile's own name ("bridge at night") is a scene: let its words be read one by one (a bridge, at night).
      if (tile.drawn && match !== 'keyword' && match !== 'label') {
        return { asset: `${DRAWN_ASSET_PREFIX}${tile.drawn}`, label: key, category: DRAWN_CATEGORIES[tile.drawn] ?? art.category, match, size: 1 };
      }
      const instead = tile.instead && match !== 'keyword' ? byHex.get(tile.instead) : undefined;
      return instead ? { asset: instead.asset, label: instead.label, category: instead.category, match: match === 'label' ? 'synonym' : match, size: 1 } : null;
    }
    return {
      asset: art.asset,
      label: art.label,
      category: row.length > 2 ? categories[row[2]!]! : art.category,
      match,
      size: row.length > 3 ? row[3]! : 1,
    };
  };
  const hexOfRow = (key: string): string | null => (Object.hasOwn(data.nouns, key) ? emoji[data.nouns[key]![0]!]!.hex : null);
  const noun = (key: string): NounEntry | null => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let entry = emojiNoun(key);
    const asked = ASKS_FOR_EMOJI.exec(key);
    if (asked) {
      // "a bear emoji" is the emoji's own picture; "a fox face" is a face even where a full body is drawn.
      entry ??= asked[2]!.startsWith('emoji') ? emojiNoun(asked[1]!) : null;
      // "A chef's face", "a fox's face": the emoji that shows only head and shoulders (or a face) is the face asked for.
      const faceHex = entry ? null : hexOfRow(asked[1]!);
      if (faceHex && (roleBody(faceHex) || FACE_BODIES[faceHex])) entry = emojiNoun(asked[1]!);
      // "A cat's face", "a dog's face": the animal's face emoji, as "a cat face" is (its label).
      const face = entry || asked[2]!.startsWith('emoji') ? null : emojiNoun(`${asked[1]!} face`);
      if (face && / face$/.test(face.label)) entry = face;
    } else if (entry) {
      // A face-only emoji gives way to the drawn full body ("fox", "vixen", "grizzly bear").
      const hex = hexOfRow(key);
      const body = hex ? FACE_BODIES[hex] : undefined;
      if (body && (!body.only || body.only.test(key))) entry = { ...entry, asset: `${DRAWN_ASSET_PREFIX}${body.art}` };
      // A role's head-and-shoulders emoji gives way to the drawn person in its work clothes ("a chef", "a firefighter").
      const role = hex ? roleBody(hex) : null;
      if (role) entry = { ...entry, asset: `${DRAWN_ASSET_PREFIX}${role}` };
    }
    // "A female chef", "a policewoman": a woman in the role's clothes; "a male nurse": the role as drawn.
    const gendered = entry ? null : GENDERED_ROLE.exec(key);
    const inner = gendered ? noun(gendered[2]!) : null;
    if (inner && isRoleArt(inner.asset)) entry = { ...inner, asset: /^(male|man|men|boy)$/.test(gendered![1]!) ? inner.asset : womanRole(inner.asset) };
    if (entry && isRoleArt(entry.asset) && WOMAN_NOUN.test(key)) entry = { ...entry, asset: womanRole(entry.asset) };
    // Art drawn for Diorama beats an approximate emoji ("lighthouse" is not a Tokyo tower).
    const drawnKey = DRAWN_ALIASES[key] ?? key;
    const drawn = Object.hasOwn(DRAWN_ART_NOUNS, drawnKey) ? DRAWN_ART_NOUNS[drawnKey]! : null;
    if (drawn && (entry?.match !== 'label' || WRONG_LABELS.has(key))) {
      entry = { asset: `${DRAWN_ASSET_PREFIX}${drawn}`, label: key, category: DRAWN_CATEGORIES[drawn] ?? entry?.category ?? 'object', match: 'label', size: 1 };
    }
    cache.set(key, entry);
    return entry;
  };
  return {
    noun,
    wordNetMotion: (lemma) => (Object.hasOwn(data.verbs, lemma) ? motions[data.verbs[lemma]!]! : null),
    isVerb: (lemma) => verbs.has(lemma),
    emoji: (hex) => {
      const art = byHex.get(hex);
      if (art) return { asset: art.asset, label: art.label, category: art.category, match: 'label', size: 1 };
      const asset = emojiAssetId(hex);
      return emojiArtPath(asset) ? { asset, label: hex, category: 'object', match: 'label', size: 1 } : null;
    },
    longestNoun,
    nounCount: Object.keys(data.nouns).length,
  };
}
