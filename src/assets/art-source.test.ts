import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { hasVectorArt, iconEntry, loadVectorArt } from './art-source.ts';

const require = createRequire(import.meta.url);
const file = readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'));
const icons = (JSON.parse(file.toString('utf8')) as { icons: Record<string, { body?: string }> }).icons;

describe('iconEntry', () => {
  it('reads icons of the flat set exactly as parsing the whole file does', () => {
    const names = Object.keys(icons);
    expect(names.length).toBeGreaterThan(3000);
    // Every 25th icon, and the first and last (all of them pass too, in a few seconds).
    const sample = names.filter((_, k) => k % 25 === 0 || k === names.length - 1);
    for (const name of sample) expect(iconEntry(file, name)?.body, name).toBe(icons[name]!.body);
  });

  it('finds no entry for a name the set lacks, or for text that only appears inside a body', () => {
    expect(iconEntry(file, 'no-such-icon')).toBeNull();
    expect(iconEntry(file, 'fill')).toBeNull();
  });
});

describe('vector art', () => {
  it('rasterises an emoji from its flat SVG at the size asked', () => {
    expect(hasVectorArt('emoji:1f415')).toBe(true);
    const dog = loadVectorArt('emoji:1f415', 300);
    expect(dog?.width).toBe(300);
    expect(hasVectorArt('emoji:ffff')).toBe(false);
  });
});
