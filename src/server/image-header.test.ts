import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from './image-header.ts';

function encoded(format: 'png' | 'jpeg' | 'webp', width: number, height: number, quality?: number): Buffer {
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').fillRect(0, 0, width / 2, height / 2);
  return format === 'png' ? canvas.encodeSync('png') : canvas.encodeSync(format, quality ?? 80);
}

describe('readImageHeader', () => {
  it('reads the size of PNG, JPEG and WebP (lossy and lossless) without decoding', () => {
    expect(readImageHeader(encoded('png', 37, 21))).toEqual({ format: 'png', width: 37, height: 21 });
    expect(readImageHeader(encoded('jpeg', 123, 45))).toEqual({ format: 'jpeg', width: 123, height: 45 });
    expect(readImageHeader(encoded('webp', 99, 77, 80))).toEqual({ format: 'webp', width: 99, height: 77 });
    expect(readImageHeader(encoded('webp', 64, 30, 100))).toEqual({ format: 'webp', width: 64, height: 30 });
  });

  it('believes the header, so a bomb is caught before decoding', () => {
    const png = encoded('png', 2, 2);
    png.writeUInt32BE(60_000, 16);
    expect(readImageHeader(png)?.width).toBe(60_000);
  });

  it('returns null for other files and for truncated headers', () => {
    expect(readImageHeader(Buffer.from('GIF89a......'))).toBeNull();
    expect(readImageHeader(Buffer.from('hello'))).toBeNull();
    expect(readImageHeader(new Uint8Array(0))).toBeNull();
    expect(readImageHeader(encoded('png', 8, 8).subarray(0, 20))).toBeNull();
    expect(readImageHeader(encoded('jpeg', 8, 8).subarray(0, 30))).toBeNull();
  });
});
