import type { Canvas } from '@napi-rs/canvas';

/**
 * Where a finished bitmap holds paint, so a draw of it can skip the rest.
 * Skia filters and blends every pixel a draw covers, transparent or not: a
 * backdrop whose painted part is a ground plus one tall lighthouse costs, as
 * a plain draw, as much as the whole frame.
 */
export interface LayerContent {
  /** The band of rows with any painted pixel, one row of margin each side (empty: top === bottom). */
  readonly top: number;
  readonly bottom: number;
  /**
   * The painted part and a pixel around it (what filtering reaches) as
   * stacked rectangles of bitmap pixels, top to bottom; consecutive ones
   * touch where the paint runs on. Null when they would not save much over
   * the row band.
   */
  readonly rects: readonly ContentRect[] | null;
}

/** A rectangle of bitmap pixels: columns [left, right), rows [top, bottom). */
export interface ContentRect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Rows summarised together: fine enough to follow a tower's outline, coarse enough to scan fast and draw in few pieces. */
const BAND_ROWS = 16;
/** Neighbouring bands whose edges differ by less than this share of the width become one rectangle. */
const MERGE_SLACK = 0.04;
/** More rectangles than this cost more in draw calls than they save. */
const MOST_RECTS = 8;
/** Rectangles are only worth it when they cover at most this share of the row band. */
const WORTHWHILE = 0.8;

const CONTENT = new WeakMap<Canvas, LayerContent>();

/** The painted part of a finished bitmap (read once and remembered; call forgetLayerContent after painting more into it). */
export function layerContent(canvas: Canvas): LayerContent {
  let content = CONTENT.get(canvas);
  if (!content) {
    content = measure(canvas);
    CONTENT.set(canvas, content);
  }
  return content;
}

/** Drops a bitmap's remembered content (it was painted into after being drawn). */
export function forgetLayerContent(canvas: Canvas): void {
  CONTENT.delete(canvas);
}

function measure(canvas: Canvas): LayerContent {
  const { width, height } = canvas;
  const bytes = canvas.data();
  // One signed 32-bit word a pixel (signed, so V8 keeps them small integers), alpha in the top byte on
  // little-endian machines and in the bottom one otherwise.
  const words = bytes.byteOffset % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, width * height) : new Int32Array(new Uint8Array(bytes).buffer);
  const alpha = new Uint8Array(new Int32Array([0xff]).buffer)[0] === 0xff ? 0xff000000 | 0 : 0xff;
  // Per band of rows: the leftmost and rightmost columns a filtered draw of the band must reach, that is the
  // painted pixels of its rows and of the rows just outside it, a column wider each side (left > right: none).
  const bands = Math.ceil(height / BAND_ROWS);
  const lefts = new Int32Array(bands).fill(width);
  const rights = new Int32Array(bands).fill(-1);
  let top = height;
  let bottom = 0;
  // Premultiplied pixels are all zero where clear, so a clear row is found by one native comparison.
  const clearRow = Buffer.alloc(width * 4);
  for (let row = 0; row < height; row++) {
    if (bytes.compare(clearRow, 0, clearRow.length, row * clearRow.length, (row + 1) * clearRow.length) === 0) continue;
    const start = row * width;
    const end = start + width;
    let i = start;
    while (i < end && (words[i]! & alpha) === 0) i++;
    if (i === end) continue;
    const left = i - start;
    let j = end - 1;
    while (j > i && (words[j]! & alpha) === 0) j--;
    const right = j - start;
    for (let near = row - 1; near <= row + 1; near++) {
      const band = Math.floor(near / BAND_ROWS);
      if (near < 0 || near >= height || (near !== row && band === Math.floor(row / BAND_ROWS))) continue;
      lefts[band] = Math.min(lefts[band]!, Math.max(0, left - 1));
      rights[band] = Math.max(rights[band]!, Math.min(width, right + 2));
    }
    if (row < top) top = row;
    bottom = row + 1;
  }
  if (bottom <= top) return { top: 0, bottom: 0, rects: null };
  top = Math.max(0, top - 1);
  bottom = Math.min(height, bottom + 1);
  return { top, bottom, rects: rectangles(lefts, rights, top, bottom, width) };
}

/** Stacks the bands into few rectangles, or null when that saves too little. */
function rectangles(lefts: Int32Array, rights: Int32Array, top: number, bottom: number, width: number): ContentRect[] | null {
  const slack = width * MERGE_SLACK;
  const rects: Array<{ left: number; right: number; top: number; bottom: number }> = [];
  for (let band = 0; band < lefts.length; band++) {
    if (lefts[band]! >= rights[band]!) continue;
    const rowTop = Math.max(top, band * BAND_ROWS);
    const rowBottom = Math.min(bottom, (band + 1) * BAND_ROWS);
    if (rowBottom <= rowTop) continue;
    const left = lefts[band]!;
    const right = rights[band]!;
    const last = rects[rects.length - 1];
    if (last && last.bottom === rowTop && Math.abs(last.left - left) <= slack && Math.abs(last.right - right) <= slack) {
      last.left = Math.min(last.left, left);
      last.right = Math.max(last.right, right);
      last.bottom = rowBottom;
    } else {
      rects.push({ left, right, top: rowTop, bottom: rowBottom });
    }
  }
  if (rects.length === 0 || rects.length > MOST_RECTS) return null;
  const area = rects.reduce((sum, r) => sum + (r.right - r.left) * (r.bottom - r.top), 0);
  return area <= WORTHWHILE * width * (bottom - top) ? rects : null;
}
