import { DRAWN_ASSET_PREFIX } from '../../assets/drawn-art.ts';
import { roleBody } from '../../assets/drawn-people.ts';
import { EMOJI_ASSET_PREFIX } from '../../assets/emoji-catalog.ts';
import { genderOfNoun } from '../../assets/person-words.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Motion } from '../vocabulary.ts';

/**
 * People drawn doing what they do: "a man running" is the running-man emoji,
 * "a woman dancing" the dancer. Only where the bundled art has the variant.
 */
const ACTIVITY_HEX: Partial<Record<Motion, { person: string; man: string; woman: string }>> = {
  walk: { person: '1f6b6', man: '1f6b6-200d-2642', woman: '1f6b6-200d-2640' },
  run: { person: '1f3c3', man: '1f3c3-200d-2642', woman: '1f3c3-200d-2640' },
  trot: { person: '1f3c3', man: '1f3c3-200d-2642', woman: '1f3c3-200d-2640' },
  swim: { person: '1f3ca', man: '1f3ca-200d-2642', woman: '1f3ca-200d-2640' },
  dance: { person: '1f483', man: '1f57a', woman: '1f483' },
  sleep: { person: '1f6cc', man: '1f6cc', woman: '1f6cc' },
  idle: { person: '1f9cd', man: '1f9cd-200d-2642', woman: '1f9cd-200d-2640' },
};

const CLIMB_VERBS = new Set(['climb', 'scale', 'clamber']);
const MEDITATE_VERBS = new Set(['meditate', 'pray']);

/** Generic people words whose picture may change with what they do. */
const GENERIC_PEOPLE = /^(man|woman|person|people|boy|girl|child|kid|kids|children|men|women|boys|girls|guy|lady|gentleman|adult|teenager|human|humans|someone|hiker|runner|jogger|walker|pedestrian|pedestrians|swimmer|dancer|traveler|traveller|stranger|tourist|villager|friend|friends)$/;

/** Head-only pictures of people: a full-body picture shows them better. */
const HEAD_ART: Readonly<Record<string, 'man' | 'woman' | 'person'>> = {
  'emoji:1f9d1': 'person', 'emoji:1f468': 'man', 'emoji:1f469': 'woman', 'emoji:1f466': 'man', 'emoji:1f467': 'woman', 'emoji:1f9d2': 'person',
};

/**
 * The full-body art of a person doing their first action ("idle" for none),
 * when it exists; null keeps the plain art. Applies to generic people
 * ("a woman", "hikers", "a philosopher" drawn as a person), not to roles with
 * a picture of their own (an astronaut).
 */
export function personVariant(noun: string, asset: string, verb: string, motion: Motion, lex: Lexicon): string | null {
  const head = HEAD_ART[asset];
  if (!head && !GENERIC_PEOPLE.test(noun)) return null;
  const gender = genderOfNoun(noun) ?? head ?? 'person';
  let hex: string | undefined;
  if (CLIMB_VERBS.has(verb)) hex = { person: '1f9d7', man: '1f9d7-200d-2642', woman: '1f9d7-200d-2640' }[gender];
  else if (MEDITATE_VERBS.has(verb)) hex = { person: '1f9d8', man: '1f9d8-200d-2642', woman: '1f9d8-200d-2640' }[gender];
  else if (verb === 'kneel') hex = { person: '1f9ce', man: '1f9ce-200d-2642', woman: '1f9ce-200d-2640' }[gender];
  // Any other action: standing is still a better picture than a head alone.
  else hex = (ACTIVITY_HEX[motion] ?? ACTIVITY_HEX.idle)?.[gender];
  if (!hex) return null;
  return lex.emoji(hex)?.asset ?? null;
}

/** Activities that have a person's picture of their own: the verb and the role art that shows it. */
const ROLE_ACTIVITIES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^(cook|bake|fry|grill|stir)$/, '1f373', 'cook'],
  [/^(paint|draw|sketch)$/, '1f3a8', 'artist'],
  [/^(sing|perform)$/, '1f3a4', 'singer'],
  [/^(farm|plant|harvest|sow|garden|till)$/, '1f33e', 'farmer'],
  [/^(teach|lecture|explain)$/, '1f3eb', 'teacher'],
  [/^(study|learn|graduate)$/, '1f393', 'student'],
  [/^(repair|fix|mend)$/, '1f527', 'mechanic'],
  [/^(code|program|type|compute)$/, '1f4bb', 'technologist'],
  [/^(heal|nurse|operate|treat)$/, '2695', 'health worker'],
  [/^(spray|extinguish)$/, '1f692', 'firefighter'],
  [/^(investigate|inspect)$/, '1f575', 'detective'],
];

/** Verbs a role's picture already shows, without a picture of their own for anyone else. */
const ROLE_POSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(write|chalk)$/, 'teacher'], [/^(read|write)$/, 'student'], [/^(investigate|search)$/, 'detective'], [/^(sing|rap)$/, 'singer'],
  [/^(guard|patrol|watch)$/, 'guard'], [/^(fly|pilot)$/, 'pilot'], [/^(judge)$/, 'judge'], [/^(fix|build)$/, 'construction worker'],
];

/** Sports and pastimes drawn by a person emoji doing them. */
const SPORT_HEX: ReadonlyArray<readonly [RegExp, string]> = [
  [/^juggle$/, '1f939'], [/^surf$/, '1f3c4'], [/^row$/, '1f6a3'], [/^(bike|cycle|pedal)$/, '1f6b4'], [/^ski$/, '26f7'],
  [/^snowboard$/, '1f3c2'], [/^golf$/, '1f3cc'], [/^(lift|weightlift)$/, '1f3cb'], [/^(bathe|soak)$/, '1f6c0'], [/^cast$/, '1f9d9'],
  [/^(cartwheel|tumble)$/, '1f938'], [/^fence$/, '1f93a'],
];

/**
 * A person doing an activity with a picture of its own ("a woman painting" →
 * the artist, "a chef cooking" is already the cook). Returns the art to use
 * (null: keep the art) and whether the picture shows the activity.
 */
export function activityArt(noun: string, artLabel: string, verb: string, lex: Lexicon): { asset: string | null; shown: boolean } {
  // "a teacher writing on a blackboard": the teacher's picture has the board.
  for (const [pattern, role] of ROLE_POSES) if (pattern.test(verb) && artLabel.includes(role)) return { asset: null, shown: true };
  for (const [pattern, role, name] of ROLE_ACTIVITIES) {
    if (!pattern.test(verb)) continue;
    if (artLabel.includes(name)) return { asset: null, shown: true };
    if (!GENERIC_PEOPLE.test(noun)) return { asset: null, shown: false };
    const said = genderOfNoun(noun);
    const gender = said === 'man' ? '1f468' : said === 'woman' ? '1f469' : '1f9d1';
    const asset = lex.emoji(`${gender}-200d-${role}`)?.asset ?? lex.emoji(`1f9d1-200d-${role}`)?.asset ?? null;
    return { asset: asset && wholeBody(asset), shown: asset !== null };
  }
  for (const [pattern, hex] of SPORT_HEX) {
    if (!pattern.test(verb)) continue;
    if (!GENERIC_PEOPLE.test(noun) && !/^(wizard|witch|mage|sorcerer|magician)$/.test(noun)) return { asset: null, shown: false };
    const asset = lex.emoji(hex)?.asset ?? null;
    return { asset, shown: asset !== null };
  }
  return { asset: null, shown: false };
}

/** The drawn full body of a role's head-and-shoulders emoji ("a woman cooking" is the drawn chef), or the art as it is. */
function wholeBody(asset: string): string {
  const role = asset.startsWith(EMOJI_ASSET_PREFIX) ? roleBody(asset.slice(EMOJI_ASSET_PREFIX.length)) : null;
  return role ? `${DRAWN_ASSET_PREFIX}${role}` : asset;
}
