import type { ScenePlanInput } from '../schema.ts';

/**
 * "A frog jumping from lily pad to lily pad in a pond": the pads float on the
 * pond, a row of them, and the frog hops from one to the next, landing on
 * each (simulate/pad-hops.ts draws the hops once the pads are placed). The
 * pads said twice ("from lily pad to lily pad") are one row.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

export const LILY_PAD_ART = 'drawn:lily-pad';
/** The action verb of hopping along the pads (simulate/pad-hops.ts). */
export const PAD_HOP_VERB = 'hop across';
/** Pads enough to hop along. */
const MIN_PADS = 4;
const HOPS = new Set(['jump', 'hop', 'bounce', 'leap']);

/** Floats the shot's lily pads and sends whoever jumps on them hopping from pad to pad. */
export function hopAcrossLilyPads(entities: EntityDraft[]): void {
  const pads = entities.filter((e) => e.asset === LILY_PAD_ART);
  if (pads.length === 0) return;
  const [pad, ...repeats] = pads as [EntityDraft, ...EntityDraft[]];
  const gone = new Set(repeats.map((e) => e.id));
  for (const repeat of repeats) entities.splice(entities.indexOf(repeat), 1);
  pad.layout = { ...(pad.layout ?? {}), placement: 'water-surface', relation: null };
  for (const entity of entities) {
    const relation = entity.layout?.relation;
    if (relation && gone.has(relation.target)) entity.layout = { ...entity.layout!, relation: { ...relation, target: pad.id } };
    for (const action of entity.actions ?? []) if (action.target !== undefined && gone.has(action.target)) action.target = pad.id;
  }
  const padCount = pads.reduce((n, e) => n + (e.count ?? 1), 0);
  const hoppers = entities.filter((e) => e !== pad && (e.actions ?? []).some((a) => HOPS.has(a.verb) || a.motion === 'jump' || a.motion === 'hop') && (e.layout?.relation?.target === pad.id || padCount > 1 || repeats.length > 0));
  if (hoppers.length === 0) {
    pad.count = padCount;
    return;
  }
  pad.count = Math.max(MIN_PADS, padCount);
  pad.layout = { ...pad.layout!, arrangement: 'row' };
  for (const hopper of hoppers) {
    const hop = (hopper.actions ?? []).find((a) => HOPS.has(a.verb) || a.motion === 'jump' || a.motion === 'hop')!;
    hopper.actions = [{ verb: PAD_HOP_VERB, motion: 'hop', target: pad.id, start: hop.start ?? 0, end: hop.end ?? null }];
    hopper.layout = { ...(hopper.layout ?? {}), placement: 'ground', relation: null };
  }
}
