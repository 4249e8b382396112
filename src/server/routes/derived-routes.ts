import type { Hono } from 'hono';
import { badRequest } from '../api-error.ts';
import type { AppContext, AppEnv } from '../app-context.ts';
import { readRequestBody, type RequestBody } from '../request-body.ts';
import { videoResponse } from './videos-routes.ts';

/** The id in `video: {id}` (JSON) or `video[id]` (multipart); uploads of video files are refused clearly. */
function sourceVideoId(body: RequestBody): string {
  if (body.files.video) {
    throw badRequest(
      "Uploading a video file is not supported by this server: pass the id of a completed video as 'video[id]' (or {\"video\": {\"id\": …}} in JSON).",
      'video',
      'unsupported_video_upload',
    );
  }
  const video = body.fields.video;
  if (video === undefined || video === null || video === '') throw badRequest("Missing required parameter: 'video'.", 'video', 'missing_required_parameter');
  // Some clients send the id as a plain string.
  if (typeof video === 'string') return video.trim();
  const id = typeof video === 'object' && !Array.isArray(video) ? (video as Record<string, unknown>).id : undefined;
  if (typeof id !== 'string' || id.trim() === '') throw badRequest("Invalid 'video': expected an object with an 'id'.", 'video.id', 'invalid_type');
  return id.trim();
}

/** Remix, extensions and edits: new jobs made from a completed video. */
export function addDerivedRoutes(api: Hono<AppEnv>, app: AppContext): void {
  api.post('/videos/extensions', async (c) => {
    const body = await readRequestBody(c.req.raw);
    return videoResponse(app, c, await app.submitter.extend(c.get('owner'), sourceVideoId(body), body));
  });

  api.post('/videos/edits', async (c) => {
    const body = await readRequestBody(c.req.raw);
    return videoResponse(app, c, await app.submitter.remix(c.get('owner'), sourceVideoId(body), body, 'edit'));
  });

  api.post('/videos/characters', () => {
    throw badRequest('Characters are not supported by this server.', null, 'unsupported_feature');
  });

  api.post('/videos/:id/remix', async (c) => {
    const body = await readRequestBody(c.req.raw);
    return videoResponse(app, c, await app.submitter.remix(c.get('owner'), c.req.param('id'), body, 'remix'));
  });
}
