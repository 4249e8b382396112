import type { SKRSContext2D } from '@napi-rs/canvas';
import { BLOW_BUBBLES_VERB } from '../../plan/compose/bubble-blowers.ts';
import type { Shot } from '../../plan/schema.ts';
import { depthToZ, projectZ, type CameraPose, type ScreenPoint } from '../../simulate/projection.ts';
import type { ActorTrack } from '../../simulate/simulation.ts';
import { steadyNoise } from '../../util/random.ts';

/**
 * Soap bubbles blown by someone (plan verb "blow bubbles", see
 * plan/compose/bubble-blowers.ts): a steady stream of small bubbles leaving
 * their mouth, drifting up and away on the air, wobbling, and fading or
 * popping after a couple of seconds. Every bubble is a function of time, so
 * any frame can be drawn alone, and the same frames come out every run.
 */

/** The action verb that makes someone blow bubbles. */
const BLOW_BUBBLES = BLOW_BUBBLES_VERB;

/** Seconds between bubbles, and the longest one lives. */
const EVERY = 0.16;
const LIFE = 2.6;

/** Drawn bubble streams of one shot. */
export interface BubbleStreams {
  /** How many people blow bubbles. */
  readonly count: number;
  draw(ctx: SKRSContext2D, camera: CameraPose, frame: number, seconds: number): void;
}

/** Where bubble `n` blown from a mouth is `age` seconds after it left, relative to the mouth, and its radius (world units). */
export function bubbleAt(n: number, age: number, facing: number, scale: number): { dx: number; dy: number; radius: number; alpha: number } | null {
  if (age < 0 || age > LIFE) return null;
  // Some pop early, in the air.
  const life = LIFE * (0.55 + 0.45 * steadyNoise(n, 1));
  if (age > life) return null;
  const speed = (0.16 + 0.16 * steadyNoise(n, 2)) * scale;
  const rise = (0.06 + 0.1 * steadyNoise(n, 3)) * scale;
  // Blown out fast, slowing as the air takes them; then drifting up.
  const out = speed * (1 - Math.exp(-age * 1.6)) / 1.6 * 2.2;
  const dx = facing * out + Math.sin(age * 2.3 + n) * 0.015 * scale;
  const dy = rise * age + 0.02 * scale * (steadyNoise(n, 4) - 0.5) * age;
  const full = (0.02 + 0.028 * steadyNoise(n, 5)) * scale;
  const radius = full * Math.min(1, 0.4 + age * 3);
  const fade = Math.min(1, (life - age) / 0.35);
  return { dx, dy, radius, alpha: Math.min(1, age * 8) * fade };
}

export function createBubbleStreams(shot: Shot, actors: readonly ActorTrack[], width: number, height: number): BubbleStreams {
  const blowers = actors.filter((a) => shot.entities.find((e) => e.id === a.entityId)?.actions.some((x) => x.verb === BLOW_BUBBLES));
  const spans = new Map(blowers.map((a) => [a.key, shot.entities.find((e) => e.id === a.entityId)!.actions.find((x) => x.verb === BLOW_BUBBLES)!]));
  const p: ScreenPoint = { x: 0, y: 0, unit: 0 };
  return {
    count: blowers.length,
    draw(ctx, camera, frame, seconds) {
      for (const track of blowers) {
        const i = frame - track.firstFrame;
        if (i < 0 || i >= track.length) continue;
        const action = spans.get(track.key)!;
        // Shot seconds, as the plan's action times are.
        const t = seconds;
        const start = action.start;
        const end = action.end ?? Infinity;
        const h = track.size * (track.bounds.bottom - track.bounds.top);
        const w = track.size * (track.bounds.right - track.bounds.left);
        const facing = Math.sign(track.facing[i]!) || 1;
        // The mouth: near the top of the figure, a little in front.
        const mouthX = track.x[i]! + facing * w * 0.18;
        const mouthY = track.y[i]! + h * 0.84;
        const z = depthToZ(track.depth[i]!);
        if (z - camera.z < 0.08) continue;
        const first = Math.max(Math.ceil(start / EVERY), Math.floor((t - LIFE) / EVERY));
        const last = Math.floor(Math.min(t, end) / EVERY);
        for (let n = first; n <= last; n++) {
          const b = bubbleAt(n, t - n * EVERY, facing, h * 2.2);
          if (!b || b.alpha <= 0.02) continue;
          projectZ(mouthX + b.dx, mouthY + b.dy, z - 0.01, camera, width, height, p);
          drawBubble(ctx, p.x, p.y, Math.max(1.2, b.radius * p.unit), b.alpha, n);
        }
      }
    },
  };
}

/** A soap bubble: almost clear, a thin rim tinted by its film, a bright window on top. */
function drawBubble(ctx: SKRSContext2D, x: number, y: number, r: number, alpha: number, n: number): void {
  const hue = Math.round((n * 47) % 360);
  ctx.globalAlpha = alpha;
  ctx.fillStyle = 'rgba(235,245,255,0.22)';
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.lineWidth = Math.max(1, r * 0.14);
  ctx.strokeStyle = `hsla(${hue},85%,70%,0.95)`;
  ctx.stroke();
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.beginPath();
  ctx.arc(x - r * 0.35, y - r * 0.38, Math.max(0.6, r * 0.2), 0, Math.PI * 2);
  ctx.fill();
  ctx.globalAlpha = 1;
}
