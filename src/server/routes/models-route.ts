import type { Hono } from 'hono';
import { ApiError } from '../api-error.ts';
import type { AppEnv } from '../app-context.ts';

/** When these model names first existed (OpenAI's launch of Sora 2; this server's first version). */
const MODELS = [
  { id: 'sora-2', created: 1759708800 },
  { id: 'sora-2-pro', created: 1759708800 },
  { id: 'diorama', created: 1790000000 },
] as const;

function modelObject(model: (typeof MODELS)[number]): Record<string, unknown> {
  return { id: model.id, object: 'model', created: model.created, owned_by: 'diorama' };
}

/** GET /v1/models: the models this server runs (all of them run the scene engine), for tools that list before they call. */
export function addModelsRoutes(api: Hono<AppEnv>): void {
  api.get('/models', (c) => c.json({ object: 'list', data: MODELS.map(modelObject) }, 200));
  api.get('/models/:id', (c) => {
    const model = MODELS.find((m) => m.id === c.req.param('id'));
    if (!model) throw new ApiError(404, `The model '${c.req.param('id').slice(0, 80)}' does not exist on this server.`, 'model_not_found', 'model');
    return c.json(modelObject(model), 200);
  });
}
