/** API keys: every video belongs to its key; other keys get 404; no keys means loopback only. */
import { request } from 'node:http';
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, clientFor, pngImage, startTestServer, TINY, waitForVideo, type TestServer } from './helpers.ts';

const ALPHA = 'sk-alpha-0123456789';
const BETA = 'sk-beta-9876543210';
let server: TestServer;
let alpha: OpenAI;
let beta: OpenAI;
let video: OpenAI.Videos.Video;

beforeAll(async () => {
  server = await startTestServer({ apiKeys: [ALPHA, BETA] });
  alpha = clientFor(server.url, ALPHA);
  beta = clientFor(server.url, BETA);
  video = await waitForVideo(alpha, (await alpha.videos.create({ prompt: 'a golden retriever running', ...TINY } as never)).id);
});
afterAll(async () => {
  await server?.stop();
});

describe('API keys', () => {
  it('401 without a key or with a wrong one', async () => {
    const missing = await api(server.url, 'GET', '/videos');
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ type: 'invalid_request_error', param: null });
    const wrong = await api(server.url, 'GET', '/videos', { key: 'sk-wrong-key-000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_api_key');
    await expect(clientFor(server.url, 'sk-nobody-123').videos.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it("keeps each key's videos to itself: another key gets 404 everywhere", async () => {
    expect(video.status).toBe('completed');
    await expect(beta.videos.retrieve(video.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(beta.videos.downloadContent(video.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(beta.videos.remix(video.id, { prompt: 'mine now' })).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(beta.videos.extend({ prompt: 'more', seconds: '4', video: { id: video.id } })).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(beta.videos.edit({ prompt: 'edit', video: { id: video.id } })).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(beta.videos.delete(video.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    expect((await api(server.url, 'GET', `/videos/${video.id}/events`, { key: BETA })).status).toBe(404);
    expect((await beta.videos.list()).data).toEqual([]);
    expect((await alpha.videos.list()).data.map((v) => v.id)).toContain(video.id);
    // Still there for its owner.
    expect((await alpha.videos.retrieve(video.id)).id).toBe(video.id);
  });

  it("keeps uploaded files to their key too", async () => {
    const file = await alpha.files.create({ file: await toFile(pngImage(32, 32), 'a.png'), purpose: 'vision' });
    await expect(beta.files.retrieve(file.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    const result = await api(server.url, 'POST', '/videos', { key: BETA, json: { prompt: 'x', input_reference: { file_id: file.id } } });
    expect(result.status).toBe(404);
    expect((await alpha.files.retrieve(file.id)).id).toBe(file.id);
  });

  it('lists with `after` only within the key', async () => {
    const result = await api(server.url, 'GET', `/videos?after=${video.id}`, { key: BETA });
    expect(result.status).toBe(400);
    expect(result.body.error.param).toBe('after');
  });
});

describe('no keys', () => {
  it('binds to loopback only, even when asked for every interface, and says so', async () => {
    const open = await startTestServer({ host: '0.0.0.0' });
    try {
      expect(open.server.forcedLoopback).toBe(true);
      expect(open.server.host).toBe('127.0.0.1');
      expect(open.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      // Any bearer token (the SDK insists on one) is accepted.
      expect((await api(open.url, 'GET', '/videos', { key: 'anything' })).status).toBe(200);
      expect((await api(open.url, 'GET', '/videos')).status).toBe(200);
    } finally {
      await open.stop();
    }
  });
});

describe('expiry', () => {
  it('removes the files of expired videos; the record stays and downloads say it expired', async () => {
    const short = await startTestServer({ retentionSeconds: 1, sweepIntervalMs: 100 });
    try {
      const client = clientFor(short.url);
      const done = await waitForVideo(client, (await client.videos.create({ prompt: 'a snowman', ...TINY } as never)).id);
      expect(done.expires_at).toBe(done.completed_at! + 1);
      let result = await api(short.url, 'GET', `/videos/${done.id}/content`);
      for (let i = 0; i < 60 && result.status === 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        result = await api(short.url, 'GET', `/videos/${done.id}/content`);
      }
      expect(result.status).toBe(404);
      expect(result.body.error.code).toBe('video_expired');
      expect((await client.videos.retrieve(done.id)).status).toBe('completed');
      await expect(client.videos.remix(done.id, { prompt: 'again' })).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    } finally {
      await short.stop();
    }
  });
});

describe('a server without keys and browsers', () => {
  it('refuses other web sites and non-loopback Host names, but not programs or its own pages', async () => {
    const open = await startTestServer();
    try {
      const own = new URL(open.url).origin;
      expect((await api(open.url, 'GET', '/videos', { headers: { origin: own } })).status).toBe(200);
      const foreign = await api(open.url, 'POST', '/videos', { headers: { origin: 'https://evil.example' }, json: { prompt: 'x' } });
      expect(foreign.status).toBe(403);
      expect(foreign.body.error.code).toBe('forbidden_origin');
      const rebound = await new Promise<number>((resolve, reject) => {
        const { port } = new URL(open.url);
        const req = request({ host: '127.0.0.1', port, path: '/v1/videos', headers: { host: `evil.example:${port}` } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(rebound).toBe(403);
    } finally {
      await open.stop();
    }
  });
});
