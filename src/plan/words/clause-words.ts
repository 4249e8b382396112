import type { Relation } from '../vocabulary.ts';
import { WHEELED_THINGS } from './body-words.ts';

/**
 * Word lists the sentence reader uses to decide what a clause says: verbs
 * that introduce text or another verb, phrases that mean "with" or "made
 * of", family and young-animal words, containers and built-in parts.
 */

/** Relations that put one thing beside another (a place word after them is a thing: "next to a bakery"). */
export const THING_RELATIONS = new Set<Relation>(['beside', 'between', 'left-of', 'right-of', 'in-front-of', 'behind', 'near']);

/** Buildings the planner draws inside as a room kind, and from outside with their own art. */
const BUILDING_PLACES = new Set(['hospital', 'clinic']);

/** Whether a place word after a relation is a thing: buildings beside things, clouds behind things; never a landscape. */
export function placeAsThing(kind: string, relation: Relation, key = ''): boolean {
  // "an ambulance outside a hospital": a building whose inside is a room kind is its front, seen from the street.
  if (BUILDING_PLACES.has(key)) return THING_RELATIONS.has(relation);
  if (kind === 'sky') return THING_RELATIONS.has(relation) || relation === 'above' || relation === 'below' || relation === 'over';
  return THING_RELATIONS.has(relation) && ['cafe', 'classroom', 'stage', 'farm', 'harbor'].includes(kind);
}

/** Containers whose contents come after "of" ("a basket of apples", "a cup of coffee"). */
export const CONTAINERS = new Set(['basket', 'bowl', 'box', 'bag', 'bucket', 'jar', 'bottle', 'plate', 'cup', 'glass', 'vase', 'pot', 'tank', 'cage', 'nest', 'crate', 'barrel', 'tray', 'dish', 'mug', 'pail', 'cart', 'wagon', 'sack', 'chest', 'suitcase', 'backpack', 'pan', 'teapot', 'kettle', 'aquarium', 'jug', 'pitcher', 'can', 'carton', 'envelope', 'pocket', 'truck', 'boat']);

/** Young of an animal named before ("a lion ... a cub"). */
export const YOUNG_KIN = new Set(['cub', 'cubs', 'pup', 'pups', 'calf', 'calves', 'foal', 'foals', 'kit', 'kits', 'joey', 'hatchling', 'hatchlings', 'youngster', 'baby', 'babies']);
export const ANIMALS = new Set(['animal', 'bird', 'fish', 'insect']);

/** Family words: "its mother" is another of the same kind. */
export const KIN = new Set(['mother', 'mom', 'mum', 'father', 'dad', 'parent', 'parents', 'baby', 'babies', 'child', 'children', 'sibling', 'brother', 'sister', 'mate', 'partner', 'family', 'friend', 'friends', 'cub', 'cubs', 'young']);




/** Verbs that take another verb after "to" ("learn to fly"). */
export const CATENATIVE = new Set(['learn', 'try', 'begin', 'start', 'want', 'decide', 'manage', 'seem', 'like', 'love', 'need', 'prepare', 'attempt', 'get', 'continue', 'hope', 'wish', 'plan', 'refuse', 'stop']);

/** Parts that come with a thing's picture: [its art, the parts]. */
export const BUILT_IN_PARTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/police car|ambulance|fire engine/, /^(light|lights|siren|sirens|light bar)$/], [/birthday cake/, /^(candle|candles|frosting|icing)$/],
  [/pirate ship/, /^(flag|black flag|pirate flag|jolly roger|skull and crossbones)$/], [/sailboat|ship|canoe/, /^(sail|sails|mast|oar|oars)$/], [WHEELED_THINGS, /^(wheel|wheels|tire|tires|tyre|tyres)$/],
  [/castle/, /^(tower|towers|wall|walls|turret|turrets)$/], [/house|hut|cabin/, /^(door|window|windows|roof|chimney)$/],
];

/** Phrases naming what a thing is made of. */
export const MADE_OF = new Set(['made of', 'made from', 'made out of', 'built from', 'carved from', 'carved out of']);

/** Verbs whose object is wanted, not present. */
export const SEEKING = new Set(['look for', 'search for', 'hunt for', 'wait for', 'wish for', 'dream of', 'think about', 'think of', 'dream about', 'long for', 'ask for']);

export const TEXT_VERBS = new Set(['say', 'read', 'write', 'spell', 'display', 'show', 'proclaim', 'announce', 'flash', 'title', 'entitle', 'caption', 'label', 'print', 'paint', 'scrawl']);
/** Verbs that say what a camera move is for ("zoom out to reveal a garden"). */
export const CAMERA_PURPOSE_VERBS = new Set(['reveal', 'show', 'capture', 'frame', 'follow', 'track', 'film', 'focus', 'catch', 'see']);
/** Phrases that work like "with": what comes after is in or on what comes before. */
export const WITH_WORDS = new Set(['with', 'covered in', 'covered with', 'full of', 'filled with', 'dotted with', 'lined with', 'carpeted with', 'carpeted in', 'littered with']);
export const CAMERA_FOLLOW_VERBS = new Set(['follow', 'track', 'chase', 'trail', 'circle', 'orbit', 'reveal', 'show', 'capture', 'film', 'focus']);
