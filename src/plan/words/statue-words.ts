import { COLOR_WORDS, MATERIAL_COLORS, MATERIAL_WORDS } from './color-words.ts';

/**
 * Statues of animals: "a horse statue", "a stone lion statue", "a statue of
 * a horse" are the animal's own art in stone (or the bronze or marble said),
 * standing still where it is put (see compose/statues.ts). A statue of no
 * animal ("a statue in a park", "a statue of a man") stays the drawn statue,
 * a robed figure on its plinth.
 */
export const STATUE_WORDS: ReadonlySet<string> = new Set(['statue', 'statues', 'sculpture', 'sculptures', 'figurine', 'figurines']);

/** Whether a noun names a statue, also as the last word of a compound ("stone statue", "bronze sculpture"). */
export function isStatueWord(noun: string): boolean {
  return STATUE_WORDS.has(noun.split(' ').pop()!);
}

/** Kinds a statue shows as their own art. */
export const SHOWN_AS_STATUES: ReadonlySet<string> = new Set(['animal', 'bird', 'fish', 'insect']);

/** Statue materials drawn plainer than the material colour: marble as a neutral white (its faint cream left a brown eagle brown). */
const STATUE_MATERIALS: Readonly<Record<string, string>> = { marble: '#ebebeb' };

/** What a statue is made of: the material in its name ("marble statue", one lexicon word), else stone. */
export function statueColor(noun: string): { hex: string; name: string } {
  const material = noun.split(' ')[0]!;
  const hex = STATUE_MATERIALS[material] ?? MATERIAL_COLORS[material] ?? (MATERIAL_WORDS.has(material) ? COLOR_WORDS[material] : undefined);
  return hex ? { hex, name: material } : { hex: MATERIAL_COLORS.stone!, name: 'stone' };
}
