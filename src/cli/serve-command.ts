import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { InvalidRequestError } from '../util/errors.ts';
import type { CliIO } from './main.ts';
import { parseDecimal, parseWhole } from './parse-options.ts';
import { untilSignal } from './until-signal.ts';

interface ServeFlags {
  host: string;
  port: string;
  data: string;
  queue?: string;
  workers?: string;
  keysFile?: string;
  retention: string;
  grace: string;
  rateLimit: string;
  jobRateLimit: string;
  maxPending: string;
  webhookUrl?: string;
}

/** Adds `diorama serve`: the OpenAI Videos API over the scene engine. */
export function addServeCommand(program: Command, io: CliIO): void {
  program
    .command('serve')
    .description('serve the OpenAI Videos API (Sora-compatible) with durable jobs')
    .option('--host <host>', 'address to listen on (without API keys: loopback only)', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--data <folder>', 'where jobs and videos are kept', './data')
    .option('--queue <redis-url>', 'put jobs on a BullMQ queue in Redis (render with `diorama worker`)')
    .option('--workers <n>', 'render threads in this process (default: one per core; 0 with --queue: render only on workers)')
    .option('--keys-file <file>', 'API keys, one per line (also: DIORAMA_API_KEYS, comma separated)')
    .option('--retention <hours>', 'hours finished videos are kept (0: forever)', '24')
    .option('--grace <seconds>', 'on shutdown, how long running renders may finish before they are re-queued', '20')
    .option('--rate-limit <n>', 'requests a minute per key (0: no limit)', '6000')
    .option('--job-rate-limit <n>', 'new videos a minute per key (0: no limit)', '120')
    .option('--max-pending <n>', 'queued or running videos per key', '500')
    .option('--webhook-url <url>', 'POST video.completed / video.failed events here (secret: DIORAMA_WEBHOOK_SECRET)')
    .action(async (flags: ServeFlags) => {
      // Loaded here, not at the top: `diorama generate` should not pay for the server's modules.
      const { loadKeyRing } = await import('../server/api-keys.ts');
      const { defaultServerOptions, startServer } = await import('../server/server.ts');
      const { checkWebhookConfig } = await import('../server/webhook-sender.ts');
      const { DEFAULT_STUDIO_DIR } = await import('../server/studio-static.ts');
      const workers = flags.workers !== undefined ? parseWhole('workers', flags.workers) : availableParallelism();
      if (!flags.queue && workers < 1) throw new InvalidRequestError('--workers must be at least 1 without --queue', 'workers');
      const retentionHours = parseDecimal('retention', flags.retention);
      const keys = loadKeyRing({ env: process.env.DIORAMA_API_KEYS, file: flags.keysFile });
      const server = await startServer(
        defaultServerOptions({
          host: flags.host,
          port: parseWhole('port', flags.port),
          dataDir: flags.data,
          queueUrl: flags.queue ?? null,
          workers,
          keys,
          retentionSeconds: retentionHours > 0 ? Math.round(retentionHours * 3600) : null,
          graceMs: parseDecimal('grace', flags.grace) * 1000,
          requestsPerMinute: parseWhole('rate-limit', flags.rateLimit),
          jobsPerMinute: parseWhole('job-rate-limit', flags.jobRateLimit),
          maxPendingPerKey: Math.max(1, parseWhole('max-pending', flags.maxPending)),
          webhook: checkWebhookConfig(flags.webhookUrl ?? process.env.DIORAMA_WEBHOOK_URL, process.env.DIORAMA_WEBHOOK_SECRET),
          log: (line) => io.stderr.write(`${line}\n`),
        }),
      );
      io.stdout.write(`Diorama serves the OpenAI Videos API at ${server.url}\n`);
      io.stdout.write(`  jobs: ${server.queue.description}; data in ${path.resolve(flags.data)}\n`);
      io.stdout.write(
        existsSync(path.join(DEFAULT_STUDIO_DIR, 'index.html'))
          ? `  studio: ${server.url.replace(/\/v1$/, '/')} in a browser\n`
          : '  studio: not built (npm run build:studio), so / shows a short note instead\n',
      );
      if (keys.open) {
        const note = server.forcedLoopback ? ` (not ${flags.host})` : '';
        io.stdout.write(`  keys: none configured, so it listens on loopback only${note}; set DIORAMA_API_KEYS or --keys-file to serve other machines\n`);
      } else {
        io.stdout.write(`  keys: ${keys.count} API key${keys.count === 1 ? '' : 's'}; every video belongs to the key that made it\n`);
      }
      const signal = await untilSignal();
      io.stdout.write(`${signal}: finishing running renders (up to ${flags.grace} s), then stopping\n`);
      await server.stop();
      io.stdout.write('stopped\n');
    });
}
