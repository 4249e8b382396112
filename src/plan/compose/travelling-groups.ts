import type { SentenceReading } from '../read/read-sentence.ts';
import type { Arrangement } from '../vocabulary.ts';
import { ANIMATE } from '../words/entity-words.ts';
import { membersOf, type Cast, type CastMember } from './cast.ts';
import type { MemberLook } from './member-look.ts';
import { refineMotion } from './motion-refine.ts';
import type { EntityDraft } from './shot-entities.ts';

type ActionDraft = NonNullable<EntityDraft['actions']>[number];

/**
 * Group words that say the group is on its way somewhere: "a camel caravan",
 * "a convoy of trucks", "a procession of monks". With no verb they still
 * travel, in a line (camels walk, trucks drive); a verb the prompt says wins.
 */
export const TRAVELLING_GROUPS: ReadonlySet<string> = new Set([
  'caravan', 'caravans', 'convoy', 'convoys', 'procession', 'processions', 'parade', 'parades', 'motorcade', 'motorcades', 'cavalcade', 'cavalcades',
]);

/** How a travelling group is laid out: one after another. */
export const TRAVELLING_ARRANGEMENT: Arrangement = 'line';

/** Things that can travel in a group; a parade of balloons or of floats is not walked. */
const MOVERS = new Set([...ANIMATE, 'vehicle', 'boat', 'aircraft']);

/**
 * Sets the members named as a travelling group moving when nothing else
 * does; returns the ids of every member named so (for their line).
 */
export function travellingGroups(
  readings: readonly SentenceReading[],
  cast: Cast,
  members: readonly CastMember[],
  looks: ReadonlyMap<string, MemberLook>,
  actionsOf: Map<string, ActionDraft[]>,
): Set<string> {
  const travelling = new Set<string>();
  for (const r of readings) {
    for (const mention of r.mentions) {
      // The group word after the noun ("a camel caravan") or the collective before it ("a convoy of", read as one unit).
      if (!mention.units.some((u) => TRAVELLING_GROUPS.has(u.lemma.split(' ').pop()!))) continue;
      for (const member of membersOf(cast, mention)) {
        const look = looks.get(member.id);
        if (!members.includes(member) || !look || !MOVERS.has(look.category)) continue;
        travelling.add(member.id);
        if ((actionsOf.get(member.id) ?? []).length > 0) continue;
        const motion = refineMotion({ motion: 'walk', verb: 'travel', category: look.category, label: `${look.artLabel} ${look.noun}`, direction: null, aroundTarget: false, targetLabel: null, intoSky: false });
        actionsOf.set(member.id, [{ verb: 'travel', motion, start: 0, end: null }]);
      }
    }
  }
  return travelling;
}
