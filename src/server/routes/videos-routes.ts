import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { existsSync } from 'node:fs';
import { ASSET_FILES, isVideoId, type AssetVariant } from '../../jobs/data-folder.ts';
import type { VideoRecord } from '../../jobs/video-record.ts';
import { ApiError, badRequest } from '../api-error.ts';
import { ownedVideo, type AppContext, type AppEnv } from '../app-context.ts';
import { readRequestBody } from '../request-body.ts';
import { deletedVideo, toVideoObject } from '../video-object.ts';

/** Content types of the downloadable variants (OpenAI: MP4, WebP thumbnail, JPEG spritesheet). */
const CONTENT_TYPES: Record<AssetVariant, string> = { video: 'video/mp4', thumbnail: 'image/webp', spritesheet: 'image/jpeg' };

/** Answers with a video object, telling pollers when to ask again while it is unfinished. */
export function videoResponse(app: AppContext, c: Context<AppEnv>, record: VideoRecord): Response {
  if (record.status === 'queued' || record.status === 'in_progress') c.header('openai-poll-after-ms', String(app.pollAfterMs));
  return c.json(toVideoObject(record), 200);
}

/** Create, list, retrieve, delete and download. */
export function addVideoRoutes(api: Hono<AppEnv>, app: AppContext): void {
  api.post('/videos', async (c) => {
    const record = await app.submitter.create(c.get('owner'), await readRequestBody(c.req.raw));
    return videoResponse(app, c, record);
  });

  api.get('/videos', (c) => {
    const query = c.req.query();
    const limit = query.limit === undefined || query.limit === '' ? 20 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 0 || limit > 100) {
      throw badRequest(`Invalid 'limit': ${JSON.stringify(query.limit)}. Use a whole number from 0 to 100.`, 'limit');
    }
    const order = query.order === undefined || query.order === '' ? 'desc' : query.order;
    if (order !== 'asc' && order !== 'desc') throw badRequest(`Invalid 'order': ${JSON.stringify(order)}. Use 'asc' or 'desc'.`, 'order');
    const after = query.after || null;
    if (after !== null && !isVideoId(after)) throw badRequest(`Invalid 'after': ${JSON.stringify(after.slice(0, 80))} is not a video id.`, 'after');
    const page = app.store.list(c.get('owner'), { after, limit, order });
    if (!page) throw badRequest(`Invalid 'after': no video with id '${after}'.`, 'after');
    const data = page.data.map(toVideoObject);
    return c.json({ object: 'list', data, first_id: data[0]?.id ?? null, last_id: data[data.length - 1]?.id ?? null, has_more: page.hasMore }, 200);
  });

  api.get('/videos/:id', (c) => videoResponse(app, c, ownedVideo(app, c, c.req.param('id'))));

  api.delete('/videos/:id', async (c) => {
    const record = ownedVideo(app, c, c.req.param('id'));
    // Deleting an unfinished job cancels it: its render stops and nothing is kept.
    if (record.status === 'queued' || record.status === 'in_progress') await app.queue.cancel(record.id);
    await app.lifecycle.deleted(record.id);
    return c.json(deletedVideo(record.id), 200);
  });

  api.on(['GET', 'HEAD'], '/videos/:id/content', async (c, next) => {
    const record = ownedVideo(app, c, c.req.param('id'));
    const variant = c.req.query('variant') || 'video';
    if (!(variant in ASSET_FILES)) {
      throw badRequest(`Invalid 'variant': ${JSON.stringify(variant.slice(0, 40))}. Use 'video', 'thumbnail' or 'spritesheet'.`, 'variant');
    }
    if (record.status === 'failed') throw badRequest(`Video '${record.id}' failed and has no content.`, 'video_id', 'video_failed');
    if (record.status !== 'completed') {
      throw badRequest(
        `Video '${record.id}' is ${record.status.replace('_', ' ')} (${record.progress}%); download it once its status is completed.`,
        'video_id',
        'video_not_ready',
      );
    }
    const file = app.data.assetPath(record.id, variant as AssetVariant);
    if (record.assetsDeleted || !existsSync(file)) {
      throw new ApiError(404, `The content of video '${record.id}' has expired and was deleted.`, 'video_expired', 'video_id');
    }
    c.header('cache-control', 'private, max-age=3600');
    c.header('content-disposition', `inline; filename="${record.id}${extensionOf(variant as AssetVariant)}"`);
    // serveStatic streams the file and answers Range requests (browsers seek in videos that way).
    const response = await serveStatic<AppEnv>({ path: file })(c, next);
    if (!response) throw new ApiError(404, `The content of video '${record.id}' has expired and was deleted.`, 'video_expired', 'video_id');
    response.headers.set('Content-Type', CONTENT_TYPES[variant as AssetVariant]);
    return response;
  });
}

function extensionOf(variant: AssetVariant): string {
  const name = ASSET_FILES[variant];
  return name.slice(name.lastIndexOf('.'));
}
