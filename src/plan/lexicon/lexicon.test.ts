import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawnArtSvg } from '../../assets/drawn-art.ts';
import { emojiArtPath } from '../../assets/emoji-catalog.ts';
import { buildLexiconData, lexiconDataText, type LexiconData } from '../lexicon-build/build-lexicon.ts';
import { STATE_VARIANTS } from '../words/attribute-words.ts';
import { decodeLexicon, lexicon } from './lexicon.ts';
import { LEXICON_DATA_FILE } from './lexicon-file.ts';

describe('lexicon data', () => {
  it('is exactly what the builder makes from the installed emoji and WordNet packages (run `npm run lexicon` after changing seeds)', () => {
    const committed = readFileSync(LEXICON_DATA_FILE, 'utf8');
    expect(lexiconDataText(buildLexiconData()) === committed).toBe(true);
  }, 60_000);

  // Load time is measured by `npm run eval:plan`, not asserted here.
  it('stays a few megabytes at most and decodes', () => {
    expect(readFileSync(LEXICON_DATA_FILE).length).toBeLessThan(3 * 1024 * 1024);
    expect(decodeLexicon(JSON.parse(readFileSync(LEXICON_DATA_FILE, 'utf8')) as LexiconData).nounCount).toBeGreaterThan(30_000);
  });

  it('names only art that exists', () => {
    const data = JSON.parse(readFileSync(LEXICON_DATA_FILE, 'utf8')) as LexiconData;
    const missing = data.emoji.filter(([hex]) => !emojiArtPath(`emoji:${hex}`));
    expect(missing).toEqual([]);
    // A state picture that is not bundled would silently fall back to the plain art: the table must not promise it.
    const unbundled = Object.entries(STATE_VARIANTS).flatMap(([noun, variants]) =>
      Object.entries(variants).filter(([, hex]) => !emojiArtPath(`emoji:${hex}`)).map(([state]) => `${state} ${noun}`),
    );
    expect(unbundled).toEqual([]);
  });

  it('rejects data naming a category the vocabulary lacks', () => {
    const data = JSON.parse(readFileSync(LEXICON_DATA_FILE, 'utf8')) as LexiconData;
    expect(() => decodeLexicon({ ...data, categories: [...data.categories.slice(0, -1), 'gremlin'] })).toThrow(/gremlin/);
  });
});

describe('lexicon lookups', () => {
  const lex = lexicon();
  const artOf = (word: string): string | undefined => lex.noun(word)?.asset;

  it.each([
    ['dog', 'emoji:1f415'], // full-body dog, not the dog face
    ['cat', 'emoji:1f408'],
    ['poodle', 'emoji:1f429'],
    ['sedan', 'emoji:1f697'],
    ['oak', 'emoji:1f333'],
    ['kitten', 'emoji:1f408'],
    ['puppy', 'emoji:1f415'],
    ['golden retriever', 'emoji:1f415'],
    ['philosopher', 'emoji:1f9d1'],
    ['okapi', 'emoji:1f992'],
    ['fire truck', 'emoji:1f692'],
    ['hot air balloon', 'drawn:hot-air-balloon'],
    ['lighthouse', 'drawn:lighthouse'],
    ['wizard', 'emoji:1f9d9'], // the mage, not a plain person
    ['witch', 'emoji:1f9d9'],
    ['spell', 'emoji:2728'], // the sparkle a spell casts, not a second mage
    ['pirate', 'emoji:1f9d1'], // the person, not WordNet's pirate ship
    ['pirate ship', 'drawn:pirate-ship'],
    ['statue', 'drawn:statue'], // a figure on a plinth, not the artist's palette WordNet's "art" reached
    ['sculpture', 'drawn:statue'],
    ['statue of liberty', 'emoji:1f5fd'], // the landmark keeps its own picture
  ])('draws "%s" as %s', (word, asset) => {
    expect(artOf(word)).toBe(asset);
  });

  it('says how each noun was matched and keeps young animals small', () => {
    expect(lex.noun('fox')?.match).toBe('label');
    expect(lex.noun('sedan')?.match).toBe('hypernym');
    expect(lex.noun('kitten')?.size).toBeLessThan(1);
    expect(lex.noun('philosopher')?.category).toBe('person');
  });

  it('knows nothing for abstract words', () => {
    for (const word of ['meaning', 'nostalgia', 'quantum', 'feeling']) expect(lex.noun(word)).toBeNull();
  });

  it('knows verbs WordNet relates to the hand-written ones', () => {
    expect(lex.wordNetMotion('scurry')).toBeNull(); // hand-written words live in the planner's own table
    expect(lex.wordNetMotion('hightail')).toBe('flee');
    expect(lex.isVerb('chase')).toBe(true);
    expect(lex.isVerb('teapot')).toBe(false);
  });

  it('resolves every drawn noun to drawn art', () => {
    expect(drawnArtSvg(artOf('lighthouse')!, 10)).toContain('<svg');
  });
});

describe('full-body drawn animals over face emoji', () => {
  const lex = lexicon();
  const artOf = (word: string): string | undefined => lex.noun(word)?.asset;

  it.each([
    ['fox', 'drawn:fox'],
    ['vixen', 'drawn:fox'],
    ['red fox', 'drawn:fox'],
    ['arctic fox', 'drawn:arctic-fox'],
    ['wolf', 'drawn:wolf'],
    ['timber wolf', 'drawn:wolf'],
    ['coyote', 'drawn:wolf'],
    ['bear', 'drawn:bear'],
    ['grizzly', 'drawn:bear'],
    ['grizzly bear', 'drawn:bear'],
    ['polar bear', 'drawn:polar-bear'],
    ['lion', 'drawn:lion'],
    ['lioness', 'drawn:lioness'],
    ['panda', 'drawn:panda'],
    ['giant panda', 'drawn:panda'],
    ['raccoon', 'drawn:raccoon'],
    ['koala', 'drawn:koala'],
    ['frog', 'drawn:frog'],
    ['bullfrog', 'drawn:frog'],
    ['toad', 'drawn:frog'],
    ['hamster', 'drawn:hamster'],
  ])('draws "%s" as %s', (word, asset) => {
    expect(artOf(word)).toBe(asset);
  });

  it('keeps what WordNet said about the noun: its label, category, match and size', () => {
    expect(lex.noun('fox')).toMatchObject({ label: 'fox', category: 'animal', match: 'label', size: 1 });
    expect(lex.noun('vixen')?.match).toBe('hypernym');
    expect(lex.noun('wolf cub')).toMatchObject({ asset: 'drawn:wolf', size: 0.6 });
  });

  it('keeps the face where the prompt asks for it, or where a frog would misdraw the animal', () => {
    expect(artOf('fox face')).toBe('emoji:1f98a');
    expect(artOf('bear face')).toBe('emoji:1f43b');
    expect(artOf('bear emoji')).toBe('emoji:1f43b');
    expect(artOf('lion emoji')).toBe('emoji:1f981');
    expect(artOf('salamander')).toBe('emoji:1f438');
    expect(artOf('rock emoji')).toBe(lex.noun('rock') ? lex.noun('rock')!.asset : undefined);
  });
});
