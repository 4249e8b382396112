/**
 * Quoted strings in a prompt become on-screen text. They are cut out before
 * the language model reads the prompt (so "Happy Birthday" is not read as
 * nouns) and replaced by placeholder words the reader recognises.
 */

/** Longest on-screen text the plan allows. */
export const MAX_TEXT_CHARS = 500;

/** Placeholder word for the n-th quote. */
export function quotePlaceholder(n: number): string {
  return `qqquote${n}`;
}

/** The quote number of a placeholder word, or null. */
export function quoteIndexOf(word: string): number | null {
  const match = /^qqquote(\d+)$/i.exec(word);
  return match ? Number(match[1]) : null;
}

// Double quotes of any style; single quotes only when they cannot be apostrophes.
const QUOTE_PATTERN = /“([^”]{1,2000})”|"([^"]{1,2000})"|«([^»]{1,2000})»|„([^“”]{1,2000})[“”]|(?<![\p{L}\p{N}])['‘]([^'‘’\n]{1,2000}?)['’](?![\p{L}\p{N}])/gu;

/** Replaces quoted strings with placeholders; returns the new text and the quotes in order. */
export function extractQuotes(prompt: string): { text: string; quotes: string[] } {
  const quotes: string[] = [];
  const text = prompt.replace(QUOTE_PATTERN, (whole, ...groups: unknown[]) => {
    const inner = groups.slice(0, 5).find((g): g is string => typeof g === 'string') ?? '';
    const clean = inner.replace(/\s+/g, ' ').trim();
    if (!clean || !/[\p{L}\p{N}]/u.test(clean)) return whole;
    quotes.push(clean.length > MAX_TEXT_CHARS ? `${clean.slice(0, MAX_TEXT_CHARS - 1)}…` : clean);
    return ` ${quotePlaceholder(quotes.length - 1)} `;
  });
  return { text, quotes };
}
