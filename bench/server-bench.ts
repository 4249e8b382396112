/**
 * Server benchmark: starts `diorama serve` as its own process, then the
 * official openai client creates N videos at once (default 50 × 4 s 720p,
 * model sora-2, 1280x720) and watches them finish. Prints the time until all
 * complete, per-video latency (create sent → seen completed) at p50 / p95,
 * throughput, and the peak resident memory of the server with everything it
 * runs (render threads are in-process; ffmpeg children are added in).
 *
 *   npm run bench:server
 *   npm run bench:server -- --count 10 --seconds 8 --size 720x1280
 *   npm run bench:server -- --workers 1 --json
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Prompts cycled through: one of each family of the development prompts. */
const PROMPTS = [
  'a red fox trotting through a snowy pine forest at dusk',
  'a golden retriever running on a beach at sunrise',
  'three red balloons floating into the sky',
  'a flock of birds flying over the mountains',
  'a dog chasing a cat across a park',
  'a paper boat floating down a river in the rain',
  'a busy city street during a thunderstorm',
  'a farm with a red barn and cows at noon',
  'an astronaut floating in space above the earth',
  'a whale swimming in the deep blue ocean',
];

interface Options {
  count: number;
  seconds: string;
  size: string;
  model: string;
  workers: number;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { count: 50, seconds: '4', size: '1280x720', model: 'sora-2', workers: availableParallelism(), json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--count') options.count = Number(value());
    else if (flag === '--seconds') options.seconds = value();
    else if (flag === '--size') options.size = value();
    else if (flag === '--model') options.model = value();
    else if (flag === '--workers') options.workers = Number(value());
    else if (flag === '--json') options.json = true;
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

/** Resident memory of a process and all its descendants (children of every thread, e.g. ffmpeg started by render threads). */
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
        stack.push(...children);
      }
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

async function startServer(dataDir: string, workers: number): Promise<{ url: string; stop(): Promise<number | null>; pid: number }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/diorama.js'), 'serve', '--port', '0', '--data', dataDir, '--workers', String(workers), '--job-rate-limit', '0', '--rate-limit', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /(http:\/\/\S+\/v1)/.exec(out);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code}:\n${log}`)));
  });
  return {
    url,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'diorama-server-bench-'));
  const server = await startServer(dataDir, options.workers);
  let peak = treeRss(server.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.pid))), 50);
  const client = new OpenAI({ baseURL: server.url, apiKey: 'bench', maxRetries: 0, timeout: 600_000 });
  const errors: string[] = [];
  try {
    const started = performance.now();
    const sentAt = new Map<string, number>();
    const created = await Promise.all(
      Array.from({ length: options.count }, async (_, i) => {
        const sent = performance.now();
        try {
          const video = await client.videos.create({
            prompt: PROMPTS[i % PROMPTS.length]!,
            model: options.model,
            size: options.size as OpenAI.Videos.VideoSize,
            seconds: options.seconds as OpenAI.Videos.VideoSeconds,
          });
          sentAt.set(video.id, sent);
          return video.id;
        } catch (error) {
          errors.push(`create ${i}: ${(error as Error).message}`);
          return null;
        }
      }),
    );
    const acceptedMs = performance.now() - started;
    const pending = new Set(created.filter((id): id is string => id !== null));
    const latencies: number[] = [];
    while (pending.size > 0) {
      await new Promise((r) => setTimeout(r, 200));
      for await (const video of client.videos.list({ limit: 100 })) {
        if (!pending.has(video.id)) continue;
        if (video.status === 'completed' || video.status === 'failed') {
          pending.delete(video.id);
          latencies.push(performance.now() - sentAt.get(video.id)!);
          if (video.status === 'failed') errors.push(`${video.id}: ${video.error?.code}: ${video.error?.message}`);
        }
      }
    }
    const totalMs = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, treeRss(server.pid));
    latencies.sort((a, b) => a - b);
    const [width, height] = options.size.split('x').map(Number) as [number, number];
    const videoSeconds = options.count * Number(options.seconds);
    const result = {
      videos: options.count,
      model: options.model,
      size: options.size,
      seconds: Number(options.seconds),
      renderThreads: options.workers,
      acceptedAllMs: Math.round(acceptedMs),
      allCompleteMs: Math.round(totalMs),
      p50LatencyMs: Math.round(percentile(latencies, 50)),
      p95LatencyMs: Math.round(percentile(latencies, 95)),
      videoSecondsPerWallSecond: Number((videoSeconds / (totalMs / 1000)).toFixed(2)),
      framesPerSecond: Math.round((videoSeconds * 30) / (totalMs / 1000)),
      peakRssMiB: Math.round(peak / 1024 / 1024),
      errors: errors.length,
    };
    if (options.json) console.log(JSON.stringify(result));
    else {
      console.log(`${options.count} concurrent creates of ${options.seconds} s ${width}x${height} (${options.model}), ${options.workers} render threads`);
      console.log(`  all accepted in        ${(result.acceptedAllMs / 1000).toFixed(2)} s`);
      console.log(`  all complete in        ${(result.allCompleteMs / 1000).toFixed(1)} s`);
      console.log(`  latency p50 / p95     ${(result.p50LatencyMs / 1000).toFixed(1)} s / ${(result.p95LatencyMs / 1000).toFixed(1)} s`);
      console.log(`  throughput             ${result.videoSecondsPerWallSecond}x real time (${result.framesPerSecond} frames/s at 30 fps)`);
      console.log(`  peak RSS (server + ffmpeg)  ${result.peakRssMiB} MiB`);
      console.log(`  errors                 ${result.errors}`);
      for (const error of errors.slice(0, 10)) console.log(`    ${error}`);
    }
  } finally {
    clearInterval(sampler);
    const code = await server.stop();
    if (code !== 0) errors.push(`the server exited with code ${code}`);
    await rm(dataDir, { recursive: true, force: true });
  }
  if (errors.length > 0) process.exitCode = 1;
}

await main();
