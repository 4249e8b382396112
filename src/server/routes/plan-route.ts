import type { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { ApiError, badRequest } from '../api-error.ts';
import { ownedVideo, type AppContext, type AppEnv } from '../app-context.ts';

/**
 * GET /v1/videos/{id}/plan: the scene plan a completed video was rendered
 * from (for an extension, all its segments as shots), as JSON. A Diorama
 * extension: the plan is what the planner understood, so people can see why a
 * video looks the way it does, and `diorama render plan.json` renders it
 * again. The reference image's path on the server is replaced by its name.
 */
export function addPlanRoute(api: Hono<AppEnv>, app: AppContext): void {
  api.get('/videos/:id/plan', async (c) => {
    const record = ownedVideo(app, c, c.req.param('id'));
    if (record.status === 'failed') throw badRequest(`Video '${record.id}' failed and has no plan.`, 'video_id', 'video_failed');
    if (record.status !== 'completed') {
      throw badRequest(`Video '${record.id}' is ${record.status.replace('_', ' ')}; its plan is kept once it is completed.`, 'video_id', 'video_not_ready');
    }
    let plan: Record<string, unknown>;
    try {
      plan = JSON.parse(await readFile(app.data.videoFile(record.id, 'plan.json'), 'utf8')) as Record<string, unknown>;
    } catch {
      throw new ApiError(404, `The plan of video '${record.id}' has expired and was deleted.`, 'video_expired', 'video_id');
    }
    if (plan.reference) plan.reference = { image: 'reference.png' };
    c.header('cache-control', 'private, max-age=3600');
    return c.json(plan, 200);
  });
}
