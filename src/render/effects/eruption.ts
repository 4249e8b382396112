import { projectZ } from '../../simulate/projection.ts';
import type { Random } from '../../util/random.ts';
import type { Light } from '../light.ts';
import { VOLCANO_X } from '../settings/ridge-painter.ts';
import type { FrameEffect } from './clouds.ts';

/** Where the volcano of the volcano setting stands (see recipes.ts). */
const Z = 60;
const HEIGHT = 14;

/**
 * A volcano erupting: a glow pulsing at the crater, lava bombs thrown in
 * arcs and a column of ash billowing up, all as functions of time.
 */
export function createEruption(width: number, height: number, light: Light, random: Random): FrameEffect {
  const bombs = Array.from({ length: 36 }, () => ({ vx: random.range(-2.2, 2.2), vy: random.range(3, 6.5), phase: random.next(), period: random.range(1.6, 2.6), size: random.range(0.12, 0.3) }));
  const puffs = Array.from({ length: 22 }, () => ({ phase: random.next(), drift: random.range(-0.6, 0.6), size: random.range(1.2, 2.4), period: random.range(5, 8) }));
  const crater = { x: VOLCANO_X, y: HEIGHT * 0.93 };
  const p = { x: 0, y: 0, unit: 0 };
  const glow = 0.5 + 0.5 * light.night;
  return {
    draw(ctx, camera, seconds) {
      // Ash column: grey puffs rising and spreading.
      for (const f of puffs) {
        const u = (seconds / f.period + f.phase) % 1;
        projectZ(crater.x + f.drift * u * 4, crater.y + u * 10, Z, camera, width, height, p);
        const r = p.unit * f.size * (0.6 + u * 2.2);
        const shade = Math.round(70 + 40 * (1 - u));
        ctx.fillStyle = `rgba(${shade},${shade - 6},${shade - 10},${(0.55 * (1 - u)).toFixed(3)})`;
        ctx.beginPath();
        ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
        ctx.fill();
      }
      projectZ(crater.x, crater.y, Z, camera, width, height, p);
      const pulse = 0.7 + 0.3 * Math.sin(seconds * 5.1) * Math.sin(seconds * 2.3);
      const r = p.unit * 2.2;
      const g = ctx.createRadialGradient(p.x, p.y, 0, p.x, p.y, r);
      g.addColorStop(0, `rgba(255,190,80,${(0.8 * glow * pulse).toFixed(3)})`);
      g.addColorStop(1, 'rgba(255,80,20,0)');
      ctx.fillStyle = g;
      ctx.fillRect(p.x - r, p.y - r, r * 2, r * 2);
      ctx.fillStyle = `rgba(255,${Math.round(120 + 60 * pulse)},40,0.95)`;
      ctx.beginPath();
      for (const b of bombs) {
        const u = (seconds / b.period + b.phase) % 1;
        const t = u * b.period;
        const x = crater.x + b.vx * t;
        const y = crater.y + b.vy * t - 2.6 * t * t;
        if (y < HEIGHT * 0.3) continue;
        projectZ(x, y, Z, camera, width, height, p);
        const s = Math.max(1, p.unit * b.size);
        ctx.moveTo(p.x + s, p.y);
        ctx.arc(p.x, p.y, s, 0, Math.PI * 2);
      }
      ctx.fill();
    },
  };
}
