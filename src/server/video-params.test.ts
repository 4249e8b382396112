import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { modelFamily, parseVideoParams } from './video-params.ts';

function paramOf(fields: Record<string, unknown>): string | null {
  try {
    parseVideoParams(fields);
    return 'ok';
  } catch (error) {
    return (error as ApiError).param;
  }
}

describe('parseVideoParams', () => {
  it('defaults to sora-2, 720x1280, 4 seconds at 30 fps', () => {
    expect(parseVideoParams({})).toMatchObject({ model: 'sora-2', family: 'sora-2', width: 720, height: 1280, size: '720x1280', seconds: 4, fps: 30, seed: null });
  });

  it('knows the dated model names', () => {
    expect(modelFamily('sora-2-2025-12-08')).toBe('sora-2');
    expect(modelFamily('sora-2-pro-2025-10-06')).toBe('sora-2-pro');
    expect(modelFamily('sora-3')).toBeNull();
  });

  it('allows each model its sizes', () => {
    expect(paramOf({ model: 'sora-2', size: '1280x720' })).toBe('ok');
    expect(paramOf({ model: 'sora-2', size: '1792x1024' })).toBe('size');
    for (const size of ['1024x1792', '1792x1024', '1080x1920', '1920x1080']) expect(paramOf({ model: 'sora-2-pro', size })).toBe('ok');
    expect(paramOf({ model: 'diorama', size: '3840x2160' })).toBe('ok');
    expect(paramOf({ model: 'diorama', size: '64X48' })).toBe('ok');
    expect(paramOf({ model: 'diorama', size: '3842x2160' })).toBe('size');
    expect(paramOf({ model: 'diorama', size: '14x14' })).toBe('size');
  });

  it('allows 4, 8, 12, 16 and 20 seconds for Sora models, given as text or number', () => {
    for (const seconds of ['4', '8', '12', '16', '20', 20, ' 8 ']) expect(paramOf({ seconds })).toBe('ok');
    for (const seconds of ['5', 0, '4.5', 24, 'NaN', '1e1']) expect(paramOf({ seconds })).toBe('seconds');
    expect(parseVideoParams({ model: 'diorama', seconds: '2.5' }).seconds).toBe(2.5);
    expect(paramOf({ model: 'diorama', seconds: 0.5 })).toBe('seconds');
  });
});
