import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { InvalidRequestError } from '../util/errors.ts';

/**
 * Makes sure only one server uses a data folder (two would both run its
 * queued jobs). The lock is a file holding the owner's process id; a lock
 * left by a process that no longer runs (a crash) is taken over. Returns the
 * function that releases it.
 */
export function lockDataFolder(root: string): () => void {
  const file = path.join(root, 'server.lock');
  if (held.has(file)) throw new InvalidRequestError(`this process already serves the data folder ${root}`, 'data');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      held.add(file);
      return () => {
        if (!held.delete(file)) return;
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      // Our own pid in a lock we do not hold: a crashed predecessor whose pid was reused (containers).
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        throw new InvalidRequestError(`another diorama server (process ${pid}) is using the data folder ${root}`, 'data');
      }
      rmSync(file, { force: true });
    }
  }
  throw new InvalidRequestError(`could not lock the data folder ${root}`, 'data');
}

/** Lock files this process holds. */
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
