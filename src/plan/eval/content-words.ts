import { winkNlp } from '../nlp/read-tokens.ts';
import { extractQuotes, quoteIndexOf } from '../nlp/quotes.ts';

/** Parts of speech that carry content. */
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

/**
 * The content words of a prompt for the resolution measure, defined
 * independently of the planner's own word lists: words the tagger marks as
 * nouns, verbs, adjectives, adverbs or numbers that are not on wink-nlp's
 * stop-word list. Quoted text is on-screen text, not words to resolve.
 */
export function contentWords(prompt: string): string[] {
  const nlp = winkNlp();
  const { its } = nlp;
  const doc = nlp.readDoc(extractQuotes(prompt).text);
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const words: string[] = [];
  values.forEach((value, i) => {
    if (!CONTENT_POS.has(tags[i]!) || stops[i] || quoteIndexOf(value) !== null || !/[\p{L}\p{N}]/u.test(value)) return;
    words.push(value.toLowerCase());
  });
  return words;
}

/** How many of a prompt's content words the plan resolved (those not listed in `unresolved`). */
export function resolvedShare(prompt: string, unresolved: readonly string[]): { resolved: number; total: number; missed: string[] } {
  const words = contentWords(prompt);
  const open = new Set(unresolved.flatMap((u) => u.toLowerCase().replace(/\(.*\)/, '').split(/[\s-]+/)).filter(Boolean));
  const missed = words.filter((w) => open.has(w));
  return { resolved: words.length - missed.length, total: words.length, missed };
}
