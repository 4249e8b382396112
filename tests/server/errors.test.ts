/**
 * Every error path over raw HTTP: the status, OpenAI's envelope (all four
 * fields, always JSON) and the parameter at fault.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, pngImage, startTestServer, TINY, type TestServer } from './helpers.ts';

let server: TestServer;
let url: string;
let done: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.url;
  const created = await api(url, 'POST', '/videos', { json: { prompt: 'a robot walking', ...TINY } });
  done = created.body.id;
  for (let i = 0; i < 300; i++) {
    const video = await api(url, 'GET', `/videos/${done}`);
    if (video.body.status === 'completed') break;
    await new Promise((r) => setTimeout(r, 50));
  }
});
afterAll(async () => {
  await server?.stop();
});

/** Asserts an error answer: status, JSON envelope with all four fields, and optionally param and code. */
function expectError(result: { status: number; headers: Headers; body: any }, status: number, param?: string | null, code?: string): void {
  expect(result.status, JSON.stringify(result.body)).toBe(status);
  expect(result.headers.get('content-type')).toContain('application/json');
  expect(Object.keys(result.body)).toEqual(['error']);
  expect(Object.keys(result.body.error).sort()).toEqual(['code', 'message', 'param', 'type']);
  expect(typeof result.body.error.message).toBe('string');
  expect(result.body.error.message.length).toBeGreaterThan(5);
  if (param !== undefined) expect(result.body.error.param).toBe(param);
  if (code !== undefined) expect(result.body.error.code).toBe(code);
}

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe('create: bad input', () => {
  const cases: Array<[string, Record<string, unknown>, string, string?]> = [
    ['missing prompt', { model: 'sora-2' }, 'prompt', 'missing_required_parameter'],
    ['empty prompt', { prompt: '   ' }, 'prompt', 'empty_string'],
    ['prompt over 32,000 characters', { prompt: 'a'.repeat(32_001) }, 'prompt', 'string_above_max_length'],
    ['prompt of the wrong type', { prompt: { text: 'a cat' } }, 'prompt', 'invalid_type'],
    ['unknown model', { prompt: 'a cat', model: 'gpt-video-9' }, 'model', 'model_not_found'],
    ['sora-2 with a pro-only size', { prompt: 'a cat', model: 'sora-2', size: '1920x1080' }, 'size'],
    ['sora-2-pro with an unknown size', { prompt: 'a cat', model: 'sora-2-pro', size: '1000x1000' }, 'size'],
    ['malformed size', { prompt: 'a cat', size: 'big' }, 'size'],
    ['diorama with an odd size', { prompt: 'a cat', model: 'diorama', size: '641x360' }, 'size'],
    ['diorama over 3840', { prompt: 'a cat', model: 'diorama', size: '4000x2000' }, 'size'],
    ['seconds Sora does not offer', { prompt: 'a cat', seconds: '5' }, 'seconds'],
    ['seconds that are not a number', { prompt: 'a cat', seconds: 'four' }, 'seconds', 'invalid_type'],
    ['diorama seconds over 120', { prompt: 'a cat', model: 'diorama', seconds: 121 }, 'seconds'],
    ['bad fps', { prompt: 'a cat', fps: 500 }, 'fps'],
    ['bad seed', { prompt: 'a cat', seed: -1 }, 'seed'],
    ['unknown style', { prompt: 'a cat', style: 'cubism' }, 'style'],
    ['both image_url and file_id', { prompt: 'a cat', input_reference: { image_url: 'data:image/png;base64,AAAA', file_id: 'file-x' } }, 'input_reference'],
    ['a remote image URL (the server fetches nothing)', { prompt: 'a cat', input_reference: { image_url: 'https://example.com/cat.png' } }, 'input_reference.image_url', 'unsupported_image_url'],
    ['a data URL that is not base64', { prompt: 'a cat', input_reference: { image_url: 'data:image/png;base64,@@@' } }, 'input_reference.image_url'],
    ['a data URL that is not an image', { prompt: 'a cat', input_reference: { image_url: `data:image/png;base64,${Buffer.from('hello world').toString('base64')}` } }, 'input_reference.image_url', 'invalid_image_format'],
  ];
  for (const [name, body, param, code] of cases) {
    it(`400 for ${name}`, async () => {
      expectError(await api(url, 'POST', '/videos', { json: body }), 400, param, code);
    });
  }

  it('accepts numbers given as strings and numbers given as numbers', async () => {
    const asString = await api(url, 'POST', '/videos', { json: { prompt: 'a cat', model: 'sora-2-pro', size: '1792x1024', seconds: '8' } });
    const asNumber = await api(url, 'POST', '/videos', { json: { prompt: 'a cat', model: 'sora-2-pro-2025-10-06', size: '1080x1920', seconds: 20 } });
    expect(asString.status).toBe(200);
    expect(asString.body).toMatchObject({ seconds: '8', size: '1792x1024' });
    expect(asNumber.status).toBe(200);
    expect(asNumber.body).toMatchObject({ seconds: '20', size: '1080x1920', model: 'sora-2-pro-2025-10-06' });
    for (const id of [asString.body.id, asNumber.body.id]) expect((await api(url, 'DELETE', `/videos/${id}`)).status).toBe(200);
  });

  it('400 for a body that is not JSON, 400 for a JSON array, 415 for another content type', async () => {
    expectError(await api(url, 'POST', '/videos', { body: '{"prompt": "a cat"', headers: { 'content-type': 'application/json' } }), 400, null, 'invalid_json');
    expectError(await api(url, 'POST', '/videos', { json: ['a cat'] }), 400, null, 'invalid_json');
    expectError(await api(url, 'POST', '/videos', { body: 'prompt=a cat', headers: { 'content-type': 'text/plain' } }), 415, null, 'unsupported_media_type');
  });

  it('413 for a body over the limit', async () => {
    const huge = new Uint8Array(33 * 1024 * 1024);
    expectError(await api(url, 'POST', '/videos', { body: huge, headers: { 'content-type': 'application/json' } }), 413, null, 'request_too_large');
    expectError(await api(url, 'POST', `/videos/${done}/remix`, { json: { prompt: 'x'.repeat(2 * 1024 * 1024) } }), 413);
  });

  it('400 for a reference that is not an image, whatever its name and type say', async () => {
    const result = await api(url, 'POST', '/videos', {
      body: form({ prompt: 'a cat', input_reference: new File([Buffer.from('GIF89a not really')], 'cat.png', { type: 'image/png' }) }),
    });
    expectError(result, 400, 'input_reference', 'invalid_image_format');
  });

  it('400 for a decompression bomb: a tiny PNG whose header claims 50,000 x 50,000 pixels', async () => {
    const png = pngImage(4, 4);
    png.writeUInt32BE(50_000, 16);
    png.writeUInt32BE(50_000, 20);
    expect(png.length).toBeLessThan(200);
    const result = await api(url, 'POST', '/videos', { body: form({ prompt: 'a cat', input_reference: new File([png], 'bomb.png') }) });
    expectError(result, 400, 'input_reference', 'image_too_large');
  });

  it('400 for a truncated image whose header is fine', async () => {
    const png = pngImage(200, 200).subarray(0, 60);
    const result = await api(url, 'POST', '/videos', { body: form({ prompt: 'a cat', input_reference: new File([png], 'cut.png') }) });
    expectError(result, 400, 'input_reference', 'invalid_image');
  });

  it('404 for a file_id that does not exist', async () => {
    const result = await api(url, 'POST', '/videos', { body: form({ prompt: 'a cat', 'input_reference[file_id]': 'file-0123456789abcdef0123456789abcdef' }) });
    expectError(result, 404, 'input_reference.file_id', 'file_not_found');
  });
});

describe('ids, lists and downloads', () => {
  for (const id of ['video_nope', '..%2F..%2Fjobs.sqlite', 'video_0123456789abcdef0123456789abcdef', 'video_0123456789ABCDEF0123456789ABCDEF', `video_${'0'.repeat(5000)}`]) {
    it(`404 for the id ${id.slice(0, 40)}`, async () => {
      expectError(await api(url, 'GET', `/videos/${id}`), 404, 'video_id', 'video_not_found');
      expectError(await api(url, 'GET', `/videos/${id}/content`), 404, 'video_id');
      expectError(await api(url, 'DELETE', `/videos/${id}`), 404, 'video_id');
    });
  }

  it('404 for dot segments (they never reach a video route)', async () => {
    expectError(await api(url, 'GET', '/videos/%2e%2e/content'), 404);
    expectError(await api(url, 'GET', '/videos/..%2f..%2fserver.lock/content'), 404);
  });

  it('400 for bad list parameters', async () => {
    expectError(await api(url, 'GET', '/videos?limit=101'), 400, 'limit');
    expectError(await api(url, 'GET', '/videos?limit=-1'), 400, 'limit');
    expectError(await api(url, 'GET', '/videos?limit=ten'), 400, 'limit');
    expectError(await api(url, 'GET', '/videos?order=newest'), 400, 'order');
    expectError(await api(url, 'GET', '/videos?after=../x'), 400, 'after');
    expectError(await api(url, 'GET', '/videos?after=video_0123456789abcdef0123456789abcdef'), 400, 'after');
  });

  it('limit=0 gives an empty page that says more exist', async () => {
    const result = await api(url, 'GET', '/videos?limit=0');
    expect(result.body).toEqual({ object: 'list', data: [], first_id: null, last_id: null, has_more: true });
  });

  it('400 (never 409) for content that is not ready, with no file served', async () => {
    const slow = await api(url, 'POST', '/videos', { json: { prompt: 'a whale swimming', model: 'diorama', size: '320x180', seconds: 30, fps: 30 } });
    expect(slow.headers.get('openai-poll-after-ms')).toMatch(/^\d+$/);
    const early = await api(url, 'GET', `/videos/${slow.body.id}/content`);
    expectError(early, 400, 'video_id', 'video_not_ready');
    const poll = await api(url, 'GET', `/videos/${slow.body.id}`);
    expect(['queued', 'in_progress']).toContain(poll.body.status);
    expect(poll.headers.get('openai-poll-after-ms')).toMatch(/^\d+$/);
    expectError(await api(url, 'POST', `/videos/${slow.body.id}/remix`, { json: { prompt: 'a shark' } }), 400, 'video_id', 'video_not_ready');
    expect((await api(url, 'DELETE', `/videos/${slow.body.id}`)).status).toBe(200);
  });

  it('no poll-after header once a video is finished', async () => {
    const result = await api(url, 'GET', `/videos/${done}`);
    expect(result.body.status).toBe('completed');
    expect(result.headers.get('openai-poll-after-ms')).toBeNull();
  });

  it('400 for an unknown variant', async () => {
    expectError(await api(url, 'GET', `/videos/${done}/content?variant=poster`), 400, 'variant');
  });

  it('answers byte ranges of the video (browsers seek that way)', async () => {
    const response = await fetch(`${url}/videos/${done}/content`, { headers: { range: 'bytes=0-9' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect((await response.arrayBuffer()).byteLength).toBe(10);
  });

  it('404 envelope for unknown URLs under /v1', async () => {
    expectError(await api(url, 'GET', '/nothing-here'), 404, null, 'unknown_url');
    expectError(await api(url, 'PUT', `/videos/${done}`), 404, null, 'unknown_url');
  });
});

describe('remix, extensions and edits: bad input', () => {
  it('remix needs a prompt and an existing, completed source', async () => {
    expectError(await api(url, 'POST', `/videos/${done}/remix`, { json: {} }), 400, 'prompt', 'missing_required_parameter');
    expectError(await api(url, 'POST', '/videos/video_0123456789abcdef0123456789abcdef/remix', { json: { prompt: 'x' } }), 404, 'video_id');
  });

  it('extensions need seconds, a video id, and stay within 120 s in total', async () => {
    expectError(await api(url, 'POST', '/videos/extensions', { json: { prompt: 'more', video: { id: done } } }), 400, 'seconds', 'missing_required_parameter');
    expectError(await api(url, 'POST', '/videos/extensions', { json: { prompt: 'more', seconds: '4' } }), 400, 'video', 'missing_required_parameter');
    expectError(await api(url, 'POST', '/videos/extensions', { json: { prompt: 'more', seconds: '4', video: { id: 'video_x' } } }), 404, 'video_id');
    expectError(await api(url, 'POST', '/videos/extensions', { json: { prompt: 'more', seconds: 120, video: { id: done } } }), 400, 'seconds', 'video_too_long');
  });

  it('edits refuse uploaded video files with a clear message', async () => {
    const result = await api(url, 'POST', '/videos/edits', { body: form({ prompt: 'x', video: new File([new Uint8Array(16)], 'clip.mp4') }) });
    expectError(result, 400, 'video', 'unsupported_video_upload');
  });
});

describe('limits', () => {
  it('429 with retry-after when a key makes jobs faster than its rate', async () => {
    const limited = await startTestServer({ jobsPerMinute: 2 });
    try {
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 3; i++) {
        last = await api(limited.url, 'POST', '/videos', { json: { prompt: 'a cat', ...TINY } });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      expectError(last!, 429, null, 'rate_limit_exceeded');
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(last!.headers.get('retry-after-ms'))).toBeGreaterThan(0);
      // Reads still work: they have their own, larger budget.
      expect((await api(limited.url, 'GET', '/videos')).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it('429 when a key has too many unfinished jobs', async () => {
    const capped = await startTestServer({ maxPendingPerKey: 1 });
    try {
      const slow = { prompt: 'a cat', model: 'diorama', size: '320x180', seconds: 20 };
      expect((await api(capped.url, 'POST', '/videos', { json: slow })).status).toBe(200);
      const second = await api(capped.url, 'POST', '/videos', { json: slow });
      expectError(second, 429, null, 'too_many_pending_jobs');
    } finally {
      await capped.stop();
    }
  });

  it('429 for requests over the per-key request rate', async () => {
    const limited = await startTestServer({ requestsPerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await api(limited.url, 'GET', '/videos')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.stop();
    }
  });
});
