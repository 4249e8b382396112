import type { z } from 'zod';
import { InvalidRequestError } from '../util/errors.ts';
import { scenePlanSchema, type ScenePlan } from './schema.ts';

/**
 * Validates anything claiming to be a scene plan (parsed JSON, a planner's
 * output) and fills defaults. Throws InvalidRequestError naming the first
 * offending fields, e.g. `shots.0.camera.move: Invalid option ...`.
 */
export function parseScenePlan(value: unknown): ScenePlan {
  const result = scenePlanSchema.safeParse(value);
  if (!result.success) throw new InvalidRequestError(`invalid scene plan: ${formatIssues(result.error)}`, 'plan');
  return deepFreeze(result.data) as ScenePlan;
}

/** Parses plan JSON text, reporting syntax errors as bad input. */
export function parseScenePlanJson(text: string): ScenePlan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidRequestError(`scene plan is not valid JSON: ${(error as Error).message}`, 'plan');
  }
  return parseScenePlan(value);
}

/** One line listing up to three issues with their paths. */
export function formatIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return parts.join('; ') + more;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
