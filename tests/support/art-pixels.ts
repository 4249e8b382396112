import { createCanvas } from '@napi-rs/canvas';
import { loadRasterArt } from '../../src/assets/art-source.ts';

/** An asset's RGBA pixels at `side` px square, drawn as the renderer's bitmap path draws it. */
export function artPixels(asset: string, side: number): Uint8ClampedArray {
  const canvas = createCanvas(side, side);
  canvas.getContext('2d').drawImage(loadRasterArt(asset)!, 0, 0, side, side);
  return canvas.getContext('2d').getImageData(0, 0, side, side).data;
}

/** The pixel at a fraction (x, y) of a `side`-px square of pixels. */
export function pixelAt(data: Uint8ClampedArray, side: number, x: number, y: number): { r: number; g: number; b: number; a: number } {
  const i = (Math.round(y * side) * side + Math.round(x * side)) * 4;
  return { r: data[i]!, g: data[i + 1]!, b: data[i + 2]!, a: data[i + 3]! };
}
