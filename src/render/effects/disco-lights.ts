import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { Random } from '../../util/random.ts';
import type { FrameEffect } from './clouds.ts';

/**
 * A disco's moving light: coloured spot lights on the ceiling whose beams
 * sweep over the dancers and the floor, each leaving a pool of light where it
 * lands, and a glitter ball turning over the floor, throwing specks of light
 * round the room. Per frame it is a handful of gradient triangles and
 * ellipses added with 'lighter' blending and one small sprite: cheap.
 */

const BEAM_COLORS = ['#ff2bd6', '#2bd9ff', '#ffe14a', '#6bff5a', '#ff6a2b'];
/** The ceiling the spots hang from, just above the picture (world units). */
const CEILING = 2.6;
/** Where the glitter ball hangs: over the middle of the floor, in front of the back wall. */
const BALL_Y = 1.72;
const BALL_RADIUS = 0.2;
/** Glitter ball sprites, a few turns apart, cycled to make it spin. */
const BALL_TURNS = 4;
const SPECKS = 26;

interface Beam {
  readonly color: string;
  /** The spot on the ceiling. */
  readonly x: number;
  readonly z: number;
  /** Where on the floor its sweep is centred, how far it swings, how fast (radians a second) and from where. */
  readonly floorX: number;
  readonly floorZ: number;
  readonly swingX: number;
  readonly swingZ: number;
  readonly speed: number;
  readonly phase: number;
}

interface Speck {
  readonly angle: number;
  readonly radius: number;
  readonly color: string;
}

/** The club's lights, for a room whose back wall stands at distance `wallZ`. */
export function createDiscoLights(wallZ: number, width: number, height: number, random: Random): FrameEffect {
  const beams: Beam[] = BEAM_COLORS.map((color, k) => ({
    color,
    x: (k - (BEAM_COLORS.length - 1) / 2) * 0.9 + random.range(-0.15, 0.15),
    z: random.range(1.6, wallZ - 0.4),
    floorX: (k - (BEAM_COLORS.length - 1) / 2) * 0.5,
    floorZ: random.range(1.5, wallZ - 0.5),
    swingX: random.range(0.9, 1.6),
    swingZ: random.range(0.2, 0.6),
    speed: random.range(0.7, 1.3) * (k % 2 === 0 ? 1 : -1),
    phase: random.range(0, Math.PI * 2),
  }));
  const specks: Speck[] = Array.from({ length: SPECKS }, (_, k) => ({
    angle: random.range(0, Math.PI * 2),
    radius: random.range(0.5, 2.6),
    color: k % 3 === 0 ? BEAM_COLORS[k % BEAM_COLORS.length]! : '#ffffff',
  }));
  const ballZ = wallZ - 0.35;
  const ballPx = Math.max(16, Math.round(height * 0.12));
  const balls = Array.from({ length: BALL_TURNS }, (_, k) => paintGlitterBall(ballPx, k / BALL_TURNS, random.fork(k)));
  const src: ScreenPoint = { x: 0, y: 0, unit: 0 };
  const dst: ScreenPoint = { x: 0, y: 0, unit: 0 };
  const ball: ScreenPoint = { x: 0, y: 0, unit: 0 };
  const top: ScreenPoint = { x: 0, y: 0, unit: 0 };
  return {
    draw(ctx, camera: CameraPose, seconds) {
      ctx.save();
      ctx.globalCompositeOperation = 'lighter';
      for (const beam of beams) {
        const t = seconds * beam.speed + beam.phase;
        projectZ(beam.x, CEILING, beam.z, camera, width, height, src);
        projectZ(beam.floorX + Math.sin(t) * beam.swingX, 0, beam.floorZ + Math.cos(t * 0.7) * beam.swingZ, camera, width, height, dst);
        const dx = dst.x - src.x;
        const dy = dst.y - src.y;
        const length = Math.hypot(dx, dy);
        if (length < 1) continue;
        // The beam widens from the lamp to the floor.
        const nx = -dy / length;
        const ny = dx / length;
        const foot = dst.unit * 0.32;
        const head = src.unit * 0.04;
        const g = ctx.createLinearGradient(src.x, src.y, dst.x, dst.y);
        g.addColorStop(0, hexAlpha(beam.color, 0.42));
        g.addColorStop(1, hexAlpha(beam.color, 0.1));
        ctx.fillStyle = g;
        ctx.beginPath();
        ctx.moveTo(src.x + nx * head, src.y + ny * head);
        ctx.lineTo(dst.x + nx * foot, dst.y + ny * foot);
        ctx.lineTo(dst.x - nx * foot, dst.y - ny * foot);
        ctx.lineTo(src.x - nx * head, src.y - ny * head);
        ctx.closePath();
        ctx.fill();
        // Its pool of light on the floor, flattened by the floor's slant.
        ctx.fillStyle = hexAlpha(beam.color, 0.35);
        ctx.beginPath();
        ctx.ellipse(dst.x, dst.y, foot * 1.1, foot * 0.3, 0, 0, Math.PI * 2);
        ctx.fill();
      }
      // Specks thrown by the ball wheel round it across the wall.
      projectZ(0, BALL_Y, ballZ, camera, width, height, ball);
      const turn = seconds * 0.5;
      for (const speck of specks) {
        const a = speck.angle + turn;
        projectZ(Math.cos(a) * speck.radius, BALL_Y + Math.sin(a) * speck.radius * 0.55 - 0.3, wallZ - 0.01, camera, width, height, dst);
        const r = Math.max(1, dst.unit * 0.022);
        ctx.fillStyle = hexAlpha(speck.color, 0.7);
        ctx.fillRect(dst.x - r, dst.y - r * 0.7, r * 2, r * 1.4);
      }
      ctx.globalCompositeOperation = 'source-over';
      // The ball on its cord from the ceiling.
      projectZ(0, CEILING, ballZ, camera, width, height, top);
      const r = BALL_RADIUS * ball.unit;
      ctx.strokeStyle = 'rgba(150,150,160,0.9)';
      ctx.lineWidth = Math.max(1, ball.unit * 0.008);
      ctx.beginPath();
      ctx.moveTo(top.x, top.y);
      ctx.lineTo(ball.x, ball.y - r);
      ctx.stroke();
      const sprite = balls[Math.floor(seconds * 6) % BALL_TURNS]!;
      ctx.drawImage(sprite, ball.x - r, ball.y - r, r * 2, r * 2);
      // A glint that flashes as facets turn to the lights.
      const glint = 0.5 + 0.5 * Math.sin(seconds * 9);
      ctx.globalCompositeOperation = 'lighter';
      ctx.fillStyle = `rgba(255,255,255,${(0.25 + 0.55 * glint).toFixed(3)})`;
      const s = r * (0.5 + 0.5 * glint);
      ctx.beginPath();
      ctx.moveTo(ball.x - r * 0.35, ball.y - r * 0.35 - s);
      ctx.lineTo(ball.x - r * 0.35 + s * 0.12, ball.y - r * 0.35);
      ctx.lineTo(ball.x - r * 0.35, ball.y - r * 0.35 + s);
      ctx.lineTo(ball.x - r * 0.35 - s * 0.12, ball.y - r * 0.35);
      ctx.closePath();
      ctx.moveTo(ball.x - r * 0.35 - s, ball.y - r * 0.35);
      ctx.lineTo(ball.x - r * 0.35, ball.y - r * 0.35 + s * 0.12);
      ctx.lineTo(ball.x - r * 0.35 + s, ball.y - r * 0.35);
      ctx.lineTo(ball.x - r * 0.35, ball.y - r * 0.35 - s * 0.12);
      ctx.closePath();
      ctx.fill();
      ctx.restore();
    },
  };
}

/** A glitter ball: a sphere of small mirror facets, each catching a different light; `turn` (0..1) shifts them round. */
function paintGlitterBall(px: number, turn: number, random: Random): Canvas {
  const canvas = createCanvas(px, px);
  const ctx = canvas.getContext('2d');
  const r = px / 2;
  ctx.beginPath();
  ctx.arc(r, r, r - 0.5, 0, Math.PI * 2);
  ctx.clip();
  ctx.fillStyle = '#6a6a78';
  ctx.fillRect(0, 0, px, px);
  const rows = 8;
  const facet = px / rows;
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < rows + 1; col++) {
      const x = (col - turn) * facet;
      const lit = random.next();
      const tint = lit > 0.85 ? BEAM_COLORS[Math.floor(random.next() * BEAM_COLORS.length)]! : `rgb(${Math.round(120 + lit * 135)},${Math.round(120 + lit * 135)},${Math.round(135 + lit * 120)})`;
      ctx.fillStyle = tint;
      ctx.fillRect(x + 0.5, row * facet + 0.5, facet - 1, facet - 1);
    }
  }
  // Round it: darker at the rim, as a sphere.
  const shade = ctx.createRadialGradient(r * 0.7, r * 0.7, r * 0.1, r, r, r);
  shade.addColorStop(0, 'rgba(255,255,255,0.15)');
  shade.addColorStop(0.7, 'rgba(0,0,0,0)');
  shade.addColorStop(1, 'rgba(0,0,0,0.55)');
  ctx.fillStyle = shade;
  ctx.fillRect(0, 0, px, px);
  return canvas;
}

/** '#rrggbb' with an alpha, as CSS. */
function hexAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
}
