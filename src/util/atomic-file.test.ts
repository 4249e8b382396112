import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWritableTarget, createAtomicFile, writeFileAtomic } from './atomic-file.ts';
import { InvalidRequestError } from './errors.ts';
import { makeTempDir } from '../../tests/support/temp-dirs.ts';

describe('atomic files', () => {
  it('only shows the file after commit', async () => {
    const dir = await makeTempDir('atomic');
    const target = path.join(dir, 'video.mp4');
    const file = createAtomicFile(target);
    await writeFile(file.tempPath, 'data');
    expect(await readdir(dir)).not.toContain('video.mp4');
    await file.commit();
    expect(await readdir(dir)).toEqual(['video.mp4']);
    expect(await readFile(target, 'utf8')).toBe('data');
  });

  it('leaves nothing behind on abort', async () => {
    const dir = await makeTempDir('atomic');
    const file = createAtomicFile(path.join(dir, 'x.png'));
    await writeFile(file.tempPath, 'half');
    await file.abort();
    expect(await readdir(dir)).toEqual([]);
  });

  it('replaces an existing file in one step', async () => {
    const dir = await makeTempDir('atomic');
    const target = path.join(dir, 'a.txt');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('rejects a missing folder and a folder as target', async () => {
    const dir = await makeTempDir('atomic');
    await expect(assertWritableTarget(path.join(dir, 'nope', 'a.mp4'))).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(assertWritableTarget(dir)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(assertWritableTarget(path.join(dir, 'ok.mp4'))).resolves.toBeUndefined();
  });
});
