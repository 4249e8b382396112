import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/core/generate.ts';
import { decodeFrames } from '../../src/encode/probe.ts';
import { CancelledError } from '../../src/util/errors.ts';
import { makeTempDir } from '../support/temp-dirs.ts';

const small = { width: 160, height: 96, fps: 6, seconds: 1 } as const;

async function framesHash(prompt: string, seed: number): Promise<string> {
  const dir = await makeTempDir('det');
  const output = path.join(dir, 'v.mp4');
  await generate({ prompt, seed, output, ...small });
  return createHash('sha256').update(await decodeFrames(output)).digest('hex');
}

describe('generate', () => {
  it('is deterministic: the same request and seed give identical frames', async () => {
    const prompt = 'three red balloons floating over a village';
    expect(await framesHash(prompt, 42)).toBe(await framesHash(prompt, 42));
  });

  it('changes the layout with the seed', async () => {
    const prompt = 'two dogs and a cat in a park';
    expect(await framesHash(prompt, 1)).not.toBe(await framesHash(prompt, 2));
  });

  it('reports progress from 0 to 1 over every frame', async () => {
    const dir = await makeTempDir('progress');
    const seen: number[] = [];
    const result = await generate(
      { prompt: 'a bird flying', output: path.join(dir, 'b.mp4'), ...small },
      { onProgress: (p) => seen.push(p.fraction) },
    );
    expect(result.framesRendered).toBe(6);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('renders a single frame for a PNG still', async () => {
    const dir = await makeTempDir('png');
    const result = await generate({ prompt: 'a lighthouse', output: path.join(dir, 'l.png'), ...small });
    expect(result.framesRendered).toBe(1);
    expect(result.format).toBe('png');
  });

  it('leaves no file behind when aborted mid-render', async () => {
    const dir = await makeTempDir('abort');
    const controller = new AbortController();
    const run = generate(
      { prompt: 'a horse galloping', output: path.join(dir, 'h.mp4'), thumbnail: path.join(dir, 'h.webp'), width: 160, height: 96, fps: 10, seconds: 5 },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.frame === 10) controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(await readdir(dir)).toEqual([]);
  });
});
