import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { projectZ, type CameraPose } from '../../simulate/projection.ts';
import type { Random } from '../../util/random.ts';
import { css, mix, scale } from '../color.ts';
import type { Light } from '../light.ts';

/** A drawer of something that moves every frame. Pure in (camera, seconds). */
export interface FrameEffect {
  draw(ctx: SKRSContext2D, camera: CameraPose, seconds: number): void;
}

interface CloudInstance {
  readonly sprite: Canvas;
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** World width of the sprite. */
  readonly w: number;
  readonly speed: number;
}

/**
 * Puffy clouds that drift across the sky on far planes, lit from the sun's
 * side and greyer in bad weather. A handful of sprites painted once per shot
 * and placed per frame.
 */
export function createClouds(light: Light, wind: number, width: number, height: number, random: Random, sunSide: -1 | 1, restyle?: (canvas: Canvas) => void, still: CameraPose | null = null): FrameEffect | null {
  // Fewer, thinner clouds at night, when only the moon lights their edges.
  // Fewer puffs under an overcast ceiling (painted in the sky), and at night.
  const count = Math.round((1 + light.cloudCover * (light.cloudCover > 0.55 ? 5 : 10)) * (1 - light.night * 0.5));
  if (count <= 0) return null;
  const px = Math.max(24, Math.round(height * 0.42));
  const sprites = Array.from({ length: 4 }, (_, k) => paintCloud(px, light, random.fork(k), sunSide));
  if (restyle) for (const sprite of sprites) restyle(sprite);
  const clouds: CloudInstance[] = [];
  for (let i = 0; i < count; i++) {
    const z = random.range(60, 220);
    const w = z * random.range(0.22, 0.48) * (0.7 + light.cloudCover * 0.6);
    // Spread across a wide band so panning cameras still find clouds.
    clouds.push({ sprite: sprites[i % sprites.length]!, x: random.range(-1.6, 1.6) * z * 0.55, y: z * random.range(0.14, 0.4), z, w, speed: wind * random.range(0.7, 1.3) });
  }
  clouds.sort((a, b) => b.z - a.z);
  const alpha = 1 - light.night * 0.45;
  const p = { x: 0, y: 0, unit: 0 };
  // Under a still camera a cloud only slides sideways: scale each once to its size on screen, then blit it.
  const sized = still
    ? clouds.map((c) => {
        projectZ(c.x, c.y, c.z, still, width, height, p);
        const w = Math.max(1, Math.round(c.w * p.unit));
        const h = Math.max(1, Math.round(w * (c.sprite.height / c.sprite.width)));
        const canvas = createCanvas(w, h);
        const cctx = canvas.getContext('2d');
        cctx.imageSmoothingQuality = 'high';
        cctx.drawImage(c.sprite, 0, 0, w, h);
        return canvas;
      })
    : null;
  return {
    draw(ctx, camera, seconds) {
      if (sized) {
        ctx.globalAlpha = alpha;
        clouds.forEach((c, k) => {
          const span = c.z * 1.8;
          const x = ((((c.x + c.speed * seconds + span) % (2 * span)) + 2 * span) % (2 * span)) - span;
          projectZ(x, c.y, c.z, camera, width, height, p);
          const image = sized[k]!;
          if (p.x + image.width / 2 < 0 || p.x - image.width / 2 > width || p.y < 0 || p.y - image.height > height) return;
          ctx.drawImage(image, Math.round(p.x - image.width / 2), Math.round(p.y - image.height));
        });
        ctx.globalAlpha = 1;
        return;
      }
      ctx.globalAlpha = alpha;
      for (const c of clouds) {
        const span = c.z * 1.8;
        // Clouds wrap around a wide band as they drift.
        const x = ((((c.x + c.speed * seconds + span) % (2 * span)) + 2 * span) % (2 * span)) - span;
        projectZ(x, c.y, c.z, camera, width, height, p);
        const w = c.w * p.unit;
        const h = w * (c.sprite.height / c.sprite.width);
        if (p.x + w / 2 < 0 || p.x - w / 2 > width || p.y + h / 2 < 0 || p.y - h > height) continue;
        ctx.drawImage(c.sprite, p.x - w / 2, p.y - h, w, h);
      }
      ctx.globalAlpha = 1;
    },
  };
}

/** One cloud: overlapping puffs, a shaded base, lit tops towards the sun, soft edges. */
function paintCloud(px: number, light: Light, random: Random, sunSide: -1 | 1): Canvas {
  const w = px * 2;
  const h = px;
  const sharp = createCanvas(w, h);
  const ctx = sharp.getContext('2d');
  const base = light.cloud;
  const shadow = mix(scale(base, 0.72), light.skyTop, 0.25);
  const puffs: Array<[number, number, number]> = [];
  const n = 9;
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const r = h * (0.18 + 0.2 * Math.sin(t * Math.PI)) * random.range(0.8, 1.2);
    puffs.push([w * (0.15 + 0.7 * t), h * 0.72 - r * random.range(0.3, 0.9), r]);
  }
  for (const [x, y, r] of puffs) {
    ctx.fillStyle = css(shadow, 0.9);
    ctx.beginPath();
    ctx.arc(x, y + r * 0.12, r, 0, Math.PI * 2);
    ctx.fill();
  }
  for (const [x, y, r] of puffs) {
    ctx.fillStyle = css(base, 0.95);
    ctx.beginPath();
    ctx.arc(x + sunSide * r * 0.12, y - r * 0.12, r * 0.85, 0, Math.PI * 2);
    ctx.fill();
  }
  // A flat, shaded underside.
  ctx.globalCompositeOperation = 'source-atop';
  const g = ctx.createLinearGradient(0, h * 0.4, 0, h * 0.8);
  g.addColorStop(0, css(shadow, 0));
  g.addColorStop(1, css(shadow, 0.6));
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
  ctx.globalCompositeOperation = 'destination-out';
  ctx.fillRect(0, h * 0.8, w, h * 0.2);
  // Soft edges: one blur of the finished cloud (a filter per puff costs far more memory).
  const soft = createCanvas(w, h);
  const sctx = soft.getContext('2d');
  sctx.filter = `blur(${Math.max(1, px * 0.02).toFixed(1)}px)`;
  sctx.drawImage(sharp, 0, 0);
  sctx.filter = 'none';
  sctx.getImageData(0, 0, 1, 1);
  return soft;
}
