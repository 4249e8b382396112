import type { Lexicon, NounEntry } from '../lexicon/lexicon.ts';
import { KEPT_TILES, sceneTile } from '../lexicon/scene-tiles.ts';
import { edBase, fixTags, ingBase, verbBase } from '../nlp/pos-fixes.ts';
import type { ReadPrompt, Token } from '../nlp/read-tokens.ts';
import { THING_PARTS } from '../words/body-words.ts';
import { AGE_SIZES, INTENSIFIERS, RELATION_WORDS, SIZE_WORDS, STATE_VARIANTS } from '../words/attribute-words.ts';
import { CAMERA_FILLERS, CAMERA_VERBS, CAMERA_WORDS, STYLE_FILLERS, STYLE_WORDS } from '../words/camera-words.ts';
import { COLOR_MODIFIERS, COLOR_SUFFIXES, COLOR_WORDS, MATERIAL_WORDS, NATURAL_COLOR_WORDS } from '../words/color-words.ts';
import {
  AMBIENCE_WORDS, DETERMINERS, FUNCTION_WORDS, MANNER_WORDS, NEGATIONS, PRONOUNS, RELATIVE_WORDS, SEQUENCE_WORDS,
  SIMULTANEOUS_WORDS,
} from '../words/function-words.ts';
import { PHRASAL_MOTIONS, VERB_MOTIONS } from '../words/motion-words.ts';
import { NUMBER_WORDS, QUANTITY_WORDS, SKY_FALL_COUNTS, SKY_FALL_THINGS } from '../words/quantity-words.ts';
import { SEASON_HINTS, SEASON_WORDS, SETTING_ACTOR_WORDS, SETTING_WORDS, TIME_WORDS, WEATHER_VERBS, WEATHER_WORDS } from '../words/setting-words.ts';
import { phraseKey, phraseTables, TEXT_CUES } from './phrase-tables.ts';
import { signalLight } from './signal-lights.ts';
import { singular } from './singular.ts';
import { isKind, type Unit, type UnitMeaning } from './unit.ts';
import type { Placement } from '../vocabulary.ts';

/**
 * Turns tagged tokens into units: fixed phrases first (longest match), then
 * single words by part of speech and the word tables. Nothing is dropped:
 * every token ends up in exactly one unit.
 */
export function readUnits(read: ReadPrompt, lex: Lexicon): Unit[] {
  const { tokens } = read;
  fixTags(tokens, {
    isVerb: (lemma) => lemma in VERB_MOTIONS || lex.isVerb(lemma),
    isMotionVerb: (lemma) => lemma in VERB_MOTIONS || lex.wordNetMotion(lemma) !== null,
    isNoun: (word) => lex.noun(word) !== null || lex.noun(singular(word)) !== null,
    isAgent: (word) => ['person', 'animal', 'bird', 'fish', 'insect'].includes(lex.noun(word)?.category ?? ''),
    isCompoundNoun: (phrase) => (lex.noun(phrase)?.match ?? 'keyword') !== 'keyword',
    isExactNoun: (word) => word in SETTING_WORDS || (lex.noun(word)?.match ?? 'keyword') === 'label' || lex.noun(word)?.match === 'synonym',
    // Weather adjectives ("snowy") modify; weather nouns ("rain") are subjects ("rain falls").
    isAdjective: (word) => word in SEASON_WORDS || word in COLOR_WORDS || word in SIZE_WORDS || word in AMBIENCE_WORDS || (word in WEATHER_WORDS && /y$/.test(word)) || word in COLOR_MODIFIERS || NATURAL_COLOR_WORDS.has(word) || ADJECTIVE_ONLY.has(word),
  });
  const units: Unit[] = [];
  const { phrases, longest } = phraseTables();
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const phrase = matchPhrase(tokens, i, Math.max(longest, lex.longestNoun), phrases, lex);
    if (phrase) {
      units.push(makeUnit(tokens, i, phrase.length, phrase.meaning));
      i += phrase.length;
      continue;
    }
    units.push(makeUnit(tokens, i, 1, classifyWord(token, tokens, lex, read.quotes.length)));
    i++;
  }
  markThingParts(units);
  return units;
}

/** Words that point back at something already there ("the") or list what a thing has ("with"); "its mast" is read in mentions.ts. */
const PART_POINTERS = new Set(['the', 'with']);

/**
 * "A ship sails into a storm. Lightning strikes the mast.": a part named
 * after the thing it belongs to ("the mast", "the chimney", "a castle with
 * towers") is read as that thing's part: it names the thing itself, drawn
 * whole, so what happens to the part happens to the thing.
 */
function markThingParts(units: Unit[]): void {
  units.forEach((u, k) => {
    const word = u.text.toLowerCase();
    const owner = THING_PARTS[word];
    if (!owner || !(isKind(u, 'entity') || isKind(u, 'unknown') || isKind(u, 'place'))) return;
    let j = k - 1;
    while (j >= 0 && units[j]!.sentence === u.sentence && ['adjective', 'size', 'color', 'number', 'natural-color'].includes(units[j]!.meaning.kind)) j--;
    if (j < 0 || !PART_POINTERS.has(units[j]!.text.toLowerCase())) return;
    const thing = units.slice(0, j).find((o) => isKind(o, 'entity') && owner.test(`${o.meaning.entry.label} ${o.meaning.key}`));
    // The part stands for its owner: "a cat sleeps on the roof" sits on the house, "lightning strikes the mast" strikes the ship.
    if (thing && isKind(thing, 'entity')) (u as { meaning: UnitMeaning }).meaning = { ...thing.meaning, plural: false, color: undefined };
  });
}

function makeUnit(tokens: readonly Token[], start: number, length: number, meaning: UnitMeaning): Unit {
  const span = tokens.slice(start, start + length);
  const head = span[span.length - 1]!;
  return {
    meaning,
    tokens: span.map((t) => t.index),
    sentence: head.sentence,
    // A phrasal verb's lemma is its verb's ("gives chase" → "give chase"); a noun phrase's is its head's.
    lemma: meaning.kind === 'verb' && meaning.lemma ? meaning.lemma : meaning.kind === 'verb' ? span.map((t, k) => (k === 0 ? t.lemma : t.lower)).join(' ') : span.map((t, k) => (k === span.length - 1 ? t.lemma : t.lower)).join(' '),
    // Words apart, hyphenated words joined, a possessive's "'s" on its noun ("chef's face").
    text: span.map((t, k) => (k === 0 || /^['’]s$/.test(t.text) ? '' : t.joined ? '-' : ' ') + t.text).join(''),
    pos: meaning.kind === 'verb' && span.length > 1 ? 'VERB' : head.pos,
    used: false,
  };
}

/** Whether a word ahead of a noun counts more than one of it ("two", "several", "many"). */
function countsMany(word: string): boolean {
  return (NUMBER_WORDS[word] ?? QUANTITY_WORDS[word]?.count ?? 1) > 1 || word === 'all';
}

interface PhraseHit {
  readonly length: number;
  readonly meaning: UnitMeaning;
}

/** The longest known phrase starting at token i (two words or more), within one sentence. */
function matchPhrase(tokens: readonly Token[], i: number, maxLength: number, phrases: ReadonlyMap<string, UnitMeaning>, lex: Lexicon): PhraseHit | null {
  const first = tokens[i]!;
  if (first.quote !== null || first.pos === 'PUNCT') return null;
  const signal = signalLight(tokens, i, lex);
  if (signal) return signal;
  for (let length = Math.min(maxLength, tokens.length - i); length >= 2; length--) {
    const span = tokens.slice(i, i + length);
    if (span.some((t) => t.sentence !== first.sentence || t.quote !== null || (t.pos === 'PUNCT' && t.text !== '&' && t.text !== "'s"))) continue;
    const surface = phraseKey(span.map((t) => t.lower).join(' '));
    const lemmaLast = phraseKey([...span.slice(0, -1).map((t) => t.lower), span[length - 1]!.lemma].join(' '));
    const verbFirst = phraseKey([span[0]!.lemma, ...span.slice(1).map((t) => t.lower)].join(' '));
    for (const key of new Set([surface, lemmaLast, ...(span[0]!.pos === 'VERB' ? [verbFirst] : [])])) {
      const meaning = phrases.get(key);
      if (meaning && meaning.kind !== 'verb' && acceptPhrase(meaning, span, tokens[i + length])) return { length, meaning };
      const noun = lex.noun(key) ?? (key === lemmaLast ? null : lex.noun(phraseKey([...span.slice(0, -1).map((t) => t.lower), singular(span[length - 1]!.lower)].join(' '))));
      // "red fox", "golden retriever": the name keeps its colour; a loose keyword match splits into colour and noun.
      const colour = COLOR_WORDS[span[0]!.lower];
      // "a red fox" is a fox that is red, "a small boat" a boat that is small, when the rest alone names the same picture.
      const adjectiveFirst = colour !== undefined || span[0]!.lower in SIZE_WORDS;
      const plainHead = adjectiveFirst && noun && noun.match !== 'label' ? lex.noun(phraseKey(span.slice(1).map((t, k) => (k === length - 2 ? t.lemma : t.lower)).join(' '))) : null;
      if (plainHead && plainHead.asset === noun!.asset) continue;
      // "drinking water" after a noun is an action on water, not the noun "drinking water".
      const verbFirstWord = span[0]!.pos === 'VERB' && noun?.match !== 'label';
      // "a woman walking her dog": a picture named after an action ("woman walking") is a person and an action.
      // "a bus stops at the station": a label's plural read as its one subject's verb is that verb too
      // ("two bus stops" are signs: a verb in -s wants a single subject).
      const last = span[length - 1]!;
      const before = tokens[i - 1]?.sentence === first.sentence ? tokens[i - 1] : undefined;
      const singleSubject = (first.pos === 'NOUN' || first.pos === 'PROPN') && before?.pos !== 'NUM' && !countsMany(before?.lower ?? '');
      const lastIsVerb = last.pos === 'VERB' && (noun?.match !== 'label' || /ing$/.test(last.lower) || (singleSubject && /s$/.test(last.lower) && last.lemma !== last.lower));
      // "a football stadium", "a hospital garden": a name ending in a place word is that place.
      const placeWord = SETTING_WORDS[span[length - 1]!.lower] ?? SETTING_WORDS[span[length - 1]!.lemma];
      if (noun && placeWord && noun.match !== 'label' && !SETTING_ACTOR_WORDS.has(span[length - 1]!.lower)) {
        return { length, meaning: { kind: 'place', setting: placeWord, key, entry: noun } };
      }
      if (noun && !verbFirstWord && !(colour && noun.match === 'keyword') && !lastIsVerb && span[length - 1]!.pos !== 'ADP') {
        const meaning = entity(noun, key, span[length - 1]!);
        return { length, meaning: colour && meaning.kind === 'entity' ? { ...meaning, color: { hex: colour, name: span[0]!.lower } } : meaning };
      }
    }
    const verb = phrases.get(verbFirst);
    if (verb?.kind === 'verb' && (span[0]!.pos === 'VERB' || span[0]!.pos === 'NOUN' || span[0]!.pos === 'AUX')) {
      return { length, meaning: { ...verb, finite: !/(ing|ed)$/.test(span[0]!.lower) } };
    }
  }
  return null;
}

/**
 * Whether a storm/shower/rain word is a fall of meteors rather than weather:
 * 'of' when the meteors follow ("a storm of shooting stars"), 'after' when
 * it comes after them ("a meteor storm"), null otherwise ("a storm at sea").
 */
const SKY_FALL_LOOKS = new Set(['bright', 'blazing', 'fiery', 'glowing', 'tiny', 'small', 'big', 'huge', 'flaming']);

function skyFallSide(t: Token, tokens: readonly Token[]): 'of' | 'after' | null {
  const at = (k: number): string => (tokens[k]?.sentence === t.sentence ? tokens[k]!.lower : '');
  const i = t.index;
  if (at(i + 1) === 'of') {
    // "a storm of bright meteors": one describing word may come between.
    const k = SKY_FALL_LOOKS.has(at(i + 2)) ? i + 3 : i + 2;
    if (SKY_FALL_THINGS.test(at(k)) || SKY_FALL_THINGS.test(`${at(k)} ${at(k + 1)}`)) return 'of';
  }
  if (SKY_FALL_THINGS.test(at(i - 1)) || SKY_FALL_THINGS.test(`${at(i - 2)} ${at(i - 1)}`)) return 'after';
  return null;
}

/** Guards for phrases that mean something else in context. */
function acceptPhrase(meaning: UnitMeaning, span: readonly Token[], after: Token | undefined): boolean {
  // "a black and white cat": colours, not the film style.
  if (meaning.kind === 'style' && after && (after.pos === 'NOUN' || after.pos === 'PROPN') && !STYLE_FILLERS.has(after.lower) && !['photo', 'photograph', 'footage', 'shot', 'video', 'scene', 'image', 'picture', 'film', 'movie'].includes(after.lower) && span.every((t) => t.lower in COLOR_WORDS || t.lower === 'and')) return false;
  // "in the middle of the lake" is a place, "in the middle" of the frame is a text position.
  if (meaning.kind === 'text-cue' && after?.lower === 'of') return false;
  // "a flock of", "a ball of yarn": a collective needs its "of"; "a few" does not.
  if (meaning.kind === 'quantity' && meaning.quantity.collective && after?.lower !== 'of') return false;
  return true;
}

function entity(entry: NounEntry, key: string, head: Token): UnitMeaning {
  const plural = head.lower !== head.lemma ? !/ss$/.test(head.lower) && head.lower.endsWith('s') || isIrregularPlural(head) : false;
  return { kind: 'entity', entry, key, plural };
}

const IRREGULAR_PLURALS = new Set(['mice', 'geese', 'children', 'people', 'men', 'women', 'feet', 'teeth', 'oxen', 'sheep', 'fish', 'deer', 'cacti', 'fungi', 'leaves', 'wolves', 'knives', 'lives', 'dice', 'police', 'cattle', 'folk', 'folks']);

function isIrregularPlural(t: Token): boolean {
  return IRREGULAR_PLURALS.has(t.lower) && t.lower !== 'fish' && t.lower !== 'sheep' && t.lower !== 'deer';
}

/** What a single word means. */
function classifyWord(t: Token, tokens: readonly Token[], lex: Lexicon, quoteCount: number): UnitMeaning {
  const { lower, lemma, pos } = t;
  const next = tokens[t.index + 1]?.sentence === t.sentence ? tokens[t.index + 1] : undefined;
  const prev = tokens[t.index - 1]?.sentence === t.sentence ? tokens[t.index - 1] : undefined;
  if (t.quote !== null) return t.quote < quoteCount ? { kind: 'quote', quote: t.quote } : { kind: 'unknown' };
  if (t.emoji) {
    // "🌃", "🏙": a picture of a whole scene says where or when, never who.
    const tile = KEPT_TILES.has(t.emoji) ? null : sceneTile(t.emoji);
    if (tile?.drawn) {
      // 🌉: the thing it pictures has drawn art of its own.
      const drawn = lex.noun(tile.drawn);
      if (drawn) return { kind: 'entity', entry: drawn, key: drawn.label, plural: false };
    }
    if (tile?.setting) return { kind: 'place', setting: tile.setting, key: t.text };
    if (tile?.time) return { kind: 'time', time: tile.time };
    if (tile?.weather) return { kind: 'weather', weather: tile.weather };
    const entry = tile ? (tile.instead ? lex.emoji(tile.instead) : null) : lex.emoji(t.emoji);
    return entry ? { kind: 'entity', entry, key: entry.label, plural: false } : { kind: 'punct', mark: t.text };
  }
  if (pos === 'PUNCT' || pos === 'SYM' && !/[\p{L}\p{N}]/u.test(t.text)) {
    return lower === '&' ? { kind: 'and' } : { kind: 'punct', mark: t.text };
  }
  if (/^\d+(\.\d+)?$/.test(lower)) return { kind: 'number', count: Number(lower) };
  if (/^\d+(st|nd|rd|th)$/.test(lower)) return { kind: 'function' };
  if (lower in NUMBER_WORDS && (pos === 'NUM' || lower !== 'one')) return { kind: 'number', count: NUMBER_WORDS[lower]! };
  if (lower === 'and' || lower === 'plus' || lower === '&') return { kind: 'and' };
  // "show me ...", "make a video of ...": the request, not the scene.
  if (REQUEST_VERBS.has(lower) && (t.index === 0 || tokens[t.index - 1]?.sentence !== t.sentence || ['please', 'you', 'can', 'could', 'would'].includes(prev?.lower ?? '')) && next && ['me', 'us', 'a', 'an', 'the', 'some'].includes(next.lower)) {
    return { kind: 'function' };
  }
  if (SIMULTANEOUS_WORDS.has(lower) && (pos === 'SCONJ' || pos === 'ADV' || lower === 'while')) return { kind: 'simultaneous' };
  if (SEQUENCE_WORDS.has(lower) && (pos === 'ADV' || pos === 'SCONJ' || pos === 'ADP' && lower === 'after' && next?.pos !== 'DET')) return { kind: 'sequence' };
  if (NEGATIONS.has(lower) && (pos !== 'DET' || lower === 'no')) return { kind: 'negation' };
  if (RELATIVE_WORDS.has(lower) && (pos === 'PRON' || pos === 'DET' && next?.pos === 'VERB' || pos === 'SCONJ' && next?.pos !== 'PRON')) return { kind: 'relative' };
  if (lower in PRONOUNS && (pos === 'PRON' || pos === 'DET')) {
    const p = PRONOUNS[lower]!;
    return { kind: 'pronoun', plural: p.plural, person: p.person ?? null, possessive: p.possessive ?? false };
  }
  if (lower in DETERMINERS && (pos === 'DET' || pos === 'PRON' && lower !== 'that')) {
    const d = DETERMINERS[lower]!;
    return { kind: 'determiner', definite: d.definite, plural: d.plural ?? false };
  }
  if (lower === 'of') return { kind: 'of' };
  // "shallow water", "old cars": adjectives the lexicon also lists as rare nouns.
  if (ADJECTIVE_ONLY.has(lower) && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')) return tableMeaning(t, next, () => false, prev?.pos) ?? { kind: 'adjective' };
  if (pos === 'AUX' || ['be', 'have', 'do'].includes(lemma) && pos !== 'NOUN') return lemma === 'be' ? { kind: 'copula' } : { kind: 'function' };
  if (lower in QUANTITY_WORDS && (next?.lower === 'of' || !QUANTITY_WORDS[lower]!.collective)) return { kind: 'quantity', quantity: QUANTITY_WORDS[lower]! };
  // "a storm of meteors": a sky full of shooting stars; "a meteor storm": the head is read with its meteors (mentions.ts).
  const skyFall = lemma in SKY_FALL_COUNTS ? skyFallSide(t, tokens) : null;
  if (skyFall === 'of') return { kind: 'quantity', quantity: { count: SKY_FALL_COUNTS[lemma]!, arrangement: 'scatter', collective: true } };
  if (skyFall === 'after') return { kind: 'unknown' };

  // "in the mud", "on the ground", "out of the water": the surface things stand on, not a thing to draw.
  const surface = GROUND_WORDS[lower] ?? GROUND_WORDS[lemma];
  if (surface && (pos === 'NOUN' || pos === 'PROPN') && (lower !== 'water' || afterPreposition(t, tokens))) {
    return { kind: 'place', setting: 'plain', key: lower, surface };
  }
  // "clouds form", "three clouds", "a tornado spinning": a setting or weather word that acts or is counted is a thing.
  const actorWord = SETTING_ACTOR_WORDS.has(lower) || SETTING_ACTOR_WORDS.has(lemma) || WEATHER_ACTORS.has(lower);
  const acts = next?.pos === 'VERB' && !(lower in WEATHER_WORDS && WEATHER_OWN_VERBS.has(next.lemma));
  const actsAsThing = actorWord && (acts || FUNNELS.has(lower) || prev?.pos === 'NUM' || (prev !== undefined && prev.lower in COLOR_WORDS));
  const table = actsAsThing ? null : tableMeaning(t, next, (word) => lex.noun(word) !== null, prev?.pos, prev !== undefined && prev.lower in STYLE_WORDS);
  // A place that is also a thing ("a bakery", "the clouds") keeps its art for when it is used as a thing.
  if (table?.kind === 'place') {
    const thing = lookupNoun(lex, lower, lemma);
    if (thing && thing.entry.match !== 'keyword') return { ...table, entry: thing.entry };
  }
  if (table) return table;

  // "driving past a tower": "past" before a noun phrase is a path.
  if (lower === 'past' && (prev?.pos === 'VERB' || (next && ['DET', 'NOUN', 'ADJ', 'NUM', 'PROPN'].includes(next.pos)))) return { kind: 'relation', relation: 'across' };
  // "pans left": a direction after a camera verb, not the verb "leave".
  if ((lower === 'left' || lower === 'right') && prev && CAMERA_VERBS[prev.lemma]) return { kind: 'direction', direction: lower };
  // "carries it home", "dives deep": a direction after a verb or its object.
  if ((lower === 'home' || lower === 'deep' || lower === 'deeper') && prev && (prev.pos === 'VERB' || prev.pos === 'PRON' || prev.pos === 'NOUN') && (!next || next.pos === 'PUNCT' || next.pos === 'CCONJ')) {
    return { kind: 'direction', direction: DIRECTIONS[lower]! };
  }
  // "the camera pans", even when the tagger reads "pans" as a noun.
  const cameraVerb = CAMERA_VERBS[lemma] ?? CAMERA_VERBS[verbBase(lower) ?? ''];
  if ((pos === 'VERB' || pos === 'NOUN') && cameraVerb && cameraIsSubject(t, tokens)) return { kind: 'camera', camera: cameraVerb };
  if (pos === 'VERB') {
    if (lemma in WEATHER_VERBS && !entityBefore(t, tokens, lex)) return { kind: 'weather', weather: WEATHER_VERBS[lemma]! };
    const base = VERB_MOTIONS[lemma] || lex.wordNetMotion(lemma) ? lemma : (ingBase(lower, (l) => l in VERB_MOTIONS) ?? edBase(lower, (l) => l in VERB_MOTIONS) ?? lemma);
    const motion = VERB_MOTIONS[base] ?? PHRASAL_MOTIONS[base] ?? lex.wordNetMotion(base);
    const finite = !/(ing|ed|en)$/.test(lower) || lower === lemma;
    if (motion) return { kind: 'verb', motion, finite, phrasal: false, ...(base !== lemma ? { lemma: base } : {}) };
    if (FUNCTION_WORDS.has(lower) || FUNCTION_WORDS.has(lemma)) return { kind: 'function' };
    return { kind: 'verb', motion: null, finite, phrasal: false };
  }
  if (pos === 'NOUN' || pos === 'PROPN' || pos === 'X' || pos === 'NUM' && !/\d/.test(lower)) {
    if (quoteCount > 0 && (lower in TEXT_CUES || lemma in TEXT_CUES)) return { kind: 'text-cue', ...(TEXT_CUES[lower] ?? TEXT_CUES[lemma])! };
    if (STYLE_FILLERS.has(lower) && styleNear(t, tokens)) return { kind: 'function' };
    // "a photo of", "a video of": words about the medium, not things in it.
    if (META_NOUNS.has(lower) || META_NOUNS.has(lemma)) return { kind: 'function' };
    const found = lookupNoun(lex, lower, lemma);
    if (found) return entity(found.entry, found.key, t);
    if (lower in TEXT_CUES || lemma in TEXT_CUES) return { kind: 'text-cue', ...(TEXT_CUES[lower] ?? TEXT_CUES[lemma])! };
  }
  if (pos === 'ADP' || pos === 'SCONJ' || pos === 'PART' || pos === 'ADV') {
    const direction = DIRECTIONS[lower];
    if (direction && !(lower in RELATION_WORDS && next && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'NUM' || next.pos === 'ADJ'))) {
      return { kind: 'direction', direction };
    }
    if (lower in RELATION_WORDS) return { kind: 'relation', relation: RELATION_WORDS[lower]! };
  }
  if (lower in TEXT_CUES) return { kind: 'text-cue', ...TEXT_CUES[lower]! };
  if (FUNCTION_WORDS.has(lower) || FUNCTION_WORDS.has(lemma) || pos === 'DET' || pos === 'CCONJ' || pos === 'PRON' || pos === 'INTJ' && lower.length < 4) {
    return { kind: 'function' };
  }
  if (pos === 'ADJ' || pos === 'ADV') return { kind: 'adjective' };
  return { kind: 'unknown' };
}

/** A noun's entry: its own label first ("glasses"), then the lemma ("birds" → bird), the word, its singular. */
export function lookupNoun(lex: Lexicon, lower: string, lemma: string): { entry: NounEntry; key: string } | null {
  const own = lex.noun(lower);
  if (own?.match === 'label') return { entry: own, key: lower };
  for (const key of [lemma, lower, singular(lower)]) {
    const entry = lex.noun(key);
    if (entry) return { entry, key };
  }
  return null;
}

/** "the camera pans", "camera slowly zooms in": the camera is the verb's subject. */
/** Nouns that, right before a camera verb, make the camera its subject. */
const CAMERA_SUBJECTS: ReadonlySet<string> = new Set(['camera', 'cam', 'drone', 'lens', 'view', 'shot', 'footage']);

function cameraIsSubject(t: Token, tokens: readonly Token[]): boolean {
  for (let j = t.index - 1; j >= 0 && j >= t.index - 3; j--) {
    const before = tokens[j]!;
    if (before.sentence !== t.sentence) return false;
    // "the camera pans", "a drone shot flying over", "aerial footage sweeping across".
    if (CAMERA_SUBJECTS.has(before.lower)) return true;
    if (before.pos !== 'ADV' && before.pos !== 'AUX') return false;
  }
  return false;
}

/** Whether an entity or pronoun comes right before a verb ("leaves blowing" vs "it is raining"). */
function entityBefore(t: Token, tokens: readonly Token[], lex: Lexicon): boolean {
  const before = tokens[t.index - 1];
  if (!before || before.sentence !== t.sentence) return false;
  if (before.pos === 'AUX') return false;
  return (before.pos === 'NOUN' || before.pos === 'PROPN') && lookupNoun(lex, before.lower, before.lemma) !== null;
}

/** "in watercolor style": a style word sits next to this filler. */
function styleNear(t: Token, tokens: readonly Token[]): boolean {
  for (let j = t.index - 3; j <= t.index + 3; j++) {
    const other = tokens[j];
    if (!other || j === t.index || other.sentence !== t.sentence) continue;
    const pair = tokens[j + 1]?.sentence === t.sentence ? phraseKey(`${other.lower} ${tokens[j + 1]!.lower}`) : '';
    if (other.lower in STYLE_WORDS || pair in STYLE_WORDS) return true;
  }
  return false;
}

const DIRECTIONS: Readonly<Record<string, 'up' | 'down' | 'away' | 'left' | 'right' | 'back' | 'forward' | 'home' | 'off' | 'out'>> = {
  up: 'up', upward: 'up', upwards: 'up', skyward: 'up', skywards: 'up', aloft: 'up', down: 'down', downward: 'down',
  downwards: 'down', away: 'away', back: 'back', backward: 'back', backwards: 'back', forward: 'forward', forwards: 'forward',
  ahead: 'forward', onward: 'forward', north: 'forward', south: 'forward', east: 'forward', west: 'forward', home: 'home', off: 'off', out: 'out', left: 'left', right: 'right', leftward: 'left',
  rightward: 'right', overhead: 'up', above: 'up', below: 'down', deep: 'down', deeper: 'down', downstream: 'forward',
  upstream: 'forward', inside: 'forward', indoors: 'home', ashore: 'forward', aboard: 'forward',
};

/** First words of the place phrases ("living" of "living room"). */
const PLACE_PHRASE_STARTS: ReadonlySet<string> = new Set(Object.keys(SETTING_WORDS).filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

/** Word-table meanings for adjectives, nouns and adverbs ("golden", "dusk", "slowly", "watercolor"). */
function tableMeaning(t: Token, next: Token | undefined, isNoun: (word: string) => boolean, prevPos: string | undefined, prevIsStyle = false): UnitMeaning | null {
  const { lower, lemma, pos } = t;
  const nounish = pos === 'NOUN' || pos === 'PROPN' || pos === 'X';
  const adjish = pos === 'ADJ' || pos === 'ADV' || pos === 'VERB' && /ed$/.test(lower) || pos === 'NOUN' && (next?.pos === 'NOUN' || next?.pos === 'ADJ');
  if (lower in CAMERA_WORDS && pos !== 'VERB') return { kind: 'camera', camera: CAMERA_WORDS[lower]! };
  if (CAMERA_FILLERS.has(lower) || CAMERA_FILLERS.has(lemma)) return { kind: 'function' };
  if (lower in STYLE_WORDS && (pos !== 'VERB' || lower.endsWith('ed') || prevPos === 'DET' || prevPos === 'ADJ' || prevIsStyle)) return { kind: 'style', style: STYLE_WORDS[lower]! };
  if (lower in COLOR_MODIFIERS && next && (next.lower in COLOR_WORDS || colorSuffix(next.lower))) {
    const m = COLOR_MODIFIERS[lower]!;
    return { kind: 'color-modifier', lighten: m.lighten, saturate: m.saturate ?? 0 };
  }
  const color = COLOR_WORDS[lower] ?? colorSuffix(lower);
  // "red" is a colour even when tagged a noun; "orange" the noun is the fruit.
  if (color && (adjish || nounish && next?.pos !== 'NOUN' && !isNoun(lower) && !MATERIAL_WORDS.has(lower))) {
    return { kind: 'color', hex: color, name: lower in COLOR_WORDS ? lower : lower.replace(/d?ish$/, '') };
  }
  if (NATURAL_COLOR_WORDS.has(lower) && pos === 'ADJ') return { kind: 'natural-color' };
  if (lower in INTENSIFIERS && (pos === 'ADV' || pos === 'ADJ')) return { kind: 'intensifier', factor: INTENSIFIERS[lower]! };
  // "a baby elephant" is a small elephant; "a baby crawling" and "a baby" are a baby.
  const babyOf = lower === 'baby' && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  if (lower in SIZE_WORDS && (lower === 'baby' ? babyOf : adjish)) return { kind: 'size', scale: SIZE_WORDS[lower]! };
  // "an old oak tree": its age shows as its size.
  const aged = AGE_SIZES[lower];
  if (aged && next && aged.things.test(next.lower)) return { kind: 'size', scale: aged.scale };
  if (lower in MANNER_WORDS && (pos === 'ADV' || pos === 'ADJ' && (['slow', 'quick', 'fast'].includes(lower) || prevPos === 'VERB') || nounish && !isNoun(lower))) return { kind: 'manner', manner: MANNER_WORDS[lower]! };
  if (lower in TIME_WORDS && pos !== 'VERB') return { kind: 'time', time: TIME_WORDS[lower]! };
  if (lower in WEATHER_WORDS && pos !== 'VERB') return { kind: 'weather', weather: WEATHER_WORDS[lower]! };
  // "in the fall" is a season; "rain falls" is not.
  const fallSeason = lower === 'fall' && nounish && (next === undefined || next.pos !== 'ADP' || prevPos === 'DET');
  if (lower in SEASON_WORDS && pos !== 'VERB' && (lower !== 'fall' || fallSeason)) return { kind: 'season', season: SEASON_WORDS[lower]! };
  if (lower in SEASON_HINTS && adjish) return { kind: 'adjective' };
  // "a cozy living room": the tagger reads "living" as a verb, but it begins the place the mood describes.
  const beforePlace = next !== undefined && PLACE_PHRASE_STARTS.has(next.lower);
  if (lower in AMBIENCE_WORDS && (pos === 'ADJ' || pos === 'ADV' || adjish || beforePlace || (next !== undefined && next.pos !== 'VERB' && next.pos !== 'PUNCT'))) return { kind: 'ambience', ambience: AMBIENCE_WORDS[lower]! };
  if ((lower in SETTING_WORDS || lemma in SETTING_WORDS) && (nounish || PLACE_ADJECTIVES.has(lower))) {
    const key = lower in SETTING_WORDS ? lower : lemma;
    return { kind: 'place', setting: SETTING_WORDS[key]!, key };
  }
  if (isStateWord(lower) && adjish && !(nounish && isNoun(lower))) return { kind: 'adjective' };
  return null;
}

function colorSuffix(word: string): string | undefined {
  for (const [pattern, base] of COLOR_SUFFIXES) {
    if (pattern.test(word)) {
      const name = word.replace(pattern, base).replace(/^purpl$/, 'purple').replace(/^orang$/, 'orange').replace(/^whit$/, 'white');
      return COLOR_WORDS[name];
    }
  }
  return undefined;
}

const STATE_WORDS = new Set(Object.values(STATE_VARIANTS).flatMap((v) => Object.keys(v)));

function isStateWord(word: string): boolean {
  return STATE_WORDS.has(word);
}

/** Weather that can also be a thing in the picture when it does something ("a tornado spinning"). */
const WEATHER_ACTORS = new Set(['tornado', 'tornadoes', 'twister', 'rainbow', 'snowflake', 'snowflakes', 'cloud', 'clouds', 'lightning bolt']);
/** A tornado is always a funnel to draw on the ground ("a tornado in a field"); its storm comes with it (scene-setting.ts). */
const FUNNELS = new Set(['tornado', 'tornadoes', 'twister', 'twisters']);
/** Verbs that are the weather's own and keep it weather ("rain falls", "lightning strikes"). */
const WEATHER_OWN_VERBS = new Set(['fall', 'pour', 'strike', 'flash', 'blow', 'drift', 'come', 'begin', 'start', 'rage', 'roll', 'howl', 'gather', 'clear', 'approach', 'hit', 'cover', 'fill']);

/** Surfaces: where things stand, sink or swim. */
const GROUND_WORDS: Readonly<Record<string, Placement>> = {
  ground: 'ground', floor: 'floor', soil: 'ground', dirt: 'ground', mud: 'ground', puddle: 'ground', pavement: 'ground',
  launchpad: 'ground', pad: 'ground', water: 'water-surface', surface: 'water-surface', shallows: 'water-surface',
};

/** Whether a word comes after a preposition ("in the water", "out of shallow water"). */
function afterPreposition(t: Token, tokens: readonly Token[]): boolean {
  for (let j = t.index - 1; j >= 0 && j >= t.index - 3; j--) {
    const before = tokens[j]!;
    if (before.sentence !== t.sentence) return false;
    if (before.pos === 'ADP' || before.lower === 'of') return true;
    const modifier = before.pos === 'DET' || before.pos === 'ADJ' || ADJECTIVE_ONLY.has(before.lower) || before.lower in COLOR_WORDS || before.lower in SIZE_WORDS;
    if (!modifier) return false;
  }
  return false;
}

/** Verbs that open a request rather than describe the scene. */
const REQUEST_VERBS = new Set(['show', 'make', 'create', 'generate', 'render', 'produce', 'animate', 'imagine', 'give', 'draw', 'film', 'picture', 'visualize', 'visualise', 'depict', 'design']);

/** Nouns about the picture itself. */
const META_NOUNS = new Set(['photo', 'photograph', 'photos', 'snapshot', 'picture', 'image', 'video', 'clip', 'footage', 'scene', 'animation', 'shot', 'view', 'frame', 'goodbye', 'hello', 'bye', 'farewell']);

/** Adjectives the lexicon also lists as nouns through loose keywords. */
const ADJECTIVE_ONLY = new Set(['shallow', 'deep', 'old', 'young', 'new', 'dark', 'bright', 'quiet', 'calm', 'happy', 'sad', 'angry', 'cute', 'beautiful', 'magic', 'magical', 'ancient', 'modern', 'wild', 'fluffy', 'shiny', 'sleepy', 'lonely', 'empty', 'full', 'open', 'closed', 'hot', 'cold', 'warm', 'cool', 'wet', 'dry', 'tall', 'short', 'long']);

/** Setting words that are adjectives too ("an underwater reef"). */
const PLACE_ADJECTIVES = new Set(['underwater', 'indoors', 'arctic', 'antarctic', 'underground', 'tropical', 'coastal']);
