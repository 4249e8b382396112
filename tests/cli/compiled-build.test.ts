import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Built beside the real dist/src (inside the project, so packages resolve), never over it: other tests may be running it.
const out = path.resolve('dist', `.test-${process.pid}`);

describe('the compiled build the diorama command runs', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-dist.mjs', '--out', out], { stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('holds every module as JavaScript with .js imports, and the data files beside them', () => {
    expect(existsSync(path.join(out, 'cli', 'main.js'))).toBe(true);
    expect(existsSync(path.join(out, 'plan', 'lexicon', 'lexicon-data.json'))).toBe(true);
    expect(existsSync(path.join(out, 'jobs', 'render-pool.test.js'))).toBe(false);
  });

  it('plans, renders and encodes a video on its own, without TypeScript', async () => {
    const { generate } = (await import(pathToFileURL(path.join(out, 'core', 'generate.js')).href)) as typeof import('../../src/core/generate.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'diorama-compiled-'));
    const result = await generate({ prompt: 'a red fox trotting through a snowy pine forest at dusk', width: 160, height: 90, fps: 8, seconds: 1, output: path.join(dir, 'fox.mp4') });
    expect(result.frameCount).toBe(8);
    expect(result.plan.shots[0]!.entities.map((e) => e.noun)).toContain('fox');
    expect(existsSync(path.join(dir, 'fox.mp4'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs its render threads from the compiled modules too', async () => {
    const { RenderPool } = (await import(pathToFileURL(path.join(out, 'jobs', 'render-pool.js')).href)) as typeof import('../../src/jobs/render-pool.ts');
    const { DataFolder, newVideoId } = (await import(pathToFileURL(path.join(out, 'jobs', 'data-folder.js')).href)) as typeof import('../../src/jobs/data-folder.ts');
    const data = new DataFolder(mkdtempSync(path.join(tmpdir(), 'diorama-compiled-pool-')));
    data.ensure();
    const pool = new RenderPool(1);
    try {
      const id = newVideoId();
      const result = await pool.run(id, { kind: 'create', prompt: 'a whale swimming in the ocean', output: { width: 64, height: 64, fps: 8, seconds: 1 }, seed: 3, style: null, reference: false }, data.root);
      expect(result.frames).toBe(8);
      expect(existsSync(path.join(data.videoDir(id), 'video.mp4'))).toBe(true);
    } finally {
      await pool.close();
      rmSync(data.root, { recursive: true, force: true });
    }
  });
});
