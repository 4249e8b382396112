import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_JSON_SCHEMA_PATH, scenePlanJsonSchemaText } from './json-schema.ts';

describe('committed JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing src/plan/schema.ts)', () => {
    const committed = readFileSync(new URL(`../../${PLAN_JSON_SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(committed).toBe(scenePlanJsonSchemaText());
  });

  it('describes the stable fields other tools rely on', () => {
    const schema = JSON.parse(scenePlanJsonSchemaText());
    expect(schema.properties.unresolved.type).toBe('array');
    const entity = schema.properties.shots.items.properties.entities.items.properties;
    for (const field of ['noun', 'asset', 'count', 'color', 'actions']) expect(entity).toHaveProperty(field);
  });
});
