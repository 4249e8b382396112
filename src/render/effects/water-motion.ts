import { depthToZ, projectZ } from '../../simulate/projection.ts';
import type { Random } from '../../util/random.ts';
import { css, mix, type Rgb } from '../color.ts';
import type { Light } from '../light.ts';
import type { FrameEffect } from './clouds.ts';

/**
 * What makes water move: glints that flicker along the waves (and a glitter
 * path under a low sun or the moon), whitecaps breaking on rough water, foam
 * washing up a beach; under water, light rays swaying down from the surface,
 * bubbles rising and specks drifting.
 */
export function createWaterMotion(span: readonly [number, number], waves: number, light: Light, shoreFoam: boolean, width: number, height: number, random: Random): FrameEffect {
  const near = Math.max(-0.4, span[0]);
  const far = Math.min(span[1], 25);
  const glints = Array.from({ length: Math.round(90 + 80 * waves) }, () => ({
    x: random.range(-1.4, 1.4),
    depth: near + (far - near) * Math.pow(random.next(), 2.2),
    phase: random.next(),
    rate: random.range(0.4, 0.9),
    len: random.range(0.05, 0.16),
  }));
  // Rough water breaks into whitecaps: crests that curl up white, hold and wash out, most of them near.
  const caps = Array.from({ length: Math.round(Math.max(0, waves - 0.7) * 90) }, () => ({
    x: random.range(-1.5, 1.5),
    depth: Math.max(near, 0.05) + (Math.min(far, 8) - Math.max(near, 0.05)) * Math.pow(random.next(), 1.8),
    phase: random.next(),
    rate: random.range(0.25, 0.45),
    len: random.range(0.12, 0.3),
    drift: random.range(-0.05, 0.05),
  }));
  const foam = css(mix(light.ambient, [255, 255, 255], 0.55), 0.85);
  const sparkle: Rgb = light.body ? mix(light.body.color, [255, 255, 255], 0.4) : [230, 240, 255];
  const bodyAcross = light.body ? light.body.across : 0.5;
  const p = { x: 0, y: 0, unit: 0 };
  const q = { x: 0, y: 0, unit: 0 };
  return {
    draw(ctx, camera, seconds) {
      ctx.lineWidth = Math.max(0.8, height / 600);
      ctx.strokeStyle = css(sparkle, 0.55);
      ctx.beginPath();
      for (const g of glints) {
        const u = (seconds * g.rate + g.phase) % 1;
        if (u > 0.5) continue;
        const z = depthToZ(g.depth);
        if (z - camera.z < 0.3) continue;
        const x = camera.x + g.x * (z - camera.z) + Math.sin(seconds * 0.6 + g.phase * 6) * 0.05;
        projectZ(x, 0, z, camera, width, height, p);
        if (p.y < 0 || p.y > height) continue;
        const w = p.unit * g.len * Math.sin(u * Math.PI * 2) * 0.6;
        ctx.moveTo(p.x - w, p.y);
        ctx.lineTo(p.x + w, p.y);
      }
      ctx.stroke();
      if (caps.length) {
        ctx.strokeStyle = foam;
        ctx.lineCap = 'round';
        for (const c of caps) {
          const u = (seconds * c.rate + c.phase) % 1;
          if (u > 0.55) continue;
          const z = depthToZ(c.depth);
          if (z - camera.z < 0.3) continue;
          projectZ(camera.x + c.x * (z - camera.z) + c.drift * seconds, 0, z, camera, width, height, p);
          if (p.y < 0 || p.y > height + p.unit * 0.05) continue;
          // Grows over the first part of its life, then thins out as the foam spreads.
          const life = u / 0.55;
          const w = p.unit * c.len * (0.4 + 0.6 * Math.min(1, life * 3));
          const rise = p.unit * 0.025 * Math.sin(Math.min(1, life * 2) * Math.PI * 0.5) * (1 - life * 0.6);
          ctx.globalAlpha = Math.min(1, (1 - life) * 2.2);
          ctx.lineWidth = Math.max(1, p.unit * 0.012 * (1 - life * 0.5));
          ctx.beginPath();
          ctx.moveTo(p.x - w, p.y);
          ctx.quadraticCurveTo(p.x - w * 0.1, p.y - rise * 2, p.x + w * 0.5, p.y - rise * 0.4);
          ctx.stroke();
        }
        ctx.globalAlpha = 1;
        ctx.lineCap = 'butt';
      }
      if (light.body && light.body.height < 0.7 && light.body.strength > 0.3) {
        // The glitter path under the sun or moon.
        ctx.fillStyle = css(sparkle, 0.7 * light.body.strength);
        const sx = width * bodyAcross;
        for (let k = 0; k < 40; k++) {
          const t = (k * 0.6180339 + seconds * 0.35) % 1;
          const z = depthToZ(near + (far - near) * Math.pow(((k * 0.37) % 1), 2));
          projectZ(0, 0, z, camera, width, height, q);
          if (q.y < 0 || q.y > height) continue;
          const spread = (q.y - (height / 2 + height * camera.zoom * camera.tilt)) * 0.6;
          const gx = sx + Math.sin(k * 12.9898) * spread;
          const w = Math.max(1, q.unit * 0.05 * Math.sin(t * Math.PI));
          ctx.fillRect(gx - w, q.y, w * 2, Math.max(1, height / 700));
        }
      }
      if (shoreFoam && span[0] > 0) {
        // Foam washes up and back along the shoreline.
        const reach = 0.04 + 0.04 * Math.sin(seconds * 1.2);
        const zf = depthToZ(span[0] - reach);
        ctx.strokeStyle = 'rgba(255,255,255,0.8)';
        ctx.lineWidth = Math.max(1.5, height / 260);
        ctx.beginPath();
        for (let i = 0; i <= 40; i++) {
          const x = camera.x + (i / 40 - 0.5) * 3.5 * zf;
          projectZ(x, 0, zf + Math.sin(x * 5 + seconds) * 0.03, camera, width, height, p);
          if (i === 0) ctx.moveTo(p.x, p.y);
          else ctx.lineTo(p.x, p.y);
        }
        ctx.stroke();
      }
    },
  };
}

/** Under water: rising bubbles and drifting specks (the light rays are painted into the water's backdrop). */
export function createUnderwater(width: number, height: number, random: Random): FrameEffect {
  const bubbles = Array.from({ length: 45 }, () => ({ x: random.next(), phase: random.next(), speed: random.range(0.08, 0.16), r: random.range(0.003, 0.009), wobble: random.range(0.004, 0.012) }));
  const specks = Array.from({ length: 70 }, () => ({ x: random.next(), y: random.next(), phase: random.range(0, 6.28) }));
  return {
    draw(ctx, _camera, seconds) {
      ctx.fillStyle = 'rgba(220,245,255,0.35)';
      ctx.beginPath();
      for (const s of specks) {
        const x = ((s.x + Math.sin(seconds * 0.2 + s.phase) * 0.01) % 1) * width;
        const y = ((s.y + seconds * 0.01) % 1) * height;
        ctx.moveTo(x + 1.2, y);
        ctx.arc(x, y, Math.max(0.6, height / 900), 0, Math.PI * 2);
      }
      ctx.fill();
      ctx.strokeStyle = 'rgba(235,250,255,0.75)';
      ctx.lineWidth = Math.max(0.8, height / 700);
      ctx.beginPath();
      for (const b of bubbles) {
        const u = (b.phase + seconds * b.speed) % 1;
        const y = height * (1.05 - u * 1.1);
        const x = (b.x + Math.sin(seconds * 2 + b.phase * 20) * b.wobble) * width;
        const r = b.r * height * (0.6 + u * 0.6);
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      }
      ctx.stroke();
    },
  };
}
