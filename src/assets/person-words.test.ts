import { describe, expect, it } from 'vitest';
import { genderOfNoun } from './person-words.ts';

describe('genderOfNoun', () => {
  it('reads a word of the noun that says man or woman', () => {
    expect(genderOfNoun('old man')).toBe('man');
    expect(genderOfNoun('little girl')).toBe('woman');
    expect(genderOfNoun('Queen')).toBe('woman');
    expect(genderOfNoun('cowboy')).toBe('man');
  });

  it('says nothing for people words without one, or for words that only contain one', () => {
    expect(genderOfNoun('person')).toBeNull();
    expect(genderOfNoun('children')).toBeNull();
    expect(genderOfNoun('snowman')).toBeNull();
    expect(genderOfNoun('policewoman')).toBeNull();
  });
});
