import { z } from 'zod';
import { SCENE_PLAN_VERSION, scenePlanSchema } from './schema.ts';

/** Where the generated JSON Schema is committed, relative to the repository root. */
export const PLAN_JSON_SCHEMA_PATH = 'schema/scene-plan.schema.json';

/**
 * The scene plan as JSON Schema (draft 2020-12), in its input form: fields with
 * defaults are optional, which is what a person writing a plan by hand needs.
 * Cross-field rules (shots tile the video, ids resolve) are enforced by
 * parseScenePlan only.
 */
export function scenePlanJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenePlanSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://diorama.dev/schema/scene-plan.v${SCENE_PLAN_VERSION}.json`,
    title: `Diorama scene plan, version ${SCENE_PLAN_VERSION}`,
    description:
      'Generated from src/plan/schema.ts by `npm run schema`; do not edit by hand. Shots must tile the video and entity references must resolve within their shot.',
  };
}

/** The schema as the exact text committed to the repository. */
export function scenePlanJsonSchemaText(): string {
  return `${JSON.stringify(scenePlanJsonSchema(), null, 2)}\n`;
}
