import { TEXT_VERBS } from '../words/clause-words.ts';
import type { Item, Mention } from './mentions.ts';
import { isKind, type Unit } from './unit.ts';

/** Small look-arounds over a sentence's items, for the sentence reader. */

export function isFinite(u: Unit): boolean {
  return isKind(u, 'verb') && u.meaning.finite;
}

/** The mention after "by" that follows a passive verb. */
export function byAgent(items: readonly Item[], k: number): { mention: Mention; by: Unit } | null {
  const by = items[k + 1];
  const agent = items[k + 2];
  if (by?.type !== 'unit' || by.unit.lemma !== 'by' || agent?.type !== 'mention' || agent.mention.kind === 'place') return null;
  return { mention: agent.mention, by: by.unit };
}

export function nextUnit(items: readonly Item[], k: number): Unit | undefined {
  const next = items[k + 1];
  return next?.type === 'unit' ? next.unit : undefined;
}

export function nextIsMention(items: readonly Item[], k: number): boolean {
  return items[k + 1]?.type === 'mention';
}

export function nextIsQuote(items: readonly Item[], k: number): boolean {
  for (let j = k + 1; j < items.length && j < k + 4; j++) {
    const it = items[j]!;
    if (it.type === 'unit' && isKind(it.unit, 'quote')) return true;
    if (it.type === 'mention') return false;
  }
  return false;
}

/** Does a new clause start at item k ("a dog runs and a cat sleeps")? */
export function clauseStartsHere(items: readonly Item[], k: number): boolean {
  const next = items[k + 1];
  return next?.type === 'unit' && isKind(next.unit, 'verb');
}

export function mannerBefore(items: readonly Item[], k: number): Unit | null {
  const before = items[k - 1];
  return before?.type === 'unit' && (isKind(before.unit, 'manner') || isKind(before.unit, 'size')) ? before.unit : null;
}

/** Cue words near a quote ("a title card that says", "with the words"). */
export function textCues(items: readonly Item[], k: number): Unit[] {
  const cues: Unit[] = [];
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const it = items[j]!;
    if (it.type === 'unit' && (isKind(it.unit, 'text-cue') || isKind(it.unit, 'verb') && TEXT_VERBS.has(it.unit.lemma))) cues.push(it.unit);
    if (it.type === 'mention' && it.mention.units.some((u) => isKind(u, 'text-cue'))) cues.push(...it.mention.units.filter((u) => isKind(u, 'text-cue')));
    if (it.type === 'unit' && isKind(it.unit, 'punct') && it.unit.meaning.mark !== ',' && it.unit.meaning.mark !== ':') break;
  }
  for (let j = k + 1; j < items.length && j <= k + 3; j++) {
    const it = items[j]!;
    if (it.type === 'unit' && isKind(it.unit, 'text-cue')) cues.push(it.unit);
  }
  return cues;
}
