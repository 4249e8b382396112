import { CAMERA_WORDS, STYLE_WORDS } from '../words/camera-words.ts';
import { RELATION_WORDS } from '../words/attribute-words.ts';
import { PHRASAL_MOTIONS, VERB_MOTIONS } from '../words/motion-words.ts';
import { ARRANGEMENT_PHRASES, NUMBER_WORDS, QUANTITY_WORDS } from '../words/quantity-words.ts';
import { SEASON_WORDS, SETTING_WORDS, TIME_WORDS, WEATHER_WORDS } from '../words/setting-words.ts';
import type { TimeOfDay } from '../vocabulary.ts';
import type { UnitMeaning } from './unit.ts';

/**
 * Every fixed phrase of two or more words the reader knows, keyed by its
 * normal form (lowercase, hyphens as spaces). For phrases listed in several
 * tables the earlier table wins: camera and style phrases are the most
 * specific, nouns from the lexicon are matched separately.
 */
export interface PhraseTables {
  readonly phrases: ReadonlyMap<string, UnitMeaning>;
  readonly longest: number;
}

/** Text positions people write ("at the top"). */
export const TEXT_POSITION_PHRASES: Readonly<Record<string, 'top' | 'center' | 'bottom'>> = {
  'at the top': 'top', 'across the top': 'top', 'at the bottom': 'bottom', 'across the bottom': 'bottom',
  'in the middle': 'center', 'in the center': 'center', 'in the centre': 'center', 'on screen': 'center', onscreen: 'center',
};

/** Words that only say "there is text" or what kind. */
export const TEXT_CUES: Readonly<Record<string, { role: 'title' | 'caption' | 'sign' | 'label' | null; position: 'top' | 'center' | 'bottom' | null }>> = {
  title: { role: 'title', position: 'center' }, 'title card': { role: 'title', position: 'center' }, titled: { role: 'title', position: 'center' },
  heading: { role: 'title', position: 'top' }, headline: { role: 'title', position: 'top' }, caption: { role: 'caption', position: 'bottom' },
  captioned: { role: 'caption', position: 'bottom' }, subtitle: { role: 'caption', position: 'bottom' }, subtitles: { role: 'caption', position: 'bottom' },
  'lower third': { role: 'caption', position: 'bottom' }, text: { role: null, position: null }, word: { role: null, position: null },
  words: { role: null, position: null }, lettering: { role: null, position: null }, letters: { role: null, position: null },
  message: { role: null, position: null }, inscription: { role: 'label', position: null }, label: { role: 'label', position: null },
  labelled: { role: 'label', position: null }, labeled: { role: 'label', position: null }, 'end card': { role: 'title', position: 'center' },
  'opening title': { role: 'title', position: 'center' }, 'intro card': { role: 'title', position: 'center' }, quote: { role: null, position: null },
  slogan: { role: null, position: null }, tagline: { role: 'caption', position: 'bottom' }, name: { role: null, position: null },
  reading: { role: null, position: null }, saying: { role: null, position: null }, writing: { role: null, position: null },
};

/**
 * "Under the stars", "beneath the moon": the night sky over a scene is when it
 * happens (night, clear), not a thing to stand under; the sky draws its own
 * stars and moon. ("Under the night sky" and "a starry sky" are the night-sky
 * place, see SETTING_WORDS.)
 */
export const NIGHT_SKY_PHRASES: readonly string[] = ['stars', 'starry skies', 'moon', 'moonlight'].flatMap((sky) =>
  ['under', 'beneath', 'underneath'].flatMap((via) => [`${via} the ${sky}`, ...(/^(stars|starry skies|moonlight)$/.test(sky) ? [`${via} ${sky}`] : [`${via} a ${sky}`])]),
);

/** Where rockets launch from: ground to stand on, like "the ground" (see GROUND_WORDS in read-units.ts). */
export const LAUNCH_GROUNDS: readonly string[] = ['launch pad', 'launch pads', 'launching pad', 'launching pads', 'launch site', 'launch sites', 'launch complex', 'launch tower', 'launch platform'];

/**
 * How stories open: "once upon a time" sets no clock (it is no hourglass);
 * "one night" is that hour, "one day" no hour at all.
 */
export const STORY_OPENERS: Readonly<Record<string, TimeOfDay | null>> = {
  'once upon a time': null, 'long ago': null, 'a long time ago': null, 'long long ago': null, 'one day': null, 'one time': null,
  'one night': 'night', 'one evening': 'dusk', 'one morning': 'morning', 'one afternoon': 'afternoon',
};

/** Normal form of a phrase key. */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

let tables: PhraseTables | null = null;

/** The phrase tables, built on first use. */
export function phraseTables(): PhraseTables {
  if (tables) return tables;
  const phrases = new Map<string, UnitMeaning>();
  const add = (key: string, meaning: UnitMeaning): void => {
    const k = phraseKey(key);
    if (k.includes(' ') && !phrases.has(k)) phrases.set(k, meaning);
  };
  for (const [k, time] of Object.entries(STORY_OPENERS)) add(k, time ? { kind: 'time', time } : { kind: 'function' });
  for (const [k, camera] of Object.entries(CAMERA_WORDS)) add(k, { kind: 'camera', camera });
  for (const [k, style] of Object.entries(STYLE_WORDS)) add(k, { kind: 'style', style });
  for (const [k, position] of Object.entries(TEXT_POSITION_PHRASES)) add(k, { kind: 'text-cue', role: null, position });
  for (const [k, cue] of Object.entries(TEXT_CUES)) add(k, { kind: 'text-cue', ...cue });
  for (const [k, arrangement] of Object.entries(ARRANGEMENT_PHRASES)) add(k, { kind: 'arrangement', arrangement });
  for (const [k, relation] of Object.entries(RELATION_WORDS)) add(k, { kind: 'relation', relation });
  for (const [k, count] of Object.entries(NUMBER_WORDS)) add(k, { kind: 'number', count });
  for (const [k, quantity] of Object.entries(QUANTITY_WORDS)) add(k, { kind: 'quantity', quantity });
  for (const [k, time] of Object.entries(TIME_WORDS)) add(k, { kind: 'time', time });
  for (const k of NIGHT_SKY_PHRASES) add(k, { kind: 'time', time: 'night' });
  for (const [k, weather] of Object.entries(WEATHER_WORDS)) add(k, { kind: 'weather', weather });
  for (const [k, season] of Object.entries(SEASON_WORDS)) add(k, { kind: 'season', season });
  for (const [k, setting] of Object.entries(SETTING_WORDS)) add(k, { kind: 'place', setting, key: phraseKey(k) });
  for (const [k, motion] of Object.entries(PHRASAL_MOTIONS)) add(k, { kind: 'verb', motion, finite: true, phrasal: true });
  for (const [k, motion] of Object.entries(VERB_MOTIONS)) add(k, { kind: 'verb', motion, finite: true, phrasal: true });
  // "Fireworks light up the sky": light given off, not a motion; what it shows depends on who lights up (see LIGHT_VERBS).
  add('light up', { kind: 'verb', motion: null, finite: true, phrasal: true, lemma: 'light up' });
  // A launch pad is the ground a rocket starts from, never a motor launch (the boat) beside a pad.
  for (const k of LAUNCH_GROUNDS) add(k, { kind: 'place', setting: 'plain', key: phraseKey(k), surface: 'ground' });
  let longest = 1;
  for (const k of phrases.keys()) longest = Math.max(longest, k.split(' ').length);
  tables = { phrases, longest };
  return tables;
}
