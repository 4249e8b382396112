import { describe, expect, it } from 'vitest';
import { readRequestBody, setBracketed } from './request-body.ts';

describe('setBracketed', () => {
  it('turns bracketed multipart keys into the objects a JSON body would have', () => {
    const fields: Record<string, unknown> = {};
    setBracketed(fields, 'prompt', 'a cat');
    setBracketed(fields, 'input_reference[image_url]', 'data:...');
    setBracketed(fields, 'video[id]', 'video_1');
    setBracketed(fields, 'characters[][id]', 'char_1');
    setBracketed(fields, 'tags[]', 'a');
    setBracketed(fields, 'tags[]', 'b');
    expect(fields).toEqual({
      prompt: 'a cat',
      input_reference: { image_url: 'data:...' },
      video: { id: 'video_1' },
      characters: [{ id: 'char_1' }],
      tags: ['a', 'b'],
    });
  });

  it('ignores prototype keys', () => {
    const fields: Record<string, unknown> = {};
    setBracketed(fields, 'a[__proto__][polluted]', 'yes');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readRequestBody', () => {
  it('reads multipart text and file parts', async () => {
    const form = new FormData();
    form.append('prompt', 'a cat');
    form.append('input_reference', new File([new Uint8Array([1, 2, 3])], 'x.png'));
    const body = await readRequestBody(new Request('http://x/', { method: 'POST', body: form }));
    expect(body.fields).toEqual({ prompt: 'a cat' });
    expect(body.files.input_reference?.size).toBe(3);
  });

  it('reads JSON, and an empty body as no fields', async () => {
    const json = await readRequestBody(new Request('http://x/', { method: 'POST', body: '{"prompt":"a"}', headers: { 'content-type': 'application/json; charset=utf-8' } }));
    expect(json.fields).toEqual({ prompt: 'a' });
    const empty = await readRequestBody(new Request('http://x/', { method: 'POST' }));
    expect(empty.fields).toEqual({});
  });
});
