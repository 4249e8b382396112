import { readServerEvents } from './server-events.ts';
import { isUnfinished, type ContentVariant, type CreateRequest, type Video, type VideoList } from './types.ts';

/** An error answer of the server, with OpenAI's `{error: {message, code, param}}` read out. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
    readonly param: string | null = null,
  ) {
    super(message);
  }

  /** True when the server wants an API key, or a different one. */
  get needsKey(): boolean {
    return this.status === 401;
  }
}

/**
 * The studio's view of the server: the OpenAI Videos API under /v1 plus the
 * Diorama extensions (storyboards, the plan, the events stream). Every
 * request carries the API key when one is set.
 */
export class StudioApi {
  constructor(
    private readonly apiKey: () => string | null,
    private readonly base = '/v1',
  ) {}

  /** True when requests need the key header (media then load through fetch, not a plain URL). */
  get usesKey(): boolean {
    return Boolean(this.apiKey());
  }

  list(options: { after?: string | null; limit?: number } = {}): Promise<VideoList> {
    const query = new URLSearchParams({ limit: String(options.limit ?? 24), order: 'desc' });
    if (options.after) query.set('after', options.after);
    return this.json<VideoList>('GET', `/videos?${query}`);
  }

  get(id: string): Promise<Video> {
    return this.json<Video>('GET', `/videos/${encodeURIComponent(id)}`);
  }

  create(request: CreateRequest): Promise<Video> {
    return this.json<Video>('POST', '/videos', request);
  }

  remix(id: string, prompt: string): Promise<Video> {
    return this.json<Video>('POST', `/videos/${encodeURIComponent(id)}/remix`, { prompt });
  }

  extend(id: string, prompt: string, seconds: number): Promise<Video> {
    return this.json<Video>('POST', '/videos/extensions', { prompt, seconds, video: { id } });
  }

  remove(id: string): Promise<{ id: string; deleted: boolean }> {
    return this.json('DELETE', `/videos/${encodeURIComponent(id)}`);
  }

  /** The scene plan the video was rendered from (a Diorama extension). */
  plan(id: string): Promise<Record<string, unknown>> {
    return this.json('GET', `/videos/${encodeURIComponent(id)}/plan`);
  }

  /** The URL of a video's file; usable directly only when the server needs no key (see `blob`). */
  contentUrl(id: string, variant: ContentVariant = 'video'): string {
    return `${this.base}/videos/${encodeURIComponent(id)}/content?variant=${variant}`;
  }

  /** A video's file through fetch, with the key (for servers that require one). */
  async blob(id: string, variant: ContentVariant, signal?: AbortSignal): Promise<Blob> {
    const response = await this.send('GET', `/videos/${encodeURIComponent(id)}/content?variant=${variant}`, undefined, signal);
    return response.blob();
  }

  /**
   * Follows a video until it is completed or failed, calling `onVideo` with
   * each state: the server's event stream, and polling if the stream breaks
   * (a proxy that buffers, a dropped connection). Resolves with the last state.
   */
  async watch(id: string, onVideo: (video: Video) => void, signal: AbortSignal): Promise<Video> {
    const state: { last: Video | null } = { last: null };
    const seen = (video: Video): void => {
      state.last = video;
      onVideo(video);
    };
    try {
      const response = await this.send('GET', `/videos/${encodeURIComponent(id)}/events`, undefined, signal, 'text/event-stream');
      if (response.body) {
        await readServerEvents(response.body, (event) => {
          if (event.event === 'deleted') throw new ApiError(404, 'The video was deleted.', 'video_not_found');
          seen(JSON.parse(event.data) as Video);
        });
      }
    } catch (error) {
      // A refusal (unknown video, wrong key) is final; a broken stream falls back to polling.
      if (signal.aborted || (error instanceof ApiError && error.status >= 400 && error.status < 500)) throw error;
    }
    for (;;) {
      const last = state.last;
      if (last && !isUnfinished(last)) return last;
      if (last) await sleep(1000, signal);
      seen(await this.get(id));
    }
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body);
    return (await response.json()) as T;
  }

  private async send(method: string, path: string, body?: unknown, signal?: AbortSignal, accept = 'application/json'): Promise<Response> {
    const headers: Record<string, string> = { accept };
    const key = this.apiKey();
    if (key) headers.authorization = `Bearer ${key}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body), signal: signal ?? null });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(0, 'The server could not be reached. Is `diorama serve` still running?', 'network_error');
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { message?: string; code?: string | null; param?: string | null } };
    if (body.error?.message) return new ApiError(response.status, body.error.message, body.error.code ?? null, body.error.param ?? null);
  } catch {
    // Not JSON: fall through to the status line.
  }
  return new ApiError(response.status, `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
