import { useEffect, useId, useRef } from 'preact/hooks';
import type { StudioApi } from '../api/studio-api.ts';
import { isUnfinished, type Video } from '../api/types.ts';
import { useMediaUrl } from '../lib/use-media-url.ts';
import { shortName, VideoActions, type VideoHandlers } from './video-actions.tsx';
import { VideoMeta, VideoProgress } from './video-meta.tsx';

interface StageProps extends VideoHandlers {
  readonly api: StudioApi;
  /** The video on stage: being made, or to watch. */
  readonly video: Video | null;
}

/** The player: live progress while a video renders, then the video itself, playing. */
export function Stage({ api, video, ...handlers }: StageProps) {
  const id = useId();
  return (
    <section class="panel stage" aria-labelledby={`${id}-title`}>
      <div class="panel-head">
        <h2 id={`${id}-title`}>Player</h2>
      </div>
      {video ? <StageVideo key={video.id} api={api} video={video} handlers={handlers} /> : <Placeholder />}
    </section>
  );
}

function Placeholder() {
  return (
    <div class="screen placeholder">
      <p>Your video will play here.</p>
      <p class="muted">Describe a scene and press Create, or pick one from your videos below.</p>
    </div>
  );
}

function StageVideo({ api, video, handlers }: { api: StudioApi; video: Video; handlers: VideoHandlers }) {
  const done = video.status === 'completed';
  const src = useMediaUrl(api, video.id, 'video', done);
  const player = useRef<HTMLVideoElement>(null);
  const [width, height] = video.size.split('x').map(Number);
  useEffect(() => {
    // Autoplay is allowed for muted videos (Diorama's have no sound yet); a refusal just leaves the controls.
    if (src) player.current?.play().catch(() => undefined);
  }, [src]);
  return (
    <div class="stage-body">
      <div class="screen" style={{ '--ratio': String(width! / height!) }}>
        {done && src && (
          <video
            ref={player}
            src={src}
            controls
            muted
            loop
            playsInline
            preload="auto"
            aria-label={`Video: ${shortName(video)}`}
          />
        )}
        {isUnfinished(video) && (
          <div class="rendering">
            <p>{video.status === 'queued' ? 'Queued' : 'Rendering'}</p>
            <VideoProgress video={video} label="Progress of the video being made" />
          </div>
        )}
        {video.status === 'failed' && (
          <div class="rendering">
            <p class="error-text">This video failed: {video.error?.message ?? 'unknown error'}</p>
          </div>
        )}
      </div>
      <p class="prompt stage-prompt">{video.prompt}</p>
      <VideoMeta video={video} />
      <VideoActions video={video} showPlay={false} {...handlers} />
    </div>
  );
}
