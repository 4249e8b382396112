import type { Motion } from '../vocabulary.ts';
import { VERB_MOTIONS } from '../words/motion-words.ts';
import type { Synset, WordNetPart } from './wordnet-reader.ts';

/**
 * Widens the hand-written verb table with WordNet: a verb whose sense is a
 * troponym (a manner) of a seed verb's sense moves like the seed ("sprint"
 * is a way to run, "waddle" a way to walk). Verbs the hand table already
 * knows keep their hand-chosen motion.
 */

/** Seeds too general to lend their motion to every verb below them. */
const GENERIC_SEEDS = new Set([
  'travel', 'go', 'come', 'move', 'leave', 'return', 'enter', 'cross', 'approach', 'head', 'step', 'turn', 'set',
  'form', 'build', 'open', 'close', 'find', 'see', 'look', 'hold', 'bring', 'pull', 'push', 'play', 'hang', 'lie',
  'stand', 'wait', 'stay', 'spring', 'lead', 'guide', 'fade', 'appear', 'disappear', 'emerge', 'arrive', 'catch',
  'shoot', 'pour', 'water', 'feed', 'party', 'celebrate', 'greet', 'search', 'explore', 'wind', 'stream', 'flow',
  'think', 'read', 'study', 'pray', 'dream', 'sing', 'burst', 'pop', 'drop', 'track', 'tail', 'trail', 'charge',
  'speed', 'balance', 'pose', 'rest', 'wheel', 'cycle', 'bike', 'row', 'guard', 'notice', 'spot', 'discover', 'listen',
  'hide', 'avoid', 'scatter', 'surround', 'encircle', 'splash', 'blow', 'lick', 'bite', 'shake', 'boom', 'lift', 'see',
  'dip', 'slip', 'settle', 'vanish', 'burn', 'spark', 'taste', 'smell', 'sniff', 'hunt', 'herd', 'evade', 'retreat',
]);

const MOTION_LEXFILES = new Set([
  'verb.motion', 'verb.contact', 'verb.change', 'verb.body', 'verb.consumption', 'verb.perception', 'verb.weather',
]);
const MAX_DEPTH = 2;
const SENSES_CONSIDERED = 2;

/** Verb lemma → motion, for verbs the hand table does not list. */
export function buildVerbTable(verbs: WordNetPart): Map<string, Motion> {
  const seeds = new Map<number, Motion>();
  for (const [lemma, motion] of Object.entries(VERB_MOTIONS)) {
    if (GENERIC_SEEDS.has(lemma) || motion === 'idle') continue;
    const first = verbs.senses.get(lemma)?.[0];
    const synset = first === undefined ? undefined : verbs.synsets.get(first);
    if (synset && MOTION_LEXFILES.has(synset.lexfile) && !seeds.has(synset.offset)) seeds.set(synset.offset, motion);
  }
  const table = new Map<string, Motion>();
  for (const [lemma, offsets] of verbs.senses) {
    if (lemma in VERB_MOTIONS || /\d/.test(lemma)) continue;
    for (const offset of offsets.slice(0, SENSES_CONSIDERED)) {
      const synset = verbs.synsets.get(offset)!;
      if (!MOTION_LEXFILES.has(synset.lexfile)) continue;
      const motion = nearestSeed(verbs, synset, seeds);
      if (motion) {
        table.set(lemma.replace(/_/g, ' '), motion);
        break;
      }
    }
  }
  return table;
}

function nearestSeed(verbs: WordNetPart, synset: Synset, seeds: ReadonlyMap<number, Motion>): Motion | null {
  let frontier = [synset.offset];
  const seen = new Set<number>();
  for (let depth = 0; depth <= MAX_DEPTH && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const offset of frontier) {
      if (seen.has(offset)) continue;
      seen.add(offset);
      const motion = seeds.get(offset);
      if (motion) return motion;
      next.push(...(verbs.synsets.get(offset)?.hypernyms ?? []));
    }
    frontier = next;
  }
  return null;
}

/** Every single-word verb lemma WordNet knows (lets the tagger fix "a dog chases a cat"). */
export function verbLemmas(verbs: WordNetPart): string[] {
  return [...verbs.senses.keys()].filter((lemma) => /^[a-z]+$/.test(lemma)).sort();
}
