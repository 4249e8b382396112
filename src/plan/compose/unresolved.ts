import type { Unit, UnitKind } from '../read/unit.ts';

/** Kinds of unit that carry content: when the plan does not use one, the prompt asked for something it does not show. */
const CONTENT_KINDS = new Set<UnitKind>([
  'unknown', 'adjective', 'verb', 'entity', 'place', 'time', 'weather', 'season', 'camera', 'style', 'number', 'color',
  'natural-color', 'size', 'manner', 'ambience', 'text-cue', 'arrangement', 'quote',
]);

/**
 * The words the plan does not show, in prompt order, each once. A word is
 * unresolved when no part of the planner marked its unit used: nothing is
 * dropped silently.
 */
export function unresolvedWords(units: readonly Unit[], extra: readonly string[] = []): string[] {
  const words: string[] = [];
  for (const unit of units) {
    if (unit.used || !CONTENT_KINDS.has(unit.meaning.kind)) continue;
    if (unit.meaning.kind === 'unknown' && !/[\p{L}\p{N}]/u.test(unit.text)) continue;
    words.push(unit.meaning.kind === 'quote' ? unit.text : unit.text.toLowerCase());
  }
  return [...new Set([...words, ...extra])].slice(0, 500);
}
