import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type StudioApi } from '../api/studio-api.ts';
import { isUnfinished, type Video } from '../api/types.ts';

/** How often unfinished videos that no event stream follows are asked about. */
const POLL_MS = 2000;
/** Event streams at once: browsers allow six connections to a server, and the page needs some for itself. */
const MAX_STREAMS = 3;

/** The gallery's state and what can be done to it. */
export interface Videos {
  readonly list: readonly Video[];
  readonly hasMore: boolean;
  readonly loading: boolean;
  /** Why the last load failed, or null. */
  readonly error: ApiError | null;
  refresh(): Promise<void>;
  loadMore(): Promise<void>;
  /** Adds a new video at the top, or replaces the one with its id. */
  put(video: Video): void;
  drop(id: string): void;
  /** Follows a video's progress through the server's event stream; `onChange` hears every state. */
  follow(id: string, onChange?: (video: Video) => void): void;
}

/**
 * The key's videos, newest first, kept current: videos this page started are
 * followed through the event stream, others that are still rendering are
 * polled. Reloads when the API key changes.
 */
export function useVideos(api: StudioApi, apiKey: string | null): Videos {
  const [list, setList] = useState<readonly Video[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const streams = useRef(new Map<string, AbortController>());

  const put = useCallback((video: Video) => {
    setList((videos) => (videos.some((v) => v.id === video.id) ? videos.map((v) => (v.id === video.id ? video : v)) : [video, ...videos]));
  }, []);

  const drop = useCallback((id: string) => {
    streams.current.get(id)?.abort();
    streams.current.delete(id);
    setList((videos) => videos.filter((v) => v.id !== id));
  }, []);

  const refresh = useCallback(async () => {
    setLoading(true);
    try {
      const page = await api.list();
      setList(page.data);
      setHasMore(page.has_more);
      setError(null);
    } catch (e) {
      setError(asApiError(e));
      setList([]);
    } finally {
      setLoading(false);
    }
  }, [api]);

  const loadMore = useCallback(async () => {
    const last = list[list.length - 1];
    if (!last) return;
    setLoading(true);
    try {
      const page = await api.list({ after: last.id });
      setList((videos) => [...videos, ...page.data.filter((v) => !videos.some((w) => w.id === v.id))]);
      setHasMore(page.has_more);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setLoading(false);
    }
  }, [api, list]);

  const follow = useCallback(
    (id: string, onChange?: (video: Video) => void) => {
      if (streams.current.has(id) || streams.current.size >= MAX_STREAMS) return;
      const controller = new AbortController();
      streams.current.set(id, controller);
      api
        .watch(
          id,
          (video) => {
            put(video);
            onChange?.(video);
          },
          controller.signal,
        )
        .catch(() => undefined)
        .finally(() => {
          if (streams.current.get(id) === controller) streams.current.delete(id);
        });
    },
    [api, put],
  );

  useEffect(() => {
    for (const controller of streams.current.values()) controller.abort();
    streams.current.clear();
    void refresh();
  }, [refresh, apiKey]);

  // Videos still rendering that no stream follows (started elsewhere, or before a reload) are polled.
  const polled = list.filter((v) => isUnfinished(v) && !streams.current.has(v.id)).map((v) => v.id);
  const polledKey = polled.join(',');
  useEffect(() => {
    if (!polledKey) return;
    const timer = setInterval(() => {
      for (const id of polledKey.split(',')) {
        api.get(id).then(put, (e: unknown) => {
          if (asApiError(e).status === 404) drop(id);
        });
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, polledKey, put, drop]);

  useEffect(() => {
    const open = streams.current;
    return () => {
      for (const controller of open.values()) controller.abort();
    };
  }, []);

  return { list, hasMore, loading, error, refresh, loadMore, put, drop, follow };
}

/** Anything thrown as an ApiError (a network failure becomes one with status 0). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, error instanceof Error ? error.message : String(error));
}
