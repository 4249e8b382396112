/** Verbs of cooking at a stove (lemmas as the plan records them): the cook stands at a range (see render/effects/cooking.ts). */
export const COOKING_VERBS = /^(cook|fry|stir|stir-fry|saute|sauté|boil|simmer|sear|grill|stew|bake|roast|flip|scramble|poach)$/;

/** Cooking done in a frying pan rather than a pot. */
export const PAN_VERBS = /^(fry|stir-fry|sear|flip|scramble|saute|sauté)$/;
