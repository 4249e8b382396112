import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { ActorTrack } from '../../simulate/simulation.ts';
import type { Random } from '../../util/random.ts';
import type { Light } from '../light.ts';
import type { FrameEffect } from './clouds.ts';

/**
 * Light in the sky that no picture tile can show: a rainbow is a thin,
 * translucent arc of spectral bands fading towards its feet (the emoji is a
 * solid cartoon bow), and the northern lights are curtains of green light
 * with pink hems, rippling slowly above the horizon.
 */

/** Whether an actor is a rainbow, drawn as light rather than as its tile. */
export function isRainbow(asset: string, noun: string): boolean {
  return asset === 'emoji:1f308' || /\brainbows?\b/i.test(noun);
}

/** Outer to inner: red to violet. */
const BANDS = ['#ff3b30', '#ff9500', '#ffd60a', '#34c759', '#2f9bff', '#4b5bd6', '#9b59d0'];

/** The rainbow's arc, drawn once at a radius; per frame it is only scaled and placed. */
function paintRainbow(radius: number): Canvas {
  const r = Math.max(8, Math.round(radius));
  const pad = Math.ceil(r * 0.04);
  const canvas = createCanvas(2 * (r + pad), r + pad);
  const ctx = canvas.getContext('2d');
  const band = r * 0.034;
  ctx.filter = `blur(${Math.max(0.6, band * 0.45).toFixed(2)}px)`;
  BANDS.forEach((color, k) => {
    ctx.beginPath();
    ctx.arc(r + pad, r + pad, r - band * (k + 0.5), Math.PI, 2 * Math.PI);
    ctx.strokeStyle = color;
    ctx.lineWidth = band * 1.15;
    ctx.stroke();
  });
  ctx.filter = 'none';
  // The feet fade into the air: strongest at the crown.
  ctx.globalCompositeOperation = 'destination-in';
  const fade = ctx.createLinearGradient(0, pad, 0, r + pad);
  fade.addColorStop(0, 'rgba(0,0,0,1)');
  fade.addColorStop(0.6, 'rgba(0,0,0,0.8)');
  fade.addColorStop(1, 'rgba(0,0,0,0.05)');
  ctx.fillStyle = fade;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return canvas;
}

/** Where a rainbow actor's arc is on screen: its centre on the ground line of its art and its outer radius. */
export function rainbowArc(track: ActorTrack, i: number, camera: CameraPose, width: number, height: number, p: ScreenPoint): { cx: number; baseY: number; radius: number } | null {
  const z = depthToZ(track.depth[i]!);
  if (z - camera.z < 0.08) return null;
  projectZ(track.x[i]!, track.y[i]!, z, camera, width, height, p);
  const b = track.bounds;
  const side = track.size * p.unit * Math.abs(track.scaleX[i]!);
  const radius = ((b.right - b.left) / 2) * side;
  // The emoji's bow stands on its feet at the art's bottom; the arc of light keeps that footprint.
  return radius >= 1 ? { cx: p.x, baseY: p.y, radius } : null;
}

/** Draws rainbows as light, each arc painted once per shot at the largest size it reaches. */
export class RainbowPainter {
  private readonly arcs = new Map<string, Canvas>();
  private readonly p: ScreenPoint = { x: 0, y: 0, unit: 0 };

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly night: number,
  ) {}

  /** Prepares an actor's arc for the largest radius any of the poses shows it at. */
  prepare(track: ActorTrack, poses: readonly CameraPose[]): void {
    let largest = 0;
    for (let i = 0; i < track.length; i += Math.max(1, Math.floor(track.length / 12))) {
      const pose = poses[Math.min(poses.length - 1, i)]!;
      const arc = rainbowArc(track, i, pose, this.width, this.height, this.p);
      if (arc) largest = Math.max(largest, arc.radius);
    }
    if (largest > 0) this.arcs.set(track.key, paintRainbow(Math.min(largest, this.width * 1.5)));
  }

  draw(ctx: SKRSContext2D, track: ActorTrack, i: number, camera: CameraPose): void {
    const sprite = this.arcs.get(track.key);
    const arc = sprite ? rainbowArc(track, i, camera, this.width, this.height, this.p) : null;
    if (!sprite || !arc) return;
    const scale = arc.radius / (sprite.height * 0.96);
    ctx.save();
    // Laid over the sky by day (screening a bright sky would wash the bands white); faint, added light by night.
    ctx.globalAlpha = (this.night > 0.5 ? 0.35 : 0.5) * track.opacity[i]!;
    ctx.globalCompositeOperation = this.night > 0.5 ? 'screen' : 'source-over';
    ctx.drawImage(sprite, arc.cx - (sprite.width / 2) * scale, arc.baseY - sprite.height * scale, sprite.width * scale, sprite.height * scale);
    ctx.restore();
  }

  box(track: ActorTrack, i: number, camera: CameraPose): [number, number, number, number] | null {
    const arc = rainbowArc(track, i, camera, this.width, this.height, this.p);
    return arc ? [arc.cx - arc.radius, arc.baseY - arc.radius, arc.cx + arc.radius, arc.baseY] : null;
  }
}

/**
 * The northern lights: three curtains of vertical rays, green at the foot
 * and pink at the hem, across the upper sky above the horizon. Each curtain
 * is painted once; per frame the folds are laid out in narrow columns, each
 * lifted by a slow travelling wave, into a quarter-size buffer (the light is
 * soft, and a full-size screen blend of every column cost ~25 ms a 720p
 * frame), which is then screened over the sky in one scaled draw.
 */
export function createAurora(light: Light, width: number, height: number, random: Random): FrameEffect {
  const scale = 4;
  const w = Math.max(8, Math.ceil(width / scale));
  const curtainW = Math.round(w * 1.4);
  const curtainH = Math.max(4, Math.round((height * 0.38) / scale));
  const curtains = Array.from({ length: 3 }, (_, k) => ({
    canvas: paintCurtain(curtainW, curtainH, random.fork(`curtain${k}`), k === 1 ? 0.75 : 1),
    offset: (random.range(-0.2, 0.2) * width) / scale,
    // Hems well above the horizon, where the treetops do not hide them.
    top: (height * random.range(-0.06, 0.02) + k * height * 0.045) / scale,
    phase: random.range(0, Math.PI * 2),
    speed: random.range(0.25, 0.45) * (k % 2 === 0 ? 1 : -1),
    amplitude: (height * random.range(0.035, 0.06)) / scale,
  }));
  // The buffer spans the band the curtains can reach, with room for the waves and the lens turning.
  const reachTop = Math.floor(Math.min(...curtains.map((c) => c.top - c.amplitude * 1.6)));
  const bufferH = Math.ceil(Math.max(...curtains.map((c) => c.top + curtainH + c.amplitude * 1.6)) - reachTop);
  const buffer = createCanvas(w, bufferH);
  const bctx = buffer.getContext('2d');
  const columns = 48;
  const colW = curtainW / columns;
  const strength = Math.min(1, 1.1 * Math.max(0.35, light.night));
  return {
    draw(ctx, camera, seconds) {
      // The lights hang in the sky far away: they turn with the lens, not with the camera's travel.
      const shiftX = (-camera.pan * height * camera.zoom * 0.9) / scale;
      const shiftY = camera.tilt * height * camera.zoom * 0.9;
      bctx.globalCompositeOperation = 'source-over';
      bctx.clearRect(0, 0, w, bufferH);
      bctx.globalCompositeOperation = 'lighter';
      for (const c of curtains) {
        const left = (w - curtainW) / 2 + c.offset + shiftX;
        for (let j = 0; j < columns; j++) {
          const x = left + j * colW;
          if (x + colW < 0 || x > w) continue;
          const wave = Math.sin(j * 0.35 + c.phase + seconds * c.speed) * c.amplitude + Math.sin(j * 0.11 - seconds * c.speed * 0.6) * c.amplitude * 0.6;
          bctx.drawImage(c.canvas, j * colW, 0, colW + 0.5, curtainH, x, c.top - reachTop + wave, colW + 0.5, curtainH);
        }
      }
      ctx.save();
      ctx.globalAlpha = strength;
      ctx.globalCompositeOperation = 'screen';
      ctx.drawImage(buffer, 0, reachTop * scale + shiftY, w * scale, bufferH * scale);
      ctx.restore();
    },
  };
}

/**
 * One curtain: a bright green hem near its foot with rays rising from it,
 * fading through violet-pink to nothing at the top; its brightness comes and
 * goes along its length in patches, as real curtains fold and thin.
 */
function paintCurtain(w: number, h: number, random: Random, brightness: number): Canvas {
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const waves = Array.from({ length: 3 }, (_, k) => ({ freq: ((k + 1) * random.range(1.6, 2.6) * Math.PI * 2) / w, phase: random.range(0, Math.PI * 2) }));
  const patch = (x: number): number => {
    let v = 0;
    for (const wave of waves) v += Math.sin(x * wave.freq + wave.phase);
    return Math.max(0, Math.min(1, 0.5 + v / 3.2)) ** 1.6;
  };
  const step = Math.max(1, Math.round(w / 600));
  for (let x = 0; x < w; x += step) {
    const ray = random.range(0.45, 1);
    const a = patch(x) * ray * brightness;
    if (a < 0.02) continue;
    const top = h * random.range(0, 0.3);
    const g = ctx.createLinearGradient(0, top, 0, h);
    g.addColorStop(0, 'rgba(200,80,220,0)');
    g.addColorStop(0.35, `rgba(190,90,230,${(a * 0.28).toFixed(3)})`);
    g.addColorStop(0.7, `rgba(70,235,160,${(a * 0.55).toFixed(3)})`);
    g.addColorStop(0.88, `rgba(120,255,190,${(a * 0.95).toFixed(3)})`);
    g.addColorStop(1, 'rgba(60,230,150,0)');
    ctx.fillStyle = g;
    ctx.fillRect(x, top, step, h - top);
  }
  // Soften the rays into a glowing sheet, and let its ends fade out across.
  const soft = createCanvas(w, h);
  const sctx = soft.getContext('2d');
  sctx.filter = `blur(${Math.max(0.6, h * 0.01).toFixed(1)}px)`;
  sctx.drawImage(canvas, 0, 0);
  sctx.filter = 'none';
  sctx.globalCompositeOperation = 'destination-in';
  const across = sctx.createLinearGradient(0, 0, w, 0);
  across.addColorStop(0, 'rgba(0,0,0,0)');
  across.addColorStop(0.15, 'rgba(0,0,0,1)');
  across.addColorStop(0.85, 'rgba(0,0,0,1)');
  across.addColorStop(1, 'rgba(0,0,0,0)');
  sctx.fillStyle = across;
  sctx.fillRect(0, 0, w, h);
  return soft;
}
