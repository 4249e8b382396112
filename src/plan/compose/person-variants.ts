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

const MALE = /^(man|boy|men|boys|gentleman|father|dad|grandfather|grandpa|king|prince|husband|son|brother|uncle|guy|boyfriend|sir|old man)$/;
const FEMALE = /^(woman|girl|women|girls|lady|mother|mom|mum|grandmother|grandma|queen|princess|wife|daughter|sister|aunt|gal|girlfriend|old woman)$/;
/** Generic people words whose picture may change with what they do. */
const GENERIC_PEOPLE = /^(man|woman|person|people|boy|girl|child|kid|kids|children|men|women|boys|girls|guy|lady|gentleman|adult|teenager|human|humans|someone|hiker|runner|jogger|walker|pedestrian|pedestrians|swimmer|dancer|traveler|traveller|stranger|tourist|villager|friend|friends)$/;

/** The art of a person doing their first action, when it exists; null keeps the plain art. */
export function personVariant(noun: string, verb: string, motion: Motion, lex: Lexicon): string | null {
  if (!GENERIC_PEOPLE.test(noun)) return null;
  const gender = MALE.test(noun) ? 'man' : FEMALE.test(noun) ? 'woman' : 'person';
  let hex: string | undefined;
  if (CLIMB_VERBS.has(verb)) hex = { person: '1f9d7', man: '1f9d7-200d-2642', woman: '1f9d7-200d-2640' }[gender];
  else if (MEDITATE_VERBS.has(verb)) hex = { person: '1f9d8', man: '1f9d8-200d-2642', woman: '1f9d8-200d-2640' }[gender];
  else if (verb === 'kneel') hex = { person: '1f9ce', man: '1f9ce-200d-2642', woman: '1f9ce-200d-2640' }[gender];
  else hex = ACTIVITY_HEX[motion]?.[gender];
  if (!hex) return null;
  return lex.emoji(hex)?.asset ?? null;
}
