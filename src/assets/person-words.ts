/**
 * Words that say whether a person is a man or a woman ("a boy", "the queen",
 * "an old man"), so a full-body figure of the right one can stand in for a
 * head-only picture. One list for the planner (person-variants.ts) and the
 * simulator (vehicle-riders.ts).
 */
const MAN_WORDS = new Set([
  'man', 'men', 'boy', 'boys', 'gentleman', 'father', 'dad', 'grandfather', 'grandpa', 'king', 'prince', 'husband', 'son', 'brother',
  'uncle', 'guy', 'boyfriend', 'sir', 'cowboy',
]);
const WOMAN_WORDS = new Set([
  'woman', 'women', 'girl', 'girls', 'lady', 'ladies', 'mother', 'mom', 'mum', 'grandmother', 'grandma', 'queen', 'princess', 'wife',
  'daughter', 'sister', 'aunt', 'gal', 'girlfriend',
]);

/** 'man' or 'woman' when a word of the noun says which ("old man", "little girl"), else null. */
export function genderOfNoun(noun: string): 'man' | 'woman' | null {
  const words = noun.toLowerCase().split(/[^a-z]+/);
  if (words.some((w) => WOMAN_WORDS.has(w))) return 'woman';
  if (words.some((w) => MAN_WORDS.has(w))) return 'man';
  return null;
}
