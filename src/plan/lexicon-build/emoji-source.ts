import { createRequire } from 'node:module';
import { canonicalHexcode, hasEmojiArt } from '../../assets/emoji-catalog.ts';
import type { EntityCategory } from '../vocabulary.ts';

/**
 * The names and keywords of every bundled emoji image, gathered from
 * emojibase-data (CLDR labels, tags, shortcodes) and emojilib (keywords).
 * Build-time only: the lexicon builder turns these into the noun table.
 */
const require = createRequire(import.meta.url);

/** One emoji that has bundled art, with everything that names it. */
export interface EmojiSource {
  /** Canonical lowercase hexcode (no FE0F), as used in asset ids. */
  readonly hex: string;
  readonly label: string;
  readonly subgroup: string;
  readonly category: EntityCategory;
  /** 0 best; larger ranks lose ties (faces, symbols, "facing right" variants). */
  readonly rank: number;
  readonly tags: readonly string[];
  readonly shortcodes: readonly string[];
  readonly keywords: readonly string[];
}

interface EmojibaseEntry {
  label: string;
  hexcode: string;
  emoji: string;
  tags?: string[];
  subgroup?: number;
}

/** Subgroups with no place in a scene (flags, keycaps, arrows, skin-tone swatches). */
const SKIPPED_SUBGROUPS = new Set([
  'skin-tone', 'hair-style', 'country-flag', 'subdivision-flag', 'keycap', 'alphanum', 'arrow',
  'transport-sign', 'warning', 'zodiac', 'av-symbol', 'gender', 'math', 'punctuation', 'currency', 'religion',
]);

const SUBGROUP_CATEGORY: Record<string, EntityCategory> = {
  'animal-mammal': 'animal', 'animal-bird': 'bird', 'animal-amphibian': 'animal', 'animal-reptile': 'animal',
  'animal-marine': 'fish', 'animal-bug': 'insect', 'plant-flower': 'plant', 'plant-other': 'plant',
  'food-fruit': 'food', 'food-vegetable': 'food', 'food-prepared': 'food', 'food-asian': 'food',
  'food-marine': 'food', 'food-sweet': 'food', drink: 'food', person: 'person', 'person-role': 'person',
  'person-fantasy': 'person', 'person-activity': 'person', 'person-sport': 'person', 'person-resting': 'person',
  'person-gesture': 'person', family: 'person', 'face-costume': 'person', 'place-building': 'building',
  'place-religious': 'building', 'place-geographic': 'object', 'place-other': 'object', 'transport-ground': 'vehicle',
  'transport-water': 'boat', 'transport-air': 'aircraft', 'sky-weather': 'celestial', heart: 'symbol',
  emotion: 'symbol', 'other-symbol': 'symbol', geometric: 'symbol', 'cat-face': 'animal', 'monkey-face': 'animal',
};

/** Hexcodes whose subgroup category is wrong for a scene (e.g. weather symbols are not sky bodies). */
const CATEGORY_FIXES: Record<string, EntityCategory> = {
  '2602': 'object', '2614': 'object', '26f1': 'object', '1f302': 'object', '2603': 'object', '26c4': 'object',
  '1f321': 'object', '26a1': 'weather', '2744': 'weather', '1f4a7': 'weather', '1f30a': 'weather', '1f525': 'object',
  '2601': 'weather', '26c5': 'weather', '26c8': 'weather', '1f324': 'weather', '1f325': 'weather', '1f326': 'weather',
  '1f327': 'weather', '1f328': 'weather', '1f329': 'weather', '1f32a': 'weather', '1f32b': 'weather', '1f32c': 'weather',
  '1f300': 'weather', '1f308': 'celestial', '1f6f8': 'aircraft', '1f6f0': 'aircraft', '1f680': 'aircraft',
  '1fa82': 'aircraft', '1f4ba': 'object', '1f9a0': 'insect', '1f40c': 'insect', '1f41a': 'object', '1fab8': 'fish',
  '1fab6': 'object', '1f9a2': 'bird', '1f986': 'bird', '1f3a3': 'object', '1f6f6': 'boat', '1f6de': 'object', '2693': 'object',
  '1f6e3': 'object', '1f6e4': 'object', '26fd': 'object', '1f6e2': 'object', '1f6a8': 'object', '1f6a5': 'object',
  '1f6a6': 'object', '1f6d1': 'object', '1f6a7': 'object', '1f68f': 'object', '1f689': 'building', '1f9f1': 'object', '1faa8': 'object', '1fab5': 'object',
};

function rankOf(subgroup: string, label: string): number {
  if (/: facing right$/.test(label)) return 9;
  if (subgroup.startsWith('face-') && subgroup !== 'face-costume') return 4;
  if (subgroup === 'cat-face' || subgroup === 'monkey-face') return 3;
  if (SUBGROUP_CATEGORY[subgroup] === 'symbol' || subgroup === 'heart' || subgroup === 'emotion') return 3;
  if (/ face$/.test(label)) return 2;
  return 0;
}

/** Every emoji with bundled art and a scene-worthy subgroup. */
export function loadEmojiSources(): EmojiSource[] {
  const data = require('emojibase-data/en/data.json') as EmojibaseEntry[];
  const messages = require('emojibase-data/en/messages.json') as { subgroups: { key: string; order: number }[] };
  const shortcodeTable = require('emojibase-data/en/shortcodes/emojibase.json') as Record<string, string | string[]>;
  const emojilib = require('emojilib') as Record<string, string[]>;
  const subgroupKey = new Map<number, string>();
  for (const s of messages.subgroups) if (!subgroupKey.has(s.order)) subgroupKey.set(s.order, s.key);
  const keywordsByHex = new Map<string, string[]>();
  for (const [char, words] of Object.entries(emojilib)) keywordsByHex.set(hexOfChar(char), words);

  const sources: EmojiSource[] = [];
  for (const entry of data) {
    const hex = canonicalHexcode(entry.hexcode);
    if (!hasEmojiArt(hex)) continue;
    const subgroup = subgroupKey.get(entry.subgroup ?? -1) ?? '';
    if (SKIPPED_SUBGROUPS.has(subgroup)) continue;
    const label = entry.label.toLowerCase().replace(/[’]/g, "'");
    const codes = shortcodeTable[entry.hexcode] ?? [];
    sources.push({
      hex,
      label,
      subgroup,
      category: CATEGORY_FIXES[hex] ?? SUBGROUP_CATEGORY[subgroup] ?? 'object',
      rank: rankOf(subgroup, label),
      tags: (entry.tags ?? []).map((t) => t.toLowerCase()),
      shortcodes: (Array.isArray(codes) ? codes : [codes]).map((c) => c.toLowerCase().replace(/_/g, ' ')),
      keywords: (keywordsByHex.get(hex) ?? []).map((k) => k.toLowerCase().replace(/_/g, ' ')),
    });
  }
  return sources;
}

/** Canonical hexcode of an emoji character. */
export function hexOfChar(char: string): string {
  return canonicalHexcode([...char].map((c) => c.codePointAt(0)!.toString(16)).join('-'));
}
