/**
 * Things whose name says what they are made of and how small they are, drawn
 * as the art of the thing they copy in that material: a sandcastle is the
 * castle in sand, about knee-high, not a palace on the beach.
 */
export const MADE_OF_NOUNS: Readonly<Record<string, { readonly material: string; readonly size: number }>> = {
  sandcastle: { material: 'sand', size: 0.5 },
  sandcastles: { material: 'sand', size: 0.5 },
  'sand castle': { material: 'sand', size: 0.5 },
  'sand castles': { material: 'sand', size: 0.5 },
};
