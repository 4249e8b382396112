import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { createNoise2D } from 'simplex-noise';
import { depthToZ, projectZ } from '../../simulate/projection.ts';
import type { Random } from '../../util/random.ts';
import { css, mix, type Rgb } from '../color.ts';
import type { Light } from '../light.ts';
import type { FrameEffect } from './clouds.ts';

/**
 * Fog banks that drift, lightning strikes with their flash, leaves blown by
 * the wind, fireflies on warm nights: weather that moves, as pure functions
 * of time.
 */

/** Fog: wisps drawn once into a wide strip, slid slowly across the horizon and again low over the ground. */
export function createFog(width: number, height: number, light: Light, random: Random): FrameEffect {
  const strip = fogStrip(Math.round(width * 2), Math.max(8, Math.round(height * 0.45)), mix(light.haze, [255, 255, 255], 0.35), random);
  return {
    draw(ctx, camera, seconds) {
      const horizon = height / 2 + height * camera.zoom * camera.tilt;
      const bands: Array<[number, number, number]> = [
        [horizon - height * 0.24, 0.75, 0.02],
        [horizon + height * 0.04, 0.55, 0.035],
      ];
      for (const [top, alpha, speed] of bands) {
        // Drawn 1:1 at whole pixels: a plain blit (soft wisps hide the one-pixel steps).
        const w = strip.width;
        const x = -Math.floor((((seconds * speed * width + camera.x * height * 0.2) % w) + w) % w);
        ctx.globalAlpha = alpha;
        ctx.drawImage(strip, x, Math.round(top));
        ctx.drawImage(strip, x + w, Math.round(top));
      }
      ctx.globalAlpha = 1;
    },
  };
}

function fogStrip(w: number, h: number, color: Rgb, random: Random): Canvas {
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const noise = createNoise2D(() => random.next());
  // Soft blobs, denser in the middle rows; the strip wraps horizontally.
  for (let i = 0; i < 90; i++) {
    const x = random.next() * w;
    const y = h * (0.5 + noise(x / w * 6, 1) * 0.25);
    const r = h * random.range(0.25, 0.5);
    for (const dx of [0, -w, w]) {
      const g = ctx.createRadialGradient(x + dx, y, 0, x + dx, y, r);
      g.addColorStop(0, css(color, 0.22));
      g.addColorStop(1, css(color, 0));
      ctx.fillStyle = g;
      ctx.fillRect(x + dx - r, y - r, r * 2, r * 2);
    }
  }
  return canvas;
}

/** A lightning strike: a jagged, branching bolt and a double flash. */
export interface Strike {
  readonly seconds: number;
  readonly bolt: Canvas;
  /** Where the bolt sits, in fractions of the frame. */
  readonly x: number;
}

/** Prepares strikes at the given shot times. */
export function createLightning(times: readonly number[], width: number, height: number, random: Random): FrameEffect | null {
  if (times.length === 0) return null;
  const strikes: Strike[] = times.map((seconds, k) => ({ seconds, bolt: paintBolt(Math.round(height * 0.22), Math.round(height * 0.6), random.fork(k)), x: random.range(0.15, 0.85) }));
  return {
    draw(ctx, _camera, seconds) {
      for (const s of strikes) {
        const u = seconds - s.seconds;
        if (u < 0 || u > 0.45) continue;
        // Two quick pulses, then an afterglow.
        const flash = u < 0.06 ? 1 : u < 0.1 ? 0.3 : u < 0.16 ? 0.8 : Math.max(0, 0.5 - (u - 0.16) * 1.7);
        if (u < 0.2) ctx.drawImage(s.bolt, s.x * width - s.bolt.width / 2, height * 0.02);
        ctx.fillStyle = `rgba(225,232,255,${(0.32 * flash).toFixed(3)})`;
        ctx.fillRect(0, 0, width, height);
      }
    },
  };
}

function paintBolt(w: number, h: number, random: Random): Canvas {
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const branch = (x: number, y: number, length: number, width: number, depth: number): void => {
    let px = x;
    let py = y;
    const steps = 10;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(px, py);
    for (let s = 0; s < steps; s++) {
      px += random.range(-0.09, 0.09) * w;
      py += length / steps;
      ctx.lineTo(px, py);
      if (depth < 2 && random.chance(0.18)) {
        ctx.stroke();
        branch(px, py, length * 0.4, width * 0.55, depth + 1);
        ctx.lineWidth = width;
        ctx.beginPath();
        ctx.moveTo(px, py);
      }
    }
    ctx.stroke();
  };
  ctx.lineCap = 'round';
  ctx.shadowColor = 'rgba(170,190,255,0.95)';
  ctx.shadowBlur = Math.max(2, h * 0.03);
  ctx.strokeStyle = 'rgba(240,245,255,0.95)';
  branch(w / 2, 0, h, Math.max(1.2, h * 0.008), 0);
  return canvas;
}

/** Leaves blown across the frame, turning as they go. */
export function createLeaves(width: number, height: number, colors: readonly Rgb[], wind: number, count: number, random: Random): FrameEffect {
  const size = Math.max(6, Math.round(height * 0.04));
  const sprites = colors.map((c) => leafSprite(size, c));
  const leaves = Array.from({ length: count }, () => ({
    sprite: random.pick(sprites),
    x: random.next(),
    y: random.range(0.1, 0.95),
    speed: random.range(0.12, 0.25) * Math.max(0.4, wind),
    bob: random.range(0.02, 0.06),
    spin: random.range(-4, 4),
    phase: random.range(0, 6.28),
    scale: random.range(0.6, 1.2),
  }));
  return {
    draw(ctx, camera, seconds) {
      for (const l of leaves) {
        const x = (((l.x + seconds * l.speed - camera.x * 0.1) % 1.1) + 1.1) % 1.1 * width - width * 0.05;
        const y = (l.y + Math.sin(seconds * 1.7 + l.phase) * l.bob + seconds * 0.015) % 1 * height;
        ctx.save();
        ctx.translate(x, y);
        ctx.rotate(seconds * l.spin + l.phase);
        ctx.scale(l.scale, l.scale * Math.cos(seconds * 3 + l.phase));
        ctx.drawImage(l.sprite, -size / 2, -size / 2);
        ctx.restore();
      }
    },
  };
}

function leafSprite(size: number, color: Rgb): Canvas {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = css(color);
  ctx.beginPath();
  ctx.moveTo(size * 0.1, size * 0.5);
  ctx.quadraticCurveTo(size * 0.5, size * 0.05, size * 0.9, size * 0.5);
  ctx.quadraticCurveTo(size * 0.5, size * 0.95, size * 0.1, size * 0.5);
  ctx.fill();
  ctx.strokeStyle = css(mix(color, [60, 30, 10], 0.4));
  ctx.lineWidth = Math.max(0.5, size * 0.05);
  ctx.beginPath();
  ctx.moveTo(size * 0.12, size * 0.5);
  ctx.lineTo(size * 0.88, size * 0.5);
  ctx.stroke();
  return canvas;
}

/** Fireflies on a warm night: glowing dots that wander and pulse. */
export function createFireflies(width: number, height: number, random: Random): FrameEffect {
  const flies = Array.from({ length: 26 }, () => ({ x: random.range(-1.5, 1.5), y: random.range(0.05, 0.4), depth: random.range(0.1, 1.2), phase: random.range(0, 6.28), rate: random.range(0.6, 1.4) }));
  const p = { x: 0, y: 0, unit: 0 };
  return {
    draw(ctx, camera, seconds) {
      for (const f of flies) {
        const glow = Math.max(0, Math.sin(seconds * f.rate * 2 + f.phase));
        if (glow < 0.05) continue;
        const z = depthToZ(f.depth);
        projectZ(f.x * z * 0.6 + Math.sin(seconds * 0.5 + f.phase) * 0.1, f.y + Math.sin(seconds * 0.8 + f.phase) * 0.04, z, camera, width, height, p);
        const r = Math.max(2, p.unit * 0.03);
        const g = ctx.createRadialGradient(p.x, p.y, 0, p.x, p.y, r);
        g.addColorStop(0, `rgba(250,255,170,${(0.9 * glow).toFixed(2)})`);
        g.addColorStop(1, 'rgba(250,255,170,0)');
        ctx.fillStyle = g;
        ctx.fillRect(p.x - r, p.y - r, r * 2, r * 2);
      }
    },
  };
}
