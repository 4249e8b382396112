import type { Video } from '../api/types.ts';
import { isUnfinished } from '../api/types.ts';

/** What can be done to a video; the app decides how. */
export interface VideoHandlers {
  onPlay(video: Video): void;
  onDownload(video: Video): void;
  onRemix(video: Video): void;
  onExtend(video: Video): void;
  onPlan(video: Video): void;
  onDelete(video: Video): void;
}

interface VideoActionsProps extends VideoHandlers {
  readonly video: Video;
  /** The player shows no Play button for the video it is playing. */
  readonly showPlay: boolean;
}

/** A short name of a video for button labels ("Remix: a red fox trotting…"). */
export function shortName(video: Video): string {
  const text = (video.prompt ?? video.id).replace(/\s+/g, ' ').trim();
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

/**
 * The buttons for one video. Their visible text is short; their accessible
 * names say which video, since a gallery has many "Remix" buttons.
 */
export function VideoActions({ video, showPlay, ...on }: VideoActionsProps) {
  const name = shortName(video);
  if (isUnfinished(video)) {
    return (
      <div class="actions">
        <button type="button" class="danger" aria-label={`Cancel: ${name}`} onClick={() => on.onDelete(video)}>
          Cancel
        </button>
      </div>
    );
  }
  if (video.status === 'failed') {
    return (
      <div class="actions">
        <button type="button" class="danger" aria-label={`Delete: ${name}`} onClick={() => on.onDelete(video)}>
          Delete
        </button>
      </div>
    );
  }
  return (
    <div class="actions">
      {showPlay && (
        <button type="button" aria-label={`Play: ${name}`} onClick={() => on.onPlay(video)}>
          Play
        </button>
      )}
      <button type="button" aria-label={`Download: ${name}`} onClick={() => on.onDownload(video)}>
        Download
      </button>
      <button type="button" aria-label={`Remix: ${name}`} onClick={() => on.onRemix(video)}>
        Remix
      </button>
      <button type="button" aria-label={`Extend: ${name}`} onClick={() => on.onExtend(video)}>
        Extend
      </button>
      <button type="button" aria-label={`Show plan: ${name}`} onClick={() => on.onPlan(video)}>
        Show plan
      </button>
      <button type="button" class="danger" aria-label={`Delete: ${name}`} onClick={() => on.onDelete(video)}>
        Delete
      </button>
    </div>
  );
}
