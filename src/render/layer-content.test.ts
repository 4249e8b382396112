import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { REST_CAMERA } from '../simulate/projection.ts';
import { anchorAffine, createLayer, drawLayer } from './layer.ts';
import { layerContent } from './layer-content.ts';

const W = 320;
const H = 180;

/** A backdrop like a lighthouse on a shore: ground across the bottom, one tall narrow tower, an island to one side. */
function shoreLayer(): Canvas {
  const { layer, view } = createLayer({ kind: 'sky' }, { left: -40, top: -20, right: W + 40, bottom: H + 20 }, 1, REST_CAMERA, W, H);
  const ctx = view.ctx;
  ctx.fillStyle = '#5a7';
  ctx.fillRect(-40, 110, W + 80, 90);
  ctx.fillStyle = '#c33';
  ctx.beginPath();
  ctx.moveTo(150, 112);
  ctx.lineTo(157, 20.5);
  ctx.lineTo(171, 20.5);
  ctx.lineTo(178, 112);
  ctx.fill();
  ctx.fillStyle = 'rgba(40,60,80,0.6)';
  ctx.beginPath();
  ctx.ellipse(250, 108, 30, 9, 0, Math.PI, 0);
  ctx.fill();
  return layer.canvas;
}

function alphaAt(canvas: Canvas, x: number, y: number): number {
  return canvas.getContext('2d').getImageData(x, y, 1, 1).data[3]!;
}

describe('the painted part of a layer', () => {
  it('is a few stacked rectangles that hold every painted pixel with a pixel around it, and far less than the row band', () => {
    const canvas = shoreLayer();
    const content = layerContent(canvas);
    const rects = content.rects!;
    expect(rects.length).toBeGreaterThan(1);
    expect(rects.length).toBeLessThanOrEqual(8);
    const inside = (x: number, y: number): boolean => rects.some((r) => x >= r.left && x < r.right && y >= r.top && y < r.bottom);
    const data = canvas.data();
    const outside: string[] = [];
    for (let y = 0; y < canvas.height; y++) {
      for (let x = 0; x < canvas.width; x++) {
        if (data[(y * canvas.width + x) * 4 + 3] === 0) continue;
        for (const [dx, dy] of [[0, 0], [-1, 0], [1, 0], [0, -1], [0, 1]] as const) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx >= 0 && ny >= 0 && nx < canvas.width && ny < canvas.height && !inside(nx, ny)) outside.push(`${nx},${ny}`);
        }
      }
    }
    expect(outside).toEqual([]);
    // Stacked: each starts at or below where the last ended.
    for (let i = 1; i < rects.length; i++) expect(rects[i]!.top).toBeGreaterThanOrEqual(rects[i - 1]!.bottom);
    const area = rects.reduce((sum, r) => sum + (r.right - r.left) * (r.bottom - r.top), 0);
    expect(area).toBeLessThan(0.6 * canvas.width * (content.bottom - content.top));
    expect(alphaAt(canvas, 20, 10)).toBe(0);
  });

  it('is just the row band for a layer painted all across, and nothing for an empty one', () => {
    const full = createCanvas(64, 48);
    full.getContext('2d').fillStyle = '#123';
    full.getContext('2d').fillRect(0, 10, 64, 20);
    expect(layerContent(full)).toEqual({ top: 9, bottom: 31, rects: null });
    expect(layerContent(createCanvas(64, 48))).toMatchObject({ top: 0, bottom: 0 });
  });

  it('draws through a zoom or a sub-pixel shift exactly as one whole draw would: no seams, nothing lost', () => {
    const canvas = shoreLayer();
    const layer = { anchor: { kind: 'sky' as const }, canvas, originX: -40, originY: -20, density: 1 };
    for (const cam of [
      { ...REST_CAMERA, zoom: 1.137 },
      { ...REST_CAMERA, zoom: 0.93, pan: 0.0123 },
      { ...REST_CAMERA, tilt: REST_CAMERA.tilt + 0.0031 },
    ]) {
      const clipped = createCanvas(W, H);
      const cctx = clipped.getContext('2d');
      cctx.fillStyle = '#000';
      cctx.fillRect(0, 0, W, H);
      drawLayer(cctx, layer, REST_CAMERA, cam, W, H);

      const whole = createCanvas(W, H);
      const wctx = whole.getContext('2d');
      wctx.fillStyle = '#000';
      wctx.fillRect(0, 0, W, H);
      const m = anchorAffine(layer.anchor, REST_CAMERA, cam, W, H)!;
      wctx.setTransform(m.a, m.b, m.c, m.d, m.a * layer.originX + m.e, m.d * layer.originY + m.f);
      wctx.drawImage(canvas, 0, 0);
      expect(Buffer.compare(clipped.data(), whole.data()), `zoom ${cam.zoom}`).toBe(0);
    }
  });
});
