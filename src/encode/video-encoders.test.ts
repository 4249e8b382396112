import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FORMATS } from '../plan/vocabulary.ts';
import { runFfmpeg } from './ffmpeg.ts';
import { decodeFrames, probeMedia } from './probe.ts';
import { ENCODERS, stillFrameIndex } from './video-encoders.ts';
import { makeTempDir } from '../../tests/support/temp-dirs.ts';

const W = 64;
const H = 48;
const FPS = 10;
const FRAMES = 12;

/** A frame whose colour encodes its index, so decoded frames can be told apart. */
function syntheticFrame(index: number): Uint8Array {
  const rgba = new Uint8Array(W * H * 4);
  for (let p = 0; p < W * H; p++) {
    rgba[p * 4] = (index * 20) % 256;
    rgba[p * 4 + 1] = (p % W) * 3;
    rgba[p * 4 + 2] = 255 - ((index * 20) % 256);
    rgba[p * 4 + 3] = 255;
  }
  return rgba;
}

async function encodeAll(format: (typeof OUTPUT_FORMATS)[number], dir: string): Promise<string> {
  const file = path.join(dir, `out.${format}`);
  const encoder = ENCODERS[format]({ width: W, height: H, fps: FPS, frameCount: FRAMES, path: file });
  const wanted = encoder.frames ?? Array.from({ length: FRAMES }, (_, i) => i);
  for (const i of wanted) await encoder.write(i, syntheticFrame(i));
  await encoder.finish();
  return file;
}

// The contract every encoder passes: it writes a decodable file of the right size, and abort stops it.
describe.each(OUTPUT_FORMATS)('%s encoder', (format) => {
  it('writes a decodable file with the frame size', async () => {
    const dir = await makeTempDir(`enc-${format}`);
    const file = await encodeAll(format, dir);
    expect((await stat(file)).size).toBeGreaterThan(100);
    const info = await probeMedia(file);
    const expectedWidth = format === 'gif' ? Math.min(480, W) : W;
    expect(info.width).toBe(expectedWidth);
    expect(info.height).toBe(H);
  });

  it('can be aborted midway', async () => {
    const dir = await makeTempDir(`enc-abort-${format}`);
    const encoder = ENCODERS[format]({ width: W, height: H, fps: FPS, frameCount: FRAMES, path: path.join(dir, `x.${format}`) });
    await encoder.write(0, syntheticFrame(0));
    await encoder.abort();
    await expect(encoder.finish()).rejects.toThrow();
  });
});

describe('mp4 encoder', () => {
  it('writes H.264 in yuv420p with the moov atom first (faststart)', async () => {
    const dir = await makeTempDir('enc-mp4');
    const file = await encodeAll('mp4', dir);
    const info = await probeMedia(file);
    expect(info.codec).toBe('h264');
    expect(info.pixelFormat).toBe('yuv420p');
    expect(info.duration).toBeCloseTo(FRAMES / FPS, 1);
    const head = (await readFile(file)).subarray(0, 4096).toString('latin1');
    expect(head.indexOf('moov')).toBeGreaterThan(-1);
    expect(head.indexOf('moov')).toBeLessThan(head.indexOf('mdat') === -1 ? Infinity : head.indexOf('mdat'));
  });

  it('holds exactly the frames written, in one video stream (the read-ahead input adds nothing)', async () => {
    const dir = await makeTempDir('enc-streams');
    const file = await encodeAll('mp4', dir);
    const log = await runFfmpeg(['-i', file, '-f', 'null', '-']);
    const streams = new Set([...log.matchAll(/Stream #0:(\d+)[^\n]*?: (Video|Audio|Data|Subtitle):/g)].map((m) => `${m[1]} ${m[2]}`));
    expect([...streams]).toEqual(['0 Video']);
    expect(Number(/frame=\s*(\d+)/.exec(log)?.[1])).toBe(FRAMES);
  });

  it('keeps frames in order', async () => {
    const dir = await makeTempDir('enc-order');
    const file = await encodeAll('mp4', dir);
    const raw = await decodeFrames(file);
    expect(raw.length).toBe(W * H * 4 * FRAMES);
    const reds = Array.from({ length: FRAMES }, (_, i) => raw[i * W * H * 4 + (W * (H / 2) + 2) * 4]!);
    for (let i = 1; i < FRAMES; i++) expect(reds[i]!).toBeGreaterThan(reds[i - 1]! - 6);
    expect(reds[FRAMES - 1]! - reds[0]!).toBeGreaterThan(150);
  });

  it('reports an ffmpeg failure instead of hanging', async () => {
    const encoder = ENCODERS.mp4({ width: W, height: H, fps: FPS, frameCount: FRAMES, path: '/proc/diorama-cannot-write-here.mp4' });
    await expect(
      (async () => {
        for (let i = 0; i < FRAMES; i++) await encoder.write(i, syntheticFrame(i));
        await encoder.finish();
      })(),
    ).rejects.toThrow(/ffmpeg/);
  });
});

describe('png encoder', () => {
  it('keeps only the middle frame', async () => {
    const dir = await makeTempDir('enc-png');
    const encoder = ENCODERS.png({ width: W, height: H, fps: FPS, frameCount: FRAMES, path: path.join(dir, 'a.png') });
    expect(encoder.frames).toEqual([stillFrameIndex(FRAMES)]);
    await encoder.write(stillFrameIndex(FRAMES), syntheticFrame(5));
    await encoder.finish();
    const bytes = await readFile(path.join(dir, 'a.png'));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await readdir(dir)).toEqual(['a.png']);
  });
});
