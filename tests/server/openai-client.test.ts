/**
 * The official `openai` npm package, unchanged, against a live server on
 * loopback: everything a program written for OpenAI's Videos API does.
 */
import { loadImage } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, pngImage, startTestServer, TINY, waitForVideo, type TestServer } from './helpers.ts';

let server: TestServer;
let client: OpenAI;

beforeAll(async () => {
  server = await startTestServer({ workers: 2 });
  client = clientFor(server.url);
});
afterAll(async () => {
  await server?.stop();
});

/** The SDK's create params with the extra `fps` this server understands (for fast tests). */
function tiny(prompt: string, extra: Record<string, unknown> = {}): OpenAI.Videos.VideoCreateParams {
  return { prompt, ...TINY, ...extra } as unknown as OpenAI.Videos.VideoCreateParams;
}

const VIDEO_KEYS = [
  'completed_at', 'created_at', 'error', 'expires_at', 'id', 'model', 'object', 'progress',
  'prompt', 'remixed_from_video_id', 'seconds', 'size', 'status',
].sort();

function isMp4(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(4, 8)).toString('latin1') === 'ftyp';
}

describe('the official openai client', () => {
  let first: OpenAI.Videos.Video;

  it('creates with multipart (what client.videos.create sends) and polls to completion', async () => {
    const created = await client.videos.create(tiny('a red fox trotting through a snowy pine forest'));
    expect(Object.keys(created).sort()).toEqual(VIDEO_KEYS);
    expect(created).toMatchObject({ object: 'video', status: 'queued', progress: 0, model: 'diorama', size: '64x64', seconds: '1', error: null, completed_at: null, remixed_from_video_id: null });
    expect(created.id).toMatch(/^video_[0-9a-f]{32}$/);
    first = await waitForVideo(client, created.id);
    expect(first.status).toBe('completed');
    expect(first.progress).toBe(100);
    expect(first.completed_at).toBeGreaterThanOrEqual(first.created_at);
    expect(first.expires_at).toBeGreaterThan(first.completed_at!);
    expect(first.prompt).toBe('a red fox trotting through a snowy pine forest');
  });

  it('creates with a JSON body too', async () => {
    const created = await client.post<OpenAI.Videos.Video>('/videos', { body: { prompt: 'a bee buzzing around a sunflower', ...TINY, seconds: 1 } });
    expect(created.status).toBe('queued');
    expect(created.seconds).toBe('1');
    expect((await waitForVideo(client, created.id)).status).toBe('completed');
  });

  it('uses the Sora defaults: sora-2, 720x1280, 4 seconds', async () => {
    const created = await client.videos.create({ prompt: 'a sailboat on a calm lake at sunset' });
    expect(created).toMatchObject({ model: 'sora-2', size: '720x1280', seconds: '4' });
    await client.videos.delete(created.id);
  });

  it('accepts a reference image as a file upload, a data URL and an uploaded file id', async () => {
    const png = pngImage(96, 96);
    const upload = await client.videos.create(tiny('a hot air balloon drifting', { input_reference: await toFile(png, 'reference.png', { type: 'image/png' }) }));
    const dataUrl = await client.videos.create(
      tiny('a hot air balloon drifting', { input_reference: { image_url: `data:image/png;base64,${png.toString('base64')}` } }),
    );
    const file = await client.files.create({ file: await toFile(png, 'plate.png', { type: 'image/png' }), purpose: 'vision' });
    expect(file).toMatchObject({ object: 'file', filename: 'plate.png', purpose: 'vision', bytes: png.length });
    const byId = await client.videos.create(tiny('a hot air balloon drifting', { input_reference: { file_id: file.id } }));
    for (const video of [upload, dataUrl, byId]) expect((await waitForVideo(client, video.id)).status).toBe('completed');
    // The plate is fitted to the frame and named in the plan the video was rendered from.
    const plan = JSON.parse(readFileSync(path.join(server.dataDir, 'videos', upload.id, 'plan.json'), 'utf8'));
    expect(plan.reference.image).toBe(path.join(server.dataDir, 'videos', upload.id, 'reference.png'));
    const plate = await loadImage(readFileSync(plan.reference.image));
    expect([plate.width, plate.height]).toEqual([64, 64]);
    // JSON bodies carry the reference as an object too.
    const json = await client.post<OpenAI.Videos.Video>('/videos', {
      body: { prompt: 'a hot air balloon drifting', ...TINY, input_reference: { image_url: `data:image/png;base64,${png.toString('base64')}` } },
    });
    expect((await waitForVideo(client, json.id)).status).toBe('completed');
    // An upload under a misleading name and type is still read by its bytes.
    const oddName = await client.videos.create(tiny('a kite', { input_reference: await toFile(png, 'README.md', { type: 'text/markdown' }) }));
    expect((await waitForVideo(client, oddName.id)).status).toBe('completed');
  });

  it('downloads every variant with its content type', async () => {
    const video = await client.videos.downloadContent(first.id);
    expect(video.headers.get('content-type')).toBe('video/mp4');
    expect(isMp4(new Uint8Array(await video.arrayBuffer()))).toBe(true);
    const thumbnail = await client.videos.downloadContent(first.id, { variant: 'thumbnail' });
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    const webp = Buffer.from(await thumbnail.arrayBuffer());
    expect(webp.subarray(0, 4).toString('latin1') + webp.subarray(8, 12).toString('latin1')).toBe('RIFFWEBP');
    const sheet = await client.videos.downloadContent(first.id, { variant: 'spritesheet' });
    expect(sheet.headers.get('content-type')).toBe('image/jpeg');
    expect([...new Uint8Array(await sheet.arrayBuffer()).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it('lists in pages with after / limit / order and auto-paging', async () => {
    const page = await client.videos.list({ limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.has_more).toBe(true);
    const all: string[] = [];
    for await (const video of client.videos.list({ limit: 2 })) all.push(video.id);
    const ascending: string[] = [];
    for await (const video of client.videos.list({ limit: 3, order: 'asc' })) ascending.push(video.id);
    expect(ascending).toEqual([...all].reverse());
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(first.id);
    const raw = await client.get<{ object: string; first_id: string; last_id: string; has_more: boolean; data: unknown[] }>('/videos', { query: { limit: 1 } });
    expect(raw).toMatchObject({ object: 'list', has_more: true });
    expect(raw.first_id).toBe(raw.last_id);
  });

  it('remixes: the new prompt on the source plan, keeping size and length', async () => {
    const remix = await client.videos.remix(first.id, { prompt: 'a blue fox trotting through a snowy pine forest at night' });
    expect(remix).toMatchObject({ remixed_from_video_id: first.id, size: first.size, seconds: first.seconds, model: first.model, status: 'queued' });
    expect((await waitForVideo(client, remix.id)).status).toBe('completed');
  });

  it('extends: continues the source and stitches, reporting the total length', async () => {
    const extension = await client.videos.extend({ prompt: 'the fox jumps over a log', seconds: '2' as OpenAI.Videos.VideoSeconds, video: { id: first.id } });
    expect(extension.seconds).toBe('3');
    const done = await waitForVideo(client, extension.id);
    expect(done.status).toBe('completed');
    const bytes = new Uint8Array(await (await client.videos.downloadContent(extension.id)).arrayBuffer());
    expect(isMp4(bytes)).toBe(true);
    const source = new Uint8Array(await (await client.videos.downloadContent(first.id)).arrayBuffer());
    expect(bytes.length).toBeGreaterThan(source.length);
  });

  it('edits a completed video by id', async () => {
    const edit = await client.videos.edit({ prompt: 'a red fox trotting through a snowy pine forest in watercolor', video: { id: first.id } });
    expect(edit.remixed_from_video_id).toBe(first.id);
    expect((await waitForVideo(client, edit.id)).status).toBe('completed');
  });

  it('deletes, after which the video is gone', async () => {
    const doomed = await client.videos.create(tiny('a lighthouse'));
    await waitForVideo(client, doomed.id);
    expect(await client.videos.delete(doomed.id)).toEqual({ id: doomed.id, object: 'video.deleted', deleted: true });
    await expect(client.videos.retrieve(doomed.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(client.videos.downloadContent(doomed.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('lists the models it runs', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(['sora-2', 'sora-2-pro', 'diorama']);
    expect((await client.models.retrieve('diorama')).object).toBe('model');
  });

  it('surfaces validation errors as the SDK error classes', async () => {
    const error = await client.videos.create({ prompt: 'x', model: 'sora-2', size: '1792x1024' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('size');
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).requestID).toMatch(/^req_/);
  });
});
