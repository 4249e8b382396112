import { describe, expect, it } from 'vitest';
import { extractQuotes } from './quotes.ts';

describe('extractQuotes', () => {
  it('cuts out double, curly and single quotes but not apostrophes', () => {
    const { text, quotes } = extractQuotes(`a sign that says "Open", a “Thank You” card, the word 'Hello' and the bird's nest`);
    expect(quotes).toEqual(['Open', 'Thank You', 'Hello']);
    expect(text).toContain("bird's nest");
    expect(text).not.toContain('Open');
  });

  it('caps very long quotes at the plan text limit', () => {
    const { quotes } = extractQuotes(`"${'x'.repeat(900)}"`);
    expect(quotes[0]!.length).toBe(500);
  });
});
