import { bear, BROWN_BEAR, koala, PANDA, POLAR_BEAR } from './drawn-bears.ts';
import { lion } from './drawn-cats.ts';
import { frog, hamster, raccoon } from './drawn-small-animals.ts';
import { ARCTIC_FOX, fox, GREY_WOLF, RED_FOX, wolf } from './drawn-canids.ts';
import { robot, unicorn } from './drawn-fantasy.ts';
import type { Stride, StrideStyle } from './drawn-stride.ts';

/**
 * Full-body animals drawn for Diorama where the emoji sets only have a face
 * (fox, wolf, bear, lion, panda, raccoon, koala, frog, hamster, unicorn, and
 * the robot, which walks as a person). Side views facing left like Fluent's
 * own animals, in mid-stride so a walk or trot
 * reads as locomotion, feet on the art's bottom edge. Our own SVG, MIT like
 * the code; drawn-art.ts merges them into the one drawn-art registry.
 */

/** SVG bodies of the drawn animals, in the 100×100 viewBox the drawn art shares. */
export const ANIMAL_ART: Readonly<Record<string, string>> = {
  fox: fox(RED_FOX),
  'arctic-fox': fox(ARCTIC_FOX),
  wolf: wolf(GREY_WOLF),
  bear: bear(BROWN_BEAR),
  'polar-bear': bear(POLAR_BEAR),
  panda: bear(PANDA),
  koala: koala(),
  lion: lion(true),
  lioness: lion(false),
  raccoon: raccoon(),
  frog: frog(),
  hamster: hamster(),
  unicorn: unicorn(),
  robot: robot(),
};

/** Drawn art whose legs move as it walks or runs: the builder of each stride pose, and whether it walks on two legs. */
export interface StridingArt {
  readonly pose: (stride: Stride) => string;
  readonly biped: boolean;
  /** How its stride differs from the gait's shape (people step wider); the simulation steps to match. */
  readonly style?: StrideStyle;
}

const fours = (pose: (stride: Stride) => string): StridingArt => ({ pose, biped: false });

/** The animals (and the robot) whose legs move; the frog hops, so it keeps its crouch. */
export const STRIDING_ART: Readonly<Record<string, StridingArt>> = {
  fox: fours((s) => fox(RED_FOX, s)),
  'arctic-fox': fours((s) => fox(ARCTIC_FOX, s)),
  wolf: fours((s) => wolf(GREY_WOLF, s)),
  bear: fours((s) => bear(BROWN_BEAR, s)),
  'polar-bear': fours((s) => bear(POLAR_BEAR, s)),
  panda: fours((s) => bear(PANDA, s)),
  koala: fours((s) => koala(s)),
  lion: fours((s) => lion(true, s)),
  lioness: fours((s) => lion(false, s)),
  raccoon: fours((s) => raccoon(s)),
  hamster: fours((s) => hamster(s)),
  unicorn: fours((s) => unicorn(s)),
  robot: { pose: (s) => robot(s), biped: true },
};

/** Which way every drawn animal looks when drawn as is. */
export const DRAWN_ANIMAL_FACING = 'left';

/**
 * The full body that replaces a face-only emoji, by the face's hexcode. A
 * noun that reaches the face through WordNet ("vixen", "grizzly", "timber
 * wolf") gets the body too, unless it asks for the face ("fox face"); `only`
 * narrows a face that stands for a whole family (the frog face also stands
 * for newts and salamanders, which a frog's body would misdraw).
 */
export const FACE_BODIES: Readonly<Record<string, { readonly art: string; readonly only?: RegExp }>> = {
  '1f98a': { art: 'fox' },
  '1f43a': { art: 'wolf' },
  '1f43b': { art: 'bear' },
  '1f43b-200d-2744': { art: 'polar-bear' },
  '1f981': { art: 'lion' },
  '1f43c': { art: 'panda' },
  '1f99d': { art: 'raccoon' },
  '1f428': { art: 'koala' },
  '1f438': { art: 'frog', only: /frog|toad|anuran|salientian|batrachian|natterjack|spadefoot|peeper|crapaud/ },
  '1f439': { art: 'hamster' },
  '1f984': { art: 'unicorn' },
  '1f916': { art: 'robot' },
};

/** Nouns for the animals' variants that the face table alone would draw wrong (an arctic fox is white, a lioness has no mane). */
export const ANIMAL_NOUNS: Readonly<Record<string, string>> = {
  lioness: 'lioness',
  lionesses: 'lioness',
  'she lion': 'lioness',
  'arctic fox': 'arctic-fox',
  'white fox': 'arctic-fox',
  'polar fox': 'arctic-fox',
  'snow fox': 'arctic-fox',
  'alopex lagopus': 'arctic-fox',
  'giant panda': 'panda',
  'panda bear': 'panda',
};
