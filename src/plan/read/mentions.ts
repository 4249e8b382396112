import type { Arrangement } from '../vocabulary.ts';
import { BODY_PARTS, THING_PARTS } from '../words/body-words.ts';
import { SKY_FALL_COUNTS, SKY_FALL_THINGS } from '../words/quantity-words.ts';
import { isKind, type Unit } from './unit.ts';

/**
 * Noun phrases: a head (something to draw, a place or a pronoun) with the
 * determiners, numbers, colours, sizes and adjectives in front of it, and
 * collectives before it ("a flock of birds").
 */
export interface Mention {
  readonly kind: 'entity' | 'place' | 'pronoun';
  readonly head: Unit;
  /** Every unit of the phrase, head included. */
  readonly units: Unit[];
  count: number | null;
  plural: boolean;
  definite: boolean;
  color: { hex: string; name: string; units: Unit[] } | null;
  naturalColor: Unit | null;
  size: { scale: number; units: Unit[] } | null;
  arrangement: { arrangement: Arrangement; unit: Unit } | null;
  /** Other adjectives and noun modifiers, for states, place looks and ambience. */
  readonly modifiers: Unit[];
  negated: boolean;
  /** Written with a possessive ("its tail", "his hand"). */
  possessive: boolean;
  readonly sentence: number;
}

/** A sentence as noun phrases and the units between them. */
export type Item = { readonly type: 'mention'; readonly mention: Mention } | { readonly type: 'unit'; readonly unit: Unit };

const MODIFIER_KINDS = new Set([
  'determiner', 'number', 'quantity', 'color', 'color-modifier', 'natural-color', 'size', 'intensifier', 'adjective',
  'ambience', 'weather', 'time', 'season', 'style',
]);

/** Nouns that name a part of the next thing ("the edge of the forest"): the phrase is about the thing. */
const PART_NOUNS = new Set(['edge', 'side', 'corner', 'top', 'bottom', 'middle', 'center', 'centre', 'front', 'back', 'surface', 'end', 'foot', 'base', 'rim', 'heart', 'outskirts', 'banks', 'bank', 'shore', 'shores', 'interior']);

/** Groups a sentence's units into noun phrases. */
export function groupMentions(units: readonly Unit[]): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < units.length) {
    const phrase = readPhrase(units, i);
    if (phrase) {
      items.push({ type: 'mention', mention: phrase.mention });
      i = phrase.end;
    } else {
      items.push({ type: 'unit', unit: units[i]! });
      i++;
    }
  }
  return items;
}

interface Phrase {
  readonly mention: Mention;
  readonly end: number;
}

/**
 * Most modifiers read in front of a head. No noun phrase has more, and each
 * word of a long run of them (a prompt of thousands of bare numbers) would
 * otherwise read the whole rest of the run again: seconds of planning.
 */
const MAX_MODIFIERS = 16;

/** A noun phrase starting at unit i, or null when no head follows the modifiers. */
function readPhrase(units: readonly Unit[], start: number): Phrase | null {
  let i = start;
  const prefix: Unit[] = [];
  let collective: Unit | null = null;
  let collectiveOf: Unit | null = null;
  let negation: Unit | null = null;
  let possessive = false;
  if (isKind(units[i], 'negation') && ['no', 'without'].includes(units[i]!.lemma)) negation = units[i++]!;
  while (i < units.length) {
    if (prefix.length >= MAX_MODIFIERS) return null;
    const u = units[i]!;
    // "its own tail": a body part of someone already there.
    const part = isKind(units[i + 1], 'function') && units[i + 1]!.lemma === 'own' ? i + 2 : i + 1;
    // "her dog": "her" before a noun is possessive.
    const possessivePronoun = isKind(u, 'pronoun') && (u.meaning.possessive || u.lemma === 'her');
    // "its tail", "its mast": a part of someone or something already there, drawn with it.
    const partWord = units[part] && (BODY_PARTS.has(units[part]!.lemma) || units[part]!.text.toLowerCase() in THING_PARTS);
    if (possessivePronoun && partWord && start === i) {
      for (let j = i; j <= part; j++) units[j]!.used = true;
      return { mention: bodyPart(units[part]!, units.slice(i, part + 1)), end: part + 1 };
    }
    // "its burrow": a possessive pronoun in front of a noun works as a determiner.
    if (possessivePronoun && isHeadAhead(units, i + 1 + (units[i + 1]?.lemma === 'own' ? 1 : 0))) {
      if (units[i + 1]?.lemma === 'own') {
        units[i + 1]!.used = true;
        i++;
      }
      u.used = true;
      possessive = true;
      i++;
      continue;
    }
    if (MODIFIER_KINDS.has(u.meaning.kind) && !(u.meaning.kind === 'style' && !isHeadAhead(units, i + 1))) {
      // "a flock of", "a couple of": a collective quantity takes its "of".
      if (isKind(u, 'quantity') && isKind(units[i + 1], 'of')) {
        collective = u;
        collectiveOf = units[i + 1]!;
        i += 2;
        continue;
      }
      // Weather, time and style words only modify when a head follows directly ("snowy forest", "night sky").
      if ((u.meaning.kind === 'weather' || u.meaning.kind === 'time' || u.meaning.kind === 'season' || u.meaning.kind === 'style') && !isHead(units[i + 1]) && !isModifierRun(units, i + 1)) break;
      prefix.push(u);
      i++;
      continue;
    }
    // "black and white cat", "red and blue balloons".
    if (isKind(u, 'and') && prefix.length > 0 && isKind(prefix[prefix.length - 1], 'color') && isKind(units[i + 1], 'color')) {
      prefix.push(u);
      i++;
      continue;
    }
    break;
  }
  // Part nouns: "the edge of the forest" reads as "the forest".
  if (isKind(units[i], 'entity') || isKind(units[i], 'place') || isKind(units[i], 'text-cue')) {
    if (PART_NOUNS.has(units[i]!.lemma) && isKind(units[i + 1], 'of')) {
      const inner = readPhrase(units, i + 2);
      if (inner) {
        for (const u of [...prefix, units[i]!, units[i + 1]!]) u.used = true;
        return inner;
      }
    }
  }
  const heads: Unit[] = [];
  while (i < units.length && (isKind(units[i], 'entity') || isKind(units[i], 'place') || isKind(units[i], 'pronoun') && heads.length === 0)) {
    heads.push(units[i]!);
    i++;
    if (isKind(heads[heads.length - 1], 'pronoun')) break;
  }
  if (heads.length === 0) return null;
  // "a camel caravan": a group word after the noun, even one the lexicon cannot draw.
  if (i < units.length && (GROUP_HEADS.has(units[i]!.lemma) || isShowHead(units, i)) && isKind(heads[heads.length - 1], 'entity') && !heads.some((h) => h.lemma === units[i]!.lemma)) {
    heads.push(units[i]!);
    i++;
  }
  const head = chooseHead(heads);
  const modifiers = [...prefix.filter((u) => !isKind(u, 'determiner')), ...heads.filter((h) => h !== head)];
  const kind = isKind(head, 'pronoun') ? 'pronoun' : isKind(head, 'place') ? 'place' : 'entity';
  const mention: Mention = {
    kind,
    head,
    units: [...(negation ? [negation] : []), ...(collective && collectiveOf ? [collective, collectiveOf] : []), ...prefix, ...heads],
    count: null,
    plural: isKind(head, 'entity') ? head.meaning.plural : isKind(head, 'pronoun') ? head.meaning.plural : false,
    definite: prefix.some((u) => isKind(u, 'determiner') && u.meaning.definite),
    color: null,
    naturalColor: null,
    size: null,
    arrangement: null,
    modifiers: modifiers.filter((u) => !['number', 'quantity', 'color', 'color-modifier', 'natural-color', 'size', 'intensifier', 'and'].includes(u.meaning.kind)),
    negated: negation !== null,
    possessive,
    sentence: head.sentence,
  };
  const shade = applyPrefix(mention, prefix, collective);
  const groupHead = heads[heads.length - 1]!;
  if (head !== groupHead && (GROUP_HEADS.has(groupHead.lemma) || SHOW_HEADS.has(groupHead.lemma) || SKY_SHOWER_HEADS.has(groupHead.lemma))) {
    mention.count ??= GROUP_COUNTS[groupHead.lemma] ?? 5;
    mention.plural = true;
    groupHead.used = true;
  }
  if (head !== groupHead && YOUNG_WORDS.has(groupHead.lemma)) {
    groupHead.used = true;
    mention.size ??= { scale: 0.6, units: [] };
  }
  // "a mother duck", "a father penguin": the parent is the grown animal itself, drawn as it.
  if (isKind(head, 'entity') && PARENT_ANIMALS.has(head.meaning.entry.category)) for (const u of heads) if (u !== head && PARENT_WORDS.has(u.lemma)) u.used = true;
  // "a light blue car": a shade before a name that carries its colour ("blue car") still shades it.
  if (!mention.color && isKind(head, 'entity') && head.meaning.color) {
    mention.color = { hex: adjustColor(head.meaning.color.hex, shade.lighten, shade.saturate), name: head.meaning.color.name, units: shade.units };
  }
  return { mention, end: i };
}

/** A possessed body part: read as a mention that names nothing new (it is negated so nothing draws it). */
function bodyPart(head: Unit, units: Unit[]): Mention {
  return {
    kind: 'entity', head, units, count: null, plural: false, definite: true, color: null, naturalColor: null, size: null,
    arrangement: null, modifiers: [], negated: true, possessive: true, sentence: head.sentence,
  };
}

function isHead(u: Unit | undefined): boolean {
  return isKind(u, 'entity') || isKind(u, 'place');
}

function isHeadAhead(units: readonly Unit[], i: number): boolean {
  for (let j = i; j < units.length && j < i + 4; j++) {
    if (isHead(units[j])) return true;
    if (!MODIFIER_KINDS.has(units[j]!.meaning.kind)) return false;
  }
  return false;
}

function isModifierRun(units: readonly Unit[], i: number): boolean {
  return MODIFIER_KINDS.has(units[i]?.meaning.kind ?? '') && isHeadAhead(units, i);
}

/**
 * The head of a compound: the last noun, except that a place after an actor
 * makes the place the head ("pine forest") and "baby"/"cub" words give way to
 * the animal ("lion cub").
 */
function chooseHead(heads: readonly Unit[]): Unit {
  const last = heads[heads.length - 1]!;
  const before = heads[heads.length - 2];
  // "A rock band", "a jazz band": a band of musicians playing that music, not a group of rocks.
  if (before && last.lemma === 'band' && isKind(before, 'entity') && !BAND_MEMBERS.has(before.meaning.entry.category)) {
    before.used = true;
    return last;
  }
  if (before && (YOUNG_WORDS.has(last.lemma) || GROUP_HEADS.has(last.lemma) || SHOW_HEADS.has(last.lemma) || SKY_SHOWER_HEADS.has(last.lemma) && SKY_SHOWER_THINGS.test(before.lemma)) && isKind(before, 'entity')) return before;
  // "a pine forest", "a sunflower field": a place after things is where they are.
  return last;
}

/** What a band can be a band of ("a band of monkeys", "a robot band"); anything else before "band" is the music it plays. */
const BAND_MEMBERS = new Set(['person', 'animal', 'bird', 'insect', 'fish']);

/** Parent words in front of an animal's name ("a mother duck"). */
const PARENT_WORDS = new Set(['mother', 'father', 'mama', 'papa', 'mom', 'mum', 'dad', 'daddy', 'mommy', 'mummy', 'parent']);
const PARENT_ANIMALS = new Set(['animal', 'bird', 'fish', 'insect']);

/** Group nouns after a noun ("a camel caravan", "a wolf pack"): the group of that noun. */
const GROUP_HEADS = new Set(['caravan', 'pack', 'herd', 'flock', 'swarm', 'school', 'troop', 'colony', 'family', 'fleet', 'convoy', 'parade', 'crowd', 'gang', 'squad', 'team', 'band']);

/**
 * Event nouns after a noun ("a fireworks show", "a kite festival"): many of
 * that thing on show. Unlike group nouns they are also verbs ("the dogs show
 * their tricks"), so they only count as a noun when no object follows.
 */
const SHOW_HEADS = new Set(['show', 'display', 'festival', 'spectacle', 'extravaganza']);

/** Words after "show" that make it the verb: an object, or "show off". */
const SHOW_VERB_NEXT = new Set(['determiner', 'number', 'quantity', 'pronoun', 'entity', 'place', 'color', 'size', 'adjective']);

function isShowHead(units: readonly Unit[], i: number): boolean {
  const next = units[i + 1];
  if (SKY_SHOWER_HEADS.has(units[i]!.lemma)) return i > 0 && SKY_SHOWER_THINGS.test(units[i - 1]!.lemma);
  return SHOW_HEADS.has(units[i]!.lemma) && !(next && (SHOW_VERB_NEXT.has(next.meaning.kind) || next.lemma === 'off'));
}

/** "A meteor shower": many shooting stars. Only after the things that fall as one (a baby shower is no shower of babies). */
const SKY_SHOWER_HEADS = new Set(Object.keys(SKY_FALL_COUNTS));
const SKY_SHOWER_THINGS = SKY_FALL_THINGS;

const GROUP_COUNTS: Readonly<Record<string, number>> = { ...SKY_FALL_COUNTS, show: 6, display: 6, festival: 6, spectacle: 6, extravaganza: 8, caravan: 5, pack: 5, herd: 6, flock: 7, swarm: 14, school: 8, troop: 6, colony: 10, family: 4, fleet: 5, convoy: 5, parade: 8, crowd: 12, gang: 5, squad: 5, team: 5, band: 4 };

const YOUNG_WORDS = new Set(['cub', 'cubs', 'baby', 'babies', 'pup', 'pups', 'calf', 'calves', 'chick', 'chicks', 'young', 'kit']);

/** Applies the words before a head; returns a shade no colour word has used yet. */
function applyPrefix(mention: Mention, prefix: readonly Unit[], collective: Unit | null): { lighten: number; saturate: number; units: Unit[] } {
  let intensity = 1;
  let lighten = 0;
  let saturate = 0;
  const colorUnits: Unit[] = [];
  for (const u of prefix) {
    const m = u.meaning;
    switch (m.kind) {
      case 'determiner':
        if (m.plural) mention.plural = true;
        u.used = true;
        break;
      case 'number':
        mention.count = Math.max(1, Math.round(m.count));
        mention.plural = m.count > 1;
        break;
      case 'quantity':
        mention.count = m.quantity.count;
        mention.plural = m.quantity.count > 1;
        if (m.quantity.arrangement) mention.arrangement = { arrangement: m.quantity.arrangement, unit: u };
        break;
      case 'intensifier':
        intensity *= m.factor;
        colorUnits.push(u);
        break;
      case 'color-modifier':
        lighten += m.lighten;
        saturate += m.saturate;
        colorUnits.push(u);
        break;
      case 'color':
        // The first colour names the thing; "black and white" keeps black.
        if (!mention.color) mention.color = { hex: adjustColor(m.hex, lighten, saturate), name: m.name, units: [...colorUnits, u] };
        else mention.color.units.push(u);
        lighten = saturate = 0;
        break;
      case 'natural-color':
        mention.naturalColor = u;
        break;
      case 'size': {
        const scale = m.scale >= 1 ? 1 + (m.scale - 1) * intensity : m.scale / intensity;
        mention.size = { scale: Math.min(4, Math.max(0.2, (mention.size?.scale ?? 1) * scale)), units: [...(mention.size?.units ?? []), ...prefix.filter((p) => isKind(p, 'intensifier')), u] };
        break;
      }
      case 'and':
        if (mention.color) mention.color.units.push(u);
        break;
      default:
        break;
    }
  }
  if (collective && isKind(collective, 'quantity')) {
    mention.count = collective.meaning.quantity.count;
    mention.plural = mention.count > 1 || mention.plural;
    if (collective.meaning.quantity.arrangement) mention.arrangement = { arrangement: collective.meaning.quantity.arrangement, unit: collective };
  }
  return { lighten, saturate, units: mention.color ? [] : colorUnits };
}

/** A hex colour made lighter (lighten > 0), darker (< 0) or more or less saturated. */
export function adjustColor(hex: string, lighten: number, saturate: number): string {
  if (lighten === 0 && saturate === 0) return hex;
  const n = parseInt(hex.slice(1), 16);
  let [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as [number, number, number];
  const grey = (r + g + b) / 3;
  [r, g, b] = [r, g, b].map((v) => clamp01(grey + (v - grey) * (1 + saturate))) as [number, number, number];
  [r, g, b] = [r, g, b].map((v) => clamp01(lighten >= 0 ? v + (1 - v) * lighten : v * (1 + lighten))) as [number, number, number];
  return `#${[r, g, b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}
