import { describe, expect, it } from 'vitest';
import { readTokens } from './read-tokens.ts';

describe('readTokens', () => {
  it('tags, lemmatises and splits sentences and lines', () => {
    const read = readTokens('The dogs ran. A cat sleeps\nBirds fly');
    expect(read.sentenceCount).toBe(3);
    const dogs = read.tokens.find((t) => t.lower === 'dogs')!;
    expect(dogs.lemma).toBe('dog');
    expect(dogs.pos).toBe('NOUN');
  });

  it('keeps hyphenated words as joined parts', () => {
    const words = readTokens('a close-up of a bird').tokens.map((t) => `${t.joined ? '~' : ''}${t.lower}`);
    expect(words).toEqual(['a', 'close', '~up', 'of', 'a', 'bird']);
  });

  it('marks quote placeholders and emoji', () => {
    const read = readTokens('a cake with "Happy Birthday" 🦊');
    expect(read.quotes).toEqual(['Happy Birthday']);
    expect(read.tokens.some((t) => t.quote === 0)).toBe(true);
    expect(read.tokens.find((t) => t.emoji)?.emoji).toBe('1f98a');
  });

  it('reads giant words and symbol soup without hanging', () => {
    // A generous guard against the tagger's slow path on huge tokens, not a benchmark.
    const started = performance.now();
    expect(readTokens('x'.repeat(32_000)).tokens.length).toBeGreaterThan(100);
    readTokens('!?.,;'.repeat(6_000));
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
