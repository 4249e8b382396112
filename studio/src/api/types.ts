/** The server's Video object (OpenAI's Videos API). */
export interface Video {
  readonly id: string;
  readonly object: 'video';
  readonly model: string;
  readonly status: VideoStatus;
  /** 0–100. */
  readonly progress: number;
  /** Unix seconds. */
  readonly created_at: number;
  readonly completed_at: number | null;
  readonly expires_at: number | null;
  readonly prompt: string | null;
  /** "WIDTHxHEIGHT". */
  readonly size: string;
  /** Length in seconds, as text. */
  readonly seconds: string;
  readonly remixed_from_video_id: string | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}

export type VideoStatus = 'queued' | 'in_progress' | 'completed' | 'failed';

/** One page of `GET /v1/videos`. */
export interface VideoList {
  readonly object: 'list';
  readonly data: Video[];
  readonly first_id: string | null;
  readonly last_id: string | null;
  readonly has_more: boolean;
}

/** The downloadable files of a video. */
export type ContentVariant = 'video' | 'thumbnail' | 'spritesheet';

/** What the create form sends (`model: diorama` takes any even size and 1–120 s). */
export interface CreateRequest {
  readonly prompt?: string;
  readonly model: string;
  readonly size: string;
  readonly seconds?: number;
  readonly style?: string;
  readonly seed?: number;
  /** A storyboard: shots in the order they play, rendered as one video. */
  readonly shots?: readonly { readonly prompt: string; readonly seconds: number }[];
}

/** True while a video is still being made. */
export function isUnfinished(video: Pick<Video, 'status'>): boolean {
  return video.status === 'queued' || video.status === 'in_progress';
}
