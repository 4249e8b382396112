import { spawn } from 'node:child_process';
import { ffmpegPath, runFfmpeg } from './ffmpeg.ts';

/** What ffmpeg says about a media file's first video stream. */
export interface MediaInfo {
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  readonly pixelFormat: string | null;
  /** Seconds, when the container states a duration. */
  readonly duration: number | null;
}

/**
 * Inspects a media file with `ffmpeg -i` (the bundled build has no ffprobe).
 * Throws when ffmpeg finds no video stream.
 */
export async function probeMedia(file: string): Promise<MediaInfo> {
  // "-f null -" decodes nothing useful but makes ffmpeg exit 0 after printing the header.
  const log = await runFfmpeg(['-i', file, '-frames:v', '1', '-f', 'null', '-']);
  const stream = /Stream #\d+:\d+(?:\[\w+\])?(?:\(\w+\))?: Video: (\w+)[^,\n]*(?:, (\w+)(?:\([^)]*\))?)?[^\n]*?, (\d+)x(\d+)/.exec(log);
  if (!stream) throw new Error(`no video stream in ${file}`);
  const duration = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(log);
  return {
    codec: stream[1]!,
    pixelFormat: stream[2] ?? null,
    width: Number(stream[3]),
    height: Number(stream[4]),
    duration: duration ? Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]) : null,
  };
}

/** Decodes every frame of a video to raw RGBA, e.g. to hash frames in tests. */
export async function decodeFrames(file: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', '-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgba', 'pipe:1']);
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`decode failed: ${stderr.trim()}`))));
  });
}
