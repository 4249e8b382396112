import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];
let registered = false;

/** A fresh temporary folder, removed after the test file finishes. */
export async function makeTempDir(prefix: string): Promise<string> {
  if (!registered) {
    registered = true;
    afterAll(async () => {
      await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    });
  }
  const dir = await mkdtemp(path.join(tmpdir(), `diorama-${prefix}-`));
  created.push(dir);
  return dir;
}
