import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { randomBytes } from 'node:crypto';
import { ApiError, toApiError } from './api-error.ts';
import type { AppContext, AppEnv } from './app-context.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { addDerivedRoutes } from './routes/derived-routes.ts';
import { addEventsRoute } from './routes/events-route.ts';
import { addFilesRoutes } from './routes/files-routes.ts';
import { addModelsRoutes } from './routes/models-route.ts';
import { addPlanRoute } from './routes/plan-route.ts';
import { addVideoRoutes } from './routes/videos-routes.ts';
import { addStudioRoutes } from './studio-static.ts';

/** Request body limits: uploads carry an image (a base64 data URL may be 20 MiB); other bodies are small. */
export const BODY_LIMITS = { upload: 32 * 1024 * 1024, other: 1024 * 1024 } as const;

/**
 * The HTTP application: OpenAI's Videos API under /v1 (plus the files it
 * needs and an events stream), the studio at /, a health check. Thin:
 * parsing, checking and answering; the work happens in the jobs layer.
 */
export function createApp(app: AppContext, apiBase: () => string): Hono<AppEnv> {
  const root = new Hono<AppEnv>();
  root.onError((error, c) => answerError(app, c, error));
  root.notFound((c) => {
    if (c.req.path === '/v1' || c.req.path.startsWith('/v1/')) {
      return answerError(app, c, new ApiError(404, `Unknown request URL: ${c.req.method} ${c.req.path}.`, 'unknown_url'));
    }
    return c.text('Not found\n', 404);
  });
  root.get('/healthz', (c) => c.json({ status: 'ok', queue: app.queue.description }));

  const api = new Hono<AppEnv>();
  api.use('*', async (c, next) => {
    const requestId = `req_${randomBytes(12).toString('hex')}`;
    c.set('requestId', requestId);
    c.header('x-request-id', requestId);
    if (app.keys.open) refuseForeignBrowsers(c.req.header('host'), c.req.header('origin'));
    c.set('owner', app.keys.ownerOf(c.req.header('authorization')));
    limit(app.requestLimiter, c.get('owner'), 'requests');
    await next();
  });
  const upload = sizeLimit(BODY_LIMITS.upload);
  const small = sizeLimit(BODY_LIMITS.other);
  const jobs: MiddlewareHandler<AppEnv> = async (c, next) => {
    limit(app.jobLimiter, c.get('owner'), 'video jobs');
    await next();
  };
  api.post('/videos', upload, jobs);
  api.post('/files', upload);
  api.post('/videos/extensions', small, jobs);
  api.post('/videos/edits', small, jobs);
  api.post('/videos/:id/remix', small, jobs);
  api.delete('*', small);

  addDerivedRoutes(api, app);
  addEventsRoute(api, app);
  addPlanRoute(api, app);
  addVideoRoutes(api, app);
  addFilesRoutes(api, app);
  addModelsRoutes(api);
  root.route('/v1', api);
  addStudioRoutes(root, app.studioDir, apiBase);
  return root;
}

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/i;

/**
 * A server without keys trusts whoever can connect, which is meant to be
 * this machine only. Web pages in a browser on this machine can connect too:
 * refuse requests a browser makes for another site (an Origin that is not
 * this server) and requests whose Host is not a loopback name (DNS
 * rebinding). Programs and same-origin pages (the studio) pass.
 */
function refuseForeignBrowsers(host: string | undefined, origin: string | undefined): void {
  if (!host || !LOOPBACK_HOST.test(host)) {
    throw new ApiError(403, 'This server has no API keys and answers only requests addressed to a loopback host.', 'forbidden_host', null, 'permission_error');
  }
  if (origin && origin !== 'null') {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = '';
    }
    if (originHost.toLowerCase() !== host.toLowerCase()) {
      throw new ApiError(403, 'This server has no API keys and refuses requests from other web sites.', 'forbidden_origin', null, 'permission_error');
    }
  }
}

function sizeLimit(maxSize: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: () => {
      // The unread rest of the body is still on the socket: close it rather than reuse it.
      throw new ApiError(413, `The request body is larger than the limit of ${maxSize} bytes.`, 'request_too_large', null, 'invalid_request_error', {
        connection: 'close',
      });
    },
  });
}

function limit(limiter: RateLimiter, owner: string, what: string): void {
  const decision = limiter.take(owner);
  if (decision.ok) return;
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  throw new ApiError(
    429,
    `Rate limit reached: at most ${limiter.perMinute} ${what} a minute for this key. Try again in ${seconds} s.`,
    'rate_limit_exceeded',
    null,
    'requests',
    { 'retry-after': String(seconds), 'retry-after-ms': String(decision.retryAfterMs) },
  );
}

function answerError(app: AppContext, c: Context<AppEnv>, error: unknown): Response {
  const apiError = toApiError(error);
  if (apiError.status >= 500 && !(error instanceof ApiError)) {
    app.log(`error ${c.get('requestId') ?? ''} ${c.req.method} ${c.req.path}: ${(error as Error)?.stack ?? String(error)}`);
  }
  for (const [name, value] of Object.entries(apiError.headers)) c.header(name, value);
  return c.json(apiError.toJSON(), apiError.status as ContentfulStatusCode);
}
