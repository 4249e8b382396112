import type { NounEntry } from '../lexicon/lexicon.ts';
import type { Mention } from '../read/mentions.ts';
import { isKind, type Unit } from '../read/unit.ts';
import { isStatueWord, SHOWN_AS_STATUES } from '../words/statue-words.ts';
import type { EntityDraft } from './shot-entities.ts';

/**
 * The animal a statue's phrase names ("horse" in "a bronze horse statue", or
 * after "of", which the reader adds to the statue's words), or null. The
 * statue takes its art; its own category (a building) keeps it rooted, still.
 */
export function statueSubject(key: string, named: readonly Mention[]): { unit: Unit; entry: NounEntry } | null {
  if (!isStatueWord(key)) return null;
  for (const m of named) {
    for (const u of m.modifiers) {
      if (isKind(u, 'entity') && SHOWN_AS_STATUES.has(u.meaning.entry.category)) return { unit: u, entry: u.meaning.entry };
    }
  }
  return null;
}

/** The plinth a statue of an animal stands on (drawn:plinth, a stone block like the drawn statue's). */
export const PLINTH_ASSET = 'drawn:plinth';

/**
 * Stands each statue of an animal that stands on nothing else on a plinth of
 * its own, so a bronze horse reads as a statue rather than a brown horse
 * (fitSupports then makes the plinth wider than the animal). Adds the plinths
 * after their statues; changes the drafts in place.
 */
export function standStatuesOnPlinths(entities: EntityDraft[], isStatue: (id: string) => boolean, extraIds: { next: number }): void {
  for (let i = entities.length - 1; i >= 0; i--) {
    const statue = entities[i]!;
    if (!isStatue(statue.id) || (statue.count ?? 1) !== 1 || statue.layout?.relation) continue;
    const id = `e${extraIds.next++}`;
    const placement = statue.layout?.placement ?? 'ground';
    entities.splice(i + 1, 0, { id, noun: 'plinth', asset: PLINTH_ASSET, category: 'building', count: 1, color: null, size: 1, layout: { x: null, depth: 0.3, placement, arrangement: 'row', relation: null }, actions: [] });
    statue.layout = { ...statue.layout!, relation: { kind: 'on', target: id, secondTarget: null } };
  }
}
