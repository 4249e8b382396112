/** The server-sent events stream of progress, webhooks, and the studio hook at /. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, clientFor, startTestServer, tempDir, TINY, waitForVideo, type TestServer } from './helpers.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

/** Reads a whole SSE stream into events. */
async function readEvents(response: Response): Promise<Array<{ event: string; data: any }>> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.includes('data:'))
    .map((block) => {
      const event = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
      const data = JSON.parse(/^data: ?(.*)$/m.exec(block)![1]!);
      return { event, data };
    });
}

describe('GET /v1/videos/{id}/events', () => {
  it('streams the video object as it renders and ends after completion', async () => {
    const created = await api(server.url, 'POST', '/videos', { json: { prompt: 'a bird flying over the mountains', model: 'diorama', size: '160x90', seconds: 4, fps: 24 } });
    const response = await fetch(`${server.url}/videos/${created.body.id}/events`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await readEvents(response);
    const last = events[events.length - 1]!;
    expect(last.event).toBe('completed');
    expect(last.data).toMatchObject({ id: created.body.id, status: 'completed', progress: 100 });
    const progress = events.map((e) => e.data.progress);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(events.filter((e) => e.event === 'in_progress').length).toBeGreaterThan(2);
  });

  it('for a finished video sends one event and ends', async () => {
    const client = clientFor(server.url);
    const video = await waitForVideo(client, (await client.videos.create({ prompt: 'a cat', ...TINY } as never)).id);
    const events = await readEvents(await fetch(`${server.url}/videos/${video.id}/events`));
    expect(events).toHaveLength(1);
    expect(events[0]!.event).toBe('completed');
  });
});

describe('webhooks', () => {
  it('POSTs video.completed signed per Standard Webhooks; the official client verifies it', async () => {
    const secret = `whsec_${Buffer.from('a test secret of 24 bytes').toString('base64')}`;
    const received: Array<{ body: string; headers: Record<string, string> }> = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ body, headers: req.headers as Record<string, string> });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const hooked = await startTestServer({ webhook: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, secret } });
    try {
      const client = clientFor(hooked.url);
      const video = await waitForVideo(client, (await client.videos.create({ prompt: 'a rocket launching', ...TINY } as never)).id);
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(received).toHaveLength(1);
      const verifier = new OpenAI({ apiKey: 'unused', webhookSecret: secret });
      const event = (await verifier.webhooks.unwrap(received[0]!.body, received[0]!.headers)) as unknown as Record<string, any>;
      expect(event).toMatchObject({ object: 'event', type: 'video.completed', data: { id: video.id } });
      expect(event.id).toMatch(/^evt_/);
      await expect(verifier.webhooks.unwrap(received[0]!.body.replace('completed', 'failed'), received[0]!.headers)).rejects.toThrow();
    } finally {
      await hooked.stop();
      receiver.close();
    }
  });
});

describe('the studio hook at /', () => {
  it('serves a friendly page when the studio is not built, and leaves /v1 alone', async () => {
    const bare = await startTestServer({ studioDir: tempDir('no-studio') });
    try {
      const page = await fetch(bare.url.replace(/\/v1$/, '/'));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const text = await page.text();
      expect(text).toContain(bare.url);
      expect(text).toContain('npm run build:studio');
      expect((await api(bare.url, 'GET', '/videos')).body.object).toBe('list');
    } finally {
      await bare.stop();
    }
  });

  it('serves studio/dist when it exists, with index.html for client-side routes', async () => {
    const studioDir = tempDir('studio');
    mkdirSync(path.join(studioDir, 'assets'));
    writeFileSync(path.join(studioDir, 'index.html'), '<!doctype html><title>Studio</title>');
    writeFileSync(path.join(studioDir, 'assets', 'app.js'), 'console.log(1)');
    const studio = await startTestServer({ studioDir });
    try {
      const origin = studio.url.replace(/\/v1$/, '');
      expect(await (await fetch(`${origin}/`)).text()).toContain('<title>Studio</title>');
      const script = await fetch(`${origin}/assets/app.js`);
      expect(script.headers.get('content-type')).toContain('javascript');
      expect(await (await fetch(`${origin}/videos/123`)).text()).toContain('<title>Studio</title>');
      expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
      expect((await api(studio.url, 'GET', '/videos')).body.object).toBe('list');
      expect((await api(studio.url, 'GET', '/nope')).body.error.code).toBe('unknown_url');
    } finally {
      await studio.stop();
    }
  });
});
