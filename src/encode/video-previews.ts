import { spawn } from 'node:child_process';
import { ffmpegPath } from './ffmpeg.ts';
import { PreviewCollector } from './still-images.ts';

/** A finished video's thumbnail (WebP) and spritesheet (JPEG). */
export interface VideoPreviews {
  readonly thumbnail: Buffer;
  readonly spritesheet: Buffer;
}

/**
 * Makes the same previews generate() makes while rendering, but from a
 * finished video file (a stitched extension, whose frames were never all in
 * one render). ffmpeg decodes only the frames the previews need;
 * `frameCount` is the expected number of frames in the file.
 */
export async function previewsFromVideo(file: string, size: { width: number; height: number; frameCount: number }): Promise<VideoPreviews> {
  const { width, height, frameCount } = size;
  const collector = new PreviewCollector(frameCount, width, height);
  const wanted = [...collector.wanted].sort((a, b) => a - b);
  const select = wanted.map((n) => `eq(n\\,${n})`).join('+');
  const frameBytes = width * height * 4;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(ffmpegPath(), [
      '-hide_banner', '-nostdin', '-loglevel', 'error', '-i', file,
      '-vf', `select='${select}'`, '-vsync', '0', '-f', 'rawvideo', '-pix_fmt', 'rgba', 'pipe:1',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    let pending: Buffer = Buffer.alloc(0);
    let next = 0;
    let last: Uint8Array | null = null;
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
    child.stdout.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (pending.length >= frameBytes && next < wanted.length) {
        last = new Uint8Array(pending.subarray(0, frameBytes));
        collector.offer(wanted[next]!, last);
        pending = pending.subarray(frameBytes);
        next++;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`ffmpeg could not decode ${file}: ${stderr.trim()}`));
      else if (!last) reject(new Error(`no frames decoded from ${file}`));
      else {
        // Rounding can leave a stitched video a frame short of the estimate: the last frame stands in.
        for (; next < wanted.length; next++) collector.offer(wanted[next]!, last);
        resolve();
      }
    });
  });
  return { thumbnail: collector.thumbnailWebp(), spritesheet: collector.spritesheetJpeg() };
}
