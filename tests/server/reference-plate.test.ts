/**
 * input_reference guides the first frame: with the same prompt and seed, a
 * video made with a reference image starts on that image (the plate the
 * actors play over), and one made without does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import OpenAI, { toFile } from 'openai';
import { decodeFrames } from '../../src/encode/probe.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { clientFor, pngImage, startTestServer, tempDir, waitForVideo, type TestServer } from './helpers.ts';

let server: TestServer;
let client: OpenAI;
beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server.url);
});
afterAll(async () => {
  await server?.stop();
});

async function firstFrame(extra: Record<string, unknown>): Promise<Buffer> {
  const params = { prompt: 'a red balloon floating in the sky', model: 'diorama', size: '96x64', seconds: '1', fps: 4, seed: 9, ...extra };
  const video = await waitForVideo(client, (await client.videos.create(params as never)).id);
  expect(video.status).toBe('completed');
  const file = path.join(tempDir('plate'), 'v.mp4');
  writeFileSync(file, Buffer.from(await (await client.videos.downloadContent(video.id)).arrayBuffer()));
  return (await decodeFrames(file)).subarray(0, 96 * 64 * 4);
}

/** Mean distance per channel from a pixel row to the plate's gradient (pink → cyan). */
function distanceToPlate(frame: Buffer, plate: Buffer): number {
  let total = 0;
  for (let i = 0; i < frame.length; i += 4) for (let c = 0; c < 3; c++) total += Math.abs(frame[i + c]! - plate[i + c]!);
  return total / ((frame.length / 4) * 3);
}

describe('the reference image', () => {
  it('becomes the background of the first frame', async () => {
    const png = pngImage(96, 64);
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    const canvas = createCanvas(96, 64);
    canvas.getContext('2d').drawImage(await loadImage(png), 0, 0);
    const plate = Buffer.from(canvas.getContext('2d').getImageData(0, 0, 96, 64).data);
    const plain = await firstFrame({});
    const guided = await firstFrame({ input_reference: await toFile(png, 'plate.png', { type: 'image/png' }) });
    expect(distanceToPlate(guided, plate)).toBeLessThan(distanceToPlate(plain, plate) / 2);
  });
});
