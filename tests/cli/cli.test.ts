import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { probeMedia } from '../../src/encode/probe.ts';
import { makeTempDir } from '../support/temp-dirs.ts';

const BIN = path.resolve('bin/diorama.js');
const run = promisify(execFile);

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function diorama(args: string[], cwd?: string): Promise<RunResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const SMALL = ['--size', '160x90', '--seconds', '1', '--fps', '8', '--no-progress'];

describe('diorama generate', () => {
  it('makes a playable H.264 MP4 and prints a JSON result', async () => {
    const dir = await makeTempDir('cli');
    const out = path.join(dir, 'fox.mp4');
    const result = await diorama(['generate', 'a red fox trotting through a snowy forest', '-o', out, ...SMALL, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ output: out, format: 'mp4', width: 160, height: 90, fps: 8, frameCount: 8 });
    const info = await probeMedia(out);
    expect(info).toMatchObject({ codec: 'h264', width: 160, height: 90, pixelFormat: 'yuv420p' });
    expect(await readdir(dir)).toEqual(['fox.mp4']);
  });

  it('takes the format from the extension and writes extras', async () => {
    const dir = await makeTempDir('cli');
    const result = await diorama(
      ['generate', 'a whale in the ocean', '-o', 'whale.webm', '--thumbnail', 't.webp', '--spritesheet', 's.jpg', '--save-plan', 'p.json', ...SMALL],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*whale\.webm/);
    expect((await readdir(dir)).sort()).toEqual(['p.json', 's.jpg', 't.webp', 'whale.webm']);
    expect((await probeMedia(path.join(dir, 'whale.webm'))).codec).toBe('vp9');
    const webp = await readFile(path.join(dir, 't.webp'));
    expect(webp.subarray(8, 12).toString('latin1')).toBe('WEBP');
    const plan = JSON.parse(await readFile(path.join(dir, 'p.json'), 'utf8'));
    expect(plan.version).toBe(1);
  });

  it.each([
    [['--size', '161x90'], /width must be even/],
    [['--size', 'big'], /--size must look like 1280x720/],
    [['--size', '8x8'], /width must be a whole number from 16 to 3840/],
    [['--seconds', '0'], /seconds must be from 1 to 120/],
    [['--seconds', '500'], /seconds/],
    [['--fps', '0'], /fps must be a whole number from 1 to 60/],
    [['--fps', '30fps'], /--fps must be a whole number/],
    [['--format', 'mov'], /mov/],
    [['-o', 'clip.avi'], /cannot tell the format/],
    [['-o', '/nonexistent-dir/clip.mp4'], /output folder does not exist/],
  ])('exits 2 with one line for bad input %j and writes nothing', async (args, message) => {
    const dir = await makeTempDir('cli-bad');
    const result = await diorama(['generate', 'a cat', '-o', 'x.mp4', ...SMALL, ...args], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n').filter((l) => !/run with --help/.test(l))).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects an empty and an oversized prompt', async () => {
    expect((await diorama(['generate', '', ...SMALL])).code).toBe(2);
    const long = 'a'.repeat(32_001);
    const result = await diorama(['generate', long, '-o', '/tmp/never.mp4', ...SMALL]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/32000/);
  });

  it('exits 2 for unknown commands and options', async () => {
    expect((await diorama(['make', 'x'])).code).toBe(2);
    expect((await diorama(['generate', 'x', '--colour', 'red'])).code).toBe(2);
  });
});

describe('diorama plan and render', () => {
  it('prints a plan that render turns into a video; an edited plan is honoured', async () => {
    const dir = await makeTempDir('cli-plan');
    const planned = await diorama(['plan', 'a dog in a park', '--size', '160x90', '--seconds', '1', '--fps', '8']);
    expect(planned.code).toBe(0);
    const plan = JSON.parse(planned.stdout);
    expect(plan.output).toMatchObject({ width: 160, height: 90, seconds: 1, fps: 8 });
    plan.shots[0].setting.timeOfDay = 'night';
    await writeFile(path.join(dir, 'plan.json'), JSON.stringify(plan));
    const rendered = await diorama(['render', 'plan.json', '-o', 'night.gif', '--no-progress', '--json'], dir);
    expect(rendered.code).toBe(0);
    expect(JSON.parse(rendered.stdout)).toMatchObject({ format: 'gif', frameCount: 8 });
  });

  it('exits 2 for a missing, malformed or invalid plan file', async () => {
    const dir = await makeTempDir('cli-plan-bad');
    await writeFile(path.join(dir, 'bad.json'), '{"version": 1,');
    await writeFile(path.join(dir, 'invalid.json'), JSON.stringify({ version: 1, prompt: '', seed: 0 }));
    for (const file of ['missing.json', 'bad.json', 'invalid.json']) {
      const result = await diorama(['render', file, '-o', 'x.mp4'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/plan/);
    }
    expect((await readdir(dir)).sort()).toEqual(['bad.json', 'invalid.json']);
  });

  it('prints the JSON Schema', async () => {
    const result = await diorama(['schema']);
    expect(JSON.parse(result.stdout).title).toMatch(/scene plan/);
  });
});
