import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { VideoRecord } from '../../jobs/video-record.ts';
import { ownedVideo, type AppContext, type AppEnv } from '../app-context.ts';
import { deletedVideo, toVideoObject } from '../video-object.ts';

/** Seconds between keep-alive comments, so proxies do not close a quiet stream. */
const HEARTBEAT_MS = 15_000;

function finished(record: VideoRecord): boolean {
  return record.status === 'completed' || record.status === 'failed';
}

/**
 * GET /v1/videos/{id}/events: a server-sent events stream of the video
 * object. Each change is an event named after the status ("queued",
 * "in_progress", then "completed" or "failed"; "deleted" if it is deleted);
 * the stream ends after the last one. An extension of the OpenAI API.
 */
export function addEventsRoute(api: Hono<AppEnv>, app: AppContext): void {
  api.get('/videos/:id/events', (c) => {
    const first = ownedVideo(app, c, c.req.param('id'));
    c.header('cache-control', 'no-cache');
    c.header('x-accel-buffering', 'no');
    return streamSSE(c, async (stream) => {
      let eventId = 0;
      let lastSent = '';
      const send = async (event: string, data: unknown): Promise<void> => {
        const text = JSON.stringify(data);
        if (text === lastSent) return;
        lastSent = text;
        await stream.writeSSE({ event, data: text, id: String(++eventId) });
      };
      await new Promise<void>((resolve) => {
        let ended = false;
        const end = (): void => {
          if (ended) return;
          ended = true;
          app.lifecycle.off('video', onVideo);
          app.lifecycle.off('deleted', onDeleted);
          app.shutdown.removeEventListener('abort', end);
          clearInterval(heartbeat);
          resolve();
        };
        // Writes are chained so events keep their order.
        let writing = Promise.resolve();
        const enqueue = (event: string, data: unknown, last: boolean): void => {
          writing = writing.then(() => send(event, data)).catch(end);
          if (last) void writing.then(end);
        };
        const onVideo = (record: VideoRecord): void => {
          if (record.id === first.id) enqueue(record.status, toVideoObject(record), finished(record));
        };
        const onDeleted = (id: string): void => {
          if (id === first.id) enqueue('deleted', deletedVideo(id), true);
        };
        const heartbeat = setInterval(() => {
          writing = writing.then(() => stream.write(': keep-alive\n\n')).then(() => undefined, end);
        }, HEARTBEAT_MS);
        // Listen first, then send the current state, so no change falls in between.
        app.lifecycle.on('video', onVideo);
        app.lifecycle.on('deleted', onDeleted);
        app.shutdown.addEventListener('abort', end, { once: true });
        stream.onAbort(end);
        const now = app.store.get(first.id);
        if (!now || now.owner !== first.owner) enqueue('deleted', deletedVideo(first.id), true);
        else enqueue(now.status, toVideoObject(now), finished(now));
      });
    });
  });
}
