import type { SettingKind } from '../vocabulary.ts';
import { BACKDROP } from '../words/setting-words.ts';
import type { Item } from './mentions.ts';
import { readSentence } from './read-sentence.ts';
import type { SentenceReading } from './sentence-reading.ts';
import { isKind } from './unit.ts';

/** Places that are only the sky over another: they never move a story elsewhere. */
const SKY_KINDS = new Set<SettingKind>(['sky', 'night-sky']);

/**
 * Reads one sentence as one or more moments. A sentence that strings
 * clauses together ("the sun heats the sea, clouds form, and rain falls on
 * the mountains") and moves to a place the earlier clauses' place does not
 * show is split before the clause that moves, so each place can have its
 * shot. Clauses tied by "while", "as" or "when" are one moment and stay
 * together, as does a sentence whose places show together ("a cabin in the
 * forest, and the mountains rise behind it").
 */
export function readClauses(index: number, items: readonly Item[]): SentenceReading[] {
  const cuts = placeMoves(items);
  if (cuts.length === 0) return [readSentence(index, items)];
  const bounds = [0, ...cuts, items.length];
  return bounds.slice(1).map((end, k) => readSentence(index, items.slice(bounds[k], end)));
}

/** Item positions where a clause starts that moves the sentence to another place. */
function placeMoves(items: readonly Item[]): number[] {
  const starts = clauseStarts(items);
  if (starts.length === 0) return [];
  const cuts: number[] = [];
  let here: SettingKind | null = null;
  const bounds = [0, ...starts, items.length];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const places = items.slice(bounds[c], bounds[c + 1]).flatMap((it) => {
      if (it.type !== 'mention' || !isKind(it.mention.head, 'place') || it.mention.head.meaning.surface) return [];
      const kind = it.mention.head.meaning.setting;
      return SKY_KINDS.has(kind) ? [] : [kind];
    });
    if (places.length === 0) continue;
    const moves = here !== null && !places.includes(here) && !places.some((p) => here === p || (BACKDROP[here!]?.includes(p) ?? false) || (BACKDROP[p]?.includes(here!) ?? false));
    if (moves) cuts.push(bounds[c]!);
    if (here === null || moves) here = places[0]!;
  }
  return cuts;
}

/**
 * Where clauses with a subject of their own begin: after a comma, "and" or
 * "then", a thing, pronoun or weather word followed by its verb ("clouds
 * form", "rain falls", "then it swims"). A comma or "and" stays with the
 * clause before; "then" opens its clause, so the reader sees a later moment.
 */
function clauseStarts(items: readonly Item[]): number[] {
  const starts: number[] = [];
  for (let k = 1; k + 1 < items.length; k++) {
    const before = items[k - 1]!;
    const sequence = before.type === 'unit' && isKind(before.unit, 'sequence');
    const joined = sequence || (before.type === 'unit' && ((isKind(before.unit, 'punct') && before.unit.meaning.mark === ',') || isKind(before.unit, 'and')));
    if (!joined) continue;
    const it = items[k]!;
    const subject = it.type === 'mention' ? it.mention.kind !== 'place' : isKind(it.unit, 'weather');
    const next = items[k + 1]!;
    if (subject && next.type === 'unit' && isKind(next.unit, 'verb')) starts.push(sequence ? k - 1 : k);
  }
  return starts;
}
