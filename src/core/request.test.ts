import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../util/errors.ts';
import { defaultSeed, formatFromPath, validateRequest, type GenerateRequest } from './request.ts';

const ok: GenerateRequest = { prompt: 'a cat', output: 'out.mp4' };

function reason(request: Partial<GenerateRequest>): string {
  try {
    validateRequest({ ...ok, ...request } as GenerateRequest);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    return (error as Error).message;
  }
  throw new Error('expected the request to be rejected');
}

describe('validateRequest', () => {
  it('accepts a plain request and reads the format from the extension', () => {
    expect(validateRequest(ok).format).toBe('mp4');
    expect(validateRequest({ ...ok, output: 'x.GIF' }).format).toBe('gif');
    expect(validateRequest({ ...ok, output: 'x.bin', format: 'webm' }).format).toBe('webm');
  });

  it.each([
    [{ width: 1281 }, /width must be even/],
    [{ height: 14 }, /height must be a whole number from 16 to 3840/],
    [{ width: 3842 }, /width must be a whole number from 16 to 3840/],
    [{ width: 640.5 }, /width/],
    [{ seconds: 0.5 }, /seconds must be from 1 to 120/],
    [{ seconds: 121 }, /seconds/],
    [{ seconds: Number.NaN }, /seconds/],
    [{ fps: 0 }, /fps must be a whole number from 1 to 60/],
    [{ fps: 61 }, /fps/],
    [{ seed: -1 }, /seed/],
    [{ prompt: '' }, /prompt is empty/],
    [{ prompt: '   ' }, /prompt is empty/],
    [{ prompt: 'x'.repeat(32_001) }, /32000/],
    [{ output: 'movie.avi' }, /cannot tell the format/],
    [{ format: 'mov' as never }, /unknown format "mov"/],
    [{ style: 'cubist' as never }, /unknown style/],
    [{ output: '' }, /output path is required/],
  ])('rejects %j', (request, message) => {
    expect(reason(request)).toMatch(message);
  });

  it('accepts the limits themselves', () => {
    expect(() => validateRequest({ ...ok, width: 3840, height: 16, seconds: 120, fps: 60, prompt: 'x'.repeat(32_000) })).not.toThrow();
    expect(() => validateRequest({ ...ok, width: 16, height: 3840, seconds: 1, fps: 1 })).not.toThrow();
  });

  it('needs a prompt or a plan', () => {
    expect(() => validateRequest({ output: 'a.mp4' })).toThrow(/prompt or a plan/);
    expect(() => validateRequest({ output: 'a.mp4', plan: {} })).not.toThrow();
  });
});

describe('helpers', () => {
  it('maps extensions to formats', () => {
    expect(formatFromPath('a/b/c.webm')).toBe('webm');
    expect(formatFromPath('noext')).toBeNull();
  });

  it('derives a stable seed from the prompt', () => {
    expect(defaultSeed('A Cat ')).toBe(defaultSeed('a cat'));
    expect(defaultSeed('a cat')).not.toBe(defaultSeed('a dog'));
  });
});
