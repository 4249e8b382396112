// Regenerates the committed JSON Schema of the scene plan from the zod schema.
import { writeFileSync } from 'node:fs';
import { PLAN_JSON_SCHEMA_PATH, scenePlanJsonSchemaText } from '../src/plan/json-schema.ts';

writeFileSync(new URL(`../${PLAN_JSON_SCHEMA_PATH}`, import.meta.url), scenePlanJsonSchemaText());
console.log(`wrote ${PLAN_JSON_SCHEMA_PATH}`);
