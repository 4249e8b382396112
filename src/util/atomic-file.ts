import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { InvalidRequestError } from './errors.ts';

/**
 * A file that appears at its final path only when complete: work goes to a
 * hidden temporary sibling (same folder, so the rename is atomic) that is
 * renamed on commit and removed on abort.
 */
export interface AtomicFile {
  /** Where to write the content while it is being produced. */
  readonly tempPath: string;
  /** The path the file will have after commit. */
  readonly finalPath: string;
  /** Moves the finished file into place (fsyncs it first). */
  commit(): Promise<void>;
  /** Deletes the temporary file; safe to call more than once. */
  abort(): Promise<void>;
}

/** Checks that a file can be created at `target`: the folder exists and is writable. */
export async function assertWritableTarget(target: string, param = 'output'): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  let stat;
  try {
    stat = await fs.stat(dir);
  } catch {
    throw new InvalidRequestError(`output folder does not exist: ${dir}`, param);
  }
  if (!stat.isDirectory()) throw new InvalidRequestError(`output folder is not a folder: ${dir}`, param);
  try {
    await fs.access(dir, constants.W_OK);
  } catch {
    throw new InvalidRequestError(`output folder is not writable: ${dir}`, param);
  }
  try {
    const existing = await fs.stat(target);
    if (existing.isDirectory()) throw new InvalidRequestError(`output path is a folder: ${target}`, param);
  } catch (error) {
    if (error instanceof InvalidRequestError) throw error;
  }
}

/** Starts an atomic write to `finalPath`. The temporary name keeps the extension. */
export function createAtomicFile(finalPath: string): AtomicFile {
  const resolved = path.resolve(finalPath);
  const dir = path.dirname(resolved);
  const ext = path.extname(resolved);
  const stem = path.basename(resolved, ext);
  const tempPath = path.join(dir, `.${stem}.${process.pid}.${randomBytes(4).toString('hex')}.partial${ext}`);
  let settled = false;
  return {
    tempPath,
    finalPath: resolved,
    async commit() {
      if (settled) throw new Error('atomic file already settled');
      settled = true;
      try {
        const handle = await fs.open(tempPath, 'r');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(tempPath, resolved);
      } catch (error) {
        await fs.rm(tempPath, { force: true });
        throw error;
      }
    },
    async abort() {
      settled = true;
      await fs.rm(tempPath, { force: true });
    },
  };
}

/** Writes a whole buffer atomically. */
export async function writeFileAtomic(finalPath: string, data: Uint8Array | string): Promise<void> {
  const file = createAtomicFile(finalPath);
  try {
    await fs.writeFile(file.tempPath, data);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
