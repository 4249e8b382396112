/**
 * English singular of a regular plural noun ("foxes" → "fox", "puppies" →
 * "puppy"). The tagger's lemmas cover irregular plurals; this is the fallback
 * for words it leaves alone.
 */
export function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(shoes|toes|does|hoes|canoes|oboes|floes)$/.test(word)) return word.slice(0, -1);
  if (/(ches|shes|xes|zes|sses|oes)$/.test(word)) return word.slice(0, -2);
  if (/ves$/.test(word)) return `${word.slice(0, -3)}f`;
  return word.slice(0, -1);
}
