import type { Video } from '../api/types.ts';
import { isoTime, timeAgo } from '../lib/time-ago.ts';
import { sizeLabel } from '../lib/video-size.ts';

/** What a status is called on screen. */
export const STATUS_LABELS: Record<Video['status'], string> = {
  queued: 'Queued',
  in_progress: 'Rendering',
  completed: 'Ready',
  failed: 'Failed',
};

/** Size, length, age and status of a video, in one line. */
export function VideoMeta({ video }: { video: Video }) {
  return (
    <p class="meta">
      <span class={`status status-${video.status}`}>{STATUS_LABELS[video.status]}</span>
      <span>{sizeLabel(video.size)}</span>
      <span>{Number(video.seconds)} s</span>
      <time dateTime={isoTime(video.created_at)} title={new Date(video.created_at * 1000).toLocaleString()}>
        {timeAgo(video.created_at)}
      </time>
      {video.remixed_from_video_id && <span>remix</span>}
    </p>
  );
}

/** A labelled progress bar for a video still rendering. */
export function VideoProgress({ video, label }: { video: Video; label: string }) {
  const percent = video.status === 'queued' ? 0 : video.progress;
  return (
    <div class="progress">
      <progress max={100} value={video.status === 'queued' ? undefined : percent} aria-label={label} />
      <span aria-hidden="true">{video.status === 'queued' ? 'Waiting for a render thread…' : `${percent}%`}</span>
    </div>
  );
}
