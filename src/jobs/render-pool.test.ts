import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CancelledError, InvalidRequestError } from '../util/errors.ts';
import { DataFolder, newVideoId } from './data-folder.ts';
import type { CreateSpec } from './job-spec.ts';
import { RenderPool } from './render-pool.ts';

const spec = (extra: Partial<CreateSpec['output']> = {}): CreateSpec => ({
  kind: 'create',
  prompt: 'a red fox trotting through a snowy forest',
  output: { width: 64, height: 64, fps: 8, seconds: 1, ...extra },
  seed: 5,
  style: null,
  reference: false,
});

describe('RenderPool', () => {
  it('renders jobs on threads, reporting progress, and writes every asset', async () => {
    const data = new DataFolder(mkdtempSync(path.join(tmpdir(), 'diorama-pool-')));
    data.ensure();
    const pool = new RenderPool(2);
    try {
      const ids = [newVideoId(), newVideoId(), newVideoId()];
      const progress: number[] = [];
      const results = await Promise.all(ids.map((id, i) => pool.run(id, spec(), data.root, { onProgress: (f) => i === 0 && progress.push(f) })));
      expect(results.map((r) => r.frames)).toEqual([8, 8, 8]);
      expect(progress.length).toBeGreaterThan(3);
      expect(progress[progress.length - 1]).toBe(1);
      for (const id of ids) {
        expect(readdirSync(data.videoDir(id)).sort()).toEqual(['plan.json', 'segment-plan.json', 'spritesheet.jpg', 'thumbnail.webp', 'video.mp4']);
      }
    } finally {
      await pool.close();
    }
  });

  it('stops a render on abort, leaving no video, and keeps working', async () => {
    const data = new DataFolder(mkdtempSync(path.join(tmpdir(), 'diorama-pool-')));
    data.ensure();
    const pool = new RenderPool(1);
    try {
      const controller = new AbortController();
      const id = newVideoId();
      const run = pool.run(id, spec({ width: 320, height: 180, seconds: 20, fps: 30 }), data.root, {
        signal: controller.signal,
        onProgress: (f) => f > 0.1 && controller.abort(new CancelledError('deleted')),
      });
      await expect(run).rejects.toBeInstanceOf(CancelledError);
      expect(existsSync(data.assetPath(id, 'video'))).toBe(false);
      const next = await pool.run(newVideoId(), spec(), data.root);
      expect(next.frames).toBe(8);
    } finally {
      await pool.close();
    }
  });

  it('passes bad-plan errors back as InvalidRequestError', async () => {
    const data = new DataFolder(mkdtempSync(path.join(tmpdir(), 'diorama-pool-')));
    data.ensure();
    const pool = new RenderPool(1);
    try {
      const bad = { kind: 'remix', prompt: 'x', sourcePlan: { version: 99 }, reference: false } as const;
      await expect(pool.run(newVideoId(), bad, data.root)).rejects.toBeInstanceOf(InvalidRequestError);
    } finally {
      await pool.close();
    }
  });

  it('ends idle threads and starts new ones on demand', async () => {
    const data = new DataFolder(mkdtempSync(path.join(tmpdir(), 'diorama-pool-')));
    data.ensure();
    const pool = new RenderPool(1, 50);
    try {
      await pool.run(newVideoId(), spec(), data.root);
      expect(pool.threads).toBe(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(pool.threads).toBe(0);
      expect((await pool.run(newVideoId(), spec(), data.root)).frames).toBe(8);
    } finally {
      await pool.close();
    }
  });
});
