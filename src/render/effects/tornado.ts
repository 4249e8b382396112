import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { ActorTrack } from '../../simulate/simulation.ts';
import { createRandom, type Random } from '../../util/random.ts';

/**
 * A tornado drawn as weather on the ground, not as its small picture tile:
 * a dark twisting funnel from the storm's cloud base down to a swirl of dust
 * where it touches the ground, wandering slowly and flinging debris. The
 * funnel is painted once per shot; per frame it is drawn in a dozen
 * horizontal slices, each shifted by a travelling wave so it twists and
 * sways, with a few ellipses of dust and specks of debris round its foot.
 */

/** Whether an actor is a tornado, drawn as a funnel rather than as its tile. */
export function isTornado(asset: string, noun: string): boolean {
  return asset === 'emoji:1f32a' || /\b(tornado(es)?|twisters?)\b/i.test(noun);
}

/** How far away the funnel stands (plan depth): out over the field, behind what stands on the stage. */
export const TORNADO_DEPTH = 1.7;
/** Its width at the cloud base and at the ground, as fractions of the frame's height. */
const TOP_WIDTH = 0.8;
const FOOT_WIDTH = 0.06;
const SLICES = 14;
const DEBRIS = 18;

interface Funnel {
  readonly sprite: Canvas;
  readonly phase: number;
}

/** Draws the tornadoes of one shot. */
export class TornadoPainter {
  private readonly funnels = new Map<string, Funnel>();
  private readonly p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  private readonly g: ScreenPoint = { x: 0, y: 0, unit: 0 };

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly seed: number,
  ) {}

  private funnel(track: ActorTrack): Funnel {
    let funnel = this.funnels.get(track.key);
    if (!funnel) {
      const random = createRandom(this.seed).fork(`tornado:${track.key}`);
      funnel = { sprite: paintFunnel(Math.max(16, Math.round(this.height * TOP_WIDTH)), Math.max(16, Math.round(this.height * 1.1)), random.fork('funnel')), phase: random.range(0, Math.PI * 2) };
      this.funnels.set(track.key, funnel);
    }
    return funnel;
  }

  /** Where the funnel stands on screen: the foot on the far ground under the actor, and the top above the frame. */
  private place(track: ActorTrack, i: number, camera: CameraPose, seconds: number): { x: number; foot: number; top: number; scale: number } | null {
    const z = depthToZ(track.depth[i]!);
    if (z - camera.z < 0.08) return null;
    // Across the frame where the actor is; a tornado left standing still wanders a little.
    projectZ(track.x[i]!, 0, z, camera, this.width, this.height, this.p);
    const wander = Math.sin(seconds * 0.35 + this.funnel(track).phase) * this.height * 0.05;
    projectZ(0, 0, depthToZ(TORNADO_DEPTH), camera, this.width, this.height, this.g);
    const top = Math.min(-this.height * 0.06, this.g.y - this.height * 1.2);
    // The sprite is 1.1 frames tall: scaled to run from the ground to above the frame.
    const scale = Math.max(0.3, Math.min(1.6, (this.g.y - top) / (this.height * 1.1)));
    return { x: this.p.x + wander, foot: this.g.y, top, scale };
  }

  draw(ctx: SKRSContext2D, track: ActorTrack, i: number, camera: CameraPose, seconds: number): void {
    const at = this.place(track, i, camera, seconds);
    if (!at) return;
    const { sprite, phase } = this.funnel(track);
    const h = at.foot - at.top;
    const w = sprite.width * at.scale;
    ctx.save();
    ctx.globalAlpha = track.opacity[i]!;
    // Slices, thin at the foot: each sways on a wave running up the funnel, more at the foot than at the cloud.
    const sliceH = sprite.height / SLICES;
    for (let k = 0; k < SLICES; k++) {
      const v = (k + 0.5) / SLICES;
      const sway = Math.sin(seconds * 2.2 + phase - v * 4) * this.height * 0.035 * v + Math.sin(seconds * 5.1 + v * 9) * this.height * 0.006;
      const y0 = at.top + (h * k) / SLICES;
      ctx.drawImage(sprite, 0, k * sliceH, sprite.width, sliceH + 1, at.x - w / 2 + sway, y0, w, h / SLICES + 1);
    }
    // Dust whirled up round the foot, and debris flung round it.
    const foot = at.x + Math.sin(seconds * 2.2 + phase - 4) * this.height * 0.035;
    const r = this.height * 0.11 * at.scale;
    for (let k = 0; k < 4; k++) {
      const a = seconds * 3 + k * 1.7 + phase;
      ctx.fillStyle = `rgba(${118 + k * 8},${98 + k * 6},${76 + k * 4},${0.5 - k * 0.08})`;
      ctx.beginPath();
      ctx.ellipse(foot + Math.cos(a) * r * 0.25, at.foot - r * (0.12 + k * 0.16), r * (1 - k * 0.15), r * 0.3, 0, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = 'rgba(52,44,38,0.85)';
    for (let k = 0; k < DEBRIS; k++) {
      // Each speck circles the funnel as it rises, and falls back once flung out.
      const life = (seconds * 0.5 + k / DEBRIS + phase) % 1;
      const a = seconds * 4 + k * 2.4;
      const spread = r * (0.4 + life * 1.4);
      const x = foot + Math.cos(a) * spread;
      const y = at.foot - h * 0.35 * Math.sin(life * Math.PI) * ((k % 3) + 1) / 3;
      const s = Math.max(1, this.height * 0.005 * (1 + (k % 3)));
      ctx.fillRect(x - s / 2, y - s / 2, s, s * 0.7);
    }
    ctx.restore();
  }

  /** Screen box of the funnel and its dust. */
  box(track: ActorTrack, i: number, camera: CameraPose, seconds: number): [number, number, number, number] | null {
    const at = this.place(track, i, camera, seconds);
    if (!at) return null;
    const half = (this.funnel(track).sprite.width * at.scale) / 2 + this.height * 0.04;
    return [at.x - half, Math.max(0, at.top), at.x + half, at.foot + this.height * 0.02];
  }
}

/**
 * The funnel: a grey-brown cone narrowing from a wide dark cloud base to a
 * thin foot, shaded darker at its sides, banded with the swirl of its winds,
 * its edges soft.
 */
function paintFunnel(w: number, h: number, random: Random): Canvas {
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const half = (v: number): number => {
    // Width at height v (0 top .. 1 foot): a trumpet curve, wide under the cloud, slim most of the way down.
    const k = Math.pow(1 - v, 1.7);
    return (w / 2) * (FOOT_WIDTH / TOP_WIDTH + (1 - FOOT_WIDTH / TOP_WIDTH) * k) * 0.92;
  };
  ctx.filter = `blur(${Math.max(0.8, w * 0.012).toFixed(2)}px)`;
  ctx.beginPath();
  ctx.moveTo(w / 2 - half(0), 0);
  for (let s = 1; s <= 24; s++) ctx.lineTo(w / 2 - half(s / 24), (h * s) / 24);
  for (let s = 24; s >= 0; s--) ctx.lineTo(w / 2 + half(s / 24), (h * s) / 24);
  ctx.closePath();
  const body = ctx.createLinearGradient(0, 0, w, 0);
  body.addColorStop(0, 'rgba(48,48,54,0.7)');
  body.addColorStop(0.2, 'rgba(64,63,68,0.95)');
  body.addColorStop(0.45, 'rgba(104,100,100,0.95)');
  body.addColorStop(0.8, 'rgba(58,57,62,0.95)');
  body.addColorStop(1, 'rgba(44,44,50,0.7)');
  ctx.fillStyle = body;
  ctx.fill();
  ctx.filter = 'none';
  // The swirl: slanted bands across the funnel, clipped to it.
  ctx.save();
  ctx.clip();
  ctx.lineWidth = Math.max(1, h * 0.006);
  for (let k = 0; k < 60; k++) {
    const v = random.range(0.02, 0.98);
    const y = v * h;
    const hw = half(v);
    ctx.lineWidth = Math.max(1, h * random.range(0.002, 0.006));
    ctx.strokeStyle = random.chance(0.6) ? 'rgba(30,30,34,0.3)' : 'rgba(150,144,138,0.22)';
    ctx.beginPath();
    ctx.moveTo(w / 2 - hw, y - hw * 0.12);
    ctx.quadraticCurveTo(w / 2, y + hw * random.range(0.15, 0.3), w / 2 + hw, y - hw * 0.05);
    ctx.stroke();
  }
  // Darker under the cloud, paler and dustier near the ground.
  const tone = ctx.createLinearGradient(0, 0, 0, h);
  tone.addColorStop(0, 'rgba(30,30,34,0.55)');
  tone.addColorStop(0.3, 'rgba(30,30,34,0)');
  tone.addColorStop(1, 'rgba(120,98,70,0.35)');
  ctx.fillStyle = tone;
  ctx.fillRect(0, 0, w, h);
  ctx.restore();
  // The storm's dark cloud base the funnel hangs from, spreading past it.
  ctx.filter = `blur(${Math.max(1, w * 0.03).toFixed(2)}px)`;
  ctx.fillStyle = 'rgba(38,38,44,0.9)';
  ctx.beginPath();
  ctx.ellipse(w / 2, 0, w * 0.47, h * 0.09, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.filter = 'none';
  return canvas;
}
