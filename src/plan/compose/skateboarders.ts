import type { Lexicon } from '../lexicon/lexicon.ts';
import { LIMITS } from '../limits.ts';
import type { ScenePlanInput } from '../schema.ts';
import type { Motion } from '../vocabulary.ts';

/**
 * "A skateboarder doing tricks": someone riding a skateboard, standing on
 * its deck, rolling along and now and then jumping it (an ollie), instead of
 * a person standing about. There is no picture of a skateboarder, so the
 * board they ride is added and they ride it; a board already said ("a boy
 * riding a skateboard") is left to the prompt.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/** Nouns of someone on a skateboard (not "skater", who is as often on ice). */
const SKATEBOARDER = /^(skateboarders?|skater ?boys?|skater ?girls?)$/;

/** Words that say the rider does tricks: the board jumps now and then. */
export const TRICK_WORDS = /^(tricks?|stunts?|ollies?|kickflips?|flips?|jumps?)$/;

/** What a skateboarder may do and still be riding: their own verb becomes the ride. */
const RIDING_MOTIONS: ReadonlySet<Motion> = new Set(['idle', 'ride', 'drive', 'roll', 'glide', 'walk', 'run', 'jump', 'hop', 'dance', 'spin']);

/**
 * Puts every skateboarder on a board of their own (one per rider of a
 * group): the board rolls ('drive'), or jumps along when `tricks` is said,
 * and the rider rides it.
 */
export function boardSkateboarders(entities: EntityDraft[], tricks: boolean, lex: Lexicon, extraIds: { next: number }): void {
  const art = lex.noun('skateboard');
  if (!art) return;
  for (const rider of [...entities]) {
    if (rider.category !== 'person' || !SKATEBOARDER.test(rider.noun.toLowerCase())) continue;
    if (rider.layout?.relation && rider.layout.relation.kind === 'on') continue;
    const actions = rider.actions ?? [];
    if (!actions.every((a) => RIDING_MOTIONS.has(a.motion))) continue;
    if (entities.length >= LIMITS.maxEntitiesPerShot) return;
    const id = `e${extraIds.next++}`;
    const jumps = tricks || actions.some((a) => a.motion === 'jump' || a.motion === 'hop' || a.motion === 'spin');
    const timed = actions[0];
    const span = timed ? { start: timed.start, end: timed.end } : {};
    entities.push({
      id,
      noun: 'skateboard',
      asset: art.asset,
      category: art.category,
      count: rider.count ?? 1,
      color: null,
      size: 1,
      layout: { x: rider.layout?.x ?? null, depth: rider.layout?.depth ?? 0.3, placement: 'ground', arrangement: rider.layout?.arrangement ?? 'row', relation: null },
      actions: [{ verb: jumps ? 'jump' : 'roll', motion: jumps ? 'jump' : 'drive', ...span }],
    });
    rider.layout = { ...rider.layout!, relation: { kind: 'on', target: id, secondTarget: null } };
    rider.actions = [{ verb: 'ride', motion: 'ride', target: id, ...span }];
  }
}
