import type { EntityCategory } from '../vocabulary.ts';
import type { EmojiSource } from './emoji-source.ts';
import { CONCRETE_LEXFILES, LEXFILE_PENALTY, NOUN_ANCHORS, type AnchorReach } from './noun-anchors.ts';
import { sense, type Synset, type WordNetPart } from './wordnet-reader.ts';

/**
 * Builds the noun table: every word or phrase that names something the
 * bundled art can show, with the art chosen, how it was found and the kind
 * of thing it is. Sources, best first: the emoji's own label, WordNet
 * synonyms, WordNet hypernyms ("poodle" → dog, "philosopher" → person), then
 * CLDR tags and emojilib keywords for words WordNet gives no concrete sense.
 */

/** How a noun reached its art; also its rank when two sources disagree. */
export type NounMatch = 'label' | 'synonym' | 'hypernym' | 'keyword';

/** One row of the noun table. */
export interface NounRow {
  readonly emoji: number;
  readonly match: NounMatch;
  readonly category: EntityCategory;
  /** Natural size relative to the art's kind ("kitten" is a small cat). */
  readonly size: number;
  readonly cost: number;
}

const MAX_DEPTH = 7;
const SENSES_CONSIDERED = 4;
const SENSE_COST = 1.2;
/** Beyond this a hypernym is too far from the word to stand for it. */
const MAX_COST = 4.5;
const MAX_LIVING_COST = 7.5;

/** Tags and keywords too broad to name one picture. */
const GENERIC_KEYWORDS = new Set([
  'animal', 'animals', 'nature', 'face', 'object', 'symbol', 'other', 'human', 'body', 'food', 'drink', 'place',
  'travel', 'vehicle', 'transport', 'transportation', 'person', 'people', 'man', 'woman', 'men', 'women', 'boy',
  'girl', 'thing', 'stuff', 'tool', 'sign', 'activity', 'sport', 'game', 'plant', 'flower', 'tree', 'weather',
  'sky', 'water', 'night', 'day', 'emotion', 'heart', 'fun', 'happy', 'good', 'bad', 'cool',
  'word', 'words', 'shape', 'color', 'colour', 'red', 'blue', 'green', 'yellow', 'black', 'white', 'orange',
  'purple', 'brown', 'pink', 'gray', 'grey', 'light', 'dark', 'big', 'small', 'gender-neutral', 'unspecified',
  'inclusive', 'adult', 'gender', 'neutral', 'female', 'male', 'organic', 'house', 'home', 'building', 'fast',
  'slow', 'hot', 'cold', 'sun', 'moon', 'star', 'cloud', 'rain', 'snow', 'wind', 'fire', 'ice', 'car', 'boat',
  'ship', 'vegetable', 'fruit', 'sweet', 'dessert', 'wood', 'leaf', 'flowers', 'plants', 'trees', 'bird', 'style',
  'high', 'low', 'season', 'seasons', 'birds', 'planets', 'beauty', 'nice', 'pretty', 'top', 'new', 'old', 'together',
  'year', 'years', 'month', 'months', 'days', 'hour', 'hours', 'minute', 'week', 'weeks', 'moment', 'life',
]);

interface Nearest {
  readonly emoji: number;
  readonly dist: number;
  readonly anchor: number;
}

/** A synset's art, and how far down its hyponyms that art may go. */
interface Anchor {
  readonly emoji: number;
  readonly reach: AnchorReach;
}

/**
 * Builds rows keyed by normalised noun ("hot air balloon", "poodle").
 * `adjectives` (WordNet's adjective lemmas) tell a person idiom from a kind of person, see isPersonIdiom.
 */
export function buildNounTable(nouns: WordNetPart, sources: readonly EmojiSource[], adjectives: ReadonlySet<string> = new Set()): Map<string, NounRow> {
  const anchors = anchorSynsets(nouns, sources);
  const nearestMemo = new Map<number, Nearest | null>();
  // The search for any word is memoised; a word an anchor's `except` names searches again without that anchor.
  const nearest = (offset: number, lemma: string | null = null): Nearest | null => {
    const near = nearestAnchor(nouns, anchors, sources, offset, null, nearestMemo);
    if (!near || lemma === null || reaches(anchors.get(near.anchor)!.reach, lemma, near.dist)) return near;
    return nearestAnchor(nouns, anchors, sources, offset, lemma, new Map());
  };
  const classes = classOffsets(nouns);
  const rows = new Map<string, NounRow>();
  const offer = (key: string, row: NounRow): void => {
    const old = rows.get(key);
    if (!old || row.cost < old.cost || (row.cost === old.cost && sources[row.emoji]!.rank < sources[old.emoji]!.rank)) rows.set(key, row);
  };

  // WordNet: synonyms and hypernyms of concrete senses.
  for (const [lemma, offsets] of nouns.senses) {
    if (/\d/.test(lemma) || lemma.length > 40) continue;
    let best: NounRow | null = null;
    const common = offsets.map((o) => nouns.synsets.get(o)!).filter((s) => s.hypernyms.length > 0); // not instances
    common.slice(0, SENSES_CONSIDERED).forEach((synset, index) => {
      const offset = synset.offset;
      if (!CONCRETE_LEXFILES.has(synset.lexfile)) return;
      if (synset.words.every((w) => /^[A-Z]/.test(w))) return; // a proper name
      if (isPersonIdiom(nouns, adjectives, lemma, synset)) return;
      const young = youngOf(nouns, synset, nearest);
      const near = young ?? nearest(offset, lemma);
      if (!near) return;
      const anchorLexfile = nouns.synsets.get(near.anchor)?.lexfile ?? '';
      const penalty = Math.max(LEXFILE_PENALTY[synset.lexfile] ?? 0, LEXFILE_PENALTY[anchorLexfile] ?? 0);
      // "red fox": the sense that is a kind of fox beats the plant of the same name.
      const head = lemma.includes('_') ? lemma.slice(lemma.lastIndexOf('_') + 1) : null;
      const headAgrees = head !== null && synset.hypernyms.some((h) => nouns.synsets.get(h)?.words.some((w) => w.toLowerCase() === head));
      const cost = near.dist + SENSE_COST * index + penalty - (headAgrees ? 1.5 : 0);
      // Taxonomies of living things are deep ("goldfish" is six steps below "fish"); artifacts' are shallow.
      const limit = synset.lexfile === 'noun.animal' || synset.lexfile === 'noun.plant' ? MAX_LIVING_COST : MAX_COST;
      if (cost > limit || (best && best.cost <= cost)) return;
      best = {
        emoji: near.emoji,
        match: near.dist === 0 ? 'synonym' : 'hypernym',
        category: categoryOf(nouns, synset, classes) ?? sources[near.emoji]!.category,
        size: young ? 0.6 : 1,
        cost,
      };
    });
    if (best) offer(normalise(lemma), best);
  }

  // The emoji's own names beat everything; tags and keywords fill the gaps.
  const keywordOk = (word: string): boolean => {
    if (GENERIC_KEYWORDS.has(word) || word.length < 3) return false;
    // "swimming", "landing": a verb form names an activity, not a thing, unless WordNet says it is a thing.
    if (/(ing|ed)$/.test(word)) return rows.has(normalise(word)) && rows.get(normalise(word))!.match !== 'keyword';
    return true;
  };
  sources.forEach((source, emoji) => {
    const base = { emoji, category: source.category, size: 1 };
    offer(source.label, { ...base, match: 'label', cost: -10 + source.rank });
    const faceless = source.label.replace(/ face$/, '');
    if (faceless !== source.label) offer(faceless, { ...base, match: 'label', cost: -6 + source.rank });
    for (const code of source.shortcodes) offer(normalise(code), { ...base, match: 'label', cost: -1 + source.rank });
    // Keywords are loose associations: only pictures of whole things may take them.
    if (source.rank > 0 || KEYWORD_SHY_SUBGROUPS.test(source.subgroup)) return;
    for (const tag of source.tags) if (keywordOk(tag)) offer(normalise(tag), { ...base, match: 'keyword', cost: 7 });
    for (const word of source.keywords.slice(1)) if (keywordOk(word)) offer(normalise(word), { ...base, match: 'keyword', cost: 9 });
  });
  for (const word of NO_ART) rows.delete(word);
  return rows;
}

/** Subgroups whose keywords are about gestures and feelings rather than things. */
const KEYWORD_SHY_SUBGROUPS = /^(hand|hands|person-gesture|body-parts|heart|emotion|face-|cat-face|monkey-face|other-symbol|geometric|alphanum|av-symbol)/;

/** Words no source maps well (WordNet's first senses of "domino" are a cloak and a mask). */
const NO_ART = ['domino', 'dominoes', 'windmill', 'windmills', 'metal', 'cycle'];

/** Normal form of a noun key: lowercase, words separated by single spaces. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[_\-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Synsets that carry an emoji: by the emoji's own name in a fitting sense, then the hand anchors. */
function anchorSynsets(nouns: WordNetPart, sources: readonly EmojiSource[]): Map<number, Anchor> {
  const anchors = new Map<number, Anchor>();
  sources.forEach((source, emoji) => {
    if (source.rank > 3) return;
    const names = [source.label, source.label.replace(/ face$/, ''), ...source.shortcodes];
    for (const name of names) {
      const offsets = nouns.senses.get(name.replace(/ /g, '_')) ?? [];
      const fitting = offsets.slice(0, 3).map((o) => nouns.synsets.get(o)!).find((s) => fits(source.category, s.lexfile));
      if (!fitting) continue;
      const old = anchors.get(fitting.offset);
      if (old === undefined || sources[old.emoji]!.rank > source.rank) anchors.set(fitting.offset, { emoji, reach: 'hyponyms' });
      break;
    }
  });
  const byHex = new Map(sources.map((s, i) => [s.hex, i]));
  for (const [ref, lexfile, hex, reach = 'hyponyms'] of NOUN_ANCHORS) {
    const [lemma, n] = ref.split('#') as [string, string];
    const synset = sense(nouns, lemma, Number(n));
    if (!synset || synset.lexfile !== lexfile) throw new Error(`noun anchor ${ref} is not in ${lexfile} (found ${synset?.lexfile})`);
    const emoji = byHex.get(hex);
    if (emoji === undefined) throw new Error(`noun anchor ${ref}: no bundled art for ${hex}`);
    if (!anchors.has(synset.offset)) anchors.set(synset.offset, { emoji, reach });
  }
  return anchors;
}

const FITTING_LEXFILES: Partial<Record<EntityCategory, readonly string[]>> = {
  animal: ['noun.animal'], bird: ['noun.animal'], fish: ['noun.animal'], insect: ['noun.animal'],
  plant: ['noun.plant'], food: ['noun.food', 'noun.plant'], person: ['noun.person'],
  celestial: ['noun.object', 'noun.phenomenon'], weather: ['noun.object', 'noun.phenomenon', 'noun.substance'],
};

function fits(category: EntityCategory, lexfile: string): boolean {
  const allowed = FITTING_LEXFILES[category];
  if (allowed) return allowed.includes(lexfile);
  if (category === 'symbol') return false;
  return ['noun.artifact', 'noun.object', 'noun.substance', 'noun.body', 'noun.food', 'noun.plant'].includes(lexfile);
}

/** Whether an anchor's art reaches a word `dist` hypernym steps below it (a null word: any word `except` spares). */
export function reaches(reach: AnchorReach, lemma: string | null, dist: number): boolean {
  if (reach === 'hyponyms') return true;
  if (reach === 'sense') return dist === 0;
  return lemma === null || !reach.except.includes(normalise(lemma));
}

/** Breadth-first up the hypernyms to the closest synset whose art reaches the word. */
function nearestAnchor(
  nouns: WordNetPart,
  anchors: ReadonlyMap<number, Anchor>,
  sources: readonly EmojiSource[],
  start: number,
  lemma: string | null,
  memo: Map<number, Nearest | null>,
): Nearest | null {
  if (memo.has(start)) return memo.get(start)!;
  let frontier = [start];
  const seen = new Set<number>();
  let found: Nearest | null = null;
  for (let dist = 0; dist <= MAX_DEPTH && frontier.length > 0 && !found; dist++) {
    const next: number[] = [];
    for (const offset of frontier) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      const anchor = anchors.get(offset);
      const emoji = anchor && reaches(anchor.reach, lemma, dist) ? anchor.emoji : undefined;
      if (emoji !== undefined && (!found || sources[emoji]!.rank < sources[found.emoji]!.rank)) found = { emoji, dist, anchor: offset };
      next.push(...(nouns.synsets.get(offset)?.hypernyms ?? []));
    }
    frontier = next;
  }
  memo.set(start, found);
  return found;
}

/** Kinds of thing a person idiom's head may name for the phrase to be read as that thing. */
const LITERAL_HEAD_LEXFILES = new Set(['noun.artifact', 'noun.food', 'noun.animal', 'noun.plant', 'noun.object']);

/**
 * "Big wheel", "big cheese", "busy bee": an adjective and a thing that
 * WordNet also files as a person. In a prompt such a phrase almost always
 * means the thing ("a tractor with big wheels", "a mouse nibbling a big
 * cheese"), so that sense gives it no art and the reader takes the words one
 * by one. A head with a person sense of its own keeps the phrase ("rock
 * star", "top dog"), and so do noun compounds ("couch potato", "night owl")
 * and heads that are no whole thing ("private eye", "old salt").
 */
export function isPersonIdiom(nouns: WordNetPart, adjectives: ReadonlySet<string>, lemma: string, synset: Synset): boolean {
  const words = lemma.split('_');
  if (synset.lexfile !== 'noun.person' || words.length !== 2 || !adjectives.has(words[0]!)) return false;
  const headSenses = (nouns.senses.get(words[1]!) ?? []).map((o) => nouns.synsets.get(o)!);
  if (headSenses.length === 0 || headSenses.some((s) => s.lexfile === 'noun.person')) return false;
  return LITERAL_HEAD_LEXFILES.has(headSenses[0]!.lexfile);
}

/** "kitten: young domestic cat" → the cat's art, drawn small. */
function youngOf(nouns: WordNetPart, synset: Synset, nearest: (offset: number) => Nearest | null): Nearest | null {
  if (synset.lexfile !== 'noun.animal') return null;
  const match = /^(?:an? )?young (?:domestic )?([a-z]+)/.exec(synset.gloss);
  if (!match) return null;
  const parent = (nouns.senses.get(match[1]!) ?? []).map((o) => nouns.synsets.get(o)!).find((s) => s.lexfile === 'noun.animal');
  return parent ? nearest(parent.offset) : null;
}

type ClassOffsets = ReadonlyArray<readonly [number, EntityCategory]>;

/** WordNet classes that decide an entity's category, most specific first. */
function classOffsets(nouns: WordNetPart): ClassOffsets {
  const table: Array<[string, EntityCategory]> = [
    ['person#1', 'person'], ['bird#1', 'bird'], ['fish#1', 'fish'], ['aquatic_mammal#1', 'fish'], ['cephalopod#1', 'fish'],
    ['insect#1', 'insect'], ['arachnid#1', 'insect'], ['animal#1', 'animal'], ['plant#2', 'plant'], ['food#1', 'food'],
    ['food#2', 'food'], ['spacecraft#1', 'aircraft'], ['aircraft#1', 'aircraft'], ['vessel#2', 'boat'], ['vehicle#1', 'vehicle'],
    ['building#1', 'building'], ['structure#1', 'building'], ['celestial_body#1', 'celestial'],
  ];
  return table.map(([ref, category]) => {
    const [lemma, n] = ref.split('#') as [string, string];
    return [sense(nouns, lemma, Number(n))!.offset, category] as const;
  });
}

function categoryOf(nouns: WordNetPart, synset: Synset, classes: ClassOffsets): EntityCategory | null {
  const ancestors = new Set<number>();
  let frontier = [synset.offset];
  for (let depth = 0; depth < 20 && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const offset of frontier) {
      if (ancestors.has(offset)) continue;
      ancestors.add(offset);
      next.push(...(nouns.synsets.get(offset)?.hypernyms ?? []));
    }
    frontier = next;
  }
  return classes.find(([offset]) => ancestors.has(offset))?.[1] ?? null;
}
