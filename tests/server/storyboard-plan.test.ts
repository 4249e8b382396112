/** Diorama extensions the studio uses: storyboards (`shots` on create) and GET /v1/videos/{id}/plan. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, clientFor, startTestServer, TINY, waitForVideo, type TestServer } from './helpers.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ apiKeys: ['sk-alice-0123', 'sk-bob-4567'] });
});
afterAll(async () => {
  await server?.stop();
});

const ALICE = 'sk-alice-0123';

describe('storyboards', () => {
  it('renders shots, each from its own prompt, as one video whose plan has them in order', async () => {
    const created = await api(server.url, 'POST', '/videos', {
      key: ALICE,
      json: {
        model: 'diorama',
        size: '64x64',
        fps: 8,
        seed: 11,
        shots: [
          { prompt: 'a red fox trotting through a snowy forest', seconds: 1 },
          { prompt: 'a whale swimming in the deep blue ocean', seconds: 2 },
        ],
      },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ status: 'queued', seconds: '3', size: '64x64', prompt: 'a red fox trotting through a snowy forest\na whale swimming in the deep blue ocean' });
    const video = await waitForVideo(clientFor(server.url, ALICE), created.body.id);
    expect(video.status).toBe('completed');
    const plan = await api(server.url, 'GET', `/videos/${video.id}/plan`, { key: ALICE });
    expect(plan.status).toBe(200);
    expect(plan.body.seed).toBe(11);
    expect(plan.body.output).toMatchObject({ width: 64, height: 64, fps: 8, seconds: 3 });
    expect(plan.body.shots.map((s: any) => [s.start, s.duration])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(plan.body.shots[0].entities.map((e: any) => e.noun)).toContain('fox');
    expect(plan.body.shots[1].entities.map((e: any) => e.noun)).toContain('whale');
    // The video lasts as long as its shots: 3 s at 8 fps is 24 frames.
    const content = await fetch(`${server.url}/videos/${video.id}/content`, { headers: { authorization: `Bearer ${ALICE}` } });
    expect(content.headers.get('content-type')).toBe('video/mp4');
    expect((await content.arrayBuffer()).byteLength).toBeGreaterThan(500);
  });

  it('refuses bad shots with the field at fault', async () => {
    const bad = await api(server.url, 'POST', '/videos', { key: ALICE, json: { ...TINY, shots: [{ prompt: 'a cat', seconds: 1 }, { prompt: '', seconds: 1 }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('shots[1].prompt');
    const sora = await api(server.url, 'POST', '/videos', { key: ALICE, json: { model: 'sora-2', size: '1280x720', shots: [{ prompt: 'a cat', seconds: 3 }] } });
    expect(sora.status).toBe(400);
    expect(sora.body.error.param).toBe('seconds');
  });
});

describe('GET /v1/videos/{id}/plan', () => {
  it('is the plan of a completed video, for its owner only; not before it is completed', async () => {
    const created = await api(server.url, 'POST', '/videos', { key: ALICE, json: { prompt: 'three yellow ducks swimming in a pond', ...TINY, seconds: 2 } });
    const early = await api(server.url, 'GET', `/videos/${created.body.id}/plan`, { key: ALICE });
    if (early.status !== 200) expect(early.body.error.code).toBe('video_not_ready');
    await waitForVideo(clientFor(server.url, ALICE), created.body.id);
    const plan = await api(server.url, 'GET', `/videos/${created.body.id}/plan`, { key: ALICE });
    expect(plan.status).toBe(200);
    expect(plan.headers.get('content-type')).toContain('application/json');
    expect(plan.body).toMatchObject({ version: 1, prompt: 'three yellow ducks swimming in a pond', output: { width: 64, height: 64, seconds: 2 } });
    const duck = plan.body.shots[0].entities.find((e: any) => /duck/.test(e.noun));
    expect(duck).toMatchObject({ count: 3, color: expect.any(String) });
    expect((await api(server.url, 'GET', `/videos/${created.body.id}/plan`, { key: 'sk-bob-4567' })).status).toBe(404);
    expect((await api(server.url, 'GET', '/videos/video_nope/plan', { key: ALICE })).status).toBe(404);
  });

  it('names the reference image instead of its path on the server', async () => {
    const { pngImage } = await import('./helpers.ts');
    const form = new FormData();
    form.set('prompt', 'a cat on a sofa');
    for (const [k, v] of Object.entries(TINY)) form.set(k, v);
    form.set('input_reference', new Blob([pngImage(32, 32)], { type: 'image/png' }), 'ref.png');
    const created = await api(server.url, 'POST', '/videos', { key: ALICE, body: form });
    expect(created.status).toBe(200);
    await waitForVideo(clientFor(server.url, ALICE), created.body.id);
    const plan = await api(server.url, 'GET', `/videos/${created.body.id}/plan`, { key: ALICE });
    expect(plan.body.reference).toEqual({ image: 'reference.png' });
    expect(JSON.stringify(plan.body)).not.toContain(server.dataDir);
  });
});
