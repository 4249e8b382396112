import { createRequire } from 'node:module';
import { hexOfChar } from '../lexicon-build/emoji-source.ts';
import { extractQuotes, quoteIndexOf } from './quotes.ts';
import { winkEnglishModel } from './wink-model.ts';

/**
 * The language layer: wink-nlp (with its English lite model) splits the
 * prompt into sentences and tokens and gives each a part of speech and a
 * lemma. Quotes are cut out first; hyphenated words ("close-up") are kept as
 * their parts, marked as joined, so phrase tables can match them either way.
 */
const require = createRequire(import.meta.url);

/** Universal part-of-speech tags as wink-nlp reports them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One word of the prompt. `pos` and `lemma` may be corrected by the tag rules. */
export interface Token {
  readonly index: number;
  /** As written. */
  readonly text: string;
  readonly lower: string;
  lemma: string;
  pos: Pos;
  readonly sentence: number;
  /** Written against the previous word with a hyphen ("close-up" → "up" is joined). */
  readonly joined: boolean;
  /** The quote this placeholder stands for. */
  readonly quote: number | null;
  /** Hexcode when the token is an emoji character. */
  readonly emoji: string | null;
}

/** A prompt read into tokens. */
export interface ReadPrompt {
  readonly tokens: Token[];
  readonly quotes: readonly string[];
  readonly sentenceCount: number;
}

interface WinkItem {
  out(what?: unknown): string;
}
interface WinkCollection {
  out(what?: unknown): string[];
  each(fn: (item: WinkItem & { tokens(): WinkCollection }, index: number) => void): void;
  length(): number;
}
interface WinkDoc {
  sentences(): WinkCollection;
  tokens(): WinkCollection;
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let nlp: WinkNlp | null = null;

/** The wink-nlp instance (the model loads in ~0.2 s, once per process). */
export function winkNlp(): WinkNlp {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown) => WinkNlp;
    nlp = winkNLP(winkEnglishModel());
  }
  return nlp;
}

/** Reads a prompt into sentences of tagged, lemmatised tokens. */
export function readTokens(prompt: string): ReadPrompt {
  const { text, quotes } = extractQuotes(prompt);
  const engine = winkNlp();
  const { its } = engine;
  const clean = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    // The tagger slows down badly on giant words; no English word is this long.
    .replace(/\S{48}(?=\S)/g, '$& ');
  const doc = engine.readDoc(clean);
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos) as Pos[];
  const lemmas = doc.tokens().out(its.lemma);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const types = doc.tokens().out(its.type);
  const sentenceOf = new Array<number>(values.length).fill(0);
  let start = 0;
  doc.sentences().each((sentence, s) => {
    const n = sentence.tokens().length();
    for (let i = start; i < start + n && i < values.length; i++) sentenceOf[i] = s;
    start += n;
  });

  const tokens: Token[] = [];
  let sentence = 0;
  let lastSentenceSeen = -1;
  let breakPending = false;
  let joinNext = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (sentenceOf[i] !== lastSentenceSeen) {
      if (lastSentenceSeen >= 0 && tokens.length > 0) breakPending = true;
      lastSentenceSeen = sentenceOf[i]!;
    }
    if (types[i] === 'tabCRLF' || tags[i] === 'SPACE' || /^\s+$/.test(value)) {
      if (/\n/.test(value) && tokens.length > 0) breakPending = true;
      continue;
    }
    // "close-up": drop the hyphen and join its neighbours.
    if (value === '-' && spaces[i] === '' && tokens.length > 0 && i + 1 < values.length && spaces[i + 1] === '' && /\w/.test(values[i + 1]!)) {
      joinNext = true;
      continue;
    }
    if (breakPending) {
      sentence++;
      breakPending = false;
    }
    const quote = quoteIndexOf(value);
    const emoji = types[i] === 'emoji' ? hexOfChar(value) : null;
    tokens.push({
      index: tokens.length,
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: quote !== null ? 'PROPN' : (tags[i] ?? 'X'),
      sentence,
      joined: joinNext,
      quote,
      emoji,
    });
    joinNext = false;
  }
  return { tokens, quotes, sentenceCount: tokens.length ? sentence + 1 : 0 };
}
