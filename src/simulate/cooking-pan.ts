import type { Entity } from '../plan/schema.ts';
import { COOKING_VERBS } from '../plan/words/cooking-words.ts';

/**
 * What a cook at a stove has in the pan: shared by the layout (which puts the
 * cooked food in the pan) and the renderer's cooking effect (which draws the
 * range and the pan under it), so both agree on where the pan is.
 */

export { COOKING_VERBS, PAN_VERBS } from '../plan/words/cooking-words.ts';

/** Share of the cook's height the range stands (a worktop at hip height). */
export const RANGE_HEIGHT = 0.42;
/** The range's least width as a share of the cook's height. */
export const RANGE_WIDTH = 0.62;
/** The pan's (or pot's) width as a share of the range's. */
export const PAN_WIDTH = 0.4;

/**
 * Whether a cook's art is a head (or head and shoulders) alone, not a
 * standing figure: it is not much taller than wide. Such a cook stands raised
 * behind the range, chin at its worktop, so the face shows over it as a
 * person's would (the range hides where the body would be).
 */
export function isHeadOnly(width: number, height: number): boolean {
  return height < width * 1.4;
}

/** How high a head-only cook's foot point is raised, as a share of its height: the chin just behind the worktop. */
export const HEAD_LIFT = RANGE_HEIGHT * 0.8;

/** The cooking action of a person, if they cook. */
export function cookingAction(entity: Entity): Entity['actions'][number] | undefined {
  return entity.category === 'person' ? entity.actions.find((a) => COOKING_VERBS.test(a.verb)) : undefined;
}

/** The person cooking `food` in this shot (the food is their cooking action's target), if anyone. */
export function cookOf(entities: readonly Entity[], food: Entity): Entity | undefined {
  // What goes in a pan: food, or a thing the art shows as one ("a meal", "a pot of soup").
  if (food.category !== 'food' && food.category !== 'object' && food.category !== 'plant') return undefined;
  return entities.find((e) => e.id !== food.id && e.count === 1 && cookingAction(e)?.target === food.id);
}
