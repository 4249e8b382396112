import { depthToZ, projectZ } from '../../simulate/projection.ts';
import type { Random } from '../../util/random.ts';
import type { FrameEffect } from './clouds.ts';

/**
 * Rain and snow as functions of time: a strip of streaks scrolled down the
 * frame, longer near streaks drawn in one path, splashes blooming on
 * the ground in perspective, and snowflakes of two sizes that sway as they
 * fall. Nothing is simulated frame to frame, so any frame can be drawn alone.
 */
export function createRain(width: number, height: number, wind: number, heavy: boolean, splashes: boolean, random: Random): FrameEffect {
  // One frame-wide strip of streaks, repeated down the frame and drawn twice at different speeds (far and near
  // rain), always at whole-pixel offsets so each streak keeps its look as it falls. The streaks are stroked where
  // they land rather than blitted from a bitmap: a blit blends every pixel of the strip, clear or not, and costs
  // Skia about twice as much as stroking the few hundred thin lines.
  const strip = rainStrip(Math.max(8, width), Math.max(8, Math.round(height / 2)), wind, random.fork('tile'), height, heavy ? 80 : 50);
  const slant = wind * 0.12;
  const near = Array.from({ length: heavy ? 36 : 20 }, () => ({ x: random.next(), y: random.next(), speed: random.range(1.6, 2.2), len: random.range(0.05, 0.09) }));
  const drops = Array.from({ length: splashes ? (heavy ? 60 : 36) : 0 }, () => ({ x: random.range(-1.2, 1.2), depth: Math.pow(random.next(), 0.8) * 1.3, phase: random.next(), rate: random.range(1.6, 2.6) }));
  const p = { x: 0, y: 0, unit: 0 };
  return {
    draw(ctx, camera, seconds) {
      ctx.lineWidth = strip.lineWidth;
      for (const [speed, alpha, shift] of [[0.85, heavy ? 0.5 : 0.38, 0.37], [1.35, heavy ? 0.75 : 0.55, 0]] as const) {
        const tw = strip.width;
        const th = strip.height;
        const oy = Math.floor(((seconds * speed * height + shift * th) % th + th) % th);
        const ox = Math.floor(((-seconds * slant * speed * height - camera.x * height * 0.15 + shift * tw) % tw + tw) % tw);
        ctx.strokeStyle = `rgba(205,215,235,${STREAK_ALPHA * alpha})`;
        ctx.beginPath();
        // One strip further up and left than the frame: its streaks reach down and across into view.
        for (let y = oy - 2 * th; y < height; y += th) {
          for (let x = ox - 2 * tw; x < width; x += tw) {
            for (const streak of strip.streaks) {
              const sx = x + streak.x;
              const sy = y + streak.y;
              if (sy > height || sy + streak.dy < 0 || Math.max(sx, sx + streak.dx) < -2 || Math.min(sx, sx + streak.dx) > width + 2) continue;
              ctx.moveTo(sx, sy);
              ctx.lineTo(sx + streak.dx, sy + streak.dy);
            }
          }
        }
        ctx.stroke();
      }
      ctx.strokeStyle = 'rgba(215,225,240,0.55)';
      ctx.lineWidth = Math.max(1, height / 420);
      ctx.beginPath();
      for (const d of near) {
        const y = ((d.y + seconds * d.speed) % 1.2) * height * 1.0 - height * 0.1;
        const x = (((d.x - seconds * slant * d.speed * (height / width)) % 1) + 1) % 1 * width;
        ctx.moveTo(x, y);
        ctx.lineTo(x - slant * d.len * height, y + d.len * height);
      }
      ctx.stroke();
      if (drops.length) {
        ctx.strokeStyle = 'rgba(220,230,245,0.6)';
        ctx.beginPath();
        for (const d of drops) {
          const u = (seconds * d.rate + d.phase) % 1;
          if (u > 0.35) continue;
          const z = depthToZ(d.depth);
          const x = camera.x + d.x * z;
          projectZ(x, 0, z, camera, width, height, p);
          if (p.y < 0 || p.y > height) continue;
          const r = p.unit * 0.025 * (0.3 + u * 2.4);
          ctx.moveTo(p.x + r, p.y);
          ctx.ellipse(p.x, p.y, r, r * 0.3, 0, 0, Math.PI * 2);
        }
        ctx.lineWidth = Math.max(0.8, height / 700);
        ctx.stroke();
      }
    },
  };
}

/** The alpha of a far streak before its layer's own. */
const STREAK_ALPHA = 0.45;

/** A strip of rain streaks that repeats across and down the frame: where each starts in the strip, and its run. */
interface RainStrip {
  readonly width: number;
  readonly height: number;
  readonly lineWidth: number;
  readonly streaks: ReadonlyArray<{ readonly x: number; readonly y: number; readonly dx: number; readonly dy: number }>;
}

function rainStrip(w: number, h: number, wind: number, random: Random, height: number, count: number): RainStrip {
  const slant = wind * 0.12;
  const streaks = Array.from({ length: count }, () => {
    const x = random.next() * w;
    const y = random.next() * h;
    const len = height * random.range(0.035, 0.07);
    return { x, y, dx: -slant * len, dy: len };
  });
  return { width: w, height: h, lineWidth: Math.max(0.7, height / 900), streaks };
}

/** Falling snow: small far flakes and bigger near ones, each swaying on its own rhythm. */
export function createSnow(width: number, height: number, wind: number, heavy: boolean, random: Random): FrameEffect {
  const make = (n: number, size: [number, number], speed: [number, number]) =>
    Array.from({ length: n }, () => ({ x: random.next(), y: random.next(), r: random.range(size[0], size[1]), speed: random.range(speed[0], speed[1]), sway: random.range(0.5, 1.5), phase: random.range(0, 6.28) }));
  const far = make(heavy ? 340 : 150, [0.0014, 0.0028], [0.05, 0.09]);
  const near = make(heavy ? 90 : 40, [0.003, 0.006], [0.1, 0.16]);
  return {
    draw(ctx, camera, seconds) {
      for (const [flakes, alpha, parallax] of [[far, 0.75, 0.1], [near, 0.95, 0.3]] as const) {
        ctx.fillStyle = `rgba(255,255,255,${alpha})`;
        ctx.beginPath();
        for (const f of flakes) {
          const y = ((f.y + seconds * f.speed) % 1.05) * height * 1.02 - height * 0.02;
          const drift = seconds * wind * 0.04 + Math.sin(seconds * f.sway + f.phase) * 0.012;
          const x = (((f.x + drift - camera.x * parallax * 0.2) % 1) + 1) % 1 * width;
          const r = Math.max(0.6, f.r * height);
          ctx.moveTo(x + r, y);
          ctx.arc(x, y, r, 0, Math.PI * 2);
        }
        ctx.fill();
      }
    },
  };
}
