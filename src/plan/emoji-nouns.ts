import { createRequire } from 'node:module';
import { emojiAssetId, hasEmojiArt } from '../assets/emoji-catalog.ts';
import type { EntityCategory } from './vocabulary.ts';

/**
 * Nouns named by the bundled emoji art: each emoji's label ("fox", "pine
 * tree") and shortcode words become nouns that resolve to the art. Built from
 * emojibase-data, the annotations the Unicode CLDR publishes.
 */
const require = createRequire(import.meta.url);

interface EmojibaseEntry {
  label: string;
  hexcode: string;
  tags?: string[];
  group?: number;
  subgroup?: number;
  skins?: unknown[];
}

interface EmojibaseMessages {
  subgroups: { key: string; order: number }[];
}

/** What a noun resolves to. */
export interface NounArt {
  readonly asset: string;
  readonly category: EntityCategory;
  /** The emoji's own label, e.g. "pine tree" for "pine". */
  readonly label: string;
}

const SUBGROUP_CATEGORY: Record<string, EntityCategory> = {
  'animal-mammal': 'animal',
  'animal-bird': 'bird',
  'animal-amphibian': 'animal',
  'animal-reptile': 'animal',
  'animal-marine': 'fish',
  'animal-bug': 'insect',
  'plant-flower': 'plant',
  'plant-other': 'plant',
  'food-fruit': 'food',
  'food-vegetable': 'food',
  'food-prepared': 'food',
  'food-asian': 'food',
  'food-marine': 'food',
  'food-sweet': 'food',
  drink: 'food',
  person: 'person',
  'person-role': 'person',
  'person-fantasy': 'person',
  'person-activity': 'person',
  'person-sport': 'person',
  'person-resting': 'person',
  'place-building': 'building',
  'place-religious': 'building',
  'place-other': 'building',
  'transport-ground': 'vehicle',
  'transport-water': 'boat',
  'transport-air': 'aircraft',
  'sky-weather': 'celestial',
};

/** Subgroups whose art should not stand in for a plain noun (faces, hands, flags, signs). */
const SKIPPED_SUBGROUPS = new Set([
  'cat-face',
  'monkey-face',
  'hand-fingers-open',
  'hand-fingers-partial',
  'hand-single-finger',
  'hand-fingers-closed',
  'hands',
  'hand-prop',
  'skin-tone',
  'hair-style',
  'family',
  'person-symbol',
  'country-flag',
  'flag',
  'keycap',
  'alphanum',
  'transport-sign',
  'warning',
  'arrow',
  'zodiac',
  'av-symbol',
  'gender',
  'math',
  'punctuation',
  'currency',
]);

let table: Map<string, NounArt> | null = null;

/** The noun table, built on first use. Keys are lowercase single or multi-word labels. */
export function emojiNouns(): ReadonlyMap<string, NounArt> {
  if (table) return table;
  const data = require('emojibase-data/en/data.json') as EmojibaseEntry[];
  const messages = require('emojibase-data/en/messages.json') as EmojibaseMessages;
  const subgroupKey = new Map<number, string>();
  for (const s of messages.subgroups) if (!subgroupKey.has(s.order)) subgroupKey.set(s.order, s.key);
  table = new Map();
  for (const entry of data) {
    if (!hasEmojiArt(entry.hexcode)) continue;
    const key = subgroupKey.get(entry.subgroup ?? -1) ?? '';
    if (SKIPPED_SUBGROUPS.has(key) || key.startsWith('face-')) continue;
    const category = SUBGROUP_CATEGORY[key] ?? 'object';
    const label = entry.label.toLowerCase().replace(/[:,]/g, '');
    const art: NounArt = { asset: emojiAssetId(entry.hexcode), category, label };
    // Full labels win over derived keys; faces ("dog face") yield to full-body art ("dog").
    setIfBetter(label, art);
    const withoutFace = label.replace(/ face$/, '');
    if (withoutFace !== label) setIfBetter(withoutFace, art, true);
  }
  return table;
}

function setIfBetter(key: string, art: NounArt, weak = false): void {
  if (!table) return;
  if (weak && table.has(key)) return;
  const existing = table.get(key);
  if (existing && existing.label === key) return;
  table.set(key, art);
}
