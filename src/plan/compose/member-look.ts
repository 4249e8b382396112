import type { Lexicon } from '../lexicon/lexicon.ts';
import { LIMITS } from '../limits.ts';
import type { Mention } from '../read/mentions.ts';
import { isKind, type Unit } from '../read/unit.ts';
import type { Arrangement, EntityCategory } from '../vocabulary.ts';
import { INHERENT_LOOKS, STATE_VARIANTS } from '../words/attribute-words.ts';
import { MATERIAL_COLORS } from '../words/color-words.ts';
import { MADE_OF_NOUNS } from '../words/made-of-words.ts';
import { naturalColor } from '../words/natural-colors.ts';
import { statueColor } from '../words/statue-words.ts';
import { singular } from '../read/singular.ts';
import type { CastMember } from './cast.ts';
import { statueSubject } from './statues.ts';

/**
 * How a cast member looks wherever it appears: its noun as written, art,
 * kind, count, colour, size and grouping, taken from the first mention that
 * says each. Units that decide something are marked used.
 */
export interface MemberLook {
  readonly noun: string;
  asset: string;
  readonly category: EntityCategory;
  /** The art's own name ("dog" for "poodle"), for captions. */
  readonly artLabel: string;
  /** The art stands in for the noun (a broader word or a loose keyword), so captions say what is shown. */
  readonly standIn: boolean;
  count: number;
  readonly countSaid: boolean;
  color: string | null;
  colorName: string | null;
  size: number;
  arrangement: Arrangement | null;
  /** Participles in front of the noun that are actions ("a running deer"). */
  readonly participles: Unit[];
  /** The thing is on fire ("a burning castle"): the shot adds flames on it. */
  onFire: boolean;
  /** A statue of an animal, drawn as the animal ("a horse statue"): the shot stands it on a plinth. */
  readonly statue?: boolean;
}

// A rainbow is one arc across the sky unless a number says more ("a rainbow meadow" is not three).
const PLURAL_ONE = new Set(['rainbow', 'rainbows', 'stairs', 'steps', 'staircase', 'scissors', 'glasses', 'sunglasses', 'goggles', 'pants', 'jeans', 'trousers', 'shorts', 'binoculars', 'pajamas', 'pyjamas', 'tongs', 'headphones', 'clothes', 'video games', 'computer games', 'videogames']);
const GROUP_ART = /^(family|couple with heart|kiss|woman and man holding hands|men holding hands|women holding hands|people holding hands|people hugging)/;

const ON_FIRE = new Set(['burning', 'flaming', 'blazing', 'ablaze', 'fiery', 'smouldering', 'smoldering']);

const LONE_COLLECTIVES: Readonly<Record<string, number>> = { crowd: 12, audience: 12, band: 4, choir: 6, couple: 2, team: 5, family: 4, army: 10, orchestra: 8, class: 8 };

const SMALL_MANY = /\b(domino|dominoes|bee|honeybee|ant|butterfly|bug|mosquito|fly|lady beetle|leaf|leaves|flower|blossom|tulip|star|snowflake|droplet|bubble|candle|balloon|sparkles|coin|firework|confetti|seedling|herb|rose|sunflower|hibiscus|cherry blossom)\b/;

/** The look of every member, by id. */
export function memberLooks(members: readonly CastMember[], lex: Lexicon, isMotionVerb: (u: Unit) => boolean, hints: { solarSystem: boolean }): Map<string, MemberLook> {
  const looks = new Map<string, MemberLook>();
  for (const member of members) looks.set(member.id, lookOf(member, lex, isMotionVerb, hints));
  return looks;
}

function lookOf(member: CastMember, lex: Lexicon, isMotionVerb: (u: Unit) => boolean, hints: { solarSystem: boolean }): MemberLook {
  const named = member.mentions.filter((m) => m.kind === 'entity');
  const first = named[0]!;
  const noun = first.head.text.toLowerCase();
  const counted = named.find((m) => m.count !== null);
  const plural = named.some((m) => m.plural);
  // "a crowd", "a band": a group noun on its own is that many people.
  const lone = LONE_COLLECTIVES[member.key];
  let count = counted?.count ?? (lone ?? (plural ? defaultPluralCount(member, hints) : 1));
  // "stairs", "glasses": plural words for one thing; "a family" drawn as the family emoji is one picture of several people.
  if (!counted && (PLURAL_ONE.has(member.key) || PLURAL_ONE.has(noun) || GROUP_ART.test(member.entry.label))) count = 1;
  count = Math.min(LIMITS.maxCount, Math.max(1, Math.round(count)));
  if (counted) for (const u of counted.units) if (isKind(u, 'number') || isKind(u, 'quantity') || isKind(u, 'of')) u.used = true;
  const coloured = named.find((m) => m.color);
  if (coloured?.color) for (const u of coloured.color.units) u.used = true;
  for (const m of named) if (m.naturalColor) m.naturalColor.used = true;
  const sized = named.find((m) => m.size);
  if (sized?.size) for (const u of sized.size.units) u.used = true;
  const arranged = named.find((m) => m.arrangement);
  if (arranged?.arrangement) arranged.arrangement.unit.used = true;
  for (const m of named) for (const u of m.units) if (isKind(u, 'determiner')) u.used = true;

  const entry = member.entry;
  let asset = entry.asset;
  const artLabel = entry.label;
  // "a full moon", "autumn leaves", "a wilted flower": the picture of that state.
  const participles: Unit[] = [];
  let materialColor: { hex: string; name: string } | null = null;
  let onFire = false;
  for (const m of named) {
    for (const u of m.modifiers) {
      const variant = stateVariant(member.key, entry.label, u.lemma, lex);
      if (variant) {
        asset = variant;
        u.used = true;
        continue;
      }
      // "a straw house", "a velvet pillow": the material colours the thing.
      const material = MATERIAL_COLORS[u.lemma] ?? MATERIAL_COLORS[u.text.toLowerCase()];
      if (material && (isKind(u, 'adjective') || isKind(u, 'entity') || isKind(u, 'unknown'))) {
        materialColor ??= { hex: material, name: u.text.toLowerCase() };
        u.used = true;
        continue;
      }
      // "a burning castle": flames on it, unless it is a fire already.
      if (ON_FIRE.has(u.text.toLowerCase()) && !/fire|flame|candle|torch/.test(entry.label)) {
        onFire = true;
        u.used = true;
        continue;
      }
      // "a bright sun", "fluffy clouds": what the art already shows.
      const look = INHERENT_LOOKS[u.lemma] ?? INHERENT_LOOKS[u.text.toLowerCase()];
      if (look && (look.test(entry.label) || look.test(member.key))) {
        u.used = true;
        continue;
      }
      // "a maple tree", "a pine tree", "a sheep dog": a noun naming the kind of the head noun.
      if (isKind(u, 'entity') && (u.meaning.entry.asset === entry.asset || u.meaning.entry.category === entry.category && ['plant', 'animal', 'bird', 'fish', 'insect', 'food'].includes(entry.category))) {
        u.used = true;
        continue;
      }
      if ((isKind(u, 'adjective') || isKind(u, 'verb')) && /ing$/.test(u.text.toLowerCase()) && isMotionVerb(u)) participles.push(u);
    }
  }
  // "a sandcastle": the castle's art in sand, small.
  const madeOf = MADE_OF_NOUNS[member.key] ?? MADE_OF_NOUNS[noun];
  const madeOfColor = madeOf && MATERIAL_COLORS[madeOf.material] ? { hex: MATERIAL_COLORS[madeOf.material]!, name: madeOf.material } : null;
  // "a horse statue": the horse's own art, in stone unless a material is said.
  const statueOf = statueSubject(member.key, named);
  if (statueOf) {
    asset = statueOf.entry.asset;
    statueOf.unit.used = true;
  }
  // "a canary": the stand-in bird in the kind's own colour.
  const kindColor = naturalColor(member.key, asset) ?? naturalColor(noun, asset);
  return {
    noun,
    asset,
    category: entry.category,
    artLabel,
    standIn: entry.match === 'hypernym' || entry.match === 'keyword',
    count,
    countSaid: counted !== undefined,
    color: coloured?.color?.hex ?? materialColor?.hex ?? madeOfColor?.hex ?? kindColor?.hex ?? (statueOf ? statueColor(member.key).hex : null),
    colorName: coloured?.color?.name ?? materialColor?.name ?? madeOfColor?.name ?? kindColor?.name ?? (statueOf ? statueColor(member.key).name : null),
    size: Math.min(20, Math.max(0.05, (sized?.size?.scale ?? 1) * entry.size * (madeOf?.size ?? 1))),
    arrangement: arranged?.arrangement?.arrangement ?? null,
    participles,
    onFire,
    ...(statueOf ? { statue: true } : {}),
  };
}

/** How many of a plural with no number: a handful, more for small things, eight planets in a solar system. */
function defaultPluralCount(member: CastMember, hints: { solarSystem: boolean }): number {
  if (hints.solarSystem && /planet/.test(member.key)) return 8;
  if (SMALL_MANY.test(member.key) || SMALL_MANY.test(member.entry.label)) return 6;
  if (member.entry.category === 'bird' || member.entry.category === 'fish' || member.entry.category === 'insect') return 5;
  return 3;
}

function stateVariant(key: string, label: string, modifier: string, lex: Lexicon): string | null {
  const table = STATE_VARIANTS[key] ?? STATE_VARIANTS[singular(key)] ?? STATE_VARIANTS[label] ?? STATE_VARIANTS[label.split(' ').find((w) => w in STATE_VARIANTS) ?? ''];
  const hex = table?.[modifier];
  return hex ? (lex.emoji(hex)?.asset ?? null) : null;
}

/** Whether a mention list names only things (no places or pronouns). */
export function namedMentions(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.kind === 'entity');
}
