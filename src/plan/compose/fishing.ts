import type { Lexicon } from '../lexicon/lexicon.ts';
import { LIMITS } from '../limits.ts';
import type { Mention } from '../read/mentions.ts';
import type { ActionReading, SentenceReading } from '../read/read-sentence.ts';
import { isKind, type Unit } from '../read/unit.ts';
import type { ScenePlanInput } from '../schema.ts';
import { round } from './shot-groups.ts';

/**
 * "A man fishing at the lake": fishing is something a picture shows by the
 * rod. The planner records the activity (`fish`, standing still, as cooking
 * keeps `cook`), and a person who fishes with no rod named gets one to hold,
 * as if the prompt had said "with a fishing rod". An animal that fishes (a
 * bear in a river, a heron) keeps the verb and needs no rod.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/** The verb the plan records for fishing in any form ("fishing", "fishes", "goes fishing"). */
export const FISH_VERB = 'fish';

/** Emoji hexcode of the fishing pole and fish. */
const ROD_EMOJI = '1f3a3';

/** Names of a rod already in the prompt ("with a fishing rod", "his fishing pole"). */
const ROD_NOUNS = /\b(fishing (rod|pole|line)s?|rods?|poles?)$/;

/** People named for fishing ("a fisherman", "two anglers"). */
const FISHER_NOUNS = /^(fisherm[ae]n|fisherwom[ae]n|fishers?|anglers?|fishing (man|woman|men|women))$/;

/** Verbs that carry an activity named by the gerund after them ("goes fishing", "went fishing"). */
const GOING_VERBS = new Set(['go']);

/**
 * The words that say an action is fishing: the verb itself ("fishing",
 * "fishes"), or "go" and the gerund after it ("goes fishing"); null when
 * the action is something else.
 */
export function fishingWords(reading: SentenceReading, action: ActionReading): Unit[] | null {
  const head = action.verb.lemma.split(' ')[0]!;
  if (head === FISH_VERB) return [action.verb];
  if (!GOING_VERBS.has(head)) return null;
  const at = reading.items.findIndex((item) => item.type === 'unit' && item.unit === action.verb);
  const next = at >= 0 ? reading.items[at + 1] : undefined;
  const gerund = next?.type === 'unit' ? next.unit : undefined;
  return gerund && gerund.text.toLowerCase() === 'fishing' && (isKind(gerund, 'unknown') || isKind(gerund, 'verb')) ? [action.verb, gerund] : null;
}

/** Words before a gerund that the reader takes as no verb of their own ("starts fishing", "keeps fishing"). */
const ONSET_WORDS = new Set(['start', 'begin', 'keep', 'continue', 'go']);

/**
 * "He starts fishing", "a man keeps fishing": fishing after a word that
 * gave no action, said of the nearest thing named before it. The gerund
 * reads as an unknown word there, so no action of the sentence covers it.
 */
export function fishingWithoutVerb(reading: SentenceReading): Array<{ words: Unit[]; agent: Mention }> {
  const found: Array<{ words: Unit[]; agent: Mention }> = [];
  reading.items.forEach((item, i) => {
    if (item.type !== 'unit' || item.unit.used || item.unit.text.toLowerCase() !== 'fishing' || !isKind(item.unit, 'unknown')) return;
    const before = reading.items[i - 1];
    if (before?.type !== 'unit' || !ONSET_WORDS.has(before.unit.lemma) || reading.actions.some((a) => a.verb === before.unit)) return;
    const agent = reading.items.slice(0, i - 1).reverse().find((it) => it.type === 'mention' && (isKind(it.mention.head, 'entity') || isKind(it.mention.head, 'pronoun')));
    if (agent?.type === 'mention') found.push({ words: [before.unit, item.unit], agent: agent.mention });
  });
  return found;
}

/**
 * When fishing said with no verb of its own starts: after what the fisher
 * already does, which ends halfway through the shot; at once when they do
 * nothing else. `before` is edited in place.
 */
export function fishingAfter(before: Array<{ start?: number; end?: number | null }>, duration: number): { start: number; end: number | null } {
  if (before.length === 0) return { start: 0, end: null };
  const half = round(duration / 2);
  for (const action of before) if ((action.end ?? null) === null && (action.start ?? 0) < half) action.end = half;
  return { start: Math.max(half, ...before.map((a) => a.start ?? 0)), end: null };
}

/**
 * Gives each person who fishes a rod to hold, in place: a rod the prompt
 * names is used (and handed to a fisher when nobody holds it yet); otherwise
 * a `fishing rod` entity is added beside its fisher, one per fisher in a
 * group. People standing "in the river" to fish stand on the bank.
 */
export function equipFishers(entities: EntityDraft[], lex: Lexicon): void {
  // "A fisherman in a small boat": someone named for fishing who does nothing else fishes.
  for (const e of entities) {
    if (e.category === 'person' && FISHER_NOUNS.test(e.noun.toLowerCase()) && (e.actions ?? []).length === 0) e.actions = [{ verb: FISH_VERB, motion: 'idle', start: 0, end: null }];
  }
  const fishers = entities.filter((e) => e.category === 'person' && (e.actions ?? []).some((a) => a.verb === FISH_VERB));
  if (fishers.length === 0) return;
  for (const fisher of fishers) {
    // A person does not fish standing on the water: they stand on the near bank.
    if (fisher.layout?.placement === 'water-surface' && !fisher.layout.relation) fisher.layout = { ...fisher.layout, placement: 'ground' };
  }
  const named = entities.filter((e) => e.asset === `emoji:${ROD_EMOJI}` || ROD_NOUNS.test(e.noun.toLowerCase()));
  if (named.length > 0) {
    for (const rod of named) {
      const held = entities.some((e) => (e.actions ?? []).some((a) => a.motion === 'carry' && a.target === rod.id));
      const fisher = fishers.find((f) => !(f.actions ?? []).some((a) => a.motion === 'carry'));
      if (!held && fisher) hold(fisher, rod.id);
    }
    return;
  }
  const art = lex.emoji(ROD_EMOJI);
  if (!art) return;
  for (const fisher of fishers) {
    if (entities.length >= LIMITS.maxEntitiesPerShot) return;
    const rod: EntityDraft = {
      id: `${fisher.id}-rod`,
      noun: 'fishing rod',
      asset: art.asset,
      category: 'object',
      count: fisher.count ?? 1,
      color: null,
      size: 1,
      // Held in the hands: a rod does not float even when its fisher stands in a boat afloat.
      layout: { x: null, depth: 0.3, placement: fisher.layout?.placement === 'water-surface' ? 'ground' : (fisher.layout?.placement ?? 'ground'), arrangement: fisher.layout?.arrangement ?? 'row', relation: null },
      actions: [],
    };
    entities.splice(entities.indexOf(fisher) + 1, 0, rod);
    hold(fisher, rod.id);
  }
}

/** The fisher holds the rod for the whole shot (as "a man with a fishing rod" does). */
function hold(fisher: EntityDraft, rodId: string): void {
  const actions = fisher.actions ?? [];
  actions.push({ verb: 'hold', motion: 'carry', target: rodId, start: 0, end: null });
  fisher.actions = actions;
}
