import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dirs.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COMMITTED = path.join(ROOT, 'studio/dist');

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

describe('committed studio build', () => {
  it('matches a fresh build of studio/ (run `npm run build:studio` and commit studio/dist)', async () => {
    const out = await makeTempDir('studio-build');
    const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--config', 'studio/vite.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      encoding: 'utf8',
      // Vitest sets NODE_ENV=test, which would change what Vite bundles.
      env: { ...process.env, NODE_ENV: 'production' },
    });
    expect(result.status, result.stderr).toBe(0);
    const fresh = listFiles(out).sort();
    expect(listFiles(COMMITTED).sort()).toEqual(fresh);
    for (const file of fresh) {
      expect(readFileSync(path.join(COMMITTED, file)).equals(readFileSync(path.join(out, file))), `studio/dist/${file} is stale`).toBe(true);
    }
  });
});
