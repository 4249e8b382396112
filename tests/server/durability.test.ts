/**
 * Durable jobs with a real `diorama serve` process: killed mid-render it
 * loses nothing and serves nothing half-written; stopped with SIGTERM it
 * finishes or re-queues what runs and exits cleanly.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { probeMedia } from '../../src/encode/probe.ts';
import { api, sleep, spawnCli, tempDir, urlFromBanner, type CliProcess } from './helpers.ts';

const running: CliProcess[] = [];

afterEach(() => {
  for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
});

async function serve(dataDir: string, extra: string[] = []): Promise<{ process: CliProcess; url: string }> {
  const process = await spawnCli(['serve', '--port', '0', '--data', dataDir, '--workers', '1', ...extra]);
  running.push(process);
  return { process, url: urlFromBanner(process.firstLine) };
}

/** A job of a few seconds' work: long enough to be caught mid-render. */
const SLOW = { prompt: 'a horse galloping along the shore at sunset', model: 'diorama', size: '320x180', seconds: 30, fps: 30 };

async function waitUntil<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function statusOf(url: string, id: string): Promise<any> {
  return (await api(url, 'GET', `/videos/${id}`)).body;
}

describe('durable jobs', () => {
  it('a server killed mid-render restarts the job and finishes it; queued jobs run too', async () => {
    const dataDir = tempDir('crash');
    const first = await serve(dataDir);
    const job = (await api(first.url, 'POST', '/videos', { json: SLOW })).body;
    const queued = (await api(first.url, 'POST', '/videos', { json: { ...SLOW, seconds: 2 } })).body;
    await waitUntil('progress', async () => {
      const video = await statusOf(first.url, job.id);
      return video.status === 'in_progress' && video.progress >= 5 ? video : null;
    });
    first.process.child.kill('SIGKILL');
    await first.process.exited;

    // Nothing half-written is in place: the video exists only as a hidden partial file.
    const folder = path.join(dataDir, 'videos', job.id);
    expect(readdirSync(folder)).not.toContain('video.mp4');

    const second = await serve(dataDir);
    const early = await api(second.url, 'GET', `/videos/${job.id}/content`);
    expect(early.status).toBe(400);
    const done = await waitUntil('completion', async () => {
      const video = await statusOf(second.url, job.id);
      return video.status === 'completed' || video.status === 'failed' ? video : null;
    });
    expect(done.status).toBe('completed');
    expect((await waitUntil('the queued job', async () => ((await statusOf(second.url, queued.id)).status === 'completed' ? true : null))));
    const info = await probeMedia(path.join(folder, 'video.mp4'));
    expect(info.width).toBe(320);
    expect(info.duration).toBeCloseTo(30, 0);
    expect(readdirSync(folder).filter((name) => name.includes('partial'))).toEqual([]);
    const content = await fetch(`${second.url}/videos/${job.id}/content`);
    expect(content.status).toBe(200);
    expect(Number(content.headers.get('content-length'))).toBeGreaterThan(1000);
    await content.arrayBuffer();

    second.process.child.kill('SIGTERM');
    expect(await second.process.exited).toBe(0);
  });

  it('SIGTERM lets a running render finish, then the server exits 0', async () => {
    const dataDir = tempDir('sigterm');
    const { process, url } = await serve(dataDir, ['--grace', '60']);
    const job = (await api(url, 'POST', '/videos', { json: { ...SLOW, seconds: 10 } })).body;
    await waitUntil('start', async () => ((await statusOf(url, job.id)).status === 'in_progress' ? true : null));
    process.child.kill('SIGTERM');
    // While it drains it still answers, but takes no new work.
    await sleep(100);
    const refused = await api(url, 'POST', '/videos', { json: SLOW }).catch(() => null);
    if (refused) expect(refused.status).toBe(503);
    expect(await process.exited).toBe(0);
    expect(process.output()).toContain('stopped');
    const again = await serve(dataDir);
    expect((await statusOf(again.url, job.id)).status).toBe('completed');
  });

  it('SIGTERM with no grace re-queues the running render, and the next start finishes it', async () => {
    const dataDir = tempDir('requeue');
    const { process, url } = await serve(dataDir, ['--grace', '0']);
    const job = (await api(url, 'POST', '/videos', { json: SLOW })).body;
    await waitUntil('progress', async () => ((await statusOf(url, job.id)).progress >= 5 ? true : null));
    process.child.kill('SIGTERM');
    expect(await process.exited).toBe(0);
    const again = await serve(dataDir);
    const status = await statusOf(again.url, job.id);
    expect(['queued', 'in_progress']).toContain(status.status);
    const done = await waitUntil('completion', async () => {
      const video = await statusOf(again.url, job.id);
      return video.status === 'completed' ? video : null;
    });
    expect(done.progress).toBe(100);
  });

  it('refuses a second server on the same data folder', async () => {
    const dataDir = tempDir('lock');
    await serve(dataDir);
    const second = await spawnCli(['serve', '--port', '0', '--data', dataDir]).catch((error: Error) => error);
    expect(String(second instanceof Error ? second.message : second.output())).toMatch(/another diorama server/);
  });
});
