import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon/lexicon.ts';
import { VERB_MOTIONS } from '../words/motion-words.ts';
import { fixTags, ingBase, verbBase } from './pos-fixes.ts';
import { readTokens } from './read-tokens.ts';

describe('tag fixes', () => {
  const lex = lexicon();
  const know = {
    isVerb: (l: string) => l in VERB_MOTIONS || lex.isVerb(l),
    isMotionVerb: (l: string) => l in VERB_MOTIONS || lex.wordNetMotion(l) !== null,
    isNoun: (w: string) => lex.noun(w) !== null,
    isAgent: (w: string) => ['person', 'animal', 'bird'].includes(lex.noun(w)?.category ?? ''),
    isAdjective: (w: string) => ['red', 'small', 'quiet'].includes(w),
    isExactNoun: (w: string) => lex.noun(w)?.match === 'label',
    isCompoundNoun: (w: string) => (lex.noun(w)?.match ?? 'keyword') !== 'keyword',
  };
  const tags = (text: string): string => {
    const { tokens } = readTokens(text);
    fixTags(tokens, know);
    return tokens.map((t) => `${t.lower}/${t.pos}`).join(' ');
  };

  it('reads a present-tense verb after its subject as a verb', () => {
    expect(tags('a dog chases a cat')).toContain('chases/VERB');
    expect(tags('the sun sets behind the hills')).toContain('sets/VERB');
  });

  it('reads an -s verb after "and" as the subject\'s next action, but not a plural noun paired with another', () => {
    expect(tags('a fox walks across the meadow and stops to sit')).toContain('stops/VERB');
    expect(tags('a dog runs to the tree then stops')).toContain('stops/VERB');
    expect(tags('a girl feeds ducks and swans in the pond')).toContain('swans/NOUN');
    expect(tags('a park with benches and stops')).toContain('stops/NOUN');
  });

  it('reads participles after nouns as verbs and nouns before participles as nouns', () => {
    expect(tags('a whale swimming in the ocean')).toContain('swimming/VERB');
    expect(tags('autumn leaves blowing across a park')).toContain('leaves/NOUN');
  });

  it('keeps a gerund and a noun that name a thing together as nouns', () => {
    expect(tags('fishing boats in a harbor')).toContain('fishing/NOUN boats/NOUN');
    // A subject and its verb stay so when the pair names nothing.
    expect(tags('the king rides a horse')).toContain('rides/VERB');
  });

  it('reads a verb before a preposition the tagger mistook for an adjective', () => {
    expect(tags('a boat sails past a lighthouse')).toContain('sails/VERB');
  });

  it('reads a motion participle between a determiner and a noun as an adjective', () => {
    expect(tags('a setting sun over the sea')).toContain('setting/ADJ');
  });

  it('finds base forms', () => {
    expect(verbBase('chases')).toBe('chase');
    expect(verbBase('flies')).toBe('fly');
    expect(verbBase('grass')).toBeNull();
    expect(ingBase('running', (l) => l === 'run')).toBe('run');
    expect(ingBase('gliding', (l) => l === 'glide')).toBe('glide');
  });
});
