import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { InvalidRequestError } from '../util/errors.ts';
import type { CliIO } from './main.ts';
import { parseDecimal, parseWhole } from './parse-options.ts';
import { untilSignal } from './until-signal.ts';

interface WorkerFlags {
  queue: string;
  data: string;
  workers?: string;
  grace: string;
}

/** Adds `diorama worker`: renders jobs from a Redis queue into a shared data folder. */
export function addWorkerCommand(program: Command, io: CliIO): void {
  program
    .command('worker')
    .description('render jobs from the Redis queue of a `diorama serve --queue` server')
    .requiredOption('--queue <redis-url>', 'the Redis the server queues jobs in')
    .requiredOption('--data <folder>', "the server's data folder, shared with this machine")
    .option('--workers <n>', 'render threads (default: one per core)')
    .option('--grace <seconds>', 'on shutdown, how long running renders may finish before they are re-queued', '20')
    .action(async (flags: WorkerFlags) => {
      const { QUEUE_NAME, redisConnection, startRedisWorker } = await import('../jobs/redis-worker.ts');
      const { RenderPool } = await import('../jobs/render-pool.ts');
      redisConnection(flags.queue);
      const videos = path.join(path.resolve(flags.data), 'videos');
      if (!existsSync(videos)) {
        throw new InvalidRequestError(`${flags.data} is not a Diorama data folder (no videos/ inside); pass the folder the server uses`, 'data');
      }
      const threads = flags.workers !== undefined ? parseWhole('workers', flags.workers) : availableParallelism();
      if (threads < 1) throw new InvalidRequestError('--workers must be at least 1', 'workers');
      const pool = new RenderPool(threads);
      const worker = await startRedisWorker({ url: flags.queue, dataRoot: path.resolve(flags.data), pool });
      const host = new URL(flags.queue).host;
      io.stdout.write(`Diorama worker: ${threads} render thread${threads === 1 ? '' : 's'} taking jobs from redis://${host} (queue ${QUEUE_NAME}), data in ${flags.data}\n`);
      const signal = await untilSignal();
      io.stdout.write(`${signal}: finishing running renders (up to ${flags.grace} s), then stopping\n`);
      await worker.close(parseDecimal('grace', flags.grace) * 1000);
      await pool.close();
      io.stdout.write('stopped\n');
    });
}
