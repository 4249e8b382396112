/**
 * Render benchmark: a fixed set of prompts at 1280×720, 30 fps, 5 s. For each
 * prompt, in its own process so memory figures don't mix:
 *   - end to end: generate() to an MP4 (plan + simulate + render + encode);
 *   - the encode-only floor: the same frames, pre-rendered to a raw file, then
 *     encoded alone with the same encoder.
 * Prints frames per second, the real-time factor (video seconds per wall
 * second), the ratio to the floor and peak memory (this process plus ffmpeg).
 *
 *   npm run bench                 # the fixed set
 *   npm run bench -- --all        # every prompt in ../shared/prompts/dev-prompts.txt
 *   npm run bench -- --prompt "a cat on a sofa"
 *   npm run bench -- --json       # one JSON object per prompt
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '../src/core/generate.ts';
import { ENCODERS } from '../src/encode/video-encoders.ts';
import { sceneEngine } from '../src/engines/scene-engine.ts';
import { NATIVE_MEMORY_ENV } from '../src/util/native-memory.ts';
import { MemorySampler } from './memory-sampler.ts';

const OUTPUT = { width: 1280, height: 720, fps: 30, seconds: 5 } as const;

/** The fixed set: one prompt from each family of the shared development prompts. */
export const BENCH_PROMPTS = [
  'a red fox trotting through a snowy pine forest at dusk',
  'a golden retriever running on a beach at sunrise',
  'three red balloons floating into the sky',
  'a flock of birds flying over the mountains',
  'a dog chasing a cat across a park',
  'a busy city street during a thunderstorm',
  'an underwater coral reef with sunlight rays',
  'a city at night in neon cyberpunk style',
];

interface PromptResult {
  prompt: string;
  frames: number;
  wallSeconds: number;
  fps: number;
  realtime: number;
  floorSeconds: number;
  floorRatio: number;
  peakMiB: number;
}

async function measure(prompt: string): Promise<PromptResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'diorama-bench-'));
  try {
    const sampler = new MemorySampler();
    sampler.start();
    const started = performance.now();
    const result = await generate({ prompt, ...OUTPUT, output: path.join(dir, 'video.mp4') });
    const wallSeconds = (performance.now() - started) / 1000;
    const peak = sampler.stop();

    // Pre-render the same frames to a raw file (untimed), then time encoding them alone.
    const source = await sceneEngine.open(result.plan);
    const rawPath = path.join(dir, 'frames.rgba');
    const raw = await open(rawPath, 'w');
    for (let i = 0; i < source.frameCount; i++) await raw.write(await source.renderFrame(i));
    await raw.close();
    await source.close();
    const frameBytes = OUTPUT.width * OUTPUT.height * 4;
    const input = await open(rawPath, 'r');
    const buffer = Buffer.alloc(frameBytes);
    const floorStarted = performance.now();
    const encoder = ENCODERS.mp4({ ...OUTPUT, frameCount: result.frameCount, path: path.join(dir, 'floor.mp4') });
    for (let i = 0; i < result.frameCount; i++) {
      await input.read(buffer, 0, frameBytes, i * frameBytes);
      await encoder.write(i, buffer);
    }
    await encoder.finish();
    const floorSeconds = (performance.now() - floorStarted) / 1000;
    await input.close();

    return {
      prompt,
      frames: result.frameCount,
      wallSeconds,
      fps: result.frameCount / wallSeconds,
      realtime: result.seconds / wallSeconds,
      floorSeconds,
      floorRatio: wallSeconds / floorSeconds,
      peakMiB: peak / 2 ** 20,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function sharedPrompts(): string[] {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/prompts/dev-prompts.txt');
  if (!existsSync(file)) throw new Error(`shared prompts not found at ${file}`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(`${JSON.stringify(await measure(args[1]!))}\n`);
    return;
  }
  const json = args.includes('--json');
  const promptIndex = args.indexOf('--prompt');
  const prompts = promptIndex >= 0 ? [args[promptIndex + 1]!] : args.includes('--all') ? sharedPrompts() : BENCH_PROMPTS;
  const self = fileURLToPath(import.meta.url);
  const exec = promisify(execFile);
  if (!json) {
    console.log(`Diorama render benchmark: ${OUTPUT.width}x${OUTPUT.height}, ${OUTPUT.fps} fps, ${OUTPUT.seconds} s; ${availableParallelism()} cores; node ${process.version}`);
    console.log(`${'prompt'.padEnd(58)} ${'fps'.padStart(6)} ${'×realtime'.padStart(9)} ${'floor s'.padStart(8)} ${'÷floor'.padStart(7)} ${'peak MiB'.padStart(9)}`);
  }
  const results: PromptResult[] = [];
  for (const prompt of prompts) {
    // A fresh process per prompt: peak memory and warm-up are per prompt.
    // Each child runs as the diorama command would, with its native allocator settings (see native-memory.ts).
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', self, '--child', prompt], { maxBuffer: 1 << 20, env: { ...NATIVE_MEMORY_ENV, ...process.env } });
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as PromptResult;
    results.push(r);
    if (json) console.log(JSON.stringify(r));
    else {
      const name = prompt.length > 57 ? `${prompt.slice(0, 56)}…` : prompt;
      console.log(`${name.padEnd(58)} ${r.fps.toFixed(1).padStart(6)} ${r.realtime.toFixed(2).padStart(9)} ${r.floorSeconds.toFixed(2).padStart(8)} ${r.floorRatio.toFixed(2).padStart(7)} ${r.peakMiB.toFixed(0).padStart(9)}`);
    }
  }
  if (!json) {
    const rt = results.map((r) => r.realtime);
    console.log(
      `\nreal-time factor: min ${Math.min(...rt).toFixed(2)}×, median ${median(rt).toFixed(2)}× (goal ≥ 3×); ` +
        `time ÷ encode-only floor: median ${median(results.map((r) => r.floorRatio)).toFixed(2)}; ` +
        `peak memory: max ${Math.max(...results.map((r) => r.peakMiB)).toFixed(0)} MiB (goal ≤ 400)`,
    );
  }
}

await main();
