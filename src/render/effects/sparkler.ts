import type { SKRSContext2D } from '@napi-rs/canvas';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { ActorTrack } from '../../simulate/simulation.ts';

/** Sparks alive at once; each lives a fraction of a second and is reborn in a new direction. */
const SPARKS = 40;
/** The wire's length as a share of the sparkler art's side. */
const WIRE = 0.75;

/** The wire's grip and burning tip on screen, and the pixels of one world unit there. */
function wireOf(track: ActorTrack, i: number, camera: CameraPose, seconds: number, width: number, height: number, p: ScreenPoint): { hx: number; hy: number; tx: number; ty: number; ex: number; ey: number; length: number } | null {
  const z = depthToZ(track.depth[i]!);
  if (z - camera.z < 0.08) return null;
  projectZ(track.x[i]!, track.y[i]!, z, camera, width, height, p);
  const length = track.size * WIRE * p.unit * Math.max(0.2, Math.abs(track.scaleY[i]!));
  // Held up and out, leaning the way its holder faces.
  const lean = (Math.sign(track.facing[i]!) || 1) * 0.5 + track.rotation[i]!;
  // It burns down the wire, slowly.
  const burnt = Math.min(0.55, seconds * 0.04);
  const reach = length * (1 - burnt);
  const [dx, dy] = [Math.sin(lean), -Math.cos(lean)];
  return { hx: p.x, hy: p.y, tx: p.x + dx * reach, ty: p.y + dy * reach, ex: p.x + dx * length, ey: p.y + dy * length, length };
}

/**
 * A lit sparkler: a thin wire from the hand, a white-hot bead burning down
 * it and a spray of short-lived sparks that fly out, bend under gravity and
 * wink out, with a warm glow on whatever is near.
 */
export function drawSparkler(ctx: SKRSContext2D, track: ActorTrack, i: number, camera: CameraPose, seconds: number, width: number, height: number, night: number, p: ScreenPoint): void {
  const opacity = track.opacity[i]!;
  const wire = wireOf(track, i, camera, seconds, width, height, p);
  if (!wire || opacity < 0.05) return;
  const { hx, hy, tx, ty, ex, ey, length } = wire;
  ctx.save();
  ctx.globalAlpha = opacity;
  ctx.lineCap = 'round';
  // The wire: coated grey below the bead, bare and dark where it has burnt.
  strokeSegment(ctx, 'rgba(40,36,34,0.9)', Math.max(0.8, length * 0.015), tx, ty, ex, ey);
  strokeSegment(ctx, 'rgba(120,114,108,0.95)', Math.max(1, length * 0.03), hx, hy, tx, ty);
  ctx.globalCompositeOperation = night > 0.3 ? 'lighter' : 'source-over';
  const flicker = 0.85 + 0.15 * Math.sin(seconds * 37) * Math.sin(seconds * 19);
  const reach = length * (0.9 + 0.2 * night);
  const g = ctx.createRadialGradient(tx, ty, 0, tx, ty, reach);
  g.addColorStop(0, `rgba(255,236,190,${(0.75 * flicker).toFixed(3)})`);
  g.addColorStop(0.25, `rgba(255,190,110,${(0.3 * flicker * (0.4 + night)).toFixed(3)})`);
  g.addColorStop(1, 'rgba(255,150,60,0)');
  ctx.fillStyle = g;
  ctx.fillRect(tx - reach, ty - reach, reach * 2, reach * 2);
  ctx.strokeStyle = 'rgba(255,244,214,0.95)';
  ctx.lineWidth = Math.max(0.8, length * 0.018);
  ctx.beginPath();
  const salt = track.member * 97 + track.key.length * 13;
  for (let k = 0; k < SPARKS; k++) {
    const life = 0.16 + 0.14 * frac(Math.sin(k * 78.233 + salt) * 43758.5453);
    const clock = seconds / life + frac(Math.sin(k * 12.9898 + salt) * 24634.6345);
    const cycle = Math.floor(clock);
    const u = clock - cycle;
    const angle = frac(Math.sin(cycle * 4.1 + k * 7.7 + salt) * 9631.17) * Math.PI * 2;
    const speed = length * (0.35 + 0.65 * frac(Math.sin(cycle * 1.3 + k * 3.3) * 5231.7));
    const at = (v: number): [number, number] => [tx + Math.cos(angle) * speed * v, ty + Math.sin(angle) * speed * v + length * 0.25 * v * v];
    const [x0, y0] = at(Math.max(0, u - 0.35));
    const [x1, y1] = at(u);
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1 + 0.01, y1);
    // A few sparks fork at the end of their flight, the sparkler's crackle.
    if (u > 0.6 && k % 4 === 0) {
      const fork = length * 0.08;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 + Math.cos(angle + 0.9) * fork, y1 + Math.sin(angle + 0.9) * fork);
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 + Math.cos(angle - 0.9) * fork, y1 + Math.sin(angle - 0.9) * fork);
    }
  }
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(tx, ty, Math.max(1.2, length * 0.05), 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}

/** Screen box of a sparkler's wire and spray. */
export function sparklerBox(track: ActorTrack, i: number, camera: CameraPose, seconds: number, width: number, height: number, p: ScreenPoint): [number, number, number, number] | null {
  const wire = wireOf(track, i, camera, seconds, width, height, p);
  if (!wire || track.opacity[i]! < 0.05) return null;
  const { hx, hy, tx, ty, length } = wire;
  const box: [number, number, number, number] = [Math.min(hx, tx - length), Math.min(hy, ty - length), Math.max(hx, tx + length), Math.max(hy, ty + length * 1.25)];
  if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) return null;
  return box;
}

function frac(n: number): number {
  return n - Math.floor(n);
}

/** Strokes one straight segment. */
function strokeSegment(ctx: SKRSContext2D, color: string, lineWidth: number, x0: number, y0: number, x1: number, y1: number): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = lineWidth;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}
