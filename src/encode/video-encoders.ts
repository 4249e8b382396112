import type { OutputFormat } from '../plan/vocabulary.ts';
import type { Encoder, EncoderFactory, EncoderOptions } from './encoder.ts';
import { FfmpegPipe } from './ffmpeg.ts';
import { encodeRgba } from './still-images.ts';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';

/** Frames ffmpeg reads ahead of its encoder (3.7 MB each at 720p). */
export const READ_AHEAD_FRAMES = 4;

/**
 * Raw RGBA frames on stdin. The RGBA → YUV 4:2:0 conversion averages each 2×2
 * block for chroma ("area"): the right filter for halving, and about a fifth
 * cheaper than swscale's default bicubic, which matters on two cores.
 *
 * ffmpeg reads an input on a thread of its own, into a queue of
 * READ_AHEAD_FRAMES, only when it has more than one input (newer builds always
 * do): an empty one-frame second input, never mapped to the output, turns that
 * on. Without it the renderer and the encoder wait on each other frame by frame
 * through the pipe's 64 KB, and every stall of the renderer (a new shot being
 * prepared, a frame with more to draw) idles the encoder.
 */
function rawInput(o: EncoderOptions): string[] {
  return [
    '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${o.width}x${o.height}`, '-r', String(o.fps), '-thread_queue_size', String(READ_AHEAD_FRAMES), '-i', 'pipe:0',
    '-f', 'lavfi', '-i', 'nullsrc=s=16x16:d=0.04', '-map', '0:v', '-sws_flags', 'area',
  ];
}

/** ffmpeg arguments after the raw input, per piped format. */
export const FFMPEG_OUTPUT_ARGS: Record<Exclude<OutputFormat, 'png'>, (o: EncoderOptions) => string[]> = {
  // x264 "superfast" keeps the encoder off the critical path on two cores; CRF 20 keeps flat art clean. One
  // thread a core, not x264's 1.5: the renderer has the cores busy already, and each extra frame thread holds
  // frames (10-15 MB less at 720p on two cores, no slower). No B-frames: the frames x264 holds back to choose
  // them cost some 35 MB at 720p and up to a tenth more CPU on busy scenes, for files a tenth smaller.
  mp4: (o) => [
    '-c:v', 'libx264', '-preset', 'superfast', '-crf', '20', '-bf', '0', '-threads', String(availableParallelism()), '-pix_fmt', 'yuv420p',
    '-movflags', '+faststart', '-f', 'mp4', o.path,
  ],
  webm: (o) => [
    '-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-row-mt', '1',
    '-b:v', '0', '-crf', '32', '-pix_fmt', 'yuv420p', '-f', 'webm', o.path,
  ],
  // One pass with a palette built from the whole clip; 15 fps at up to 480 px wide keeps files small.
  gif: (o) => [
    '-vf', `fps=${Math.min(15, o.fps)},scale=${Math.min(480, o.width)}:-2:flags=lanczos,split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=sierra2_4a`,
    '-loop', '0', '-f', 'gif', o.path,
  ],
};

function pipedEncoder(format: Exclude<OutputFormat, 'png'>): EncoderFactory {
  return (options) => {
    const pipe = new FfmpegPipe([...rawInput(options), ...FFMPEG_OUTPUT_ARGS[format](options)]);
    return {
      format,
      frames: undefined,
      write: (_index, rgba) => pipe.write(rgba),
      finish: () => pipe.finish(),
      abort: () => pipe.abort(),
    };
  };
}

/** The frame a still image shows: the middle of the video, where the action is under way. */
export function stillFrameIndex(frameCount: number): number {
  return Math.floor((frameCount - 1) / 2);
}

const pngEncoder: EncoderFactory = (options): Encoder => {
  const index = stillFrameIndex(options.frameCount);
  let pixels: Uint8Array | null = null;
  return {
    format: 'png',
    frames: [index],
    async write(i, rgba) {
      if (i === index) pixels = rgba;
    },
    async finish() {
      if (!pixels) throw new Error(`png encoder never received frame ${index}`);
      await writeFile(options.path, encodeRgba(pixels, options.width, options.height, 'png'));
    },
    async abort() {
      pixels = null;
    },
  };
};

/** Every output format's encoder. */
export const ENCODERS: Record<OutputFormat, EncoderFactory> = {
  mp4: pipedEncoder('mp4'),
  webm: pipedEncoder('webm'),
  gif: pipedEncoder('gif'),
  png: pngEncoder,
};
