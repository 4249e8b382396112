import { naturalSize } from '../../assets/art-scale.ts';
import type { EntityCategory, Motion } from '../vocabulary.ts';
import { TRAVELLING } from '../words/entity-words.ts';

/**
 * Things stood, perched or walked on, made fit for what is on them: a lion
 * roaring on a rock stands on a boulder, not a pebble under its belly; an owl
 * on a branch perches in a tree (a branch alone is a sprig on the grass); a
 * cat walking along a fence walks a long run of fence, not one panel.
 */

/** An entity as the shot drafts it (only what this needs). */
interface SupportDraft {
  id: string;
  noun: string;
  asset: string;
  category?: EntityCategory | undefined;
  size?: number | undefined;
  count?: number | undefined;
  layout?: { relation?: { kind: string; target: string } | null | undefined } | undefined;
  actions?: ReadonlyArray<{ motion: Motion }> | undefined;
}

/**
 * Things a rider stands on that should be bigger than the rider: rocks, stumps, logs. (Not a leaf: the leaf art
 * is one fluttering in the wind, no floor for a snail however big.)
 */
const STOOD_ON = /\b(rock|rocks|stone|boulder|boulders|crag|log|stump|tree stump|plinth|pedestal)\b/;
/** How much wider than its rider a thing stood on is. */
export const SUPPORT_MARGIN = 1.2;
/** The biggest a stood-on thing is scaled (a mouse on a rock does not need one, an elephant gets a big one). */
const MAX_GROWTH = 8;

/** Words for a branch or a twig: up in a tree for whatever sits on it. */
const BRANCH = /^(branch|branches|bough|twig|tree branch|limb|perch)$/;
export const PERCH_TREE = 'emoji:1f333';

/** Fences a small animal can walk along the top of. */
export const FENCE = 'drawn:fence';
export const LONG_FENCE = 'drawn:long-fence';
/** Animals that walk along the top of a fence or wall rather than beside it. */
const CLIMBERS = /\b(cat|cats|kitten|kittens|black cat|squirrel|squirrels|chipmunk|mouse|mice|rat|raccoon|lizard|gecko|monkey|bird|birds|pigeon|crow|sparrow)\b/;

/**
 * Whether "walking along X" means on its top: a cat, a squirrel or a bird
 * walking along a fence. A person walking along a fence walks beside it.
 */
export function walksAlongTop(subject: { noun: string; artLabel: string } | undefined, target: { asset: string } | undefined): boolean {
  return subject !== undefined && target?.asset === FENCE && CLIMBERS.test(`${subject.noun} ${subject.artLabel}`.toLowerCase());
}

/** Fits each supported entity's support to it (see the module comment); changes the drafts in place. */
export function fitSupports(entities: SupportDraft[]): void {
  for (const rider of entities) {
    const relation = rider.layout?.relation;
    if (relation?.kind !== 'on') continue;
    const support = entities.find((e) => e.id === relation.target);
    if (!support || support === rider || (support.count ?? 1) !== 1) continue;
    const noun = support.noun.toLowerCase();
    // A bird or a climber on a branch: the branch is part of a tree, drawn whole.
    if (BRANCH.test(noun) && support.category === 'plant') {
      support.asset = PERCH_TREE;
      support.size = 1;
      continue;
    }
    // Walking a fence: a run of fence long enough to walk.
    if (support.asset === FENCE && (rider.actions ?? []).some((a) => TRAVELLING.has(a.motion))) {
      support.asset = LONG_FENCE;
      support.size = 1;
      continue;
    }
    if (!STOOD_ON.test(noun)) continue;
    const riderWidth = naturalSize(rider.asset, rider.category ?? 'object') * (rider.size ?? 1) * Math.sqrt(rider.count ?? 1);
    const supportWidth = naturalSize(support.asset, support.category ?? 'object') * (support.size ?? 1);
    if (supportWidth >= riderWidth * SUPPORT_MARGIN) continue;
    const growth = Math.min(MAX_GROWTH, (riderWidth * SUPPORT_MARGIN) / supportWidth);
    support.size = Math.round((support.size ?? 1) * growth * 100) / 100;
  }
}
