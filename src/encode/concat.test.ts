import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../core/generate.ts';
import { concatVideos } from './concat.ts';
import { probeMedia } from './probe.ts';
import { previewsFromVideo } from './video-previews.ts';

describe('concatVideos and previewsFromVideo', () => {
  it('joins segments without re-encoding and makes previews of the whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "diorama-concat-it's-"));
    const small = { width: 96, height: 64, fps: 8 } as const;
    const a = path.join(dir, 'a.mp4');
    const b = path.join(dir, 'b.mp4');
    await generate({ prompt: 'a red balloon', seed: 1, seconds: 1, output: a, ...small });
    await generate({ prompt: 'a blue balloon', seed: 1, seconds: 2, output: b, ...small });
    const joined = path.join(dir, 'joined.mp4');
    await concatVideos([a, b], joined);
    const info = await probeMedia(joined);
    expect(info).toMatchObject({ codec: 'h264', width: 96, height: 64 });
    expect(info.duration).toBeCloseTo(3, 1);
    expect(readdirSync(dir).sort()).toEqual(['a.mp4', 'b.mp4', 'joined.mp4']);
    const previews = await previewsFromVideo(joined, { ...small, frameCount: 24 });
    expect(previews.thumbnail.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect([...previews.spritesheet.subarray(0, 2)]).toEqual([0xff, 0xd8]);
  });

  it('leaves nothing behind when an input is missing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'diorama-concat-'));
    await expect(concatVideos([path.join(dir, 'missing.mp4')], path.join(dir, 'out.mp4'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
