import type { Arrangement } from '../vocabulary.ts';

/** Number words, up to the ones people write in prompts. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  single: 1, lone: 1, lonely: 1, solitary: 1, both: 2, twin: 2, twins: 2, triple: 3, triplets: 3, 'a hundred': 100,
  'a dozen': 12, 'half a dozen': 6, 'a thousand': 200, thousand: 200,
};

/** A quantity phrase: how many, and how the group stands. */
export interface QuantityWord {
  readonly count: number;
  readonly arrangement?: Arrangement;
  /** The phrase names a collective that wants "of" ("a flock of"). */
  readonly collective?: boolean;
}

/**
 * Quantity phrases (without the trailing "of"): vague amounts and collective
 * nouns. Longest phrase wins, so "a couple of" beats "a couple".
 */
export const QUANTITY_WORDS: Readonly<Record<string, QuantityWord>> = {
  'a pair': { count: 2, collective: true }, pair: { count: 2, collective: true }, 'a couple': { count: 2, collective: true },
  couple: { count: 2, collective: true }, 'a few': { count: 3 }, few: { count: 3 }, 'a handful': { count: 4, collective: true },
  several: { count: 4 }, some: { count: 3 }, many: { count: 8, arrangement: 'scatter' }, numerous: { count: 10, arrangement: 'scatter' },
  countless: { count: 24, arrangement: 'scatter' }, 'lots': { count: 10, arrangement: 'scatter', collective: true },
  'a lot': { count: 10, arrangement: 'scatter', collective: true }, 'plenty': { count: 10, arrangement: 'scatter', collective: true },
  dozens: { count: 24, arrangement: 'scatter', collective: true }, hundreds: { count: 60, arrangement: 'scatter', collective: true },
  thousands: { count: 120, arrangement: 'scatter', collective: true }, 'a bunch': { count: 5, arrangement: 'cluster', collective: true },
  'a group': { count: 5, arrangement: 'cluster', collective: true }, group: { count: 5, arrangement: 'cluster', collective: true },
  'a flock': { count: 7, arrangement: 'flock', collective: true }, flock: { count: 7, arrangement: 'flock', collective: true },
  'a herd': { count: 6, arrangement: 'cluster', collective: true }, herd: { count: 6, arrangement: 'cluster', collective: true },
  'a school': { count: 8, arrangement: 'flock', collective: true }, 'a shoal': { count: 8, arrangement: 'flock', collective: true },
  'a pod': { count: 4, arrangement: 'flock', collective: true }, 'a pack': { count: 5, arrangement: 'cluster', collective: true },
  pack: { count: 5, arrangement: 'cluster', collective: true }, 'a swarm': { count: 14, arrangement: 'flock', collective: true },
  swarm: { count: 14, arrangement: 'flock', collective: true }, 'a crowd': { count: 12, arrangement: 'scatter', collective: true },
  crowd: { count: 12, arrangement: 'scatter', collective: true }, 'a troop': { count: 6, arrangement: 'cluster', collective: true },
  'a colony': { count: 10, arrangement: 'scatter', collective: true }, 'a family': { count: 4, arrangement: 'cluster', collective: true },
  family: { count: 4, arrangement: 'cluster', collective: true }, 'a team': { count: 5, arrangement: 'row', collective: true },
  team: { count: 5, arrangement: 'row', collective: true }, 'a gaggle': { count: 6, arrangement: 'cluster', collective: true },
  'a murder': { count: 7, arrangement: 'flock', collective: true }, 'a litter': { count: 5, arrangement: 'cluster', collective: true },
  'a fleet': { count: 5, arrangement: 'line', collective: true }, fleet: { count: 5, arrangement: 'line', collective: true },
  'a convoy': { count: 5, arrangement: 'line', collective: true }, 'a parade': { count: 8, arrangement: 'line', collective: true },
  'a band': { count: 4, arrangement: 'row', collective: true }, 'a gang': { count: 5, arrangement: 'cluster', collective: true },
  'a row': { count: 5, arrangement: 'row', collective: true }, row: { count: 5, arrangement: 'row', collective: true },
  rows: { count: 10, arrangement: 'row', collective: true }, 'a line': { count: 6, arrangement: 'line', collective: true },
  line: { count: 6, arrangement: 'line', collective: true }, 'a circle': { count: 6, arrangement: 'circle', collective: true },
  'a ring': { count: 6, arrangement: 'circle', collective: true }, 'a pile': { count: 6, arrangement: 'cluster', collective: true },
  'a heap': { count: 6, arrangement: 'cluster', collective: true }, 'a stack': { count: 5, arrangement: 'cluster', collective: true },
  'a cluster': { count: 5, arrangement: 'cluster', collective: true }, 'a bouquet': { count: 7, arrangement: 'cluster', collective: true },
  'a ball': { count: 1, collective: true }, 'a field': { count: 14, arrangement: 'scatter', collective: true },
  'a sea': { count: 20, arrangement: 'scatter', collective: true }, 'a cloud': { count: 14, arrangement: 'flock', collective: true },
  'a string': { count: 6, arrangement: 'line', collective: true }, 'a trail': { count: 6, arrangement: 'line', collective: true },
  'a bundle': { count: 4, arrangement: 'cluster', collective: true }, 'a set': { count: 4, arrangement: 'row', collective: true },
  'a collection': { count: 6, arrangement: 'cluster', collective: true }, 'a series': { count: 5, arrangement: 'line', collective: true },
  'a chain': { count: 6, arrangement: 'line', collective: true }, 'a procession': { count: 6, arrangement: 'line', collective: true },
  'a caravan': { count: 5, arrangement: 'line', collective: true }, 'a cavalcade': { count: 6, arrangement: 'line', collective: true },
  'a number': { count: 5, arrangement: 'scatter', collective: true }, 'a flight': { count: 1, collective: true },
  'a piece': { count: 1, collective: true }, 'a slice': { count: 1, collective: true }, 'a kind': { count: 1, collective: true }, 'a bevy': { count: 6, arrangement: 'cluster', collective: true },
};

/**
 * Falls of shooting stars: "a meteor storm", "a storm of meteors", "a shower
 * of shooting stars" are many meteors in a clear sky, never weather or a
 * bathroom shower. Each head's count is how many streak across the shot.
 */
export const SKY_FALL_COUNTS: Readonly<Record<string, number>> = { shower: 7, storm: 12, rain: 10, hail: 12, barrage: 12, flurry: 8, outburst: 10 };
/** What falls in a sky fall (lemmas and plurals: the words the reader sees). */
export const SKY_FALL_THINGS = /^(meteor|meteors|meteorite|meteorites|meteoroid|meteoroids|shooting star|shooting stars|falling star|falling stars|star|stars|comet|comets|fireball|fireballs)$/;

/** Default count of a plural noun with no number ("birds"), by category. */
export const PLURAL_COUNT = 3;
export const SMALL_THING_PLURAL_COUNT = 6;

/** Words that place a group ("side by side", "in a row", "one after another"). */
export const ARRANGEMENT_PHRASES: Readonly<Record<string, Arrangement>> = {
  'in a row': 'row', 'in a line': 'line', 'in single file': 'line', 'single file': 'line', 'one after another': 'line',
  'one after the other': 'line', 'one by one': 'line', 'in a circle': 'circle', 'in a ring': 'circle', 'side by side': 'row',
  'in formation': 'flock', 'in a v': 'flock', 'in a v formation': 'flock', 'all around': 'scatter', 'everywhere': 'scatter',
  'in a pile': 'cluster', 'in a heap': 'cluster', 'in a group': 'cluster', together: 'cluster', 'scattered': 'scatter',
};
