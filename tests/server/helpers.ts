import { createCanvas } from '@napi-rs/canvas';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { createKeyRing } from '../../src/server/api-keys.ts';
import { defaultServerOptions, startServer, type RunningServer, type ServerOptions } from '../../src/server/server.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A tiny video: fast enough for tests (the `diorama` model takes any even size and fps). */
export const TINY = { model: 'diorama', size: '64x64', seconds: '1', fps: 8 } as const;

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `diorama-${prefix}-`));
}

/** A server in this process on a free loopback port, with its own data folder. */
export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly dataDir: string;
  readonly logs: string[];
  stop(): Promise<void>;
}

export async function startTestServer(overrides: Partial<ServerOptions> & { apiKeys?: string[] } = {}): Promise<TestServer> {
  const { apiKeys, ...rest } = overrides;
  const dataDir = rest.dataDir ?? tempDir('server');
  const logs: string[] = [];
  const server = await startServer(
    defaultServerOptions({
      port: 0,
      dataDir,
      workers: 1,
      graceMs: 5000,
      keys: createKeyRing(apiKeys ?? []),
      log: (line) => logs.push(line),
      ...rest,
    }),
  );
  return { server, url: server.url, dataDir, logs, stop: () => server.stop() };
}

/** The official OpenAI client pointed at a test server (no retries, so errors surface at once). */
export function clientFor(url: string, apiKey = 'sk-local-test'): OpenAI {
  return new OpenAI({ baseURL: url, apiKey, maxRetries: 0, timeout: 30_000 });
}

/** Polls with retrieve until the video is completed or failed. */
export async function waitForVideo(client: OpenAI, id: string, timeoutMs = 60_000): Promise<OpenAI.Videos.Video> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const video = await client.videos.retrieve(id);
    if (video.status === 'completed' || video.status === 'failed') return video;
    if (Date.now() > deadline) throw new Error(`video ${id} still ${video.status} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A PNG of the given size: a colour gradient (so plates are visible). */
export function pngImage(width: number, height: number): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const gradient = ctx.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#ff0080');
  gradient.addColorStop(1, '#00c0ff');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
  return canvas.encodeSync('png');
}

/** Raw HTTP with JSON in and out. */
export async function api(
  url: string,
  method: string,
  pathname: string,
  options: { json?: unknown; body?: RequestInit['body']; headers?: Record<string, string>; key?: string } = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${url}${pathname}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed };
}

/** A `diorama` CLI process (serve or worker) whose first stdout line has been read. */
export interface CliProcess {
  readonly child: ChildProcess;
  readonly firstLine: string;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Starts `node bin/diorama.js <args>` and waits for its first line of output. */
export async function spawnCli(args: string[], env: Record<string, string> = {}): Promise<CliProcess> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/diorama.js'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no output from diorama ${args.join(' ')}:\n${out}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => /^(Diorama|error|internal)/.test(l));
      if (line && out.includes('\n')) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`diorama ${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
  return { child, firstLine, output: () => out, exited };
}

/** The API base URL a `diorama serve` banner line names. */
export function urlFromBanner(line: string): string {
  const match = /(http:\/\/\S+\/v1)/.exec(line);
  if (!match) throw new Error(`no URL in: ${line}`);
  return match[1]!;
}
