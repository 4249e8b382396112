import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalHexcode, emojiArtCount, emojiArtPath, emojiAssetId, hasEmojiArt } from './emoji-catalog.ts';

describe('emoji catalog', () => {
  it('finds art regardless of variation selectors and case', () => {
    expect(canonicalHexcode('2600-FE0F')).toBe('2600');
    expect(hasEmojiArt('2600')).toBe(true);
    expect(hasEmojiArt('1F98A')).toBe(true);
    const fox = emojiArtPath(emojiAssetId('1F98A'));
    expect(fox).not.toBeNull();
    expect(existsSync(fox!)).toBe(true);
  });

  it('answers null for unknown or foreign ids', () => {
    expect(emojiArtPath('emoji:ffffff')).toBeNull();
    expect(emojiArtPath('shape:circle')).toBeNull();
  });

  it('bundles thousands of images', () => {
    expect(emojiArtCount()).toBeGreaterThan(3000);
  });
});
