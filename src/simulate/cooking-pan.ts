import type { Entity } from '../plan/schema.ts';

/**
 * What a cook at a stove has in the pan: shared by the layout (which puts the
 * cooked food in the pan) and the renderer's cooking effect (which draws the
 * range and the pan under it), so both agree on where the pan is.
 */

/** Verbs of cooking at a stove (lemmas as the plan records them). */
export const COOKING_VERBS = /^(cook|fry|stir|stir-fry|saute|sauté|boil|simmer|sear|grill|stew|bake|roast|flip|scramble|poach)$/;

/** Cooking done in a frying pan rather than a pot. */
export const PAN_VERBS = /^(fry|stir-fry|sear|flip|scramble|saute|sauté)$/;

/** Share of the cook's height the range stands (a worktop at hip height). */
export const RANGE_HEIGHT = 0.42;
/** The range's least width as a share of the cook's height. */
export const RANGE_WIDTH = 0.62;
/** The pan's (or pot's) width as a share of the range's. */
export const PAN_WIDTH = 0.4;

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
