import type { Token } from './read-tokens.ts';

/**
 * Rules on top of the tagger for its known mistakes in prompt-like English:
 * short present-tense clauses ("a dog chases a cat", "the sun sets behind the
 * hills") where the verb is tagged as a noun or adjective, participles tagged
 * as nouns ("a whale swimming"), nouns tagged as verbs ("autumn leaves
 * blowing"), nouns after verbs tagged as adverbs ("playing piano") and
 * "left"/"right" read as verbs.
 */
export interface VerbKnowledge {
  /** Whether a lemma can be a verb. */
  isVerb(lemma: string): boolean;
  /** Whether a lemma names a motion the planner draws. */
  isMotionVerb(lemma: string): boolean;
  /** Whether a word names something the lexicon can draw. */
  isNoun(word: string): boolean;
  /** Whether a word names someone who acts (a person or an animal). */
  isAgent(word: string): boolean;
  /** Whether a word is one of the planner's adjectives (colours, sizes, moods). */
  isAdjective(word: string): boolean;
  /** Whether a word names a thing exactly (its own picture or a place), not through a loose association. */
  isExactNoun(word: string): boolean;
  /** Whether a two-word phrase is a known name of a thing ("fishing boat"), not a loose keyword. */
  isCompoundNoun(phrase: string): boolean;
}

const FOLLOWS_VERB = new Set(['DET', 'ADP', 'ADV', 'PRON', 'PUNCT', 'NUM', 'PART', 'SCONJ', 'CCONJ']);
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);
const NOUN_LIKE = new Set(['NOUN', 'ADJ', 'PROPN']);
/** Prepositions the tagger sometimes reads as adjectives or nouns ("sails past a lighthouse"). */
const PREPOSITIONS = new Set(['past', 'by', 'around', 'along', 'through', 'across', 'over', 'under', 'behind', 'beyond', 'toward', 'towards', 'into']);
/** Forms of "light" that make the phrasal verb "light up" before "up". */
const LIGHT_UP_FORMS = new Set(['light', 'lights', 'lit', 'lighted', 'lighting']);
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'as', 'while', 'when', 'whilst', 'then', 'and', 'but']);

/** Corrects tags in place. */
export function fixTags(tokens: Token[], know: VerbKnowledge): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
    const next = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1] : undefined;
    if (t.quote !== null || t.joined) continue;

    // "fireworks light up the sky", "the city lit up": the phrasal verb, not the adjective "light" or the slang "lit".
    if (LIGHT_UP_FORMS.has(t.lower) && next?.lower === 'up' && prev?.pos !== 'DET') {
      t.pos = 'VERB';
      t.lemma = 'light';
      continue;
    }

    // "a plane landing", "an alien waving", "in a square", "a garden pond": nouns the tagger read as adjectives.
    if (t.pos === 'ADJ' && prev && (prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADJ') && !/(ing|ed)$/.test(t.lower) && !know.isAdjective(t.lower) && know.isNoun(t.lower)) {
      const nextIsVerbish = !next || next.pos === 'VERB' || next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'CCONJ' || /ing$/.test(next.lower);
      // Before another noun only a word that names a thing exactly is a noun modifier ("a garden pond"; "shallow water" stays).
      if (nextIsVerbish || (next?.pos === 'NOUN' && know.isExactNoun(t.lower))) t.pos = 'NOUN';
    }
    // "a whale swimming", "a butterfly landing": a participle after its noun.
    if ((t.pos === 'NOUN' || t.pos === 'ADJ' && (!next || next.pos !== 'NOUN')) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /ing$/.test(t.lower)) {
      const base = ingBase(t.lower, know.isVerb);
      // "a whale swimming": any motion; "a chef cooking": any verb after someone who can do it; "stars twinkling": any verb that is no noun.
      if (base && (know.isMotionVerb(base) || know.isAgent(prev.lemma) || know.isAgent(prev.lower) || !know.isNoun(t.lower))) {
        t.pos = 'VERB';
        t.lemma = base;
        continue;
      }
    }
    // "a fox walks across the meadow and stops to sit": after "and" or "then", an -s verb form goes on with the
    // subject's actions, unless it pairs with a plural noun ("feeds ducks and swans").
    if (t.pos === 'NOUN' && prev && (prev.lower === 'and' || prev.lower === 'then')) {
      const base = verbBase(t.lower);
      const before = tokens[i - 2]?.sentence === t.sentence ? tokens[i - 2] : undefined;
      const pairsWithPlural = before !== undefined && before.pos === 'NOUN' && before.lower !== before.lemma;
      if (base && know.isVerb(base) && !pairsWithPlural && finiteVerbBefore(tokens, i)) {
        t.pos = 'VERB';
        t.lemma = base;
        continue;
      }
    }
    // "the cat woke up and chased it": after "and" or "then", a past tense before its object (not before a noun it
    // would describe, as in "and painted eggs") goes on with the subject's actions.
    const objectNext = !next || next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'ADP' || next.pos === 'PUNCT';
    if (t.pos === 'NOUN' && prev && (prev.lower === 'and' || prev.lower === 'then') && /ed$/.test(t.lower) && objectNext && verbBefore(tokens, i)) {
      const base = edBase(t.lower, know.isVerb);
      if (base) {
        t.pos = 'VERB';
        t.lemma = base;
        continue;
      }
    }
    // "a dog chases a cat", "waves crash on the shore": a verb after its subject.
    const afterRelative = prev !== undefined && ['that', 'which', 'who'].includes(prev.lower);
    if (NOUN_LIKE.has(t.pos) && prev && (SUBJECT_END.has(prev.pos) || afterRelative) && (afterRelative || !clauseHasVerb(tokens, i)) && !insidePrepositionalPhrase(tokens, i - 1)) {
      const base = verbBase(t.lower);
      const plainPlural = prev.pos === 'NOUN' && prev.lower !== prev.lemma && t.lower === t.lemma;
      const looksFinite = base !== null || plainPlural || (prev.pos === 'PRON' && !afterRelative);
      const nextOk = !next || FOLLOWS_VERB.has(next.pos) || PREPOSITIONS.has(next.lower) || (next.pos === 'ADJ' && tokens[i + 2]?.pos === 'NOUN');
      const lemma = base ?? t.lemma;
      // "fishing boats in a harbor", "racing cars": a gerund and a noun that together name a thing are no subject and verb.
      const gerundCompound = prev.pos === 'NOUN' && /ing$/.test(prev.lower) && know.isCompoundNoun(`${prev.lower} ${lemma}`);
      if (looksFinite && nextOk && !gerundCompound && know.isVerb(lemma) && !(prev.pos === 'PRON' && ['its', 'their', 'his', 'her'].includes(prev.lower))) {
        t.pos = 'VERB';
        t.lemma = lemma;
        continue;
      }
    }
    // "autumn leaves blowing", "with falling leaves": a verb form between modifiers and a verb, or after a participle, is a noun.
    const atPhraseEnd = !next || ['PUNCT', 'ADP', 'CCONJ'].includes(next.pos);
    const afterParticiple = prev !== undefined && (/ing$/.test(prev.lower) && (prev.pos === 'VERB' || prev.pos === 'ADJ') || ['ADJ', 'DET', 'NUM'].includes(prev.pos) || know.isAdjective(prev.lower) || insidePrepositionalPhrase(tokens, i - 1)) && atPhraseEnd;
    if (t.pos === 'VERB' && /s$/.test(t.lower) && (afterParticiple || next?.pos === 'VERB' && /ing$/.test(next.lower) && (!prev || ['ADJ', 'DET', 'NUM', 'NOUN', 'PUNCT'].includes(prev.pos))) && know.isNoun(t.lower)) {
      t.pos = 'NOUN';
      t.lemma = t.lower.replace(/ves$/, 'f').replace(/s$/, '');
      if (!know.isNoun(t.lemma)) t.lemma = t.lower;
      continue;
    }
    // "gives chase": a noun-like object of a light verb stays a noun.
    if (t.pos === 'ADJ' && prev?.pos === 'VERB' && (!next || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'ADP')) {
      if (know.isNoun(t.lemma) || know.isVerb(t.lemma)) t.pos = 'NOUN';
    }
    // "a cat playing piano": a noun tagged as an adverb after a verb.
    if (t.pos === 'ADV' && prev?.pos === 'VERB' && !t.lower.endsWith('ly') && know.isNoun(t.lower)) t.pos = 'NOUN';
    // "to the left of": a direction, not the verb "leave".
    if ((t.lower === 'left' || t.lower === 'right') && prev && (prev.lower === 'the' || prev.lower === 'its')) {
      t.pos = 'NOUN';
      t.lemma = t.lower;
    }
    // "with flashing lights", "a running deer": a participle between a preposition or determiner and its noun is an adjective.
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && prev && (prev.pos === 'ADP' || prev.pos === 'DET') && next?.pos === 'NOUN') t.pos = 'ADJ';
    // "shooting stars over the hills", "racing cars roar past": a sentence that opens on a gerund and a noun naming one thing together.
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && !prev && next?.pos === 'NOUN' && know.isCompoundNoun(`${t.lower} ${next.lemma}`)) t.pos = 'ADJ';
    // "a setting sun", "a sinking ship": a motion participle the tagger read as a noun, where no such noun exists.
    if (t.pos === 'NOUN' && prev?.pos === 'DET' && next?.pos === 'NOUN' && !know.isNoun(t.lower)) {
      const base = ingBase(t.lower, know.isVerb);
      if (base && know.isMotionVerb(base)) t.pos = 'ADJ';
    }
    // "its leaves", "her wings": a word after a possessive is a noun.
    if (t.pos === 'VERB' && prev && ['its', 'their', 'his', 'her', 'my', 'our', 'your'].includes(prev.lower) && know.isNoun(t.lower)) t.pos = 'NOUN';
    // "the run", "a swim": a bare verb form after a determiner is a noun.
    if (t.pos === 'VERB' && prev?.pos === 'DET' && !/(ing|ed)$/.test(t.lower) && know.isNoun(t.lower)) t.pos = 'NOUN';
  }
}

/** Whether the clause before token i already has a verb (then a later verb-like word is more likely a noun). */
function clauseHasVerb(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[i]!.sentence || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.lower)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** Whether the sentence has a verb before token i. */
function verbBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && tokens[j]!.sentence === tokens[i]!.sentence; j--) if (tokens[j]!.pos === 'VERB') return true;
  return false;
}

/** Whether the sentence has an inflected present-tense verb ("walks", "chases") before token i. */
function finiteVerbBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && tokens[j]!.sentence === tokens[i]!.sentence; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && /s$/.test(t.lower) && t.lower !== t.lemma) return true;
  }
  return false;
}

/** Whether the noun phrase ending at token i follows a preposition ("with fishing boats"): then it is no subject. */
function insidePrepositionalPhrase(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (j >= 0 && tokens[j]!.sentence === tokens[i]!.sentence && ['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN'].includes(tokens[j]!.pos)) j--;
  const before = j >= 0 && tokens[j]!.sentence === tokens[i]!.sentence ? tokens[j]! : undefined;
  return before?.pos === 'ADP' && !CLAUSE_OPENERS.has(before.lower);
}

/** "chases" → "chase", "flies" → "fly", "sets" → "set"; null when the word has no -s ending. */
export function verbBase(word: string): string | null {
  if (!/s$/.test(word) || /ss$/.test(word) || word.length < 3) return null;
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|z|ss|o)es$/.test(word)) return word.slice(0, -2);
  if (/[^aeiou]es$/.test(word) && /(ces|ges|ses|zes|ves|kes|tes|des|pes|les|mes|nes|res|bes)$/.test(word)) return word.slice(0, -1);
  return word.slice(0, -1);
}

/** "walked" → "walk", "dropped" → "drop", "chased" → "chase"; null when no known verb fits. */
export function edBase(word: string, isVerb: (lemma: string) => boolean): string | null {
  if (!/ed$/.test(word)) return null;
  const stem = word.slice(0, -2);
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')].find(isVerb) ?? null;
}

/** "running" → "run", "opening" → "open", "gliding" → "glide"; null when no verb fits. */
export function ingBase(word: string, isVerb: (lemma: string) => boolean): string | null {
  if (!/ing$/.test(word) || word.length < 5) return null;
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : null, stem.endsWith('y') ? stem : null, /ck$/.test(stem) ? stem.slice(0, -1) : null];
  if (stem.endsWith('y') && word.endsWith('ying')) candidates.push(`${stem.slice(0, -1)}ie`);
  return candidates.find((c): c is string => c !== null && isVerb(c)) ?? null;
}
