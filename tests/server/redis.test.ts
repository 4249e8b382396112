/**
 * Scale-out on a real engine: `diorama serve --queue redis://…` with no
 * render threads of its own, and `diorama worker` processes that render into
 * the shared data folder. Starts its own redis-server on a free port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, sleep, spawnCli, startTestServer, tempDir, TINY, waitForVideo, type CliProcess, type TestServer } from './helpers.ts';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) console.warn('redis-server is not installed: skipping the Redis tests (CI installs it; locally: apt-get install -y redis-server)');

let redis: ChildProcess;
let redisUrl: string;
let dataDir: string;
let server: TestServer;
let client: OpenAI;
const workers: CliProcess[] = [];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

async function startWorker(): Promise<CliProcess> {
  const worker = await spawnCli(['worker', '--queue', redisUrl, '--data', dataDir, '--workers', '1', '--grace', '0']);
  workers.push(worker);
  expect(worker.firstLine).toMatch(/^Diorama worker: 1 render thread/);
  return worker;
}

const SLOW = { prompt: 'a horse galloping along the shore', model: 'diorama', size: '320x180', seconds: 30, fps: 30 };

async function waitForStatus(id: string, wanted: (video: OpenAI.Videos.Video) => boolean, timeoutMs = 30_000): Promise<OpenAI.Videos.Video> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const video = await client.videos.retrieve(id);
    if (wanted(video)) return video;
    if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(video)}`);
    await sleep(50);
  }
}

describe.skipIf(!hasRedis)('Redis queue (BullMQ) with separate workers', () => {
  beforeAll(async () => {
    const port = await freePort();
    const dir = tempDir('redis');
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redisUrl = `redis://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().includes('PONG')) break;
      await sleep(50);
    }
    dataDir = tempDir('shared');
    server = await startTestServer({ dataDir, queueUrl: redisUrl, workers: 0 });
    client = clientFor(server.url);
  });

  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
    await server?.stop();
    redis?.kill('SIGKILL');
  });

  it('queues on Redis; a worker process renders into the shared folder', async () => {
    expect(server.server.queue.description).toMatch(/BullMQ.*no local renders/);
    const created = await client.videos.create({ prompt: 'a sailboat on a calm lake', ...TINY } as never);
    await sleep(300);
    expect((await client.videos.retrieve(created.id)).status).toBe('queued');
    await startWorker();
    const done = await waitForVideo(client, created.id);
    expect(done.status).toBe('completed');
    expect(existsSync(path.join(dataDir, 'videos', created.id, 'video.mp4'))).toBe(true);
    const bytes = await (await client.videos.downloadContent(created.id)).arrayBuffer();
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });

  it('reports progress from the worker, and remixes and extensions work across processes', async () => {
    const slow = await client.videos.create({ ...SLOW, seconds: 10 } as never);
    const midway = await waitForStatus(slow.id, (v) => v.status === 'in_progress' && v.progress > 0);
    expect(midway.progress).toBeLessThan(100);
    const done = await waitForVideo(client, slow.id);
    const remix = await client.videos.remix(done.id, { prompt: 'a zebra galloping along the shore' });
    const extension = await client.videos.extend({ prompt: 'the horse stops', seconds: '2' as never, video: { id: done.id } });
    expect((await waitForVideo(client, remix.id)).status).toBe('completed');
    expect((await waitForVideo(client, extension.id)).seconds).toBe('12');
  });

  it('deleting a job that renders on a worker stops it there', async () => {
    const slow = await client.videos.create({ ...SLOW, seconds: 60 } as never);
    await waitForStatus(slow.id, (v) => v.status === 'in_progress' && v.progress > 0);
    await client.videos.delete(slow.id);
    // The worker is free again quickly: a small job right after finishes long before the 60 s one could have.
    const next = await client.videos.create({ prompt: 'a cat', ...TINY } as never);
    const started = Date.now();
    expect((await waitForVideo(client, next.id, 20_000)).status).toBe('completed');
    expect(Date.now() - started).toBeLessThan(8000);
    for (let i = 0; i < 40 && existsSync(path.join(dataDir, 'videos', slow.id)); i++) await sleep(50);
    expect(existsSync(path.join(dataDir, 'videos', slow.id))).toBe(false);
  });

  it('a worker stopped mid-render hands the job back; another worker finishes it', async () => {
    const slow = await client.videos.create(SLOW as never);
    await waitForStatus(slow.id, (v) => v.status === 'in_progress' && v.progress >= 5);
    const [worker] = workers.splice(0);
    worker!.child.kill('SIGTERM');
    expect(await worker!.exited).toBe(0);
    expect((await waitForStatus(slow.id, (v) => v.status === 'queued')).progress).toBe(0);
    await startWorker();
    expect((await waitForVideo(client, slow.id)).status).toBe('completed');
  });

  it('a restarted server picks up what finished while it was down', async () => {
    const created = await client.videos.create({ prompt: 'a kite flying high', ...TINY } as never);
    await server.stop();
    // The worker keeps rendering while the server is down.
    await sleep(1500);
    server = await startTestServer({ dataDir, queueUrl: redisUrl, workers: 0 });
    client = clientFor(server.url);
    expect((await waitForVideo(client, created.id)).status).toBe('completed');
  });
});
