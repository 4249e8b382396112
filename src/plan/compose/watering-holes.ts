import type { ScenePlanInput } from '../schema.ts';
import type { SettingKind } from '../vocabulary.ts';

/**
 * "Elephants at a watering hole": animals come to a watering hole to drink,
 * so those the prompt gives nothing else to do stand at its bank and drink
 * (the pool itself is the setting, see setting-words.ts).
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/** Who drinks at the water's edge when idle: land animals and birds that stand there. */
const DRINKERS: ReadonlySet<string> = new Set(['animal', 'bird']);

/** Gives a drink to every idle animal in a shot at a watering hole. Returns how many now drink. */
export function drinkAtWateringHole(entities: EntityDraft[], setting: SettingKind): number {
  if (setting !== 'watering-hole') return 0;
  let drinking = 0;
  for (const entity of entities) {
    if (!DRINKERS.has(entity.category ?? '') || (entity.layout?.placement ?? 'ground') !== 'ground') continue;
    const actions = entity.actions ?? [];
    if (actions.some((a) => a.motion !== 'idle')) continue;
    entity.actions = [{ verb: 'drink', motion: 'drink', start: actions[0]?.start ?? 0, end: actions[0]?.end ?? null }];
    drinking++;
  }
  return drinking;
}
