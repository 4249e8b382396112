import { useId } from 'preact/hooks';
import type { StudioApi } from '../api/studio-api.ts';
import { isUnfinished, type Video } from '../api/types.ts';
import { useMediaUrl } from '../lib/use-media-url.ts';
import type { Videos } from '../lib/use-videos.ts';
import { shortName, VideoActions, type VideoHandlers } from './video-actions.tsx';
import { VideoMeta, VideoProgress } from './video-meta.tsx';

interface GalleryProps extends VideoHandlers {
  readonly api: StudioApi;
  readonly videos: Videos;
  readonly playingId: string | null;
}

/** The key's videos, newest first, each with what can be done to it. */
export function Gallery({ api, videos, playingId, ...handlers }: GalleryProps) {
  const id = useId();
  return (
    <section class="panel gallery" aria-labelledby={`${id}-title`} aria-busy={videos.loading}>
      <div class="panel-head">
        <h2 id={`${id}-title`} tabIndex={-1} class="gallery-title">
          Your videos
        </h2>
        <button type="button" onClick={() => void videos.refresh()} disabled={videos.loading}>
          Refresh
        </button>
      </div>
      {videos.list.length === 0 && !videos.loading && !videos.error && <p class="empty">No videos yet. Describe one above and press Create.</p>}
      {videos.list.length === 0 && videos.loading && <p class="empty">Loading…</p>}
      <ul class="cards">
        {videos.list.map((video) => (
          <GalleryCard key={video.id} api={api} video={video} playing={video.id === playingId} {...handlers} />
        ))}
      </ul>
      {videos.hasMore && (
        <div class="more">
          <button type="button" onClick={() => void videos.loadMore()} disabled={videos.loading}>
            Show older videos
          </button>
        </div>
      )}
    </section>
  );
}

interface GalleryCardProps extends VideoHandlers {
  readonly api: StudioApi;
  readonly video: Video;
  readonly playing: boolean;
}

function GalleryCard({ api, video, playing, ...handlers }: GalleryCardProps) {
  const id = useId();
  const done = video.status === 'completed';
  const thumbnail = useMediaUrl(api, video.id, 'thumbnail', done);
  return (
    <li class={playing ? 'card playing' : 'card'} data-video-id={video.id}>
      <article aria-labelledby={`${id}-prompt`}>
      <div class="thumb">
        {done && thumbnail ? (
          // A larger target for the pointer; keyboards and screen readers use the Play button below.
          <button type="button" class="thumb-button" aria-hidden="true" tabIndex={-1} onClick={() => handlers.onPlay(video)}>
            <img src={thumbnail} alt="" loading="lazy" decoding="async" />
            <span class="play-badge" aria-hidden="true">
              ▶
            </span>
          </button>
        ) : (
          <div class="thumb-empty" aria-hidden="true">
            {video.status === 'failed' ? '!' : '…'}
          </div>
        )}
      </div>
      <div class="card-body">
        <p class="prompt" id={`${id}-prompt`}>
          {video.prompt}
        </p>
        <VideoMeta video={video} />
        {isUnfinished(video) && <VideoProgress video={video} label={`Progress of ${shortName(video)}`} />}
        {video.error && <p class="error-text">{video.error.message}</p>}
        <VideoActions video={video} showPlay={!playing} {...handlers} />
      </div>
      </article>
    </li>
  );
}
