import type { VideoRecord, VideoStatus } from '../jobs/video-record.ts';

/** The API's Video object, field for field as OpenAI specifies it. */
export interface VideoObject {
  id: string;
  object: 'video';
  model: string;
  status: VideoStatus;
  progress: number;
  created_at: number;
  completed_at: number | null;
  expires_at: number | null;
  prompt: string | null;
  size: string;
  seconds: string;
  remixed_from_video_id: string | null;
  error: { code: string; message: string } | null;
}

/** A stored job as the API shows it: every field present, null where empty. */
export function toVideoObject(record: VideoRecord): VideoObject {
  return {
    id: record.id,
    object: 'video',
    model: record.model,
    status: record.status,
    progress: record.status === 'completed' ? 100 : record.status === 'queued' ? 0 : Math.max(0, Math.min(100, Math.floor(record.progress))),
    created_at: record.createdAt,
    completed_at: record.completedAt,
    expires_at: record.expiresAt,
    prompt: record.prompt,
    size: record.size,
    seconds: record.seconds,
    remixed_from_video_id: record.remixedFromVideoId,
    error: record.error ? { code: record.error.code, message: record.error.message } : null,
  };
}

/** The deletion receipt. */
export function deletedVideo(id: string): { id: string; object: 'video.deleted'; deleted: true } {
  return { id, object: 'video.deleted', deleted: true };
}
