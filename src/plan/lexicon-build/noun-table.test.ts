import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmojiSources, type EmojiSource } from './emoji-source.ts';
import { buildNounTable, isPersonIdiom, reaches, type NounRow } from './noun-table.ts';
import { readLemmas, readWordNet, sense, type WordNetPart } from './wordnet-reader.ts';

// Builds the real noun table once (WordNet 3.1 and the bundled emoji, about two seconds).
let nouns: WordNetPart;
let sources: EmojiSource[];
let adjectives: Set<string>;
let table: Map<string, NounRow>;
const hexOf = (word: string): string | undefined => {
  const row = table.get(word);
  return row ? sources[row.emoji]!.hex : undefined;
};

beforeAll(() => {
  nouns = readWordNet('noun');
  sources = loadEmojiSources();
  adjectives = readLemmas('adj');
  table = buildNounTable(nouns, sources, adjectives);
}, 60_000);

describe('how far an anchor reaches', () => {
  it('reaches every kind by default, only its own words for "sense", all but the listed words for "except"', () => {
    expect(reaches('hyponyms', 'pennant', 3)).toBe(true);
    expect(reaches('sense', 'flag', 0)).toBe(true);
    expect(reaches('sense', 'pennant', 1)).toBe(false);
    const flag = { except: ['colors', 'hot dog'] };
    expect(reaches(flag, 'pennant', 1)).toBe(true);
    expect(reaches(flag, 'colors', 1)).toBe(false);
    // WordNet lemmas come with underscores; the list is in plain words.
    expect(reaches(flag, 'hot_dog', 2)).toBe(false);
    // With no word asked about, only the distance counts (the memoised search for any word).
    expect(reaches(flag, null, 1)).toBe(true);
  });
});

describe('flags', () => {
  it('draws a flag as the flag on its pole, not the iris WordNet also calls a flag', () => {
    expect(hexOf('flag')).toBe('1f6a9');
    // Kinds of flag are flags; the ones with their own picture keep it.
    for (const kind of ['pennant', 'tricolor', 'battle flag']) expect(hexOf(kind), kind).toBe('1f6a9');
    expect(hexOf('white flag')).toBe('1f3f3');
    expect(hexOf('pirate flag')).toBe('1f3f4-200d-2620');
  });

  it('does not pass the flag down to words whose everyday meaning is something else', () => {
    for (const word of ['colors', 'colours', 'streamer', 'waft', 'standard', 'jack']) expect(hexOf(word), word).not.toBe('1f6a9');
  });
});

describe('person idioms', () => {
  it('recognises an adjective and a thing that WordNet also files as a person', () => {
    const bigWheel = sense(nouns, 'big_wheel', 1)!;
    expect(bigWheel.lexfile).toBe('noun.person');
    expect(isPersonIdiom(nouns, adjectives, 'big_wheel', bigWheel)).toBe(true);
    expect(isPersonIdiom(nouns, adjectives, 'busy_bee', sense(nouns, 'busy_bee', 1)!)).toBe(true);
  });

  it('keeps phrases whose head can be a person, noun compounds, and heads that are no whole thing', () => {
    for (const phrase of ['rock_star', 'couch_potato', 'private_eye', 'old_salt', 'old_man']) {
      const synset = sense(nouns, phrase, 1)!;
      expect(synset.lexfile, phrase).toBe('noun.person');
      expect(isPersonIdiom(nouns, adjectives, phrase, synset), phrase).toBe(false);
    }
  });

  it('leaves "big wheel" out of the table so the words are read one by one, while "rock star" stays a person', () => {
    expect(table.has('big wheel')).toBe(false);
    expect(table.has('big cheese')).toBe(false);
    expect(sources[table.get('rock star')!.emoji]!.category).toBe('person');
    expect(hexOf('wheel')).toBe('1f6de');
  });
});

describe('helmets', () => {
  it('draws a hard hat as a helmet, not as a second construction worker or a shirt', () => {
    expect(hexOf('hard hat')).toBe('26d1');
    expect(hexOf('helmet')).toBe('26d1');
  });
});
