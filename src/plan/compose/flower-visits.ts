import type { ScenePlanInput } from '../schema.ts';

/**
 * "A bee flying from flower to flower": one flower and a bee up in the sky
 * was the reading ("flower" the second time was taken for a verb). A bee, a
 * butterfly or a hummingbird going to flowers visits them in turn: there are
 * several flowers, and the visitor flies to each and hovers at it (the
 * simulator's simulate/flower-visits.ts), action verb VISIT_VERB, motion
 * 'fly', target the flowers.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/** The action verb the simulator flies a flower tour for. */
export const VISIT_VERB = 'visit';

/** Things that go from flower to flower. */
const VISITORS = /^(bees?|bumble ?bees?|honey ?bees?|butterfl(y|ies)|moths?|hummingbirds?)$/;

/** Flowers, by name. */
const FLOWERS = /(^|\s)(flowers?|blossoms?|blooms?|daisies|daisy|roses?|tulips?|sunflowers?|lavender|poppies|poppy|lilies|lily|dandelions?|clover)$/;

/** What a visitor may be said to do and still be going about the flowers. */
const VISITING_MOTIONS = new Set(['fly', 'circle', 'walk', 'idle', 'follow', 'orbit', 'grow', 'drink', 'eat']);

/** How many flowers "from flower to flower" shows, at least. */
const TOUR_FLOWERS = 5;

/**
 * Sends every flower visitor on a tour of the flowers it visits,
 * pollinates or goes from flower to flower among, dropping the mistaken
 * verb "flower", and makes a single flower several.
 */
export function visitFlowers(entities: EntityDraft[]): void {
  for (const visitor of entities) {
    if (!VISITORS.test(visitor.noun.toLowerCase())) continue;
    const actions = visitor.actions ?? [];
    const targetId = actions.find((a) => a.target)?.target ?? visitor.layout?.relation?.target;
    const flowers = entities.find((e) => e.id === targetId && FLOWERS.test(e.noun.toLowerCase()));
    if (!flowers || !actions.every((a) => VISITING_MOTIONS.has(a.motion))) continue;
    // "From flower to flower": the second "flower" read as a verb.
    const touring = actions.some((a) => FLOWERS.test(a.verb));
    // Flying around a flower (or flowers) stays a circling; visiting and pollinating go from one to the next.
    const visiting = touring || actions.some((a) => a.verb === VISIT_VERB || a.verb === 'pollinate');
    if (!visiting) continue;
    const first = actions[0];
    visitor.actions = [{ verb: VISIT_VERB, motion: 'fly', target: flowers.id, start: first?.start ?? 0, end: first?.end ?? null }];
    visitor.layout = { ...visitor.layout!, placement: 'air', relation: null };
    if ((flowers.count ?? 1) < 2) flowers.count = TOUR_FLOWERS;
    flowers.layout = { ...flowers.layout!, arrangement: 'scatter' };
  }
}
